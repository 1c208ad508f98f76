// The workbench's workbook: cell contents and formulas in HyperFormula with the LAND functions
// registered (functions/hyperformula.ts), and beside it what HyperFormula does not keep (formats,
// column widths, frozen panes, filters, comments, sheet properties, settings, the selection).
// It is the WorkbookHost the Excel stand-in works on, and the store the grid paints from.
// Workbench only: this file pulls in HyperFormula (GPL-3.0), which never ships to Excel.
import { CellValueDetailedType, DetailedCellError, type HyperFormula, type RawCellContent } from "hyperformula";
import { format as formatNumber } from "numfmt";
import { ACTIVE_PROFILE_SETTING } from "../../addin/activeProfile";
import { DERIVED_PROFILES_SETTING, syncSavedProfiles } from "../../addin/derivedProfiles";
import { buildLandHyperFormula } from "../../functions/hyperformula";
import type { FunctionHost } from "../../functions/host";
import { localToday, type IsoDate } from "../../policies/engine/dates";
import { builtInProfiles } from "../../policies/profiles";
import { MAX_COLUMNS, MAX_ROWS, qualifiedAddress, type Rect } from "../excel/address";
import {
  HostError,
  type CellFormat,
  type CellInput,
  type CellValue,
  type CommentInfo,
  type ReplyInfo,
  type Selection,
  type SheetInfo,
  type ValueType,
  type WorkbookHost,
} from "../excel/host";

/** Excel's default column: 8.43 characters, 48 points. */
export const DEFAULT_COLUMN_POINTS = 48;
const POINTS_PER_CHARACTER = 48 / 8.43;

interface SheetState {
  id: string;
  name: string;
  formats: Map<string, CellFormat>;
  columnWidths: Map<number, number>;
  frozenRows: number;
  frozenColumns: number;
  autoFilter: Rect | null;
  properties: Map<string, string>;
}

/** A sheet as a file gives it: contents as HyperFormula reads them, plus what HyperFormula does not keep. */
export interface SheetInput {
  name: string;
  contents: RawCellContent[][];
  formats?: Map<string, CellFormat>;
  columnWidths?: Map<number, number>;
  frozenRows?: number;
  frozenColumns?: number;
  autoFilter?: Rect | null;
  /** Cell notes in the file (legacy comments), keyed "row,column". */
  notes?: Map<string, string>;
}

/** What the grid shows for one cell. */
export interface ShownCell {
  text: string;
  /** The error's code and message (#VALUE! with the argument it names), when the cell is an error. */
  error?: { code: string; message: string };
  kind: ValueType;
  format: CellFormat;
  comment?: string;
}

const key = (row: number, column: number) => `${row},${column}`;
const parseKey = (k: string) => k.split(",").map(Number) as [number, number];
const inRect = (r: Rect, row: number, column: number) => row >= r.row && row < r.row + r.height && column >= r.column && column < r.column + r.width;

const FORBIDDEN_IN_SHEET_NAME = /[\\/?*[\]:]/;

function checkSheetName(name: string): void {
  if (!name.trim() || name.length > 31 || FORBIDDEN_IN_SHEET_NAME.test(name) || /^'|'$/.test(name) || name.toLowerCase() === "history")
    throw new HostError("InvalidArgument", `The sheet name "${name}" is not valid (1–31 characters, none of \\ / ? * [ ] :, no apostrophe at either end).`);
}

export interface WorkbookOptions {
  /** The evaluation date the LAND functions see as today; the machine's calendar day by default. */
  today?: IsoDate;
}

export class WorkbenchWorkbook implements WorkbookHost {
  readonly hf: HyperFormula;
  private readonly order: SheetState[] = [];
  private readonly comments_: CommentInfo[] = [];
  private readonly settings_ = new Map<string, unknown>();
  private activeId: string;
  private selection_: Selection;
  private nextId = 1;
  private readonly listeners = new Set<() => void>();
  private readonly selectionListeners = new Set<(s: Selection) => void>();
  private batching = 0;
  private dirty = false;
  private version_ = 0;
  /** Set to make the next saveSettings fail, as a workbook that cannot be saved does (tests). */
  failNextSettingsSave: string | null = null;

