// The Excel objects the add-in uses (ranges, worksheets, comments, custom properties, frozen
// panes, filters, the application), as proxies over the workbench workbook. Each class
// implements the part of @types/office-js it covers (Pick<Excel.X, …>), so the compiler holds
// its signatures to Excel's; every method that returns an object queues the operation that
// finds it, so it is found where Excel would find it: in order, on the next sync.
import { MAX_COLUMNS, MAX_ROWS, parseAddress, qualifiedAddress, type Rect } from "./address";
import { ClientObject, StandInError, itemNotFound, invalidArgument, own, payloadBytes, type LoadSpec, type StandInContext } from "./client";
import type { CellInput } from "./host";

const cast = <T>(o: unknown): T => o as T;
/** More cells than this cannot come back under 5 MB (each cell is at least `"",`). */
const CELLS_OVER_ANY_RESPONSE = Math.ceil((5 * 1024 * 1024) / 3);


/** Strings Excel reads as a formula when set through values: =…, and +… / -… / @… that are not numbers. */
export function excelInput(v: unknown, location: string): CellInput {
  if (v === null || v === undefined || v === "") return null;
  if (typeof v === "number") {
    if (!Number.isFinite(v)) throw invalidArgument(`${v} is not a number Excel can store.`, location);
    return v;
  }
  if (typeof v === "boolean") return v;
  if (typeof v !== "string") throw invalidArgument(`a cell cannot hold ${typeof v}.`, location);
  if (/^[+-]/.test(v) && !Number.isFinite(Number(v.replace(/,/g, "")))) return `=${v}`;
  if (v.startsWith("@")) return `=${v}`;
  return v;
}

