import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import { parseIsoDate } from "../../policies/engine/dates";
import type { Io } from "../../cli/io";
import { run } from "../../cli/run";

export const ROOT = resolve(__dirname, "..", "..");
export const example = (name: string) => join(ROOT, "examples", name);
export const AS_OF = "2024-03-15";

export interface Ran {
  code: number;
  out: string[];
  err: string[];
}

/** Runs one command line in-process, capturing stdout and stderr lines. */
export async function cli(...argv: string[]): Promise<Ran> {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (l) => out.push(l), err: (l) => err.push(l), stderrIsTTY: false, today: () => parseIsoDate(AS_OF) };
  const code = await run(argv, io);
  return { code, out, err };
}

const scratchDirs: string[] = [];

/** A fresh temp directory, removed when the test file finishes. */
export function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), "landrules-test-"));
  scratchDirs.push(dir);
  return dir;
}

afterAll(() => {
  for (const dir of scratchDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export function sha256(path: string): string {
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}

export async function open(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

/** A cell's value, a formula cell by its cached result (read via `result`: exceljs's `value` drops 0 and FALSE). */
export function cached(cell: ExcelJS.Cell): unknown {
  if (cell.type === ExcelJS.ValueType.Formula) {
    const r = cell.result as unknown;
    return typeof r === "object" && r !== null && "error" in r ? (r as { error: string }).error : r;
  }
  return cell.value;
}

/** The rows of a sheet from `from` (1-based) as arrays of values, A first. */
export function rowsOf(ws: ExcelJS.Worksheet, from = 1): unknown[][] {
  const rows: unknown[][] = [];
  ws.eachRow((row, r) => {
    if (r < from) return;
    const cells: unknown[] = [];
    row.eachCell({ includeEmpty: true }, (cell, c) => (cells[c - 1] = cached(cell)));
    rows.push(cells);
  });
  return rows;
}

/** The table part of a product sheet: the rows after its bold header row, keyed by header. */
export function tableOf(ws: ExcelJS.Worksheet, firstHeader: string): Record<string, unknown>[] {
  let headerRow = 0;
  ws.eachRow((row, r) => {
    if (!headerRow && row.getCell(1).value === firstHeader) headerRow = r;
  });
  if (!headerRow) throw new Error(`no header ${firstHeader} on ${ws.name}`);
  const headers = (ws.getRow(headerRow).values as unknown[]).slice(1).map(String);
  return rowsOf(ws, headerRow + 1).map((cells) => Object.fromEntries(headers.map((h, i) => [h, cells[i] ?? null])));
}