  constructor(sheets: SheetInput[], options: WorkbookOptions = {}) {
    const today = options.today;
    const host: FunctionHost = { activeProfile: () => this.activeProfile(), today: () => today ?? localToday() };
    const inputs = sheets.length ? sheets : [{ name: "Sheet1", contents: [] }];
    this.hf = buildLandHyperFormula(Object.fromEntries(inputs.map((s) => [s.name, s.contents])), host);
    for (const input of inputs) {
      const state = this.newSheetState(input.name);
      for (const [k, f] of input.formats ?? []) state.formats.set(k, { ...f });
      for (const [c, w] of input.columnWidths ?? []) state.columnWidths.set(c, w);
      state.frozenRows = input.frozenRows ?? 0;
      state.frozenColumns = input.frozenColumns ?? 0;
      state.autoFilter = input.autoFilter ?? null;
      for (const [k, note] of input.notes ?? []) {
        const [row, column] = parseKey(k);
        this.comments_.push(this.newComment(state.id, row, column, note));
      }
    }
    this.activeId = this.order[0]!.id;
    this.selection_ = { sheetId: this.activeId, rect: { row: 0, column: 0, height: 1, width: 1 } };
  }

  // -------------------------------------------------------------------------------------------
  // For the grid

  /** The profile a LAND formula without a `profile` argument uses: the one saved in the settings. */
  activeProfile(): string | null {
    // A what-if or county profile saved in the workbook: registered here as the add-in's shared runtime does.
    syncSavedProfiles(this.settings_.get(DERIVED_PROFILES_SETTING));
    const stored = this.settings_.get(ACTIVE_PROFILE_SETTING);
    return typeof stored === "string" ? (builtInProfiles.find(stored)?.id ?? null) : null;
  }

  /** Calls `listener` after every change (contents, formats, sheets, selection). */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Grows by one with every change: what the grid re-renders on. */
  version(): number {
    return this.version_;
  }

  private changed(): void {
    if (this.batching) {
      this.dirty = true;
      return;
    }
    this.version_++;
    for (const l of this.listeners) l();
  }

  private state(sheetId: string): SheetState {
    const s = this.order.find((x) => x.id === sheetId);
    if (!s) throw new HostError("ItemNotFound", `The requested resource doesn't exist (worksheet ${sheetId}).`);
    return s;
  }

  private hfSheet(sheetId: string): number {
    return this.hf.getSheetId(this.state(sheetId).name)!;
  }

  /** The cell as the grid shows it. */
  shown(sheetId: string, row: number, column: number): ShownCell {
    const sheet = this.hfSheet(sheetId);
    const value = this.hf.getCellValue({ sheet, row, col: column });
    const format = this.state(sheetId).formats.get(key(row, column)) ?? {};
    const comment = this.commentAt().get(`${sheetId}|${row},${column}`);
    const shown: ShownCell = { text: this.textOf(sheet, row, column, value, format), kind: typeOf(value), format, ...(comment !== undefined ? { comment } : {}) };
    if (value instanceof DetailedCellError) shown.error = { code: value.value, message: value.message };
    return shown;
  }

  /** What the formula bar shows: the formula, or the value as typed. */
  input(sheetId: string, row: number, column: number): string {
    const at = { sheet: this.hfSheet(sheetId), row, col: column };
    const formula = this.hf.getCellFormula(at);
    if (formula !== undefined) return formula;
    const raw = this.hf.getCellSerialized(at);
    if (raw === null || raw === undefined) return "";
    if (typeof raw === "string") return raw.startsWith("'") ? raw.slice(1) : raw;
    const value = this.hf.getCellValue(at);
    const type = this.hf.getCellValueDetailedType(at);
    if (typeof value === "number" && (type === CellValueDetailedType.NUMBER_DATE || type === CellValueDetailedType.NUMBER_DATETIME)) return formatNumber("yyyy-mm-dd", value);
    return String(raw instanceof Date ? raw.toISOString() : raw).toUpperCase() === "TRUE" ? "TRUE" : String(raw);
  }

