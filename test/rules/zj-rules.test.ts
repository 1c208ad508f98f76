import {
  industrialSupplyCheck,
  microParkShareCheck,
  minimumRenewalFund,
  renewalFundCheck,
  rezonedUpgradeAllowed,
  scatteredParcelMergeCheck,
} from "../../policies";
import { at, d, day, ruleErrorOf } from "./wz-zs-helpers";

const zj = at("zhejiang");

describe("ZJ-SUPPLY 三(一) industrial share of land supply; rezoned land", () => {
  test("ZJ-SUPPLY 三(一) 工业大市大县…工业用地占比不低于 30%: 30 of 100 passes; 29.99 fails", () => {
    expect(industrialSupplyCheck(zj, { industrialArea: d(30), totalArea: d(100), majorIndustrialRegion: true }).value).toEqual([]);
    const [f] = industrialSupplyCheck(zj, { industrialArea: d("29.99"), totalArea: d(100), majorIndustrialRegion: true }).value;
    expect(f).toMatchObject({ rule: "ZJ-SUPPLY", field: "industrial_share", threshold: "≥ 30%", citation: "zhejiang-2023.txt 三(一)" });
  });

  test("ZJ-SUPPLY 三(一) 工业大市大县: a region that is not one is not held to 30%", () => {
    const r = industrialSupplyCheck(zj, { industrialArea: d(10), totalArea: d(100), majorIndustrialRegion: false });
    expect(r.value).toEqual([]);
    expect(r.trace.decidedBy.join(" ")).toContain("工业大市大县");
  });

  test("ZJ-SUPPLY 三(一): without saying whether the region is a 工业大市大县 → #VALUE! naming major_industrial_region", () => {
    expect(ruleErrorOf(() => industrialSupplyCheck(zj, { industrialArea: d(40), totalArea: d(100), majorIndustrialRegion: null }))).toMatchObject({
      kind: "value",
      argument: "major_industrial_region",
    });
  });

  test("ZJ-SUPPLY 三(一) 5 年内暂不实施…允许实施技改及新扩建: no confirmation needed; implementation on 2029-03-15 is within 5 years", () => {
    const lawful = { unlawfulUse: false, confirmed: false };
    expect(rezonedUpgradeAllowed(zj, { implementationDate: day("2029-03-16"), ...lawful }).value).toEqual({ allowed: true, windowEnd: "2029-03-15", blockedBy: [] });
    expect(rezonedUpgradeAllowed(zj, { implementationDate: day("2029-03-15"), ...lawful }).value.allowed).toBe(false);
    expect(rezonedUpgradeAllowed(zj, { implementationDate: null, unlawfulUse: true, confirmed: true }).value.blockedBy).toEqual(["unlawful-use"]);
  });
});

describe("ZJ-MERGE 三(三) scattered parcels joining a redevelopment", () => {
  test("ZJ-MERGE 三(三) 单宗不超过 3 亩且累计不超过 10%: parcels of 3 and 2 亩 in a 50 亩 project (exactly 10%) merge", () => {
    expect(scatteredParcelMergeCheck(zj, { parcelsMu: [d(3), d(2)], projectAreaMu: d(50) }).value).toEqual([]);
  });

  test("ZJ-MERGE 三(三) 单宗用地面积不超过 3 亩: a 3.01 亩 parcel is named in the finding", () => {
    const findings = scatteredParcelMergeCheck(zj, { parcelsMu: [d(1), d("3.01")], projectAreaMu: d(100) }).value;
    expect(findings).toEqual([expect.objectContaining({ rule: "ZJ-MERGE", field: "parcels_mu[1]", value: "3.01 亩", threshold: "≤ 3 亩", citation: "zhejiang-2023.txt 三(三)" })]);
  });

  test("ZJ-MERGE 三(三) 累计不超过再开发项目用地总面积 10%: 3 + 3 亩 of 59 亩 (≈10.17%) is too much together", () => {
    const findings = scatteredParcelMergeCheck(zj, { parcelsMu: [d(3), d(3)], projectAreaMu: d(59) }).value;
    expect(findings).toEqual([expect.objectContaining({ field: "parcels_share", value: "≈10.1695%", threshold: "≤ 10%" })]);
  });

  test("ZJ-MERGE 三(三): a project smaller than its parcels → #NUM!; no parcels → #VALUE!; a zero parcel → #NUM!", () => {
    expect(ruleErrorOf(() => scatteredParcelMergeCheck(zj, { parcelsMu: [d(2), d(2)], projectAreaMu: d(3) }))).toMatchObject({ kind: "num", argument: "parcels_mu" });
    expect(ruleErrorOf(() => scatteredParcelMergeCheck(zj, { parcelsMu: [], projectAreaMu: d(3) }))).toMatchObject({ kind: "value", argument: "parcels_mu" });
    expect(ruleErrorOf(() => scatteredParcelMergeCheck(zj, { parcelsMu: [d(0)], projectAreaMu: d(3) }))).toMatchObject({ kind: "num", argument: "parcels_mu[0]" });
  });

  test("ZJ-MERGE 三(三): ningbo applies the provincial rule it includes, with its own draft warning", () => {
    const r = scatteredParcelMergeCheck(at("ningbo"), { parcelsMu: [d(4)], projectAreaMu: d(100) });
    expect(r.value.map((f) => f.citation)).toEqual(["zhejiang-2023.txt 三(三)"]);
    expect(r.trace.warnings.map((w) => w.en).join(" ")).toContain("Ningbo low-efficiency industrial land notice (draft) is a draft");
  });
});

