import { farBonusEligibility, minimumFar, mixedUseCheck, newIndustrialFarCheck, parseNingboArea, type NewIndustrialFarInput } from "../../policies";
import { whatIf } from "./nb-what-if";
import { at, d, ruleErrorOf } from "./wz-zs-helpers";

const nb = at("ningbo");
const plain = (far: string, area: NewIndustrialFarInput["area"]): NewIndustrialFarInput => ({ far: d(far), area, specialRequirement: false, rdFloorM2: null, totalFloorM2: null });

describe("NB-FAR 二(六) plot ratio of new industrial land", () => {
  test("NB-FAR 二(六): 县（市）范围内原则上不低于 1.5 — FAR exactly 1.5 in a county passes; 1.49 fails", () => {
    expect(newIndustrialFarCheck(nb, plain("1.5", "county")).value).toEqual([]);
    const [f] = newIndustrialFarCheck(nb, plain("1.49", "county")).value;
    expect(f).toMatchObject({ rule: "NB-FAR", field: "far", value: "1.49", threshold: "≥ 1.5", severity: "violation", citation: "ningbo-2023-draft.txt 二(六)" });
  });

  test("NB-FAR 二(六): 市区范围内原则上不低于 2.0 — 2.0 passes, 1.9 fails in the city districts but passes in a county", () => {
    expect(newIndustrialFarCheck(nb, plain("2.0", "district")).value).toEqual([]);
    expect(newIndustrialFarCheck(nb, plain("1.9", "district")).value.map((f) => f.threshold)).toEqual(["≥ 2"]);
    expect(newIndustrialFarCheck(nb, plain("1.9", "county")).value).toEqual([]);
  });

  test("NB-FAR 二(六) 一般不设上限: a FAR of 12 is never too high", () => {
    const r = newIndustrialFarCheck(nb, plain("12", "district"));
    expect(r.value).toEqual([]);
    expect(r.trace.decidedBy.join(" ")).toContain("不设上限");
  });

  test("NB-FAR 二(六) 除有特殊要求的项目外: a special-requirement project is not held to the floor", () => {
    expect(newIndustrialFarCheck(nb, { ...plain("0.8", "district"), specialRequirement: true }).value).toEqual([]);
  });

  test("NB-FAR 二(六): 研发、设计、检测、中试 floor area 不超过 15% — 150 of 1000 ㎡ passes, 151 fails", () => {
    const withRd = (rd: number) => newIndustrialFarCheck(nb, { ...plain("2.5", "district"), rdFloorM2: d(rd), totalFloorM2: d(1000) }).value;
    expect(withRd(150)).toEqual([]);
    expect(withRd(151)).toEqual([expect.objectContaining({ field: "rd_floor_share", value: "15.1%", threshold: "≤ 15%" })]);
  });

  test("NB-FAR 二(六): both shortfalls at once give two findings", () => {
    const r = newIndustrialFarCheck(nb, { far: d("1.2"), area: "county", specialRequirement: false, rdFloorM2: d(300), totalFloorM2: d(1000) });
    expect(r.value.map((f) => f.field)).toEqual(["far", "rd_floor_share"]);
  });

  test("NB-FAR 二(六): R&D area without the total → #VALUE!; R&D above the total or negative FAR → #NUM!", () => {
    expect(ruleErrorOf(() => newIndustrialFarCheck(nb, { ...plain("2", "district"), rdFloorM2: d(10) }))).toMatchObject({ kind: "value", argument: "total_floor_m2" });
    expect(ruleErrorOf(() => newIndustrialFarCheck(nb, { ...plain("2", "district"), rdFloorM2: d(10), totalFloorM2: d(5) }))).toMatchObject({ kind: "num", argument: "rd_floor_m2" });
    expect(ruleErrorOf(() => newIndustrialFarCheck(nb, plain("-1", "county")))).toMatchObject({ kind: "num", argument: "far" });
  });

  test("NB-FAR 二(六): minimumFar gives 2 for 市区 and 1.5 for 县（市）", () => {
    expect(minimumFar(nb, "district").value.toFixed()).toBe("2");
    expect(minimumFar(nb, "county").value.toFixed()).toBe("1.5");
  });

  test("NB-FAR 二(六): area words 市区 / 县（市） / county are read; 镇 → #VALUE! naming the argument", () => {
    expect(parseNingboArea("市区")).toBe("district");
    expect(parseNingboArea("县（市）")).toBe("county");
    expect(parseNingboArea(" County ")).toBe("county");
    expect(ruleErrorOf(() => parseNingboArea("镇", "area"))).toMatchObject({ kind: "value", argument: "area" });
  });

  test("NB-FAR 二(六) 原则上: the county floor is editable — a derived 1.2 lets 1.3 pass and the trace marks it overridden", () => {
    const r = newIndustrialFarCheck(whatIf("ningbo", "NB-FAR.minFar.county", 1.2), plain("1.3", "county"));
    expect(r.value).toEqual([]);
    expect(r.trace.params.find((p) => p.name === "minFar.county")).toMatchObject({ value: 1.2, overridden: true });
    expect(newIndustrialFarCheck(nb, plain("1.3", "county")).value).toHaveLength(1);
  });
});

