import { compositeScore, getProfile, tier, tiers, toCellNumber } from "../../policies";
import { at, d, ruleErrorOf } from "./wz-zs-helpers";

const zj = at("zhejiang");
const oneToTwenty = Array.from({ length: 20 }, (_, i) => i + 1);

describe("ZJ-EVAL 三(九) 亩均效益综合评价", () => {
  test("ZJ-EVAL 三(九) / LAND.SCORE: Σ weight × value ÷ benchmark over the 黄岩 indicator set → 97.98697106338906", () => {
    const score = compositeScore(
      [30, 100, "2.0", 5000, 20, "0.03"].map(d),
      ["24.097", "136.16", "2.694", "4929.81", "18.14", "0.0302"].map(d),
      [30, 20, 20, 10, 10, 10].map(d),
    );
    // The exact rational, worked separately to 40 digits: 97.98697106338905665282918740060374759456…
    expect(score.toSignificantDigits(40).toFixed()).toBe("97.98697106338905665282918740060374759456");
    expect(toCellNumber(score)).toBe(97.98697106338906);
  });

  test("ZJ-EVAL 三(九) / LAND.SCORE: unequal ranges → #VALUE!; a zero benchmark → #NUM! naming benchmarks", () => {
    expect(ruleErrorOf(() => compositeScore([d(1), d(2)], [d(1)], [d(1), d(1)]))).toMatchObject({ kind: "value", argument: "benchmarks" });
    expect(ruleErrorOf(() => compositeScore([d(1)], [d(0)], [d(1)]))).toMatchObject({ kind: "num", argument: "benchmarks" });
  });

  test("ZJ-EVAL 三(九): the assumed weights (黄岩 2022) add up to 100 points, each with its reason", () => {
    const params = getProfile("zhejiang").rules.get("ZJ-EVAL")!.params;
    const weights = Object.entries(params).filter(([name]) => name.startsWith("weights."));
    expect(weights.map(([, p]) => p.value as number).reduce((a, b) => a + b, 0)).toBe(100);
    for (const [, p] of weights) expect(p).toMatchObject({ basis: "assumed", reason: { zh: expect.stringContaining("黄岩"), en: expect.stringContaining("黄岩") }, editable: true });
  });

  test("ZJ-EVAL 三(九) bands (温岭 2022: A 20%, B to 80%, D 5%): scores 1…20 → 17–20 A, 5–16 B, 2–4 C, 1 D", () => {
    const got = oneToTwenty.map((score) => tier(zj, { score, scores: oneToTwenty, status: "ok" }).value).join("");
    expect(got).toBe("DCCC" + "B".repeat(12) + "AAAA");
  });

  test("ZJ-EVAL 三(九): the population at once (tiers) equals tier row by row, blanks stay blank", () => {
    const scores = [...oneToTwenty, null];
    const all = tiers(zj, scores).value.tiers;
    expect(all.slice(0, 20)).toEqual(oneToTwenty.map((score) => tier(zj, { score, scores: oneToTwenty, status: "ok" }).value));
    expect(all[20]).toBeNull();
  });

  test("ZJ-EVAL 三(九): data not submitted or falsified → D whatever the score (assumed county practice)", () => {
    expect(tier(zj, { score: 20, scores: oneToTwenty, status: "missing" }).value).toBe("D");
    const r = tier(zj, { score: 20, scores: oneToTwenty, status: "falsified" });
    expect(r.value).toBe("D");
    expect(r.trace.params.find((p) => p.name === "forcedD.falsified")).toMatchObject({ basis: "assumed" });
  });

  test("ZJ-EVAL 三(九): the trace cites zhejiang-2023.txt 三(九) and, the document being in force, has no warning", () => {
    const t = tier(zj, { score: 10, scores: oneToTwenty, status: "ok" }).trace;
    expect(t.citation).toBe("zhejiang-2023.txt 三(九)");
    expect(t.warnings).toEqual([]);
    expect(t.params.find((p) => p.name === "bLine")).toMatchObject({ value: 0.8, basis: "assumed" });
  });
});
