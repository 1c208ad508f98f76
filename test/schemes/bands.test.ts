import fc from "fast-check";
import { decideTier } from "../../policies/rules/tiers";
import { placeCount, shareTier } from "../../policies/schemes/bands";
import { evaluateScheme } from "../../policies/schemes/evaluate";
import { evaluationSchema } from "../../policies/schemes/schema";
import { d, row } from "./helpers";

// Class counts from published county results, as quoted in issue 8:
// 巢湖 2023: 120 firms → A 24 / B 54 / C 36 / D 6.
// 济宁高新区 2024: 275 firms, 10 of them in class T; A 55, D 14 (D rounded up: 5% × 275 = 13.75 → 14).

const sourced = (source: string, clause: string) => ({ basis: "sourced" as const, source, clause });
const share = (value: number, source: string, clause: string, rounding: "floor" | "ceil" = "floor") => ({ share: { value, ...sourced(source, clause) }, inclusive: true, rounding });

function evaluation(scheme: Record<string, unknown>, documents: Record<string, unknown>) {
  return evaluationSchema.parse({ documents, schemes: [scheme] });
}

/** One list over every firm, one indicator: the score column itself (tax ÷ 1 亩, published benchmark 1, weight 1). */
function scoreList(bands: unknown, source: string) {
  return {
    id: "all",
    label: { zh: "全部企业", en: "all firms" },
    select: [],
    indicators: [{ id: "score", label: { zh: "得分", en: "score" }, numerator: "tax", denominator: null, unit: "分", direction: "higher", weight: { value: 1, ...sourced(source, "得分") }, benchmark: { method: "published", value: { value: 1, ...sourced(source, "得分") } } }],
    bands,
  };
}

const firms = (n: number, extra: (i: number) => Record<string, string | number> = () => ({})) => Array.from({ length: n }, (_, i) => row({ tax: i + 1, ...extra(i) }));