  /** Sets one cell as the analyst typed it. */
  type(sheetId: string, row: number, column: number, text: string): void {
    this.setContents(sheetId, { row, column, height: 1, width: 1 }, [[text === "" ? null : text]]);
  }

  private commentIndex: { version: number; byCell: Map<string, string> } | null = null;
  /** Comments by "sheetId|row,column", rebuilt once per change (the grid asks for every cell it paints). */
  private commentAt(): Map<string, string> {
    if (this.commentIndex?.version !== this.version_)
      this.commentIndex = {
        version: this.version_,
        byCell: new Map(this.comments_.map((c) => [`${c.sheetId}|${c.row},${c.column}`, [c.content, ...c.replies.map((r) => r.content)].join("\n")])),
      };
    return this.commentIndex.byCell;
  }

  private extents = new Map<string, { version: number; rows: number; columns: number }>();
  /** How far the grid should reach: the used range and the formatted cells (once per change). */
  extent(sheetId: string): { rows: number; columns: number } {
    const cached = this.extents.get(sheetId);
    if (cached?.version === this.version_) return cached;
    const found = this.measureExtent(sheetId);
    this.extents.set(sheetId, { version: this.version_, ...found });
    return found;
  }

  private measureExtent(sheetId: string): { rows: number; columns: number } {
    const d = this.hf.getSheetDimensions(this.hfSheet(sheetId));
    let rows = d.height;
    let columns = d.width;
    for (const k of this.state(sheetId).formats.keys()) {
      const [r, c] = parseKey(k);
      rows = Math.max(rows, r + 1);
      columns = Math.max(columns, c + 1);
    }
    return { rows, columns };
  }

  // -------------------------------------------------------------------------------------------
  // Sheets

  private newSheetState(name: string): SheetState {
    const id = `{${String(this.nextId++).padStart(8, "0")}-0001-0000-0000-000000000000}`;
    const state: SheetState = { id, name, formats: new Map(), columnWidths: new Map(), frozenRows: 0, frozenColumns: 0, autoFilter: null, properties: new Map() };
    this.order.push(state);
    return state;
  }

  private info(s: SheetState): SheetInfo {
    return { id: s.id, name: s.name, position: this.order.indexOf(s) };
  }

  sheets(): SheetInfo[] {
    return this.order.map((s) => this.info(s));
  }

  sheet(k: string): SheetInfo | undefined {
    const s = this.order.find((x) => x.id === k) ?? this.order.find((x) => x.name.toLowerCase() === k.toLowerCase());
    return s && this.info(s);
  }

  addSheet(name?: string): SheetInfo {
    let wanted = name;
    if (wanted === undefined) for (let n = this.order.length + 1; ; n++) if (!this.sheet((wanted = `Sheet${n}`))) break;
    checkSheetName(wanted!);
    if (this.sheet(wanted!)) throw new HostError("ItemAlreadyExists", `A worksheet named "${wanted}" already exists.`);
    this.hf.addSheet(wanted!);
    const s = this.newSheetState(wanted!);
    this.changed();
    return this.info(s);
  }

  deleteSheet(id: string): void {
    const s = this.state(id);
    if (this.order.length === 1) throw new HostError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
    this.hf.removeSheet(this.hfSheet(id));
    this.order.splice(this.order.indexOf(s), 1);
    for (let i = this.comments_.length - 1; i >= 0; i--) if (this.comments_[i]!.sheetId === id) this.comments_.splice(i, 1);
    if (this.activeId === id) this.activeId = this.order[0]!.id;
    if (this.selection_.sheetId === id) this.selection_ = { sheetId: this.activeId, rect: { row: 0, column: 0, height: 1, width: 1 } };
    this.changed();
  }

