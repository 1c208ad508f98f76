import type { Dec } from "../engine/decimal";
import { cellDecimal, type CellNumber } from "./cells";
import type { NumberField } from "./vocabulary";

/**
 * The numbers of a table by column: one double per row (NaN where the cell is blank or could
 * not be read), and, for the rare cell whose exact decimal has more digits than a double shows,
 * its text. A row's exact decimal is made only when something asks for it, so a 100,000-row
 * table holds 8 bytes per number instead of a decimal.js object.
 */
export class TableNumbers {
  private readonly doubles = new Map<NumberField, Float64Array>();
  private readonly texts = new Map<NumberField, Map<number, string>>();

  /** capacity: the most rows the table can have. */
  constructor(fields: readonly NumberField[], capacity: number) {
    for (const f of fields) this.doubles.set(f, new Float64Array(capacity).fill(NaN));
  }

  set(field: NumberField, row: number, n: CellNumber): void {
    this.doubles.get(field)![row] = n.d;
    if (n.exact === null) return;
    const texts = this.texts.get(field) ?? new Map<number, string>();
    texts.set(row, n.exact);
    this.texts.set(field, texts);
  }

  /** The exact value of row's field, or undefined when it has none. */
  decimal(field: NumberField, row: number): Dec | undefined {
    const d = this.doubles.get(field)?.[row];
    if (d === undefined || Number.isNaN(d)) return undefined;
    return cellDecimal({ d, exact: this.texts.get(field)?.get(row) ?? null });
  }

  /** The column's doubles, row by row (NaN: no value); null when the column is not mapped. */
  column(field: NumberField): Float64Array | null {
    return this.doubles.get(field) ?? null;
  }

  /** The exact text of a cell whose double does not give its decimal back (null for every other cell). */
  exactText(field: NumberField, row: number): string | null {
    return this.texts.get(field)?.get(row) ?? null;
  }
}
