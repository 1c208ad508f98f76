import { lateRectificationOutcome, type LateRectificationInput } from "../../policies";
import { at, day } from "./wz-zs-helpers";

// 增城 二(四)11: 对督促整改但在规定限期内未完成整改或接受处理的项目，将有协议约定的提交综合情况报区政府，
// 由区政府决议是否按照约定解除出让合同，无偿收回土地使用权；将没有协议约定的纳入低效用地范围。
const on = (asOf: string) => at("zengcheng", asOf);
const base: LateRectificationInput = { deadline: day("2024-06-30"), resolvedOn: null, hasAgreement: true };
const outcome = (asOf: string, input: Partial<LateRectificationInput>) => lateRectificationOutcome(on(asOf), { ...base, ...input }).value;

describe("ZC-RECTIFY 二(四)11 rectification not completed within the deadline", () => {
  test("ZC-RECTIFY 二(四)11: 限期内 includes the deadline day — rectified on 2024-06-30 is resolved; on 2024-07-01 is late", () => {
    expect(outcome("2024-12-31", { resolvedOn: day("2024-06-30") }).outcome).toBe("resolved");
    expect(outcome("2024-12-31", { resolvedOn: day("2024-07-01") }).outcome).toBe("may-terminate");
  });

  test("ZC-RECTIFY 二(四)11: 有协议约定 → the district may terminate and 无偿收回, cited", () => {
    const r = outcome("2024-07-01", {});
    expect(r.outcome).toBe("may-terminate");
    expect(r.reason.zh).toContain("无偿收回土地使用权");
    expect(r.reason.zh).toContain("zengcheng-2022-draft.txt 二(四)11");
  });

  test("ZC-RECTIFY 二(四)11: 没有协议约定 → 纳入低效用地范围", () => {
    const r = outcome("2024-07-01", { hasAgreement: false });
    expect(r.outcome).toBe("low-efficiency");
    expect(r.reason.zh).toContain("纳入低效用地范围");
  });

  test("ZC-RECTIFY 二(四)11: not yet rectified, and the deadline day itself is the as-of date → pending, not late", () => {
    expect(outcome("2024-06-30", {}).outcome).toBe("pending");
    expect(outcome("2024-05-01", { hasAgreement: false }).outcome).toBe("pending");
  });

  test("ZC-RECTIFY: the trace names the outcome parameter and the deadline reading", () => {
    const t = lateRectificationOutcome(on("2024-07-01"), { ...base, hasAgreement: false }).trace;
    expect(t).toMatchObject({ rule: "ZC-RECTIFY", clause: "二(四)11" });
    expect(t.params.map((p) => p.name)).toEqual(["outcome.withoutAgreement"]);
    const onTheDay = lateRectificationOutcome(on("2024-07-01"), { ...base, resolvedOn: day("2024-06-30") }).trace;
    expect(onTheDay.params.map((p) => [p.name, p.value])).toEqual([["deadlineDayInside", true]]);
  });
});
