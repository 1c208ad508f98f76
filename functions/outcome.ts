// What an adapter hands back: the cell value and the trace LAND.EXPLAIN shows, and the few
// shapes engine results take on their way into a cell.
import type { Finding } from "../policies/engine/checks";
import { toExcelSerial, type IsoDate } from "../policies/engine/dates";
import { toCellNumber, type Dec } from "../policies/engine/decimal";
import type { RuleResult, Trace } from "../policies/engine/evaluation";
import { showValue } from "../policies/rules/findings";
import { finiteCell, type CellResult } from "./cells";
import { findingRows } from "./explain";

/** A formula's value with the trace that explains it (null where no profile rule decides). */
export interface Outcome {
  value: CellResult;
  trace: Trace | null;
  /** Extra rows for LAND.EXPLAIN: [item, value, detail]. */
  notes?: [string, string, string][];
}

/** An exact engine amount as the nearest double, with its trace. */
export function amount(r: RuleResult<Dec>): Outcome {
  return { value: finiteCell(toCellNumber(r.value)), trace: r.trace };
}

export function plain<T extends string | number | boolean>(r: RuleResult<T>): Outcome {
  return { value: typeof r.value === "number" ? finiteCell(r.value) : r.value, trace: r.trace };
}

export const isViolation = (f: Finding) => f.severity === "violation";

/** A checked rule as a flag (`decide` reads the findings); LAND.EXPLAIN lists every finding. */
export function flagOf(r: RuleResult<Finding[]>, decide: (findings: readonly Finding[]) => boolean): Outcome {
  return { value: decide(r.value), trace: r.trace, notes: findingRows(r.value) };
}

/** TRUE when no finding is a violation: notices (not checked, 一般, 鼓励) leave the flag alone. */
export const noViolation = (findings: readonly Finding[]) => !findings.some(isViolation);

/** A concession's share as a flag: TRUE when the rule grants it (a share, not null); the card names the share. */
export function shareGranted(r: RuleResult<Dec | null>, item: string): Outcome {
  return { value: r.value !== null, trace: r.trace, notes: [[item, r.value === null ? "不适用 not eligible" : showValue(r.value, "fraction"), ""]] };
}

/** A date result as an Excel serial; the card shows it as a date too. */
export function dateCell(r: RuleResult<IsoDate>): Outcome {
  return { value: toExcelSerial(r.value), trace: r.trace, notes: [["日期 date", r.value, "Excel 日期序列号，请将单元格设为日期格式 / an Excel date serial: format the cell as a date"]] };
}