describe("NB-MIXED 二(七) mixed industrial land", () => {
  test("NB-MIXED 二(七): 工业建筑面积占比不得低于 50% includes 50% — 5000 of 10000 ㎡ passes; 4999.995 fails (shown ≈49.9999%, rounded away from 50%)", () => {
    expect(mixedUseCheck(nb, d(5000), d(10000)).value).toEqual([]);
    const [f] = mixedUseCheck(nb, d("4999.995"), d(10000)).value;
    expect(f).toMatchObject({ rule: "NB-MIXED", field: "industrial_floor_share", threshold: "≥ 50%", citation: "ningbo-2023-draft.txt 二(七)" });
    expect(f!.value).toBe("≈49.9999%");
  });

  test("NB-MIXED 二(七): an industrial area above the total → #NUM!; a zero total → #NUM! naming total_floor_m2", () => {
    expect(ruleErrorOf(() => mixedUseCheck(nb, d(11), d(10)))).toMatchObject({ kind: "num", argument: "industrial_floor_m2" });
    expect(ruleErrorOf(() => mixedUseCheck(nb, d(0), d(0)))).toMatchObject({ kind: "num", argument: "total_floor_m2" });
  });
});

describe("NB-FAR-BONUS 二(二十五) high plot-ratio reward", () => {
  test("NB-FAR-BONUS 二(二十五): 超过指导性指标 40%以上 includes 40% — guide 1.5, FAR 2.1 = 1.4 × 1.5 exactly qualifies", () => {
    const r = farBonusEligibility(nb, d("2.1"), d("1.5")).value;
    expect(r.eligible).toBe(true);
    expect(r.excess.toFixed()).toBe("0.4");
    expect(r.requiredFar.toFixed()).toBe("2.1");
  });

  test("NB-FAR-BONUS 二(二十五): just below 1.4 × guide does not qualify; far above it does", () => {
    expect(farBonusEligibility(nb, d("2.0999"), d("1.5")).value.eligible).toBe(false);
    expect(farBonusEligibility(nb, d("3"), d("1.5")).value.eligible).toBe(true);
    expect(farBonusEligibility(nb, d("1.68"), d("1.2")).value.eligible).toBe(true);
  });

  test("NB-FAR-BONUS 二(二十五): the comparison is recorded in the trace with the clause", () => {
    const t = farBonusEligibility(nb, d("2.1"), d("1.5")).trace;
    expect(t.citation).toBe("ningbo-2023-draft.txt 二(二十五)");
    expect(t.decidedBy.join(" ")).toContain("0.4 ≥ 0.4");
  });

  test("NB-FAR-BONUS 二(二十五): a zero guide → #NUM! naming guide_far", () => {
    expect(ruleErrorOf(() => farBonusEligibility(nb, d(2), d(0)))).toMatchObject({ kind: "num", argument: "guide_far" });
  });
});
