import { evaluationSchedule, nextEvaluation } from "../../policies";
import { at, day, ruleErrorOf } from "./wz-zs-helpers";

const wz = at("wenzhou");

describe("WZ-EVAL 三(四)11 performance evaluations", () => {
  const twenty = { productionDate: day("2021-01-31"), termEnd: day("2041-01-31") };

  test("WZ-EVAL 三(四)11: 达产评估 at production, 过程评估 every 5 years while before the term end, 到期评估 1 year before it", () => {
    const s = evaluationSchedule(wz, twenty).value.map((e) => [e.name.zh, e.date]);
    expect(s).toEqual([
      ["达产评估", "2021-01-31"],
      ["过程评估", "2026-01-31"],
      ["过程评估", "2031-01-31"],
      ["过程评估", "2036-01-31"],
      ["到期评估", "2040-01-31"],
    ]);
  });

  test("WZ-EVAL 三(四)11: each 过程评估 counts from the production date (EDATE +60, +120, …): 2020-02-29 → 2025-02-28 … 2040-02-29; one falling on the term end is not before it", () => {
    const s = evaluationSchedule(wz, { productionDate: day("2020-02-29"), termEnd: day("2045-02-28") }).value;
    expect(s.filter((e) => e.stage === "process").map((e) => e.date)).toEqual(["2025-02-28", "2030-02-28", "2035-02-28", "2040-02-29"]);
    expect(s.at(-1)).toMatchObject({ stage: "expiry", date: "2044-02-28" });
  });

  test("WZ-EVAL 三(四)11: a 过程评估 falling after the 到期评估 but before the term end stays, in date order", () => {
    const s = evaluationSchedule(wz, { productionDate: day("2021-01-01"), termEnd: day("2026-06-30") }).value;
    expect(s.map((e) => [e.stage, e.date])).toEqual([
      ["production", "2021-01-01"],
      ["expiry", "2025-06-30"],
      ["process", "2026-01-01"],
    ]);
  });

  test("WZ-EVAL 三(四)11: next evaluation on or after a date: on 2026-01-31 → that day; 2026-02-01 → 2031-01-31", () => {
    expect(nextEvaluation(wz, twenty, day("2026-01-31")).value).toMatchObject({ stage: "process", date: "2026-01-31" });
    expect(nextEvaluation(wz, twenty, day("2026-02-01")).value).toMatchObject({ stage: "process", date: "2031-01-31" });
    expect(nextEvaluation(wz, twenty, day("2036-02-01")).value).toMatchObject({ stage: "expiry", date: "2040-01-31" });
    expect(nextEvaluation(wz, twenty, day("2040-02-01")).value).toBeNull();
  });

  test("WZ-EVAL: without a date the as-of date is used", () => {
    expect(nextEvaluation(at("wenzhou", "2024-03-15"), twenty).value?.date).toBe("2026-01-31");
  });

  test("WZ-EVAL: a term ending on or before production → #NUM! naming term_end", () => {
    const e = ruleErrorOf(() => evaluationSchedule(wz, { productionDate: day("2030-01-01"), termEnd: day("2030-01-01") }));
    expect([e.kind, e.argument]).toEqual(["num", "term_end"]);
  });
});