  renameSheet(id: string, name: string): void {
    const s = this.state(id);
    if (s.name === name) return;
    checkSheetName(name);
    const other = this.sheet(name);
    if (other && other.id !== id) throw new HostError("ItemAlreadyExists", `A worksheet named "${name}" already exists.`);
    this.hf.renameSheet(this.hfSheet(id), name);
    s.name = name;
    this.changed();
  }

  moveSheet(id: string, position: number): void {
    const s = this.state(id);
    if (!Number.isInteger(position) || position < 0) throw new HostError("InvalidArgument", `The sheet position ${position} is not valid.`);
    this.order.splice(this.order.indexOf(s), 1);
    this.order.splice(Math.min(position, this.order.length), 0, s);
    this.changed();
  }

  activeSheetId(): string {
    return this.activeId;
  }

  activateSheet(id: string): void {
    this.state(id);
    if (this.activeId === id) return;
    this.activeId = id;
    // Excel moves the selection to the activated sheet's (here: its top-left cell).
    this.select(id, { row: 0, column: 0, height: 1, width: 1 });
  }

  // -------------------------------------------------------------------------------------------
  // Cells

  private cells<T>(sheetId: string, rect: Rect, f: (sheet: number, row: number, column: number) => T): T[][] {
    const sheet = this.hfSheet(sheetId);
    return Array.from({ length: rect.height }, (_, i) => Array.from({ length: rect.width }, (_, j) => f(sheet, rect.row + i, rect.column + j)));
  }

  /** The sheet's values over `rect`, fast for large blocks (HyperFormula's range read, clipped to its extent). */
  private rangeValues(sheetId: string, rect: Rect): ReturnType<HyperFormula["getRangeValues"]> {
    const sheet = this.hfSheet(sheetId);
    const d = this.hf.getSheetDimensions(sheet);
    const height = Math.max(0, Math.min(rect.height, d.height - rect.row));
    const width = Math.max(0, Math.min(rect.width, d.width - rect.column));
    const inside = height && width ? this.hf.getRangeValues({ start: { sheet, row: rect.row, col: rect.column }, end: { sheet, row: rect.row + height - 1, col: rect.column + width - 1 } }) : [];
    return Array.from({ length: rect.height }, (_, i) => Array.from({ length: rect.width }, (_, j) => inside[i]?.[j] ?? null));
  }

  values(sheetId: string, rect: Rect): CellValue[][] {
    return this.rangeValues(sheetId, rect).map((row) => row.map(excelValue));
  }

  valueTypes(sheetId: string, rect: Rect): ValueType[][] {
    return this.rangeValues(sheetId, rect).map((row) => row.map(typeOf));
  }

  formulas(sheetId: string, rect: Rect): CellValue[][] {
    const values = this.values(sheetId, rect);
    const sheet = this.hfSheet(sheetId);
    return values.map((row, i) => row.map((v, j) => this.hf.getCellFormula({ sheet, row: rect.row + i, col: rect.column + j }) ?? v));
  }

  texts(sheetId: string, rect: Rect): string[][] {
    const formats = this.state(sheetId).formats;
    return this.cells(sheetId, rect, (sheet, row, column) =>
      this.textOf(sheet, row, column, this.hf.getCellValue({ sheet, row, col: column }), formats.get(key(row, column)) ?? {}),
    );
  }

  private textOf(sheet: number, row: number, col: number, value: unknown, format: CellFormat): string {
    if (value === null || value === undefined) return "";
    if (value instanceof DetailedCellError) return value.value;
    if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
    if (typeof value === "string") return value;
    if (typeof value !== "number") return String(value);
    let pattern = format.numberFormat ?? "General";
    if (pattern === "General") {
      const type = this.hf.getCellValueDetailedType({ sheet, row, col });
      if (type === CellValueDetailedType.NUMBER_DATE) pattern = "yyyy-mm-dd";
      else if (type === CellValueDetailedType.NUMBER_DATETIME) pattern = "yyyy-mm-dd hh:mm";
      else if (type === CellValueDetailedType.NUMBER_PERCENT) pattern = "0%";
    }
    try {
      return formatNumber(pattern, value);
    } catch {
      return formatNumber("General", value);
    }
  }

