import { reasonShown } from "../../policies/citations";
import { reclamationQuota, regionTargetsCheck, reserveShareCheck, reservedSpace } from "../../policies";
import { whatIf } from "./nb-what-if";
import { at, d, ruleErrorOf } from "./wz-zs-helpers";

const nb = at("ningbo");

describe("NB-TARGET 一(二) 2025 targets", () => {
  test("NB-TARGET 一(二): 入园率 65%以上 includes 65% → no finding; 64.99% → a finding cited to 一(二)", () => {
    expect(regionTargetsCheck(nb, { parkShare: d("0.65") }).value).toEqual([]);
    const [f, ...rest] = regionTargetsCheck(nb, { parkShare: d("0.6499") }).value;
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ rule: "NB-TARGET", citation: "ningbo-2023-draft.txt 一(二)", field: "park_share", value: "64.99%", threshold: "≥ 65%" });
    expect(f!.message.zh).toContain("工业用地入园率 65%以上");
  });

  test("NB-TARGET 一(二): 规上亩均税收达 60 万元以上 includes 60; 59.99 falls short", () => {
    expect(regionTargetsCheck(nb, { clusterTaxPerMu: d(60) }).value).toEqual([]);
    expect(regionTargetsCheck(nb, { clusterTaxPerMu: d("59.99") }).value.map((f) => f.field)).toEqual(["cluster_tax_per_mu"]);
  });

  test("NB-TARGET 一(二): 累计完成改造 1.5 万亩以上 includes 15000 亩; 14999 falls short", () => {
    expect(regionTargetsCheck(nb, { renewedMu: d(15000) }).value).toEqual([]);
    expect(regionTargetsCheck(nb, { renewedMu: d(14999) }).value.map((f) => f.threshold)).toEqual(["≥ 15000 亩"]);
  });

  test("NB-TARGET 一(二): 每年帮扶 800 家 is met by 800 firms; 799 falls short", () => {
    expect(regionTargetsCheck(nb, { firmsHelpedThisYear: d(800) }).value).toEqual([]);
    expect(regionTargetsCheck(nb, { firmsHelpedThisYear: d(799) }).value.map((f) => f.field)).toEqual(["firms_helped"]);
  });

  test("NB-TARGET 一(二): 累计腾出用能 60 万吨标准煤 = 600000 吨 met exactly; 用于民间投资 80%以上 includes 80%", () => {
    expect(regionTargetsCheck(nb, { energyFreedTce: d(600000), privateShare: d("0.8") }).value).toEqual([]);
    const fields = regionTargetsCheck(nb, { energyFreedTce: d(599999), privateShare: d("0.79") }).value.map((f) => f.field);
    expect(fields).toEqual(["energy_freed_tce", "private_share"]);
  });

  test("NB-TARGET 一(二) 到 2025 年: a shortfall is a notice through 2025-12-31 and a violation from 2026-01-01", () => {
    const short = { parkShare: d("0.5") };
    expect(regionTargetsCheck(at("ningbo", "2025-12-31"), short).value[0]!.severity).toBe("notice");
    expect(regionTargetsCheck(at("ningbo", "2026-01-01"), short).value[0]!.severity).toBe("violation");
  });

  test("NB-TARGET 一(二): only the figures given are checked; none at all → #VALUE! naming targets", () => {
    const r = regionTargetsCheck(nb, { renewedMu: d(20000), parkShare: null });
    expect(Object.keys(r.trace.inputs)).toEqual(["renewed_mu"]);
    expect(ruleErrorOf(() => regionTargetsCheck(nb, {}))).toMatchObject({ kind: "value", argument: "targets" });
  });

  test("NB-TARGET 一(二): a share above 1 or a negative figure → #NUM! naming it", () => {
    expect(ruleErrorOf(() => regionTargetsCheck(nb, { privateShare: d("1.2") }))).toMatchObject({ kind: "num", argument: "private_share" });
    expect(ruleErrorOf(() => regionTargetsCheck(nb, { clusterTaxPerMu: d(-1) }))).toMatchObject({ kind: "num", argument: "cluster_tax_per_mu" });
  });

  test("NB-TARGET 一(二): ningbo is a draft, so the trace carries the draft warning", () => {
    const t = regionTargetsCheck(nb, { parkShare: d("0.7") }).trace;
    expect(t.profile.state).toBe("draft");
    expect(t.warnings.map((w) => w.en).join(" ")).toContain("draft");
  });
});

