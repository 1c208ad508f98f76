import { minTaxPerMu, parseZone, supervisionCheck, type SupervisionInput, type Zone } from "../../policies";
import { at, d, ruleErrorOf } from "./wz-zs-helpers";

const zc = at("zengcheng");
const check = (input: Partial<SupervisionInput>) => supervisionCheck(zc, { zone: "core", pilot: false, far: d(2.5), taxPerMu: d(100), ...input });
const fields = (input: Partial<SupervisionInput>, severity = "violation") => check(input).value.filter((f) => f.severity === severity).map((f) => f.field);

describe("ZC-GGG 二(六)17 工改工 supervision thresholds (LAND.MINTAX)", () => {
  test.each([
    ["core", true, "70"],
    ["multi", true, "56"],
    ["town", true, "38.5"],
    ["core", false, "50"],
    ["multi", false, "40"],
    ["town", false, "27.5"],
  ] as const)("ZC-GGG 二(六)17: MINTAX(%s, pilot %s) → %s 万元/亩", (zone: Zone, pilot: boolean, expected: string) => {
    expect(minTaxPerMu(zc, zone, pilot).value.toFixed()).toBe(expected);
  });

  test("ZC-GGG 二(六)17: zone words — 开发区核心区 / 一区多园 / 其他镇街; anything else → #VALUE! naming zone", () => {
    expect(["开发区核心区", "一区多园", "其他镇街"].map((z) => parseZone(z))).toEqual(["core", "multi", "town"]);
    expect(ruleErrorOf(() => parseZone("新区")).argument).toBe("zone");
  });

  test("ZC-GGG 二(六)17: 容积率原则上不低于 2.0 — 2.0 passes, 1.99 is a violation", () => {
    expect(fields({ far: d(2) })).toEqual([]);
    expect(fields({ far: d("1.99") })).toEqual(["far"]);
  });

  test("ZC-GGG 二(六)17: pilot in the core zone — 亩均税收 70 passes (不低于), 69.99 fails", () => {
    const guides = { investmentPerMu: d(350), outputPerMu: d(700), guideInvestmentPerMu: d(500), guideOutputPerMu: d(1000) };
    expect(fields({ pilot: true, taxPerMu: d(70), ...guides })).toEqual([]);
    const [f] = check({ pilot: true, taxPerMu: d("69.99"), ...guides }).value;
    expect(f).toMatchObject({ field: "tax_per_mu", threshold: "≥ 70", citation: "zengcheng-2022-draft.txt 二(六)17" });
  });

  test("ZC-GGG 二(六)17: other 工改工 in other towns — 27.5 passes, 27.49 fails; no investment or output test", () => {
    expect(fields({ zone: "town", taxPerMu: d(27.5) })).toEqual([]);
    expect(fields({ zone: "town", taxPerMu: d("27.49") })).toEqual(["tax_per_mu"]);
    expect(check({ zone: "town", taxPerMu: d(27.5) }).value).toEqual([]);
  });

  test("ZC-GGG 二(六)17: pilot 亩均投资/亩均产值 不低于 70% of the guide values 500 / 1000 → floors 350 / 700", () => {
    const base = { pilot: true, zone: "multi" as const, taxPerMu: d(56), guideInvestmentPerMu: d(500), guideOutputPerMu: d(1000) };
    expect(fields({ ...base, investmentPerMu: d(350), outputPerMu: d(700) })).toEqual([]);
    const v = check({ ...base, investmentPerMu: d("349.99"), outputPerMu: d("699.99") }).value;
    expect(v.map((f) => [f.field, f.threshold])).toEqual([
      ["investment_per_mu", "≥ 350"],
      ["output_per_mu", "≥ 700"],
    ]);
  });

  test("ZC-GGG 二(六)17: the Guangzhou 2018 guide is not in the sources — a pilot without guide values gets notices, not a silent pass", () => {
    expect(fields({ pilot: true, taxPerMu: d(80), investmentPerMu: d(1), outputPerMu: d(1) }, "notice")).toEqual(["investment_per_mu", "output_per_mu"]);
  });

  test("ZC-GGG 二(六)17: a blank FAR or tax is a notice (not checked), never a pass", () => {
    expect(fields({ far: null, taxPerMu: null }, "notice")).toEqual(["far", "tax_per_mu"]);
  });

  test("ZC-GGG 二(六)17: 另有项目协议约定的，按协议约定执行 — agreed 60 万元/亩 in the core: 55 fails though above 50", () => {
    const override = { source: "agreement" as const, reference: "监管协议 2023-015", minTaxPerMu: d(60) };
    const [f] = check({ taxPerMu: d(55), override }).value;
    expect(f).toMatchObject({ field: "tax_per_mu", threshold: "≥ 60" });
    expect(f!.message.zh).toContain("监管协议 2023-015");
    expect(fields({ taxPerMu: d(60), override })).toEqual([]);
  });

  test("ZC-GGG 二(六)17: 专项产业政策 may set a lower FAR (1.5) and an investment floor for a non-pilot", () => {
    const override = { source: "special-policy" as const, reference: "增府〔2023〕1号", minFar: d(1.5), minInvestmentPerMu: d(400) };
    expect(fields({ far: d(1.6), investmentPerMu: d(400), override })).toEqual([]);
    expect(fields({ far: d(1.6), investmentPerMu: d(399), override })).toEqual(["investment_per_mu"]);
  });

  test("ZC-GGG: an override without a reference → #VALUE!; a negative FAR → #NUM! naming far", () => {
    expect(ruleErrorOf(() => check({ override: { source: "agreement", reference: "", minFar: d(1) } })).argument).toBe("override");
    expect(ruleErrorOf(() => check({ far: d(-1) })).argument).toBe("far");
  });

  test("ZC-GGG: the trace carries the draft warning", () => {
    expect(check({}).trace.warnings.map((w) => w.zh).join()).toContain("征求意见稿");
  });
});
