import { mayStayInPlace, parseTier, relocationIndicatorCheck, relocationIndicatorFloor, rezonedUpgradeAllowed, tier, type StayInput } from "../../policies";
import { at, d, day, ruleErrorOf } from "./wz-zs-helpers";

const nb = at("ningbo");
const firm = (over: Partial<StayInput>): StayInput => ({
  outsideTownBoundary: true,
  tier: null,
  fitsIndustrialGuidance: true,
  strategic: false,
  hardToMove: false,
  confirmed: true,
  ...over,
});

describe("NB-STAY 二(五) staying in place outside the town boundary", () => {
  test("NB-STAY 二(五): B档及以上 includes B — a B firm fitting the guidance may stay; A too; C must move", () => {
    expect(mayStayInPlace(nb, firm({ tier: "B" })).value).toEqual({ decision: "stay", grounds: ["tier"] });
    expect(mayStayInPlace(nb, firm({ tier: "A" })).value.decision).toBe("stay");
    expect(mayStayInPlace(nb, firm({ tier: "C" })).value).toEqual({ decision: "relocate", grounds: [] });
    expect(mayStayInPlace(nb, firm({ tier: "D" })).value.decision).toBe("relocate");
  });

  test("NB-STAY 二(五) B档及以上、符合产业发展导向: a B firm outside the industrial guidance has no tier ground", () => {
    expect(mayStayInPlace(nb, firm({ tier: "B", fitsIndustrialGuidance: false })).value.decision).toBe("relocate");
  });

  test("NB-STAY 二(五) 或因承担战略性新兴产业…重点企业: a strategic C firm may stay", () => {
    expect(mayStayInPlace(nb, firm({ tier: "C", strategic: true })).value).toEqual({ decision: "stay", grounds: ["strategic"] });
  });

  test("NB-STAY 二(五) 或因产业类型、设备工艺等原因难以腾挪: a hard-to-move unrated firm may stay", () => {
    expect(mayStayInPlace(nb, firm({ hardToMove: true })).value).toEqual({ decision: "stay", grounds: ["hard-to-move"] });
  });

  test("NB-STAY 二(五) 经属地区（县、市）政府或管委会确认: without confirmation the stay is pending", () => {
    expect(mayStayInPlace(nb, firm({ tier: "B", confirmed: false })).value.decision).toBe("pending-confirmation");
    expect(mayStayInPlace(nb, firm({ tier: "C", confirmed: false })).value.decision).toBe("relocate");
  });

  test("NB-STAY 二(五) 城镇开发边界外: inside the boundary the rule does not apply", () => {
    expect(mayStayInPlace(nb, firm({ outsideTownBoundary: false, tier: "D" })).value.decision).toBe("not-applicable");
  });

  test("NB-STAY 二(五): the tier comes from the provincial 亩均 evaluation ningbo includes (ZJ-EVAL 三(九)); 16 of 20 is B", () => {
    const scores = Array.from({ length: 20 }, (_, i) => i + 1);
    const rated = tier(nb, { score: 5, scores, status: "ok" });
    expect(rated.value).toBe("B");
    expect(rated.trace.citation).toBe("zhejiang-2023.txt 三(九)");
    expect(rated.trace.warnings.map((w) => w.en).join(" ")).toContain("Ningbo low-efficiency industrial land notice (draft) is a draft");
    expect(mayStayInPlace(nb, firm({ tier: rated.value })).value.decision).toBe("stay");
  });

  test("NB-STAY 二(五): tier cells read A–D, 'b档' and blank; E → #VALUE! naming the argument", () => {
    expect(parseTier("b档")).toBe("B");
    expect(parseTier(" A ")).toBe("A");
    expect(parseTier("")).toBeNull();
    expect(parseTier(null)).toBeNull();
    expect(ruleErrorOf(() => parseTier("E", "tier"))).toMatchObject({ kind: "value", argument: "tier" });
  });

  test("NB-STAY 二(五): the trace cites 二(五) and carries the draft warning", () => {
    const t = mayStayInPlace(nb, firm({ tier: "B" })).trace;
    expect(t.citation).toBe("ningbo-2023-draft.txt 二(五)");
    expect(t.decidedBy.join(" ")).toContain("B档及以上");
    expect(t.warnings).toHaveLength(1);
  });
});