  numberFormats(sheetId: string, rect: Rect): string[][] {
    const formats = this.state(sheetId).formats;
    return Array.from({ length: rect.height }, (_, i) => Array.from({ length: rect.width }, (_, j) => formats.get(key(rect.row + i, rect.column + j))?.numberFormat ?? "General"));
  }

  setContents(sheetId: string, rect: Rect, contents: CellInput[][]): void {
    const sheet = this.hfSheet(sheetId);
    // Array.from, not map: the pane's arrays come from its own window, and HyperFormula checks `instanceof Array`.
    const raw = Array.from(contents, (row) => Array.from(row, (v): RawCellContent => (v === "" ? null : v)));
    this.hf.setCellContents({ sheet, row: rect.row, col: rect.column }, raw);
    this.changed();
  }

  setNumberFormats(sheetId: string, rect: Rect, formats: string[][]): void {
    const s = this.state(sheetId);
    formats.forEach((row, i) => row.forEach((f, j) => this.patch(s, rect.row + i, rect.column + j, { numberFormat: f === "General" ? null : f })));
    this.changed();
  }

  format(sheetId: string, row: number, column: number): CellFormat {
    return { ...(this.state(sheetId).formats.get(key(row, column)) ?? {}) };
  }

  private patch(s: SheetState, row: number, column: number, patch: Partial<Record<keyof CellFormat, string | boolean | null>>): void {
    const k = key(row, column);
    const next: Record<string, unknown> = { ...(s.formats.get(k) ?? {}) };
    for (const [name, v] of Object.entries(patch)) {
      if (v === null || v === undefined || v === false) delete next[name];
      else next[name] = v;
    }
    if (Object.keys(next).length) s.formats.set(k, next as CellFormat);
    else s.formats.delete(k);
  }

  setFormat(sheetId: string, rect: Rect, patch: Partial<Record<keyof CellFormat, string | boolean | null>>): void {
    const s = this.state(sheetId);
    // A whole row or column (or the sheet) formats the cells in use, not a billion empty ones.
    const used = rect.height * rect.width > 1_000_000 ? this.usedRect(sheetId, false) : rect;
    if (!used) return;
    const r = intersect(rect, used);
    if (!r) return;
    for (let i = 0; i < r.height; i++) for (let j = 0; j < r.width; j++) this.patch(s, r.row + i, r.column + j, patch);
    this.changed();
  }

  clear(sheetId: string, rect: Rect, applyTo: "All" | "Formats" | "Contents"): void {
    const s = this.state(sheetId);
    if (applyTo !== "Contents") for (const k of [...s.formats.keys()]) if (inRect(rect, ...parseKey(k))) s.formats.delete(k);
    if (applyTo !== "Formats") {
      const sheet = this.hfSheet(sheetId);
      if (rect.row === 0 && rect.column === 0 && rect.height === MAX_ROWS && rect.width === MAX_COLUMNS) this.hf.clearSheet(sheet);
      else {
        const d = this.hf.getSheetDimensions(sheet);
        const r = intersect(rect, { row: 0, column: 0, height: d.height, width: d.width });
        if (r) this.hf.setCellContents({ sheet, row: r.row, col: r.column }, Array.from({ length: r.height }, () => Array.from({ length: r.width }, () => null)));
      }
    }
    if (applyTo === "All")
      for (let i = this.comments_.length - 1; i >= 0; i--) {
        const c = this.comments_[i]!;
        if (c.sheetId === sheetId && inRect(rect, c.row, c.column)) this.comments_.splice(i, 1);
      }
    this.changed();
  }