describe("NB-RESERVE 二(四) about 20% of new space reserved", () => {
  test("NB-RESERVE 二(四): 预留新增空间的 20%左右 → 1000 亩 of new space reserves a nominal 200 亩", () => {
    expect(reservedSpace(nb, d(1000)).value.toFixed()).toBe("200");
    expect(reservedSpace(nb, d("37.5")).value.toFixed()).toBe("7.5");
  });

  test("NB-RESERVE 二(四) 左右: 18% and 22% are about 20% (tolerance 2 points, inclusive) → no finding", () => {
    expect(reserveShareCheck(nb, d(100), d(18)).value).toEqual([]);
    expect(reserveShareCheck(nb, d(100), d(22)).value).toEqual([]);
    expect(reserveShareCheck(nb, d(100), d(20)).value).toEqual([]);
  });

  test("NB-RESERVE 二(四) 左右: 17.9% or 22.1% → a notice for review, never a violation", () => {
    for (const reserved of ["17.9", "22.1", "0"]) {
      const findings = reserveShareCheck(nb, d(100), d(reserved)).value;
      expect(findings).toHaveLength(1);
      expect(findings[0]).toMatchObject({ rule: "NB-RESERVE", severity: "notice", field: "reserved_share", citation: "ningbo-2023-draft.txt 二(四)" });
    }
  });

  test("NB-RESERVE 二(四): the tolerance is an assumed, editable value with its reason; tolerance 0 flags 19.9%", () => {
    const p = reserveShareCheck(nb, d(100), d(20)).trace.params.find((x) => x.name === "tolerance");
    expect(p).toMatchObject({ basis: "assumed", value: 0.02 });
    expect(reasonShown(p!.reason!).zh).toContain("左右");
    const ctx = whatIf("ningbo", "NB-RESERVE.tolerance", 0);
    expect(reserveShareCheck(ctx, d(100), d("19.9")).value).toHaveLength(1);
    expect(reserveShareCheck(ctx, d(100), d(20)).value).toEqual([]);
  });

  test("NB-RESERVE 二(四): a reserve larger than the new space, or no new space → #NUM! naming the argument", () => {
    expect(ruleErrorOf(() => reserveShareCheck(nb, d(100), d(101)))).toMatchObject({ kind: "num", argument: "reserved" });
    expect(ruleErrorOf(() => reserveShareCheck(nb, d(0), d(0)))).toMatchObject({ kind: "num", argument: "new_space" });
    expect(ruleErrorOf(() => reservedSpace(nb, d(-5)))).toMatchObject({ kind: "num", argument: "new_space" });
  });
});

describe("NB-RECLAIM 二(十九) reclamation quota reward", () => {
  test("NB-RECLAIM 二(十九): 100 亩 of linkage quota → 等量 100 亩 new quota, 其中 the city grants 50% = 50 亩", () => {
    const q = reclamationQuota(nb, d(100)).value;
    expect(q.equalQuota.toFixed()).toBe("100");
    expect(q.cityAward.toFixed()).toBe("50");
    expect(q.localQuota.toFixed()).toBe("50");
    expect(q.total.toFixed()).toBe("100");
  });

  test("NB-RECLAIM 二(十九): reading the award on top (awardWithinEqualQuota false) → 33.3 亩 + 50% = 49.95 亩", () => {
    const q = reclamationQuota(whatIf("ningbo", "NB-RECLAIM.awardWithinEqualQuota", false), d("33.3")).value;
    expect(q.localQuota.toFixed()).toBe("33.3");
    expect(q.cityAward.toFixed()).toBe("16.65");
    expect(q.total.toFixed()).toBe("49.95");
  });

  test("NB-RECLAIM 二(十九): a negative quota → #NUM! naming linkage_quota", () => {
    expect(ruleErrorOf(() => reclamationQuota(nb, d(-1)))).toMatchObject({ kind: "num", argument: "linkage_quota" });
  });
});
