import { evaluateScheme } from "../../policies/schemes/evaluate";
import { evaluationSchema } from "../../policies/schemes/schema";
import { row } from "./helpers";

// Scheme features from the county practice quoted in issue 8:
// 淮安 2024: 亩均税收 45, 亩均销售收入 35, 绿色发展 20; benchmark about 2 × the county's prior-year
//   average; A top 20 %, B (20 %, 60 %], C (60 %, 95 %], D bottom 5 %; class T, not evaluated:
//   utilities and firms in production for under 2 years.
// 慈溪 2024: separate lists for 规上, 规下 ≥ 3 亩, 规下 < 3 亩 and tenants without land of their own.

const src = (source: string, clause: string) => ({ basis: "sourced" as const, source, clause });
const fig = (value: number | string, source: string, clause: string) => ({ value, ...src(source, clause) });
/** The county's prior-year means are its data, not the notice's: given here as the analyst would. */
const priorMean = (value: number | string) => ({ value, basis: "assumed" as const, source: "huaian-2024", clause: "基准值", reason: "the county's prior-year mean, entered by the analyst" });
const line = (tier: string, share: number, clause: string) => ({ tier, share: fig(share, "huaian-2024", clause), inclusive: true, rounding: "floor" });

const huaian = evaluationSchema.parse({
  documents: { "huaian-2024": { title: "淮安 2024 年度工业企业资源集约利用综合评价", short: "淮安 2024 评价办法", issuer: "淮安", published: null } },
  schemes: [
    {
      year: 2024,
      title: { zh: "淮安 2024", en: "Huai'an 2024" },
      source: "huaian-2024",
      lists: [
        {
          id: "all",
          label: { zh: "参评企业", en: "evaluated firms" },
          select: [],
          indicators: [
            { id: "tax_per_mu", label: { zh: "亩均税收", en: "tax per mu" }, numerator: "tax", denominator: "area_mu", unit: "万元/亩", direction: "higher", weight: fig(45, "huaian-2024", "权重"), benchmark: { method: "priorMean", k: fig(2, "huaian-2024", "基准值"), priorMean: priorMean(10) } },
            { id: "revenue_per_mu", label: { zh: "亩均销售收入", en: "revenue per mu" }, numerator: "revenue", denominator: "area_mu", unit: "万元/亩", direction: "higher", weight: fig(35, "huaian-2024", "权重"), benchmark: { method: "priorMean", k: fig(2, "huaian-2024", "基准值"), priorMean: priorMean(200) } },
            { id: "tax_per_electricity", label: { zh: "单位电耗税收", en: "tax per 10,000 kWh" }, numerator: "tax", denominator: "electricity", unit: "万元/万千瓦时", direction: "higher", weight: fig(20, "huaian-2024", "权重"), benchmark: { method: "priorMean", k: fig(2, "huaian-2024", "基准值"), priorMean: priorMean("0.25") } },
          ],
          bands: { kind: "shares", top: [line("A", 0.2, "A 类"), line("B", 0.6, "B 类")], bottom: [line("D", 0.05, "D 类")], rest: "C" },
        },
      ],
      classes: [
        { code: "T", label: { zh: "暂不评价", en: "not evaluated" }, aliases: ["公用事业"], inBase: false, managedAs: null, startedWithinYears: fig(2, "huaian-2024", "T 类"), cite: src("huaian-2024", "T 类") },
      ],
    },
  ],
});

