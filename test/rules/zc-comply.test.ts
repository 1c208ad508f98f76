import { parseAgreementKind, rectificationCheck, type ComplianceInput } from "../../policies";
import { at, d, ruleErrorOf } from "./wz-zs-helpers";

const zc = at("zengcheng");
const check = (input: Partial<ComplianceInput> & Pick<ComplianceInput, "agreement">) => rectificationCheck(zc, { watchListed: false, ...input });
const violations = (input: Partial<ComplianceInput> & Pick<ComplianceInput, "agreement">) => check(input).value.filter((f) => f.severity === "violation");

describe("ZC-COMPLY 二(四)10–11 rectification of unmet agreements", () => {
  test("ZC-COMPLY 二(四)10: 有明确约定 — 未达到约定 80%: 800 of 1000 (= 80%) is enough; 799.99 requires rectification", () => {
    expect(violations({ agreement: "explicit", actualOutput: d(800), agreedOutput: d(1000) })).toEqual([]);
    const [f] = violations({ agreement: "explicit", actualOutput: d("799.99"), agreedOutput: d(1000) });
    expect(f).toMatchObject({ rule: "ZC-COMPLY", field: "output", value: "799.99", citation: "zengcheng-2022-draft.txt 二(四)10" });
    expect(f!.message.zh).toContain("80%");
  });

  test("ZC-COMPLY 二(四)10: 有预期约定 — 未达到预期约定 50%: 500 of 1000 passes; 499 does not", () => {
    expect(violations({ agreement: "expected", actualOutput: d(500), agreedOutput: d(1000) })).toEqual([]);
    expect(violations({ agreement: "expected", actualOutput: d(499), agreedOutput: d(1000) })).toHaveLength(1);
  });

  test("ZC-COMPLY 二(四)10: 无约定 — 3-year average 90, 100, 110 = 100 against guide 100 (低于 excludes) → no rectification; guide 100.01 → rectification", () => {
    const rates = [d(90), d(100), d(110)];
    expect(violations({ agreement: "none", recentOutputRates: rates, guideOutputRate: d(100) })).toEqual([]);
    const [f] = violations({ agreement: "none", recentOutputRates: rates, guideOutputRate: d("100.01") });
    expect(f).toMatchObject({ field: "output_rate", value: "100", threshold: "≥ 100.01" });
  });

  test("ZC-COMPLY 二(四)10: fewer than three statistical years → the average of those, with a notice; four years → #VALUE!", () => {
    const r = check({ agreement: "none", recentOutputRates: [d(50), d(70)], guideOutputRate: d(80) }).value;
    expect(r.map((f) => [f.severity, f.field])).toEqual([
      ["notice", "recent_output_rates"],
      ["violation", "output_rate"],
    ]);
    expect(ruleErrorOf(() => check({ agreement: "none", recentOutputRates: [d(1), d(1), d(1), d(1)], guideOutputRate: d(1) })).argument).toBe("recent_output_rates");
  });

  test("ZC-COMPLY 二(四)10: on the 重点关注项目名单 → rectification even with output met", () => {
    const v = violations({ agreement: "explicit", actualOutput: d(2000), agreedOutput: d(1000), watchListed: true });
    expect(v.map((f) => f.field)).toEqual(["watch_list"]);
  });

  test("ZC-COMPLY 二(四)11: an approved lowered requirement (1000 → 900) replaces the year's requirement: 720 = 80% of 900 passes, with a notice naming the approval", () => {
    const r = check({ agreement: "explicit", actualOutput: d(720), agreedOutput: d(1000), lowered: { requirement: d(900), approval: "增科工商信〔2023〕12号" } }).value;
    expect(r.filter((f) => f.severity === "violation")).toEqual([]);
    expect(r[0]).toMatchObject({ severity: "notice", citation: "zengcheng-2022-draft.txt 二(四)11" });
    expect(r[0]!.message.zh).toContain("增科工商信〔2023〕12号");
    // Without the lowering, 720 of 1000 is 72% → rectification.
    expect(violations({ agreement: "explicit", actualOutput: d(720), agreedOutput: d(1000) })).toHaveLength(1);
  });

  test("ZC-COMPLY 二(四)11: a lowered guide value applies to 无约定 projects too", () => {
    expect(violations({ agreement: "none", recentOutputRates: [d(70)], guideOutputRate: d(80), lowered: { requirement: d(70), approval: "批复" } })).toEqual([]);
  });

  test("ZC-COMPLY 二(四)11: a 'lowered' requirement above the original → #NUM!; without an approval → #VALUE!", () => {
    const up = ruleErrorOf(() => check({ agreement: "explicit", actualOutput: d(1), agreedOutput: d(10), lowered: { requirement: d(11), approval: "x" } }));
    expect([up.kind, up.argument]).toEqual(["num", "lowered"]);
    const blank = ruleErrorOf(() => check({ agreement: "explicit", actualOutput: d(1), agreedOutput: d(10), lowered: { requirement: d(5), approval: " " } }));
    expect([blank.kind, blank.argument]).toEqual(["value", "lowered"]);
  });

  test("ZC-COMPLY: missing inputs name their argument — agreed output, guide value; agreed 0 → #NUM!", () => {
    expect(ruleErrorOf(() => check({ agreement: "explicit", actualOutput: d(1) })).argument).toBe("agreed_output");
    expect(ruleErrorOf(() => check({ agreement: "none", recentOutputRates: [d(1)] })).argument).toBe("guide_output_rate");
    expect(ruleErrorOf(() => check({ agreement: "expected", actualOutput: d(1), agreedOutput: d(0) })).kind).toBe("num");
  });

  test("ZC-COMPLY 二(四)9: agreement words — 有明确约定 / 有预期约定 / 无约定; others → #VALUE! naming agreement", () => {
    expect(["有明确约定", "预期约定", "无约定"].map((w) => parseAgreementKind(w))).toEqual(["explicit", "expected", "none"]);
    expect(ruleErrorOf(() => parseAgreementKind("口头")).argument).toBe("agreement");
  });

  test("ZC-COMPLY: the trace records the decision and the draft warning", () => {
    const t = check({ agreement: "expected", actualOutput: d(400), agreedOutput: d(1000) }).trace;
    expect(t.decidedBy.at(-1)).toBe("rectification required: yes");
    expect(t.warnings.map((w) => w.zh).join()).toContain("征求意见稿");
  });
});
