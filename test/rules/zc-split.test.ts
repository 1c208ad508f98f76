import { splitTransferCheck, type SplitTransferInput, type SplitUnit } from "../../policies";
import { at, d, day, ruleErrorOf } from "./wz-zs-helpers";

const zc = at("zengcheng");
const unit = (m2: number | string, use: SplitUnit["use"] = "industrial"): SplitUnit => ({ areaM2: d(m2), use });
const check = (input: Partial<SplitTransferInput>) => splitTransferCheck(zc, { units: [unit(1000)], ...input });
const violations = (input: Partial<SplitTransferInput>) => check(input).value.filter((f) => f.severity === "violation").map((f) => f.field);

describe("ZC-SPLIT 三(一)2 split transfer of 产业用房", () => {
  test("ZC-SPLIT 三(一)2: 最小单元的建筑面积不低于 500 平方米 — 500 passes, 499.99 fails", () => {
    expect(violations({ units: [unit(500)] })).toEqual([]);
    const [f] = check({ units: [unit("499.99")] }).value;
    expect(f).toMatchObject({ field: "area_m2", value: "499.99", threshold: "≥ 500 ㎡", citation: "zengcheng-2022-draft.txt 三(一)2" });
  });

  test("ZC-SPLIT 三(一)2: 配套行政办公及生活设施不得独立分割转让 — ancillary alone fails", () => {
    expect(violations({ units: [unit(300, "ancillary")] })).toEqual(["use"]);
  });

  test("ZC-SPLIT 三(一)2: 随产业用房比例 — project 9000 ㎡ industrial / 900 ㎡ ancillary: 1000 ㎡ industrial may carry 100 ㎡, not 100.01", () => {
    const project = { projectIndustrialM2: d(9000), projectAncillaryM2: d(900) };
    expect(violations({ units: [unit(1000), unit(100, "ancillary")], ...project })).toEqual([]);
    const [f] = check({ units: [unit(1000), unit("100.01", "ancillary")], ...project }).value;
    expect(f).toMatchObject({ field: "ancillary_m2", threshold: "≤ 100 ㎡" });
  });

  test("ZC-SPLIT 三(一)2: ancillary with 产业用房 but no project areas → a notice that the proportion was not checked", () => {
    const r = check({ units: [unit(1000), unit(100, "ancillary")] }).value;
    expect(r.map((f) => f.severity)).toEqual(["notice"]);
  });

  test("ZC-SPLIT 三(一)2 + RULES.md reading note: 5 年内不得再次转让 — registered 2020-06-10: the last day inside is EDATE(reg, 60) = 2025-06-10; re-transfer that day fails, 2025-06-11 is allowed", () => {
    const reg = { registeredOn: day("2020-06-10") };
    expect(violations({ ...reg, transferOn: day("2025-06-09") })).toEqual(["transfer_on"]);
    const [f] = check({ ...reg, transferOn: day("2025-06-10") }).value;
    expect(f).toMatchObject({ field: "transfer_on", threshold: "≥ 2025-06-11", citation: "zengcheng-2022-draft.txt 三(一)2" });
    expect(f!.message.zh).toContain("至 2025-06-10");
    expect(violations({ ...reg, transferOn: day("2025-06-11") })).toEqual([]);
    const endDay = check({ ...reg, transferOn: day("2025-06-11") }).trace.params.find((p) => p.name === "resaleAllowedOnEndDay");
    expect(endDay).toMatchObject({ value: false, basis: "sourced" });
  });

  test("ZC-SPLIT 三(一)2 + reading note: registered 2020-02-29 → the 5 years end on 2025-02-28 (no 29th: month-end), allowed from 2025-03-01", () => {
    expect(violations({ registeredOn: day("2020-02-29"), transferOn: day("2025-02-28") })).toEqual(["transfer_on"]);
    expect(violations({ registeredOn: day("2020-02-29"), transferOn: day("2025-03-01") })).toEqual([]);
  });

  test("ZC-SPLIT: a lock that would run past 9999-12-31 → #NUM! naming registered_on", () => {
    const e = ruleErrorOf(() => check({ registeredOn: day("9996-01-01"), transferOn: day("9999-01-01") }));
    expect([e.kind, e.argument]).toEqual(["num", "registered_on"]);
  });

  test("ZC-SPLIT: no units → #VALUE!; a transfer before the registration → #VALUE! naming transfer_on", () => {
    expect(ruleErrorOf(() => check({ units: [] })).argument).toBe("units");
    expect(ruleErrorOf(() => check({ registeredOn: day("2024-01-02"), transferOn: day("2024-01-01") })).argument).toBe("transfer_on");
  });

  test("ZC-SPLIT: the trace carries the draft warning", () => {
    expect(check({}).trace.warnings.map((w) => w.zh).join()).toContain("征求意见稿");
  });
});