describe("淮安 2024 (淮安 2024 评价办法)", () => {
  const scheme = huaian.schemes[0]!;
  const documents = huaian.documents;
  const firm = (tax: number, revenue: number, electricity: number, extra: Record<string, string> = {}) => row({ area_mu: 1, tax, revenue, electricity, ...extra });

  test("benchmark = 2 × the prior-year mean: a firm at twice every mean scores 45 + 35 + 20 = 100, at the mean itself 50", () => {
    const r = evaluateScheme(scheme, [firm(20, 400, 40), firm(10, 200, 40)], { documents });
    expect(r.firms.map((f) => f.total!.toFixed())).toEqual(["100", "50"]);
    expect(r.groups[0]!.benchmarks.map((b) => (b.benchmark.kind === "ratio" ? b.benchmark.value!.toFixed() : ""))).toEqual(["20", "400", "0.5"]);
  });

  test("class T: in production under 2 years at 2024-12-31 (2023-01-01 → 满 2 年 only on 2025-01-01), or a utility; 2022-12-31 has its 2 years on 2024-12-31 and is ranked", () => {
    const r = evaluateScheme(scheme, [firm(20, 400, 40, { started: "2023-01-01" }), firm(20, 400, 40, { started: "2022-12-31" }), firm(20, 400, 40, { evaluated_class: "公用事业" })], { documents });
    expect(r.firms.map((f) => f.status)).toEqual(["class", "ranked", "class"]);
    expect(r.firms[0]!.reason!.zh).toContain("不满 2 年");
    expect(r.groups[0]!.base).toBe(1);
  });

  test("bands A top 20 %, B (20 %, 60 %], C (60 %, 95 %], D bottom 5 %: 20 firms → 4 / 8 / 7 / 1", () => {
    const rows = Array.from({ length: 20 }, (_, i) => firm(i + 1, 100, 40));
    expect(evaluateScheme(scheme, rows, { documents }).groups[0]!.tiers).toEqual({ A: 4, B: 8, C: 7, D: 1 });
  });
});

describe("慈溪 2024 lists: 规上, 规下 ≥ 3 亩, 规下 < 3 亩, tenants without land", () => {
  const c = (clause: string) => src("cixi-2024", clause);
  const ind = (id: string, numerator: string, denominator: string) => ({ id, label: { zh: id, en: id }, numerator, denominator, unit: "万元", direction: "higher", weight: fig(100, "cixi-2024", "权重"), benchmark: { method: "mean", cite: c("基准") } });
  const bands = { kind: "shares", top: [line("A", 0.2, "A"), line("B", 0.8, "B")], bottom: [line("D", 0.05, "D")], rest: "C" };
  const e = evaluationSchema.parse({
    documents: { "cixi-2024": { title: "慈溪市 2024 年度工业企业亩均效益综合评价", short: "慈溪 2024 评价", issuer: "慈溪市", published: null }, "huaian-2024": { title: "x", short: "x", issuer: "x", published: null } },
    schemes: [
      {
        year: 2024,
        title: { zh: "慈溪 2024", en: "Cixi 2024" },
        source: "cixi-2024",
        lists: [
          { id: "tenants", label: { zh: "无自有土地的租赁企业", en: "tenants without land" }, select: [{ field: "area_mu", is: "blank", cite: c("租赁企业") }], indicators: [ind("tax_per_electricity", "tax", "electricity")], bands },
          { id: "above", label: { zh: "规上企业", en: "above-scale" }, select: [{ field: "scale", oneOf: ["规上"], cite: c("规上") }], indicators: [ind("tax_per_mu", "tax", "area_mu")], bands },
          { id: "below_large", label: { zh: "规下 3 亩以上", en: "below-scale, 3 mu or more" }, select: [{ field: "scale", oneOf: ["规下"], cite: c("规下") }, { field: "area_mu", atLeast: fig(3, "cixi-2024", "规下 3 亩以上") }], indicators: [ind("tax_per_mu", "tax", "area_mu")], bands },
          { id: "below_small", label: { zh: "规下不足 3 亩", en: "below-scale, under 3 mu" }, select: [{ field: "scale", oneOf: ["规下"], cite: c("规下") }, { field: "area_mu", below: fig(3, "cixi-2024", "规下不足 3 亩") }], indicators: [ind("tax_per_mu", "tax", "area_mu")], bands },
        ],
      },
    ],
  });

  test("each firm joins the first list that takes it; 3 亩 itself is 3 亩以上 (民法典 第1259条), 2.99 is 不足 3 亩", () => {
    const rows = [row({ scale: "规上", area_mu: 50, tax: 100 }), row({ scale: "规下", area_mu: 3, tax: 5 }), row({ scale: "规下", area_mu: "2.99", tax: 5 }), row({ scale: "规下", tax: 5, electricity: 10 })];
    const r = evaluateScheme(e.schemes[0]!, rows, { documents: e.documents });
    expect(r.firms.map((f) => f.list)).toEqual(["above", "below_large", "below_small", "tenants"]);
    // Each list is its own population: every firm is alone in it and ranks first.
    expect(r.firms.map((f) => f.rank)).toEqual([1, 1, 1, 1]);
  });
});

