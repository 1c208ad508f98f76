import { idleDelayExcuse, idleFee, idleLandStatus, parseIdleDelayCause, type IdleStatusInput } from "../../policies";
import { at, d, day, ruleErrorOf } from "./wz-zs-helpers";

const nat = at("national");
const zc = at("zengcheng");

describe("NAT-IDLE-DEF 第二条 what is idle land", () => {
  const status = (input: Omit<Partial<IdleStatusInput>, "asOf"> & { asOf: string }) =>
    idleLandStatus(nat, { agreedStart: day("2022-06-30"), startedOn: null, ...input, asOf: day(input.asOf) });

  test("NAT-IDLE-DEF 第二条: not started 满一年 after the agreed start 2022-06-30 → idle from 2023-06-30, not on 2023-06-29", () => {
    expect(status({ asOf: "2023-06-29" }).value.status).toBe("not-idle");
    const r = status({ asOf: "2023-06-30" }).value;
    expect(r).toMatchObject({ status: "idle", branch: "not-started", idleFrom: "2023-06-30" });
  });

  test("NAT-IDLE-DEF 第二条: month-end — agreed 2023-08-31 → idle from 2024-08-31; agreed 2024-02-29 → 2025-02-28", () => {
    expect(idleLandStatus(nat, { agreedStart: day("2023-08-31"), startedOn: null, asOf: day("2024-08-31") }).value.idleFrom).toBe("2024-08-31");
    expect(idleLandStatus(nat, { agreedStart: day("2024-02-29"), startedOn: null, asOf: day("2025-02-28") }).value.status).toBe("idle");
    expect(idleLandStatus(nat, { agreedStart: day("2024-02-29"), startedOn: null, asOf: day("2025-02-27") }).value.status).toBe("not-idle");
  });

  test("NAT-IDLE-DEF 第二条: a start dated after the as-of date does not count as started", () => {
    expect(status({ asOf: "2023-07-01", startedOn: day("2023-08-01") }).value.status).toBe("idle");
  });

  const started = { startedOn: day("2022-06-01"), requiredArea: d(90), totalInvestment: d(10000) };

  test("NAT-IDLE-DEF 第二条: started, developed 29 of 90 (< 1/3), halted 2023-03-01 → may be idle from 2024-03-01 (也可以认定)", () => {
    const before = status({ ...started, developedArea: d(29), haltedSince: day("2023-03-01"), asOf: "2024-02-29" }).value;
    expect(before.status).toBe("not-idle");
    const r = status({ ...started, developedArea: d(29), haltedSince: day("2023-03-01"), asOf: "2024-03-01" });
    expect(r.value).toMatchObject({ status: "may-be-idle", branch: "under-developed", idleFrom: "2024-03-01" });
    expect(r.value.reason.zh).toContain("也可以认定");
  });

  test("NAT-IDLE-DEF 第二条: 不足三分之一 excludes the number — developed exactly 30 of 90 (= 1/3) is not under-developed", () => {
    expect(status({ ...started, developedArea: d(30), haltedSince: day("2022-12-01"), asOf: "2024-03-15" }).value.status).toBe("not-idle");
  });

  test("NAT-IDLE-DEF 第二条: 不足百分之二十五 — invested 2500 of 10000 (= 25%) is enough; 2499 is not", () => {
    const base = { ...started, haltedSince: day("2022-12-01"), asOf: "2024-03-15" };
    expect(status({ ...base, invested: d(2500) }).value.status).toBe("not-idle");
    expect(status({ ...base, invested: d(2499) }).value.status).toBe("may-be-idle");
  });

  test("NAT-IDLE-DEF 第二条: either shortfall suffices — developed 60/90 but invested 10% → may be idle", () => {
    expect(status({ ...started, developedArea: d(60), invested: d(1000), haltedSince: day("2022-12-01"), asOf: "2024-03-15" }).value.status).toBe("may-be-idle");
  });

  test("NAT-IDLE-DEF 第二条: started and not halted → not idle, however little is built", () => {
    expect(status({ ...started, developedArea: d(1), asOf: "2030-01-01" }).value.status).toBe("not-idle");
  });

  test("NAT-IDLE-DEF: halted works without any share data → #VALUE! naming developed_area; required area 0 → #NUM! naming required_area", () => {
    expect(ruleErrorOf(() => status({ startedOn: day("2022-06-01"), haltedSince: day("2022-12-01"), asOf: "2024-03-15" })).argument).toBe("developed_area");
    const e = ruleErrorOf(() => status({ ...started, requiredArea: d(0), developedArea: d(1), haltedSince: day("2022-12-01"), asOf: "2024-03-15" }));
    expect([e.kind, e.argument]).toEqual(["num", "required_area"]);
  });

  test("NAT-IDLE-DEF: a halt before the start → #NUM! naming halted_since", () => {
    expect(ruleErrorOf(() => status({ ...started, developedArea: d(1), haltedSince: day("2022-01-01"), asOf: "2024-03-15" })).argument).toBe("halted_since");
  });

  test("NAT-IDLE-DEF: applies through 增城 (includes the national rule) with both documents' standing in the trace", () => {
    const r = idleLandStatus(zc, { agreedStart: day("2022-06-30"), startedOn: null, asOf: day("2023-06-30") });
    expect(r.value.status).toBe("idle");
    expect(r.trace.citation).toContain("闲置土地处置办法");
    expect(r.trace.warnings.map((w) => w.zh).join()).toContain("征求意见稿");
  });
});