  usedRect(sheetId: string, valuesOnly: boolean): Rect | null {
    const sheet = this.hfSheet(sheetId);
    const d = this.hf.getSheetDimensions(sheet);
    let [top, left, bottom, right] = [Infinity, Infinity, -1, -1];
    const take = (r: number, c: number) => {
      top = Math.min(top, r);
      left = Math.min(left, c);
      bottom = Math.max(bottom, r);
      right = Math.max(right, c);
    };
    if (d.height && d.width) {
      const values = this.hf.getRangeSerialized({ start: { sheet, row: 0, col: 0 }, end: { sheet, row: d.height - 1, col: d.width - 1 } });
      values.forEach((row, r) => row.forEach((v, c) => v !== null && v !== undefined && v !== "" && take(r, c)));
    }
    if (!valuesOnly) for (const k of this.state(sheetId).formats.keys()) take(...parseKey(k));
    return bottom < 0 ? null : { row: top, column: left, height: bottom - top + 1, width: right - left + 1 };
  }

  columnWidth(sheetId: string, column: number): number {
    return this.state(sheetId).columnWidths.get(column) ?? DEFAULT_COLUMN_POINTS;
  }

  setColumnWidth(sheetId: string, column: number, points: number): void {
    if (!Number.isFinite(points) || points < 0) throw new HostError("InvalidArgument", `The column width ${points} is not valid.`);
    this.state(sheetId).columnWidths.set(column, points);
    this.changed();
  }

  autofitColumns(sheetId: string, rect: Rect): void {
    const used = this.usedRect(sheetId, true);
    const r = used && intersect(rect, used);
    if (!r) return;
    const texts = this.texts(sheetId, r);
    const s = this.state(sheetId);
    for (let j = 0; j < r.width; j++) {
      // A CJK character is about two Latin ones wide.
      const chars = Math.max(...texts.map((row) => [...(row[j] ?? "")].reduce((n, ch) => n + (/[\u2e80-\uffff]/.test(ch) ? 2 : 1), 0)));
      s.columnWidths.set(r.column + j, Math.min(255, Math.max(chars + 1, 4)) * POINTS_PER_CHARACTER);
    }
    this.changed();
  }

  frozen(sheetId: string): { rows: number; columns: number } {
    const s = this.state(sheetId);
    return { rows: s.frozenRows, columns: s.frozenColumns };
  }

  freeze(sheetId: string, rows: number, columns: number): void {
    const s = this.state(sheetId);
    s.frozenRows = rows;
    s.frozenColumns = columns;
    this.changed();
  }

  autoFilter(sheetId: string): Rect | null {
    const f = this.state(sheetId).autoFilter;
    return f && { ...f };
  }

  setAutoFilter(sheetId: string, rect: Rect | null): void {
    this.state(sheetId).autoFilter = rect && { ...rect };
    this.changed();
  }

  customProperties(sheetId: string): Map<string, string> {
    return this.state(sheetId).properties;
  }

  // -------------------------------------------------------------------------------------------
  // Comments

  private newComment(sheetId: string, row: number, column: number, content: string): CommentInfo {
    return { id: `{comment-${String(this.nextId++).padStart(6, "0")}}`, sheetId, row, column, content, authorName: "workbench", creationDate: new Date(), resolved: false, replies: [] };
  }

  comments(): CommentInfo[] {
    return this.comments_.map((c) => ({ ...c, replies: c.replies.map((r) => ({ ...r })) }));
  }

  private thread(id: string): CommentInfo {
    const c = this.comments_.find((x) => x.id === id);
    if (!c) throw new HostError("ItemNotFound", `The requested resource doesn't exist (comment ${id}).`);
    return c;
  }

  addReply(commentId: string, content: string): ReplyInfo {
    const reply = { id: `{reply-${String(this.nextId++).padStart(6, "0")}}`, content, authorName: "workbench", creationDate: new Date() };
    this.thread(commentId).replies.push(reply);
    this.changed();
    return { ...reply };
  }

  deleteReply(commentId: string, replyId: string): void {
    const replies = this.thread(commentId).replies;
    const i = replies.findIndex((r) => r.id === replyId);
    if (i < 0) throw new HostError("ItemNotFound", `The requested resource doesn't exist (reply ${replyId}).`);
    replies.splice(i, 1);
    this.changed();
  }

