import { planApprovalCheck, planApprovalLastDay, villageTransferConsent, villageTransferConsentCheck, type ConsentInput, type PlanApprovalInput } from "../../policies";
import { at, d, day, ruleErrorOf } from "./wz-zs-helpers";

const zs = at("zhongshan");

// 中山 一(五): 改造方案批复有效期,原则不超过1年。
describe("ZS-PLAN 一(五) validity of a 工改工 宗地 renewal-plan approval", () => {
  const plan = (input: Partial<PlanApprovalInput>) => planApprovalCheck(zs, { approvedOn: day("2023-03-15"), validMonths: null, actOn: null, ...input });

  test("ZS-PLAN 一(五): 原则不超过1年 — a stated 12 months passes, 13 months is a violation citing 一(五)", () => {
    expect(plan({ validMonths: d(12) }).value).toEqual([]);
    const [f] = plan({ validMonths: d(13) }).value;
    expect(f).toMatchObject({ rule: "ZS-PLAN", field: "valid_months", threshold: "≤ 12 月", severity: "violation", citation: "zhongshan-2022-11.txt 一(五)" });
  });

  test("ZS-PLAN 一(五) + reading note: approved 2023-03-15, no stated validity → last valid day EDATE(approval, 12) = 2024-03-15", () => {
    expect(planApprovalLastDay(zs, day("2023-03-15")).value).toBe("2024-03-15");
    expect(plan({ actOn: day("2024-03-15") }).value).toEqual([]);
    const [f] = plan({ actOn: day("2024-03-16") }).value;
    expect(f).toMatchObject({ field: "act_on", threshold: "≤ 2024-03-15", severity: "violation" });
  });

  test("ZS-PLAN 一(五): a stated 18 months gives its own last day, with a warning that it exceeds 原则不超过1年", () => {
    const r = planApprovalLastDay(zs, day("2023-03-15"), d(18));
    expect(r.value).toBe("2024-09-15");
    expect(r.trace.warnings.map((w) => w.zh).join()).toContain("超过原则上的 1 年");
    expect(planApprovalLastDay(zs, day("2023-03-15"), d(12)).trace.warnings).toEqual([]);
  });

  test("ZS-PLAN 一(五): a stated 6-month validity ends on EDATE(approval, 6); approved 2024-08-31 → 2025-02-28 (month-end)", () => {
    expect(planApprovalLastDay(zs, day("2024-08-31"), d(6)).value).toBe("2025-02-28");
    expect(plan({ approvedOn: day("2024-08-31"), validMonths: d(6), actOn: day("2025-03-01") }).value.map((f) => f.field)).toEqual(["act_on"]);
  });

  test("ZS-PLAN: the ceiling is 原则 (in principle): editable in the profile", () => {
    expect(zs.profile.rules.get("ZS-PLAN")!.params.maxValidityMonths!.editable).toBe(true);
  });

  test("ZS-PLAN: an act before the approval → #VALUE! naming act_on; 0 or 1.5 months → #NUM! / #VALUE! naming valid_months", () => {
    expect(ruleErrorOf(() => plan({ actOn: day("2023-03-14") })).argument).toBe("act_on");
    expect(ruleErrorOf(() => plan({ validMonths: d(0) })).argument).toBe("valid_months");
    expect(ruleErrorOf(() => plan({ validMonths: d(1.5), actOn: day("2023-04-01") })).argument).toBe("valid_months");
  });
});

// 中山 二(十)3: 经征得村集体成员会议 2/3 以上成员或者 2/3 以上户代表同意,可以通过协议方式将用地转让到该村集体成立的一家全资公司名下。
describe("ZS-CONSENT 二(十) village consent to transfer land to its own company", () => {
  const vote = (consenting: number | string, total: number | string) => ({ consenting: d(consenting), total: d(total) });
  const consent = (input: Partial<ConsentInput>) => villageTransferConsent(zs, { members: null, households: null, ...input }).value;

  test("ZS-CONSENT 二(十): 2/3 以上 includes 2/3 exactly — 200 of 300 members consent; 199 of 300 do not", () => {
    expect(consent({ members: vote(200, 300) })).toBe(true);
    expect(consent({ members: vote(199, 300) })).toBe(false);
  });

  test("ZS-CONSENT 二(十): compared exactly as consenting × 3 ≥ 2 × total — 2 of 3 and 6666 of 9999 pass, 6666 of 10000 (0.6666) does not", () => {
    expect(consent({ households: vote(2, 3) })).toBe(true);
    // 6666 / 9999 = 2/3 exactly; 6665 / 9997 = 0.66669…  > 2/3; 6666 / 10000 = 0.6666 < 2/3.
    expect(consent({ households: vote(6666, 9999) })).toBe(true);
    expect(consent({ households: vote(6665, 9997) })).toBe(true);
    expect(consent({ households: vote(6666, 10000) })).toBe(false);
  });

  test("ZS-CONSENT 二(十): 或者 — members short but household representatives at 2/3 → consent reached", () => {
    expect(consent({ members: vote(100, 300), households: vote(40, 60) })).toBe(true);
    expect(villageTransferConsentCheck(zs, { members: vote(100, 300), households: vote(40, 60) }).value).toEqual([]);
  });

  test("ZS-CONSENT 二(十): neither reaches 2/3 → one violation per count, citing 二(十)3", () => {
    const findings = villageTransferConsentCheck(zs, { members: vote(100, 300), households: vote(39, 60) }).value;
    expect(findings.map((f) => [f.field, f.value, f.threshold, f.severity])).toEqual([
      ["members", "100/300", "≥ 2/3", "violation"],
      ["households", "39/60", "≥ 2/3", "violation"],
    ]);
    expect(findings[0]!.citation).toBe("zhongshan-2022-11.txt 二(十)3");
  });

  test("ZS-CONSENT: no count → #VALUE!; consenting above the total, a fraction of a person or a zero total → #NUM! naming the count", () => {
    expect(ruleErrorOf(() => consent({})).kind).toBe("value");
    expect(ruleErrorOf(() => consent({ members: vote(301, 300) })).argument).toBe("members_consenting");
    expect(ruleErrorOf(() => consent({ members: vote(1.5, 3) })).argument).toBe("members_consenting");
    expect(ruleErrorOf(() => consent({ households: vote(0, 0) })).argument).toBe("households_total");
  });
});