describe("NB-STAY 二(五) rezoned industrial land not implemented within 5 years", () => {
  const asOf = at("ningbo", "2024-03-15");

  test("NB-STAY 二(五) 5年内暂不实施: implementation on EDATE(as-of, 60) = 2029-03-15 is within 5 years → no upgrade", () => {
    const r = rezonedUpgradeAllowed(asOf, { implementationDate: day("2029-03-15"), unlawfulUse: false, confirmed: true }).value;
    expect(r).toEqual({ allowed: false, windowEnd: "2029-03-15", blockedBy: ["implemented-within-window"] });
  });

  test("NB-STAY 二(五): implementation from 2029-03-16, or not scheduled, leaves room for 技改及新扩建 once confirmed", () => {
    expect(rezonedUpgradeAllowed(asOf, { implementationDate: day("2029-03-16"), unlawfulUse: false, confirmed: true }).value.allowed).toBe(true);
    expect(rezonedUpgradeAllowed(asOf, { implementationDate: null, unlawfulUse: false, confirmed: true }).value.allowed).toBe(true);
  });

  test("NB-STAY 二(五) 经…确认，可在不存在违法改变功能、违法出租等情况下: unconfirmed or unlawful use blocks it", () => {
    expect(rezonedUpgradeAllowed(asOf, { implementationDate: null, unlawfulUse: false, confirmed: false }).value.blockedBy).toEqual(["unconfirmed"]);
    expect(rezonedUpgradeAllowed(asOf, { implementationDate: day("2025-01-01"), unlawfulUse: true, confirmed: true }).value.blockedBy).toEqual([
      "implemented-within-window",
      "unlawful-use",
    ]);
  });

  test("NB-STAY 二(五): the window counts 满 5 年 by EDATE — from 2024-02-29 it ends 2029-02-28", () => {
    const leap = at("ningbo", "2024-02-29");
    expect(rezonedUpgradeAllowed(leap, { implementationDate: day("2029-03-01"), unlawfulUse: false, confirmed: true }).value).toMatchObject({
      allowed: true,
      windowEnd: "2029-02-28",
    });
  });
});

describe("NB-RELOC-TAX 二(十五) indicators for relocation land by agreement", () => {
  test("NB-RELOC-TAX 二(十五): 不低于“标准地”指标的50% — a 标准地 亩均税收 of 60 万元/亩 gives a floor of 30", () => {
    expect(relocationIndicatorFloor(nb, d(60)).value.toFixed()).toBe("30");
    expect(relocationIndicatorFloor(nb, d("25.5")).value.toFixed()).toBe("12.75");
  });

  test("NB-RELOC-TAX 二(十五): an agreed 30 against 60 passes (50% included); 29.99 fails with the clause", () => {
    expect(relocationIndicatorCheck(nb, "tax_per_mu", d(30), d(60)).value).toEqual([]);
    const [f] = relocationIndicatorCheck(nb, "tax_per_mu", d("29.99"), d(60)).value;
    expect(f).toMatchObject({ rule: "NB-RELOC-TAX", field: "tax_per_mu", threshold: "≥ 50%", citation: "ningbo-2023-draft.txt 二(十五)" });
  });

  test("NB-RELOC-TAX 二(十五): a zero 标准地 value → #NUM! naming standard_value; a negative agreed value → #NUM!", () => {
    expect(ruleErrorOf(() => relocationIndicatorCheck(nb, "tax_per_mu", d(1), d(0)))).toMatchObject({ kind: "num", argument: "standard_value" });
    expect(ruleErrorOf(() => relocationIndicatorCheck(nb, "tax_per_mu", d(-1), d(10)))).toMatchObject({ kind: "num", argument: "agreed" });
  });
});