describe("NAT-IDLE-EXC 第八条 delays that are the government's (or force majeure)", () => {
  test.each([
    ["未按约定交地", "land-not-delivered", "第八条第（一）项"],
    ["规划修改", "plan-revision", "第八条第（二）项"],
    ["国家政策", "national-policy", "第八条第（三）项"],
    ["信访", "petition", "第八条第（四）项"],
    ["文物保护", "military-or-heritage", "第八条第（五）项"],
    ["军事管制", "military-or-heritage", "第八条第（五）项"],
    ["政府其他行为", "other-government", "第八条第（六）项"],
    ["不可抗力", "force-majeure", "第八条第二款"],
  ])("NAT-IDLE-EXC 第八条: %s → %s, excused (%s)", (word, cause, item) => {
    const parsed = parseIdleDelayCause(word);
    expect(parsed).toBe(cause);
    const r = idleDelayExcuse(nat, parsed).value;
    expect(r.excused).toBe(true);
    expect(r.citation).toBe(`闲置土地处置办法 ${item}`);
  });

  test("NAT-IDLE-EXC 第八条: the holder's own delay is not excused", () => {
    expect(idleDelayExcuse(nat, parseIdleDelayCause("企业原因")).value).toMatchObject({ excused: false, citation: null });
  });

  test("NAT-IDLE-EXC: an unknown cause → #VALUE! naming cause", () => {
    expect(ruleErrorOf(() => parseIdleDelayCause("下雨")).argument).toBe("cause");
  });

  test("NAT-IDLE-EXC 第八条 → 第十四条 not applied: an excused delay pays no fee", () => {
    expect(idleFee(nat, { landPrice: d(1000), agreedStart: day("2020-01-01"), asOf: day("2024-01-01"), cause: "government" }).value.fee.toFixed()).toBe("0");
  });
});

describe("NAT-IDLE-FEE 第十四条 fee and repossession (national profile)", () => {
  const fee = (asOf: string) => idleFee(nat, { landPrice: d(1000), agreedStart: day("2023-03-15"), asOf: day(asOf), cause: "enterprise" });

  test("NAT-IDLE-FEE 第十四条: 满一年 → 20% of the price: 2024-03-14 → 0, 2024-03-15 → 200", () => {
    expect(fee("2024-03-14").value.fee.toFixed()).toBe("0");
    expect(fee("2024-03-15").value.fee.toFixed()).toBe("200");
  });

  test("NAT-IDLE-FEE 第十四条: 满两年 → 无偿收回 from 2025-03-15", () => {
    expect(fee("2025-03-14").value.repossessable).toBe(false);
    expect(fee("2025-03-15").value.repossessable).toBe(true);
  });

  test("NAT-IDLE-FEE: the national profile uses 第十四条 itself, in force with no warning", () => {
    const t = fee("2024-03-15").trace;
    expect(t.rule).toBe("NAT-IDLE-FEE");
    expect(t.profile.state).toBe("in-force");
    expect(t.warnings).toEqual([]);
  });

  test("NAT-IDLE-FEE: before 2012-07-01 the 办法 is not yet in force — the trace says so", () => {
    const early = at("national", "2012-06-30");
    const t = idleFee(early, { landPrice: d(1000), agreedStart: day("2011-01-01"), asOf: day("2012-06-30"), cause: "enterprise" }).trace;
    expect(t.profile.state).toBe("not-yet-in-force");
    expect(t.warnings).toHaveLength(1);
  });
});