describe("share bands (counts per the county notices)", () => {
  test("巢湖 2023: 120 firms → 24 / 54 / 36 / 6 (A 20 %, B to 65 %, D 5 %, C the rest)", () => {
    const src = "chaohu-2023";
    const e = evaluation(
      { year: 2023, title: { zh: "巢湖 2023", en: "Chaohu 2023" }, source: src, lists: [scoreList({ kind: "shares", top: [{ tier: "A", ...share(0.2, src, "A 档") }, { tier: "B", ...share(0.65, src, "B 档") }], bottom: [{ tier: "D", ...share(0.05, src, "D 档") }], rest: "C" }, src)] },
      { [src]: { title: "巢湖市 2023 年度亩均效益评价结果", short: "巢湖 2023 评价结果", issuer: "巢湖市", published: null } },
    );
    const r = evaluateScheme(e.schemes[0]!, firms(120), { documents: e.documents });
    expect(r.groups[0]!.tiers).toEqual({ A: 24, B: 54, C: 36, D: 6 });
    expect(r.groups[0]!.quotas.map((q) => [q.tier, q.count])).toEqual([["A", 24], ["B", 78], ["D", 6]]);
  });

  test("济宁高新区 2024: 275 firms with 10 in T (T in the base) → A 55, D 14 (5 % × 275 = 13.75 rounded up)", () => {
    const src = "jining-2024";
    const e = evaluation(
      {
        year: 2024,
        title: { zh: "济宁高新区 2024", en: "Jining HTZ 2024" },
        source: src,
        lists: [scoreList({ kind: "shares", top: [{ tier: "A", ...share(0.2, src, "A 类") }, { tier: "B", ...share(0.8, src, "B 类") }], bottom: [{ tier: "D", ...share(0.05, src, "D 类", "ceil") }], rest: "C" }, src)],
        classes: [{ code: "T", label: { zh: "暂不评价", en: "not yet evaluated" }, inBase: true, managedAs: null, cite: sourced(src, "T 类") }],
      },
      { [src]: { title: "济宁高新区 2024 年度亩均效益综合评价结果", short: "济宁高新区 2024 评价结果", issuer: "济宁高新区", published: null } },
    );
    const r = evaluateScheme(e.schemes[0]!, firms(275, (i): Record<string, string> => (i < 10 ? { evaluated_class: "T" } : {})), { documents: e.documents });
    const g = r.groups[0]!;
    expect([g.listed, g.ranked, g.base, g.counts.class]).toEqual([275, 265, 275, 10]);
    expect(g.tiers.A).toBe(55);
    expect(g.tiers.D).toBe(14);
    expect(r.firms[0]).toMatchObject({ status: "class", tier: null, rank: null, inBase: true, classCode: "T" });
    expect(r.firms[0]!.reason!.zh).toContain("济宁高新区 2024 评价结果 T 类");
  });

  test("ties are never split: five firms tied at the top of 21 (4 A places) all drop to B", () => {
    const src = "t";
    const e = evaluation(
      { year: 2024, title: { zh: "t", en: "t" }, source: src, lists: [scoreList({ kind: "shares", top: [{ tier: "A", ...share(0.2, src, "A") }, { tier: "B", ...share(0.8, src, "B") }], bottom: [{ tier: "D", ...share(0.05, src, "D") }], rest: "C" }, src)] },
      { [src]: { title: "增城 二(一)2 的分档读法", short: "t", issuer: "t", published: null } },
    );
    const rows = [...firms(16), ...Array.from({ length: 5 }, () => row({ tax: 17 }))];
    const r = evaluateScheme(e.schemes[0]!, rows, { documents: e.documents });
    expect(r.firms.slice(16).map((f) => [f.tier, f.rank])).toEqual(Array(5).fill(["B", 1]));
  });

  test("place counts: floor, round half up, ceil; an exclusive line gives up the place exactly at share × N", () => {
    expect([placeCount(d(0.05), 275, { rounding: "floor", inclusive: true }), placeCount(d(0.05), 275, { rounding: "round", inclusive: true }), placeCount(d(0.05), 275, { rounding: "ceil", inclusive: true })]).toEqual([13, 14, 14]);
    expect(placeCount(d(0.2), 120, { rounding: "floor", inclusive: true })).toBe(24);
    expect(placeCount(d(0.2), 120, { rounding: "floor", inclusive: false })).toBe(23);
    expect(placeCount(d(0.05), 10, { rounding: "round", inclusive: true })).toBe(1); // 0.5 → 1 (half up)
  });

  test("score lines (民法典 第1259条: 以上 includes the line): 90 is A under 90 分以上, B under 超过 90 分", () => {
    const src = "lines";
    const lines = (inclusive: boolean) =>
      evaluation(
        { year: 2024, title: { zh: "l", en: "l" }, source: src, lists: [scoreList({ kind: "scoreLines", lines: [{ tier: "A", min: { value: 90, ...sourced(src, "A") }, inclusive }, { tier: "B", min: { value: 75, ...sourced(src, "B") }, inclusive: true }], rest: "C" }, src)] },
        { [src]: { title: "score lines", short: "l", issuer: "l", published: null } },
      );
    for (const [inclusive, want] of [[true, ["A", "B", "C"]], [false, ["B", "B", "C"]]] as const) {
      const e = lines(inclusive);
      const r = evaluateScheme(e.schemes[0]!, [row({ tax: 90 }), row({ tax: 75 }), row({ tax: "74.999" })], { documents: e.documents });
      expect(r.firms.map((f) => f.tier)).toEqual(want);
    }
  });

  test("the schema rejects a scheme whose figure cites an unknown document, or an assumed figure without its reason", () => {
    const bad = evaluationSchema.safeParse({ documents: {}, schemes: [{ year: 2024, title: { zh: "x", en: "x" }, source: "nowhere", lists: [scoreList({ kind: "scoreLines", lines: [{ tier: "A", min: { value: 90, ...sourced("nowhere", "A") }, inclusive: true }], rest: "C" }, "nowhere")] }] });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.some((i) => i.message.includes('no document "nowhere"'))).toBe(true);
    const noReason = evaluationSchema.safeParse({ documents: { x: { title: "x", short: "x", issuer: "x", published: null } }, schemes: [{ year: 2024, title: { zh: "x", en: "x" }, source: "x", lists: [scoreList({ kind: "scoreLines", lines: [{ tier: "A", min: { value: 90, basis: "assumed", source: "x", clause: "A" }, inclusive: true }], rest: "C" }, "x")] }] });
    expect(noReason.success).toBe(false);
  });
});

describe("share bands and LAND.TIER (增城 二(一)2, FUNCTIONS.md)", () => {
  test("with lines A, B (top), D (bottom) and rest C, floor rounding, the tier is decideTier's for any hi, lo and shares", () => {
    const line = (tier: "A" | "B" | "D", from: "top" | "bottom", count: number) => ({ tier, from, count, share: d(0), exact: d(0), line: { tier, share: { value: 0, ...sourced("x", "x") }, inclusive: true, rounding: "floor" as const } });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.double({ min: 0, max: 0.5, noNaN: true }), fc.double({ min: 0.5, max: 1, noNaN: true }), fc.double({ min: 0, max: 0.2, noNaN: true }), fc.nat(), fc.nat(), (n, a, b, dd, x, y) => {
        const [aMax, bMax, dMax] = [Math.floor(a * n), Math.floor(b * n), Math.floor(dd * n)];
        const tie = 1 + (y % n);
        const hi = tie + (x % (n - tie + 1));
        const lo = n - hi + tie;
        expect(shareTier(hi, lo, [line("A", "top", aMax), line("B", "top", bMax), line("D", "bottom", dMax)], "C")).toBe(decideTier(hi, lo, { n, aMax, bMax, dMax }));
      }),
    );
  });
});