/** A 2-D argument matched to the range: the same shape, or one value for every cell. */
function shaped<T>(v: unknown, rect: Rect, location: string, each: (x: unknown) => T): T[][] {
  if (!Array.isArray(v)) {
    if (rect.height * rect.width > 5_000_000) throw invalidArgument("the range is too large to set one value in every cell.", location);
    const x = each(v);
    return Array.from({ length: rect.height }, () => Array.from({ length: rect.width }, () => x));
  }
  if (v.length !== rect.height || v.some((row) => !Array.isArray(row) || row.length !== rect.width))
    throw invalidArgument(
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${v.length}×${Array.isArray(v[0]) ? v[0].length : "?"} for ${rect.height}×${rect.width}).`,
      location,
    );
  return v.map((row: unknown[]) => row.map(each));
}

function offsetRect(r: Rect, rows: number, columns: number, height = r.height, width = r.width, location = "Range"): Rect {
  const next = { row: r.row + rows, column: r.column + columns, height, width };
  if (next.row < 0 || next.column < 0 || height < 1 || width < 1 || next.row + height > MAX_ROWS || next.column + width > MAX_COLUMNS)
    throw new StandInError("InvalidArgument", "The argument is invalid or missing or has an incorrect format. The range would reach outside the sheet.", location);
  return next;
}

export function intersect(a: Rect, b: Rect): Rect | null {
  const row = Math.max(a.row, b.row);
  const column = Math.max(a.column, b.column);
  const bottom = Math.min(a.row + a.height, b.row + b.height);
  const right = Math.min(a.column + a.width, b.column + b.width);
  return bottom > row && right > column ? { row, column, height: bottom - row, width: right - column } : null;
}

export interface RangeTarget {
  sheetId: string;
  rect: Rect;
}

// ---------------------------------------------------------------------------------------------
// Events

type Handler<A> = (args: A) => Promise<unknown> | void;

export class StandInEventHandlers<A> implements Pick<OfficeExtension.EventHandlers<A>, "add"> {
  private readonly handlers = new Set<Handler<A>>();
  constructor(
    private readonly context: StandInContext,
    private readonly subscribe: (emit: (args: A) => void) => () => void,
  ) {}

  add(handler: Handler<A>): OfficeExtension.EventHandlerResult<A> {
    let stop: (() => void) | null = null;
    this.context.enqueue("EventHandlers.add", () => {
      this.handlers.add(handler);
      stop = this.subscribe((args) => setTimeout(() => void handler(args), 0));
    });
    const context = this.context;
    return cast<OfficeExtension.EventHandlerResult<A>>({
      context,
      remove: () => {
        this.handlers.delete(handler);
        stop?.();
      },
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Ranges

export class StandInRangeFill extends ClientObject implements Pick<Excel.RangeFill, "color" | "clear"> {
  protected readonly typeName = "RangeFill";
  protected readonly scalars = ["color"];
  constructor(
    context: StandInContext,
    private readonly range: StandInRange,
  ) {
    super(context);
  }
  protected read(): Record<string, unknown> {
    const t = this.range._target("RangeFill.color");
    // Excel reports no fill as white, and null when the cells differ.
    const colours = new Set(this.range._cells(t).map(([r, c]) => this.context.host.format(t.sheetId, r, c).fill ?? "#FFFFFF"));
    return { color: colours.size === 1 ? [...colours][0] : null };
  }
  get color(): string {
    return this.get("color");
  }
  set color(color: string) {
    this.context.enqueue("RangeFill.color", () => {
      const t = this.range._target("RangeFill.color");
      this.context.host.setFormat(t.sheetId, t.rect, { fill: normaliseColour(color) });
    }, payloadBytes(color));
  }
  clear(): void {
    this.context.enqueue("RangeFill.clear", () => {
      const t = this.range._target("RangeFill.clear");
      this.context.host.setFormat(t.sheetId, t.rect, { fill: null });
    });
  }
  load(spec?: LoadSpec): Excel.RangeFill {
    this.queueLoad(spec);
    return cast(this);
  }
}

const NAMED_COLOURS: Record<string, string> = { white: "#FFFFFF", black: "#000000", red: "#FF0000", yellow: "#FFFF00", green: "#008000", blue: "#0000FF", orange: "#FFA500" };

function normaliseColour(colour: string): string | null {
  if (colour === null || colour === undefined || colour === "") return null;
  const named = NAMED_COLOURS[String(colour).toLowerCase()];
  if (named) return named;
  if (!/^#[0-9a-f]{6}$/i.test(colour)) throw invalidArgument(`"${colour}" is not a colour (#RRGGBB or a name).`, "RangeFill.color");
  return colour.toUpperCase();
}

export class StandInRangeFont extends ClientObject implements Pick<Excel.RangeFont, "bold" | "italic" | "color" | "name" | "size"> {
  protected readonly typeName = "RangeFont";
  protected readonly scalars = ["bold", "italic", "color", "name", "size"];
  constructor(
    context: StandInContext,
    private readonly range: StandInRange,
  ) {
    super(context);
  }
  protected read(names: string[]): Record<string, unknown> {
    const t = this.range._target("RangeFont");
    const f = this.context.host.format(t.sheetId, t.rect.row, t.rect.column);
    const all: Record<string, unknown> = { bold: f.bold ?? false, italic: f.italic ?? false, color: f.fontColor ?? "#000000", name: "Calibri", size: 11 };
    return Object.fromEntries(names.map((n) => [n, all[n]]));
  }
  private setFont(name: "bold" | "italic" | "fontColor", v: string | boolean | null): void {
    this.context.enqueue(`RangeFont.${name}`, () => {
      const t = this.range._target(`RangeFont.${name}`);
      this.context.host.setFormat(t.sheetId, t.rect, { [name]: v });
    });
  }
  get bold(): boolean {
    return this.get("bold");
  }
  set bold(v: boolean) {
    this.setFont("bold", !!v);
  }
  get italic(): boolean {
    return this.get("italic");
  }
  set italic(v: boolean) {
    this.setFont("italic", !!v);
  }
  get color(): string {
    return this.get("color");
  }
  set color(v: string) {
    this.setFont("fontColor", normaliseColour(v));
  }
  /** Font name and size are not kept by the workbench (always Calibri 11). */
  get name(): string {
    return this.get("name");
  }
  set name(_v: string) {}
  get size(): number {
    return this.get("size");
  }
  set size(_v: number) {}
  load(spec?: LoadSpec): Excel.RangeFont {
    this.queueLoad(spec);
    return cast(this);
  }
}

export class StandInRangeFormat extends ClientObject implements Pick<Excel.RangeFormat, "columnWidth" | "rowHeight" | "wrapText" | "autofitColumns" | "autofitRows"> {
  protected readonly typeName = "RangeFormat";
  protected readonly scalars = ["columnWidth", "rowHeight", "wrapText"];
  readonly fill: StandInRangeFill;
  readonly font: StandInRangeFont;
  constructor(
    context: StandInContext,
    private readonly range: StandInRange,
  ) {
    super(context);
    this.fill = new StandInRangeFill(context, range);
    this.font = new StandInRangeFont(context, range);
  }
  protected override navigation(name: string): ClientObject | undefined {
    return name === "fill" ? this.fill : name === "font" ? this.font : undefined;
  }
  protected read(names: string[]): Record<string, unknown> {
    const t = this.range._target("RangeFormat");
    const widths = new Set(Array.from({ length: Math.min(t.rect.width, 16_384) }, (_, j) => this.context.host.columnWidth(t.sheetId, t.rect.column + j)));
    const all: Record<string, unknown> = { columnWidth: widths.size === 1 ? [...widths][0] : null, rowHeight: 15, wrapText: false };
    return Object.fromEntries(names.map((n) => [n, all[n]]));
  }
  get columnWidth(): number {
    return this.get("columnWidth");
  }
  set columnWidth(points: number) {
    this.context.enqueue("RangeFormat.columnWidth", () => {
      const t = this.range._target("RangeFormat.columnWidth");
      for (let j = 0; j < t.rect.width; j++) this.context.host.setColumnWidth(t.sheetId, t.rect.column + j, points);
    });
  }
  /** Row heights are not kept by the workbench (always 15 points). */
  get rowHeight(): number {
    return this.get("rowHeight");
  }
  set rowHeight(_v: number) {}
  get wrapText(): boolean {
    return this.get("wrapText");
  }
  set wrapText(_v: boolean) {}
  autofitColumns(): void {
    this.context.enqueue("RangeFormat.autofitColumns", () => {
      const t = this.range._target("RangeFormat.autofitColumns");
      this.context.host.autofitColumns(t.sheetId, t.rect);
    });
  }
  autofitRows(): void {}
  load(spec?: LoadSpec): Excel.RangeFormat {
    this.queueLoad(spec);
    return cast(this);
  }
}

type RangeMethods =
  | "address"
  | "addressLocal"
  | "values"
  | "formulas"
  | "formulasLocal"
  | "numberFormat"
  | "numberFormatLocal"
  | "valueTypes"
  | "text"
  | "rowIndex"
  | "columnIndex"
  | "rowCount"
  | "columnCount"
  | "cellCount"
  | "isEntireRow"
  | "isEntireColumn"
  | "clear"
  | "select"
  | "worksheet"
  | "getCell"
  | "getOffsetRange"
  | "getResizedRange"
  | "getAbsoluteResizedRange"
  | "getRow"
  | "getColumn"
  | "getRowsAbove"
  | "getRowsBelow"
  | "getLastRow"
  | "getLastColumn"
  | "getLastCell"
  | "getEntireRow"
  | "getEntireColumn"
  | "getUsedRange"
  | "getUsedRangeOrNullObject"
  | "getSurroundingRegion"
  | "getIntersection"
  | "getBoundingRect"
  | "load"
  | "track"
  | "untrack";

export class StandInRange extends ClientObject implements Pick<Excel.Range, RangeMethods> {
  protected readonly typeName = "Range";
  protected readonly scalars = [
    "address",
    "addressLocal",
    "values",
    "formulas",
    "formulasLocal",
    "numberFormat",
    "numberFormatLocal",
    "valueTypes",
    "text",
    "rowIndex",
    "columnIndex",
    "rowCount",
    "columnCount",
    "cellCount",
    "isEntireRow",
    "isEntireColumn",
  ];
  private target: RangeTarget | null = null;
  readonly format: StandInRangeFormat;

  constructor(context: StandInContext, bind: () => RangeTarget | null, location: string, orNull = false) {
    super(context);
    this.format = new StandInRangeFormat(context, this);
    context.enqueue(location, () => {
      this.target = bind();
      this.setNull(this.target === null);
      if (!this.target && !orNull) throw itemNotFound("range", location);
    });
  }

  /** The cells this proxy stands for; found during the sync. */
  _target(location: string): RangeTarget {
    if (!this.target) throw new StandInError("InvalidReference", "This reference is not valid for the current operation.", location);
    return this.target;
  }

  _cells(t: RangeTarget): [number, number][] {
    const out: [number, number][] = [];
    for (let i = 0; i < Math.min(t.rect.height, 10_000); i++) for (let j = 0; j < Math.min(t.rect.width, 1000); j++) out.push([t.rect.row + i, t.rect.column + j]);
    return out;
  }

  private sheetName(t: RangeTarget): string {
    return this.context.host.sheet(t.sheetId)!.name;
  }

  protected read(names: string[]): Record<string, unknown> {
    const t = this._target("Range.load");
    const host = this.context.host;
    const cells = t.rect.height * t.rect.width;
    const bulky = ["values", "formulas", "formulasLocal", "numberFormat", "numberFormatLocal", "valueTypes", "text"];
    if (cells > CELLS_OVER_ANY_RESPONSE && names.some((n) => bulky.includes(n)))
      throw new StandInError("ResponsePayloadSizeLimitExceeded", `The response payload size has exceeded the limit (${cells} cells). Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".`, "Range.load");
    const out: Record<string, unknown> = {};
    for (const n of names) {
      switch (n) {
        case "address":
        case "addressLocal":
          out[n] = qualifiedAddress(this.sheetName(t), t.rect);
          break;
        case "values":
          out[n] = own(host.values(t.sheetId, t.rect));
          break;
        case "formulas":
        case "formulasLocal":
          out[n] = own(host.formulas(t.sheetId, t.rect));
          break;
        case "numberFormat":
        case "numberFormatLocal":
          out[n] = own(host.numberFormats(t.sheetId, t.rect));
          break;
        case "valueTypes":
          out[n] = own(host.valueTypes(t.sheetId, t.rect));
          break;
        case "text":
          out[n] = own(host.texts(t.sheetId, t.rect));
          break;
        case "rowIndex":
          out[n] = t.rect.row;
          break;
        case "columnIndex":
          out[n] = t.rect.column;
          break;
        case "rowCount":
          out[n] = t.rect.height;
          break;
        case "columnCount":
          out[n] = t.rect.width;
          break;
        case "cellCount":
          out[n] = cells;
          break;
        case "isEntireRow":
          out[n] = t.rect.column === 0 && t.rect.width === MAX_COLUMNS;
          break;
        case "isEntireColumn":
          out[n] = t.rect.row === 0 && t.rect.height === MAX_ROWS;
          break;
      }
    }
    return out;
  }

  get address(): string {
    return this.get("address");
  }
  get addressLocal(): string {
    return this.get("addressLocal");
  }
  get values(): unknown[][] {
    return this.get("values");
  }
  set values(v: unknown[][]) {
    this.context.enqueue("Range.values", () => {
      const t = this._target("Range.values");
      this.context.host.setContents(t.sheetId, t.rect, shaped(v, t.rect, "Range.values", (x) => excelInput(x, "Range.values")));
    }, payloadBytes(v));
  }
  get formulas(): unknown[][] {
    return this.get("formulas");
  }
  set formulas(v: unknown[][]) {
    this.context.enqueue("Range.formulas", () => {
      const t = this._target("Range.formulas");
      this.context.host.setContents(t.sheetId, t.rect, shaped(v, t.rect, "Range.formulas", (x) => excelInput(x, "Range.formulas")));
    }, payloadBytes(v));
  }
  get formulasLocal(): unknown[][] {
    return this.get("formulasLocal");
  }
  set formulasLocal(v: unknown[][]) {
    this.formulas = v;
  }
  get numberFormat(): unknown[][] {
    return this.get("numberFormat");
  }
  set numberFormat(v: unknown[][]) {
    this.context.enqueue("Range.numberFormat", () => {
      const t = this._target("Range.numberFormat");
      this.context.host.setNumberFormats(t.sheetId, t.rect, shaped(v, t.rect, "Range.numberFormat", (x) => (x === null || x === undefined || x === "" ? "General" : String(x))));
    }, payloadBytes(v));
  }
  get numberFormatLocal(): unknown[][] {
    return this.get("numberFormatLocal");
  }
  set numberFormatLocal(v: unknown[][]) {
    this.numberFormat = v;
  }
  get valueTypes(): Excel.RangeValueType[][] {
    return this.get("valueTypes");
  }
  get text(): string[][] {
    return this.get("text");
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get columnIndex(): number {
    return this.get("columnIndex");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }
  get cellCount(): number {
    return this.get("cellCount");
  }
  get isEntireRow(): boolean {
    return this.get("isEntireRow");
  }
  get isEntireColumn(): boolean {
    return this.get("isEntireColumn");
  }

  private worksheet_: StandInWorksheet | null = null;
  /** The worksheet the range is on (one proxy per range, as in Excel, so what is loaded on it stays). */
  get worksheet(): Excel.Worksheet {
    this.worksheet_ ??= new StandInWorksheet(this.context, () => this._target("Range.worksheet").sheetId, "Range.worksheet");
    return cast(this.worksheet_);
  }

  private derived(location: string, f: (t: RangeTarget) => RangeTarget | null, orNull = false): Excel.Range {
    return cast(new StandInRange(this.context, () => f(this._target(location)), location, orNull));
  }

  getCell(row: number, column: number): Excel.Range {
    return this.derived("Range.getCell", (t) => ({ sheetId: t.sheetId, rect: offsetRect(t.rect, row, column, 1, 1, "Range.getCell") }));
  }
  getOffsetRange(rowOffset: number, columnOffset: number): Excel.Range {
    return this.derived("Range.getOffsetRange", (t) => ({ sheetId: t.sheetId, rect: offsetRect(t.rect, rowOffset, columnOffset, undefined, undefined, "Range.getOffsetRange") }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): Excel.Range {
    return this.derived("Range.getResizedRange", (t) => ({ sheetId: t.sheetId, rect: offsetRect(t.rect, 0, 0, t.rect.height + deltaRows, t.rect.width + deltaColumns, "Range.getResizedRange") }));
  }
  getAbsoluteResizedRange(numRows: number, numColumns: number): Excel.Range {
    return this.derived("Range.getAbsoluteResizedRange", (t) => ({ sheetId: t.sheetId, rect: offsetRect(t.rect, 0, 0, numRows, numColumns, "Range.getAbsoluteResizedRange") }));
  }
  getRow(row: number): Excel.Range {
    return this.derived("Range.getRow", (t) => ({ sheetId: t.sheetId, rect: offsetRect(t.rect, row, 0, 1, t.rect.width, "Range.getRow") }));
  }
  getColumn(column: number): Excel.Range {
    return this.derived("Range.getColumn", (t) => ({ sheetId: t.sheetId, rect: offsetRect(t.rect, 0, column, t.rect.height, 1, "Range.getColumn") }));
  }
  getRowsAbove(count = 1): Excel.Range {
    return this.derived("Range.getRowsAbove", (t) => ({ sheetId: t.sheetId, rect: offsetRect(t.rect, -count, 0, count, t.rect.width, "Range.getRowsAbove") }));
  }
  getRowsBelow(count = 1): Excel.Range {
    return this.derived("Range.getRowsBelow", (t) => ({ sheetId: t.sheetId, rect: offsetRect(t.rect, t.rect.height, 0, count, t.rect.width, "Range.getRowsBelow") }));
  }
  getLastRow(): Excel.Range {
    return this.derived("Range.getLastRow", (t) => ({ sheetId: t.sheetId, rect: offsetRect(t.rect, t.rect.height - 1, 0, 1, t.rect.width, "Range.getLastRow") }));
  }
  getLastColumn(): Excel.Range {
    return this.derived("Range.getLastColumn", (t) => ({ sheetId: t.sheetId, rect: offsetRect(t.rect, 0, t.rect.width - 1, t.rect.height, 1, "Range.getLastColumn") }));
  }
  getLastCell(): Excel.Range {
    return this.derived("Range.getLastCell", (t) => ({ sheetId: t.sheetId, rect: offsetRect(t.rect, t.rect.height - 1, t.rect.width - 1, 1, 1, "Range.getLastCell") }));
  }
  getEntireRow(): Excel.Range {
    return this.derived("Range.getEntireRow", (t) => ({ sheetId: t.sheetId, rect: { row: t.rect.row, column: 0, height: t.rect.height, width: MAX_COLUMNS } }));
  }
  getEntireColumn(): Excel.Range {
    return this.derived("Range.getEntireColumn", (t) => ({ sheetId: t.sheetId, rect: { row: 0, column: t.rect.column, height: MAX_ROWS, width: t.rect.width } }));
  }
  /** The cells of this range that are in the sheet's used range. */
  getUsedRange(valuesOnly?: boolean): Excel.Range {
    return this.derived("Range.getUsedRange", (t) => this.usedPart(t, valuesOnly));
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): Excel.Range {
    return this.derived("Range.getUsedRangeOrNullObject", (t) => this.usedPart(t, valuesOnly), true);
  }
  private usedPart(t: RangeTarget, valuesOnly?: boolean): RangeTarget | null {
    const used = this.context.host.usedRect(t.sheetId, !!valuesOnly);
    const r = used && intersect(used, t.rect);
    return r ? { sheetId: t.sheetId, rect: r } : null;
  }
  /** The current region (Ctrl+A, Ctrl+Shift+*): grown until it is bounded by empty rows and columns or the sheet's edge. */
  getSurroundingRegion(): Excel.Range {
    return this.derived("Range.getSurroundingRegion", (t) => ({ sheetId: t.sheetId, rect: this.region(t) }));
  }
  private region(t: RangeTarget): Rect {
    const host = this.context.host;
    const used = host.usedRect(t.sheetId, true);
    if (!used) return t.rect;
    const filled = (r: Rect) => {
      const inside = intersect(r, used);
      return inside !== null && host.valueTypes(t.sheetId, inside).some((row) => row.some((v) => v !== "Empty"));
    };
    let r = { ...t.rect };
    for (let grew = true; grew; ) {
      grew = false;
      const top = r.row - 1;
      const bottom = r.row + r.height;
      const left = r.column - 1;
      const right = r.column + r.width;
      // Each border line includes the diagonal corners, as Excel's region does.
      const c0 = Math.max(0, left);
      const c1 = Math.min(MAX_COLUMNS - 1, right);
      const r0 = Math.max(0, top);
      const r1 = Math.min(MAX_ROWS - 1, bottom);
      if (top >= 0 && filled({ row: top, column: c0, height: 1, width: c1 - c0 + 1 })) {
        r = { ...r, row: top, height: r.height + 1 };
        grew = true;
      }
      if (bottom < MAX_ROWS && filled({ row: bottom, column: c0, height: 1, width: c1 - c0 + 1 })) {
        r = { ...r, height: r.height + 1 };
        grew = true;
      }
      if (left >= 0 && filled({ row: r0, column: left, height: r1 - r0 + 1, width: 1 })) {
        r = { ...r, column: left, width: r.width + 1 };
        grew = true;
      }
      if (right < MAX_COLUMNS && filled({ row: r0, column: right, height: r1 - r0 + 1, width: 1 })) {
        r = { ...r, width: r.width + 1 };
        grew = true;
      }
    }
    return r;
  }
  getIntersection(other: Excel.Range | string): Excel.Range {
    return this.derived("Range.getIntersection", (t) => {
      const o = otherRect(this.context, t.sheetId, other, "Range.getIntersection");
      const r = intersect(t.rect, o);
      if (!r) throw itemNotFound("the ranges do not intersect", "Range.getIntersection");
      return { sheetId: t.sheetId, rect: r };
    });
  }
  getBoundingRect(other: Excel.Range | string): Excel.Range {
    return this.derived("Range.getBoundingRect", (t) => {
      const o = otherRect(this.context, t.sheetId, other, "Range.getBoundingRect");
      const row = Math.min(t.rect.row, o.row);
      const column = Math.min(t.rect.column, o.column);
      return { sheetId: t.sheetId, rect: { row, column, height: Math.max(t.rect.row + t.rect.height, o.row + o.height) - row, width: Math.max(t.rect.column + t.rect.width, o.column + o.width) - column } };
    });
  }

  clear(applyTo?: Excel.ClearApplyTo | "All" | "Formats" | "Contents" | "Hyperlinks" | "RemoveHyperlinks" | "ResetContents"): void {
    const what = (applyTo ?? "All") as string;
    this.context.enqueue("Range.clear", () => {
      const t = this._target("Range.clear");
      if (what === "All" || what === "Formats" || what === "Contents") this.context.host.clear(t.sheetId, t.rect, what);
      else if (what === "ResetContents") this.context.host.clear(t.sheetId, t.rect, "Contents");
    });
  }
  select(): void {
    this.context.enqueue("Range.select", () => {
      const t = this._target("Range.select");
      this.context.host.select(t.sheetId, t.rect);
    });
  }
  load(spec?: LoadSpec): Excel.Range {
    this.queueLoad(spec);
    return cast(this);
  }
  track(): Excel.Range {
    return cast(this);
  }
  untrack(): Excel.Range {
    return cast(this);
  }
}

/** Another range argument (a proxy, or an address on the same sheet) as cells. */
function otherRect(context: StandInContext, sheetId: string, other: Excel.Range | string, location: string): Rect {
  if (other instanceof StandInRange) return other._target(location).rect;
  const parsed = typeof other === "string" ? parseAddress(other) : null;
  if (!parsed) throw invalidArgument(`"${String(other)}" is not an address.`, location);
  if (parsed.sheet && context.host.sheet(parsed.sheet)?.id !== sheetId) throw invalidArgument(`"${other}" is on another sheet.`, location);
  return parsed.rect;
}

/** A Range argument or an address (with its sheet, for workbook-level calls) as a target. */
export function rangeArgument(context: StandInContext, arg: Excel.Range | string, defaultSheetId: string | null, location: string): RangeTarget {
  if (arg instanceof StandInRange) return arg._target(location);
  const parsed = typeof arg === "string" ? parseAddress(arg) : null;
  if (!parsed) throw invalidArgument(`"${String(arg)}" is not an address.`, location);
  const sheetId = parsed.sheet !== undefined ? context.host.sheet(parsed.sheet)?.id : defaultSheetId;
  if (!sheetId) throw itemNotFound(`sheet of ${arg}`, location);
  return { sheetId, rect: parsed.rect };
}

// Worksheets and the workbook are in workbook.ts; the two files use each other's classes only
// inside methods, so either can load first.
import { StandInWorksheet } from "./workbook";