test("a list chosen by a flag column (位于工业产业区块 是/否) reads the flag as 是 / 否", () => {
  const c = { basis: "sourced" as const, source: "d", clause: "名单" };
  const e = evaluationSchema.parse({
    documents: { d: { title: "flag lists", short: "d", issuer: "d", published: null } },
    schemes: [
      {
        year: 2024,
        title: { zh: "d", en: "d" },
        source: "d",
        lists: [
          { id: "inside", label: { zh: "区块内", en: "inside" }, select: [{ field: "inside_block", oneOf: ["是"], cite: c }], indicators: [{ id: "tax", label: { zh: "税收", en: "tax" }, numerator: "tax", denominator: null, unit: "万元", direction: "higher", weight: { value: 1, ...c }, benchmark: { method: "published", value: { value: 1, ...c } } }], bands: { kind: "scoreLines", lines: [{ tier: "A", min: { value: 0, ...c }, inclusive: true }], rest: "D" } },
        ],
      },
    ],
  });
  const r = evaluateScheme(e.schemes[0]!, [{ values: { ...row({ tax: 1 }).values, inside_block: true } }, { values: { ...row({ tax: 1 }).values, inside_block: false } }], { documents: e.documents });
  expect(r.firms.map((f) => f.list)).toEqual(["inside", null]);
});

test("不定等级 managed as B (issue 8, county practice): the firm is not ranked, its tier is B, and it is outside N", () => {
  const c = { basis: "sourced" as const, source: "d", clause: "分类" };
  const e = evaluationSchema.parse({
    documents: { d: { title: "classes", short: "d", issuer: "d", published: null } },
    schemes: [
      {
        year: 2024,
        title: { zh: "d", en: "d" },
        source: "d",
        lists: [{ id: "all", label: { zh: "全部", en: "all" }, select: [], indicators: [{ id: "tax", label: { zh: "税收", en: "tax" }, numerator: "tax", denominator: null, unit: "万元", direction: "higher", weight: { value: 1, ...c }, benchmark: { method: "published", value: { value: 1, ...c } } }], bands: { kind: "shares", top: [{ tier: "A", share: { value: 0.2, ...c }, inclusive: true, rounding: "floor" }, { tier: "B", share: { value: 0.8, ...c }, inclusive: true, rounding: "floor" }], bottom: [{ tier: "D", share: { value: 0.05, ...c }, inclusive: true, rounding: "floor" }], rest: "C" } }],
        classes: [{ code: "U", label: { zh: "不定等级", en: "undetermined" }, inBase: false, managedAs: "B", cite: c }],
      },
    ],
  });
  const rows = [...Array.from({ length: 20 }, (_, i) => row({ tax: i + 1 })), row({ tax: 100, evaluated_class: "不定等级" })];
  const r = evaluateScheme(e.schemes[0]!, rows, { documents: e.documents });
  expect(r.firms[20]).toMatchObject({ status: "class", tier: "B", rank: null, inBase: false });
  expect(r.firms[20]!.reason!.zh).toContain("按 B 档管理");
  expect(r.groups[0]!.base).toBe(20);
  expect(r.groups[0]!.tiers).toEqual({ A: 4, B: 12, C: 3, D: 1 });
});