  setReplyContent(commentId: string, replyId: string, content: string): void {
    const reply = this.thread(commentId).replies.find((r) => r.id === replyId);
    if (!reply) throw new HostError("ItemNotFound", `The requested resource doesn't exist (reply ${replyId}).`);
    reply.content = content;
    this.changed();
  }

  addComment(sheetId: string, row: number, column: number, content: string): CommentInfo {
    this.state(sheetId);
    if (this.comments_.some((c) => c.sheetId === sheetId && c.row === row && c.column === column))
      throw new HostError("InvalidArgument", `The cell ${qualifiedAddress(this.state(sheetId).name, { row, column, height: 1, width: 1 })} already has a comment thread.`);
    const comment = this.newComment(sheetId, row, column, content);
    this.comments_.push(comment);
    this.changed();
    return { ...comment };
  }

  deleteComment(id: string): void {
    const i = this.comments_.findIndex((c) => c.id === id);
    if (i < 0) throw new HostError("ItemNotFound", `The requested resource doesn't exist (comment ${id}).`);
    this.comments_.splice(i, 1);
    this.changed();
  }

  setCommentContent(id: string, content: string): void {
    const c = this.comments_.find((x) => x.id === id);
    if (!c) throw new HostError("ItemNotFound", `The requested resource doesn't exist (comment ${id}).`);
    c.content = content;
    this.changed();
  }

  // -------------------------------------------------------------------------------------------
  // Selection, settings, calculation

  selection(): Selection {
    return { sheetId: this.selection_.sheetId, rect: { ...this.selection_.rect } };
  }

  select(sheetId: string, rect: Rect): void {
    this.state(sheetId);
    this.activeId = sheetId;
    this.selection_ = { sheetId, rect: { ...rect } };
    this.changed();
    const s = this.selection();
    for (const l of this.selectionListeners) l(s);
  }

  onSelectionChanged(listener: (selection: Selection) => void): () => void {
    this.selectionListeners.add(listener);
    return () => this.selectionListeners.delete(listener);
  }

  settings(): Map<string, unknown> {
    return new Map([...this.settings_].map(([k, v]) => [k, structuredClone(v)]));
  }

  async saveSettings(settings: Map<string, unknown>): Promise<void> {
    if (this.failNextSettingsSave !== null) {
      const why = this.failNextSettingsSave;
      this.failNextSettingsSave = null;
      throw new HostError("InvalidOperation", why);
    }
    this.settings_.clear();
    for (const [k, v] of settings) this.settings_.set(k, structuredClone(v));
  }

  calculate(type: "Full" | "Recalculate" | "FullRebuild"): void {
    // Non-volatile LAND functions re-run only on a full recalculation, as in Excel.
    if (type !== "Recalculate") this.hf.rebuildAndRecalculate();
    this.changed();
  }

  batch(apply: () => void): void {
    // Not HyperFormula's batch: a sync may read values between its writes, which a suspended
    // HyperFormula refuses. Only the repaint is held back.
    this.batching++;
    try {
      apply();
    } finally {
      this.batching--;
      if (!this.batching && this.dirty) {
        this.dirty = false;
        this.changed();
      }
    }
  }
}

function intersect(a: Rect, b: Rect): Rect | null {
  const row = Math.max(a.row, b.row);
  const column = Math.max(a.column, b.column);
  const bottom = Math.min(a.row + a.height, b.row + b.height);
  const right = Math.min(a.column + a.width, b.column + b.width);
  return bottom > row && right > column ? { row, column, height: bottom - row, width: right - column } : null;
}

/** A HyperFormula value as Excel's `values` gives it: "" for blank, the code for an error. */
function excelValue(v: unknown): CellValue {
  if (v === null || v === undefined) return "";
  if (v instanceof DetailedCellError) return v.value;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  return String(v);
}

function typeOf(v: unknown): ValueType {
  if (v === null || v === undefined || v === "") return "Empty";
  if (v instanceof DetailedCellError) return "Error";
  if (typeof v === "number") return "Double";
  if (typeof v === "boolean") return "Boolean";
  return "String";
}
