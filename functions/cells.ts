import { bilingualText } from "../policies/citations";
import { RuleError } from "../policies/engine/errors";

/** The three error codes of the formula contract (FUNCTIONS.md). */
export type CellErrorCode = "#VALUE!" | "#NUM!" | "#N/A";

/** A formula's own error: a contract code and a message naming the argument (Chinese / English). */
export class CellError extends Error {
  constructor(
    readonly code: CellErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "CellError";
  }
}

/** An error value sitting in a cell the formula reads (#DIV/0!, #REF!, …). */
export class ErrorValue {
  constructor(readonly code: string) {}
}

export type Scalar = number | string | boolean | null;
/** What a host hands a function: a value, a blank (null/undefined), an error cell, or a range. */
export type RawArg = Scalar | undefined | ErrorValue | RawArg[][];
export type OutCell = number | string | boolean | CellError;
/** What a function hands back: one value, or a 2-D table (cells of which may be errors). */
export type CellResult = number | string | boolean | OutCell[][];

const CODE_OF_KIND = { value: "#VALUE!", num: "#NUM!", na: "#N/A" } as const;

function bilingual(argument: string | null, zh: string, en: string): string {
  return argument ? `${argument}：${zh} / ${argument}: ${en}` : `${zh} / ${en}`;
}

export function valueFault(argument: string, zh: string, en: string): CellError {
  return new CellError("#VALUE!", bilingual(argument, zh, en));
}

export function numFault(argument: string, zh: string, en: string): CellError {
  return new CellError("#NUM!", bilingual(argument, zh, en));
}

/** Anything thrown while evaluating, as a contract error: nothing escapes as an exception. */
export function toCellError(e: unknown): CellError {
  if (e instanceof CellError) return e;
  if (e instanceof RuleError) {
    // A rule's message may cite its parameter (`…（wenzhou-2020-53.txt 三(四)11）`): the cell shows the short title.
    const text = bilingualText({ zh: e.zh, en: e.en });
    return new CellError(CODE_OF_KIND[e.kind], bilingual(e.argument, text.zh, text.en));
  }
  const detail = e instanceof Error ? e.message : String(e);
  return new CellError("#VALUE!", `内部错误，请报告：${detail} / internal error, please report: ${detail}`);
}

/** A cell result Excel can hold: a finite double (never NaN, never Infinity, never -0). */
export function finiteCell(x: number, argument = "result"): number {
  if (!Number.isFinite(x)) throw numFault(argument, "结果超出 Excel 可表示的数值范围", "the result is outside the range of numbers Excel can hold");
  return x === 0 ? 0 : x;
}
