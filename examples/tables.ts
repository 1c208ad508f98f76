import ExcelJS from "exceljs";
import { firm, firmNames, creditCode, fullWidth, grouped, type Firm } from "./firms";
import { Random, round } from "./random";

/** A violation the generator put in on purpose, where a check must find it. */
export interface Planted {
  row: number;
  rule: string;
  field: string;
  why: string;
}

/** A row placed exactly on a boundary that the clause includes: it must pass. */
export interface BoundaryPass {
  row: number;
  why: string;
}

export interface ExampleTable {
  file: string;
  sheet: string;
  profile: string;
  workbook: ExcelJS.Workbook;
  columns: Column[];
  violations: Planted[];
  boundaryPasses: BoundaryPass[];
}

export type Cell = string | number | boolean | null;

/** A change made to one generated record: violations it must cause, or a boundary it must pass. */
export type RecordPlant<T> = { change: Partial<T>; violations: { rule: string; field: string; why: string }[] } | { change: Partial<T>; pass: string };

/** Spreads the plants over random records (sheet rows from `firstRow`), applies them, and says what is where. */
export function spreadPlants<T extends object>(r: Random, records: T[], plants: readonly RecordPlant<T>[], firstRow: number): { violations: Planted[]; boundaryPasses: BoundaryPass[] } {
  const slots = r.shuffle([...records.keys()]).slice(0, plants.length);
  const violations: Planted[] = [];
  const boundaryPasses: BoundaryPass[] = [];
  plants.forEach((plant, k) => {
    const i = slots[k]!;
    Object.assign(records[i]!, plant.change);
    const row = firstRow + i;
    if ("pass" in plant) boundaryPasses.push({ row, why: plant.pass });
    else for (const v of plant.violations) violations.push({ row, ...v });
  });
  return { violations, boundaryPasses };
}

export interface Column {
  header: string;
  /** The vocabulary field it should map to; null for an extra column the reader leaves alone. */
  field: string | null;
  value: (f: Firm, i: number) => Cell;
  /** Numbers in this column sometimes arrive as messy text. */
  messy?: boolean;
}

const STRAY = ["待核实", "见附件", "n/a", "暂无数据"];

export interface TableSpec {
  file: string;
  sheet: string;
  profile: string;
  title: string;
  note: string;
  place: string;
  region: string;
  firms: number;
  columns: Column[];
  /** The rule id a 未上传/造假 status is a finding of, or null when the profile ranks no tiers. */
  statusRule: string | null;
  seed: number;
}

/** The rows of an enterprise table, top to bottom: title, note, headers, one line per firm, a blank line and a total line. */
export interface TableRows {
  /** Sheet rows (1-based) to set in bold: the title and the header row. */
  boldRows: { row: number; size?: number }[];
  rows: Iterable<Cell[]>;
  /** Filled in as `rows` is iterated. */
  violations: Planted[];
}

const TITLE_ROWS = 2;

/**
 * An enterprise table's rows: synthetic firms, some cells written as full-width digits or
 * with thousands separators (which must read as the same numbers), some stray text (a
 * finding for its row and column), some firms 未上传 or 造假, a total line at the end.
 * Rows come one at a time, so a 100,000-firm table can be streamed to a file (bench/).
 */
export function enterpriseRows(spec: TableSpec): TableRows {
  const violations: Planted[] = [];
  function* rows(): Generator<Cell[]> {
    const r = new Random(spec.seed);
    yield [spec.title];
    yield [spec.note];
    yield spec.columns.map((c) => c.header);
    const names = firmNames(r, spec.place, spec.firms);
    const statusColumn = spec.columns.find((c) => c.field === "data_status");
    for (const [i, name] of names.entries()) {
      const f = firm(r, name, creditCode(r, spec.region));
      const rowNumber = TITLE_ROWS + 2 + i;
      const status = statusColumn ? (r.chance(0.03) ? "未上传" : r.chance(0.01) ? "造假" : null) : null;
      const cells = spec.columns.map((c): Cell => {
        if (c === statusColumn) return status;
        const v = c.value(f, i + 1);
        if (status === "未上传" && c.messy && r.chance(0.7)) return null;
        if (!c.messy || typeof v !== "number") return v;
        const p = r.next();
        if (p < 0.02) return fullWidth(v);
        if (p < 0.06) return v >= 1000 ? grouped(v) : String(v);
        if (p < 0.065) {
          violations.push({ row: rowNumber, rule: "INPUT", field: c.field!, why: "stray text in a number column" });
          return r.pick(STRAY);
        }
        return v;
      });
      if (status && spec.statusRule) violations.push({ row: rowNumber, rule: spec.statusRule, field: "data_status", why: `${status} → D directly` });
      yield cells;
    }
    yield [];
    yield spec.columns.map((c, i) => (i === 1 ? "合计" : null));
  }
  return { boldRows: [{ row: 1, size: 14 }, { row: TITLE_ROWS + 1 }], rows: rows(), violations };
}

/** Column widths of an enterprise table: the name column wide, the rest 16. */
export function tableColumnWidths(spec: TableSpec): number[] {
  return spec.columns.map((_, i) => (i === 1 ? 34 : 16));
}

/** An enterprise table as an in-memory workbook (the committed examples). */
export function enterpriseTable(spec: TableSpec): ExampleTable {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(spec.sheet);
  const table = enterpriseRows(spec);
  for (const cells of table.rows) ws.addRow(cells);
  for (const b of table.boldRows) ws.getRow(b.row).font = b.size ? { bold: true, size: b.size } : { bold: true };
  tableColumnWidths(spec).forEach((w, i) => (ws.getColumn(i + 1).width = w));
  return { file: spec.file, sheet: spec.sheet, profile: spec.profile, workbook: wb, columns: spec.columns, violations: table.violations, boundaryPasses: [] };
}

/** Columns every table has: 序号, name, credit code. */
export const ID_COLUMNS: Column[] = [
  { header: "序号", field: null, value: (_, i) => i },
  { header: "企业名称", field: "enterprise", value: (f) => f.name },
  { header: "统一社会信用代码", field: "credit_code", value: (f) => f.code },
];

export const num = (header: string, field: keyof Firm, messy = true): Column => ({ header, field, value: (f) => f[field] as number, messy });

export const STATUS_COLUMN: Column = { header: "数据状态", field: "data_status", value: () => null };

/** 用地面积 in ㎡ (some counties report it so): the reader converts to 亩 (1 亩 = 10000/15 ㎡). */
export const AREA_M2: Column = { header: "占地面积（㎡）", field: "area_mu", value: (f) => round((f.area_mu * 10000) / 15, 2), messy: true };