describe("ZJ-MICRO 二(四) new micro-enterprise parks", () => {
  test("ZJ-MICRO 二(四) 数量和面积占比原则上均不低于 70%: exactly 70% by count and area passes", () => {
    expect(microParkShareCheck(zj, { manufacturingFirms: d(14), totalFirms: d(20), manufacturingArea: d(7000), totalArea: d(10000) }).value).toEqual([]);
  });

  test("ZJ-MICRO 二(四): 13 of 20 firms (65%) fails by count, cited to the provincial clause", () => {
    const findings = microParkShareCheck(zj, { manufacturingFirms: d(13), totalFirms: d(20), manufacturingArea: d(9000), totalArea: d(10000) }).value;
    expect(findings).toEqual([expect.objectContaining({ rule: "ZJ-MICRO", field: "manufacturing_firm_share", value: "65%", citation: "zhejiang-2023.txt 二(四)" })]);
  });

  test("ZJ-MICRO 二(四): a profile without the rule (wenzhou) → #N/A naming the profile and rule", () => {
    expect(ruleErrorOf(() => microParkShareCheck(at("wenzhou"), { manufacturingFirms: d(1), totalFirms: d(1), manufacturingArea: d(1), totalArea: d(1) }))).toMatchObject({
      kind: "na",
      zh: expect.stringContaining("wenzhou（温州）没有小微园入园企业比例规则（NB-MICRO / ZJ-MICRO）"),
      en: expect.stringContaining("concept micro-park-share"),
    });
  });
});

describe("ZJ-FUND 三(十) 腾笼换鸟 fund", () => {
  test("ZJ-FUND 三(十) 每年提取土地出让收入的 0.5%以上: 20000 万元 of land-sale revenue → at least 100 万元", () => {
    expect(minimumRenewalFund(zj, d(20000)).value.toFixed()).toBe("100");
    expect(minimumRenewalFund(zj, d("12345.6")).value.toFixed()).toBe("61.728");
  });

  test("ZJ-FUND 三(十) 以上 includes 0.5%: 100 of 20000 passes; 99.99 fails", () => {
    expect(renewalFundCheck(zj, d(20000), d(100)).value).toEqual([]);
    const [f] = renewalFundCheck(zj, d(20000), d("99.99")).value;
    expect(f).toMatchObject({ rule: "ZJ-FUND", field: "fund_share", threshold: "≥ 0.5%", citation: "zhejiang-2023.txt 三(十)" });
  });

  test("ZJ-FUND 三(十): negative revenue → #NUM! naming land_sale_revenue", () => {
    expect(ruleErrorOf(() => minimumRenewalFund(zj, d(-1)))).toMatchObject({ kind: "num", argument: "land_sale_revenue" });
  });

  test("ZJ-FUND 三(十): in force as of 2024 — no warning; expired after 2028-03-14", () => {
    expect(minimumRenewalFund(zj, d(1)).trace.warnings).toEqual([]);
    expect(minimumRenewalFund(at("zhejiang", "2028-03-15"), d(1)).trace.profile.state).toBe("expired");
  });
});
