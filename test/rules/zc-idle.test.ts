import { buybackCompensationCheck, idleFee, parseIdleCause, type IdleCause } from "../../policies";
import { at, d, day, ruleErrorOf } from "./wz-zs-helpers";

const zc = at("zengcheng");
const fee = (price: number, agreed: string, asOf: string, cause: IdleCause = "enterprise") =>
  idleFee(zc, { landPrice: d(price), agreedStart: day(agreed), asOf: day(asOf), cause });

describe("ZC-IDLE 二(二)5 idle industrial land", () => {
  test("ZC-IDLE 二(二)5: IDLEFEE example — 1000 万元 agreed 2023-03-15: as of 2024-03-14 → 0; as of 2024-03-15 (满 1 年) → 200", () => {
    expect(fee(1000, "2023-03-15", "2024-03-14").value.fee.toFixed()).toBe("0");
    expect(fee(1000, "2023-03-15", "2024-03-15").value.fee.toFixed()).toBe("200");
  });

  test("ZC-IDLE 二(二)5: the rule applied is the 增城 restatement, cited to the draft, with the draft warning", () => {
    const t = fee(1000, "2023-03-15", "2024-03-15").trace;
    expect(t.rule).toBe("ZC-IDLE");
    expect(t.citation).toBe("zengcheng-2022-draft.txt 二(二)5");
    expect(t.warnings.map((w) => w.zh).join()).toContain("征求意见稿");
  });

  test("ZC-IDLE 二(二)5: 满 1 年 is EDATE — agreed 2023-01-31 → fee from 2024-01-31, not on 2024-01-30", () => {
    expect(fee(1000, "2023-01-31", "2024-01-30").value.fee.toFixed()).toBe("0");
    expect(fee(1000, "2023-01-31", "2024-01-31").value.fee.toFixed()).toBe("200");
    expect(fee(1000, "2023-01-31", "2024-01-31").value.feeDate).toBe("2024-01-31");
  });

  test("ZC-IDLE 二(二)5: agreed 2024-02-29 + 12 months → 2025-02-28 (no 29 February: last day of the month)", () => {
    expect(fee(500, "2024-02-29", "2025-02-27").value.fee.toFixed()).toBe("0");
    const r = fee(500, "2024-02-29", "2025-02-28").value;
    expect(r.feeDate).toBe("2025-02-28");
    expect(r.fee.toFixed()).toBe("100");
  });

  test("ZC-IDLE 二(二)5: 未动工开发满 2 年 → may be repossessed, from EDATE(agreed, 24) inclusive", () => {
    expect(fee(1000, "2023-03-15", "2025-03-14").value.repossessable).toBe(false);
    const r = fee(1000, "2023-03-15", "2025-03-15").value;
    expect(r.repossessable).toBe(true);
    expect(r.repossessDate).toBe("2025-03-15");
  });

  test("ZC-IDLE 二(二)5: exact money — 20% of 1234.567 万元 = 246.9134", () => {
    expect(fee(1234.567, "2020-01-01", "2024-01-01").value.fee.toFixed()).toBe("246.9134");
  });

  test("ZC-IDLE 二(二)5 / 第八条: government-caused → 0, however long", () => {
    expect(fee(1000, "2020-01-01", "2024-03-15", "government").value).toMatchObject({ repossessable: false });
    expect(fee(1000, "2020-01-01", "2024-03-15", "government").value.fee.toFixed()).toBe("0");
  });

  test("ZC-IDLE: cause words — 企业/政府 and the 第八条 causes (信访, 不可抗力) read as government-caused; nonsense → #VALUE! naming cause", () => {
    expect(parseIdleCause("企业")).toBe("enterprise");
    expect(parseIdleCause(null)).toBe("enterprise");
    expect(parseIdleCause("政府")).toBe("government");
    expect(parseIdleCause("信访")).toBe("government");
    expect(parseIdleCause("Force-Majeure")).toBe("government");
    const e = ruleErrorOf(() => parseIdleCause("weather"));
    expect([e.kind, e.argument]).toEqual(["value", "cause"]);
  });

  test("ZC-IDLE: a negative land price → #NUM! naming land_price", () => {
    expect(ruleErrorOf(() => fee(-1, "2023-03-15", "2024-03-15")).argument).toBe("land_price");
  });
});

describe("ZC-IDLE 二(二)5 government-caused buy-back: 补偿金额应不低于取得土地的成本", () => {
  const check = (compensation: number, cost: number) => buybackCompensationCheck(zc, { compensation: d(compensation), acquisitionCost: d(cost) });

  test("ZC-IDLE 二(二)5: compensation equal to the cost (不低于 includes it) → no finding", () => {
    expect(check(800, 800).value).toEqual([]);
    expect(check(900, 800).value).toEqual([]);
  });

  test("ZC-IDLE 二(二)5: compensation 799.99 below cost 800 → a violation cited to 二(二)5", () => {
    const [f, ...rest] = check(799.99, 800).value;
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ rule: "ZC-IDLE", citation: "zengcheng-2022-draft.txt 二(二)5", field: "compensation", value: "799.99", threshold: "≥ 800 万元", severity: "violation" });
    expect(f!.message.zh).toContain("取得土地的成本");
  });

  test("ZC-IDLE: a negative cost → #NUM! naming acquisition_cost", () => {
    expect(ruleErrorOf(() => check(1, -1)).argument).toBe("acquisition_cost");
  });
});
