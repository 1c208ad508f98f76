// What the Excel stand-in needs from the workbook behind it. The workbench's HyperFormula model
// (workbench/model/workbook.ts) implements it; the stand-in itself never imports HyperFormula,
// so it builds beside the task pane under the no-HyperFormula guard.
import type { Rect } from "./address";

export type CellValue = string | number | boolean;
/** What a cell can be set to, as Excel reads typed input: "=…" a formula, "'…" text, "" blank. */
export type CellInput = string | number | boolean | null;
export type ValueType = "Empty" | "String" | "Double" | "Boolean" | "Error";

export interface CellFormat {
  /** #RRGGBB, or absent for no fill. */
  fill?: string;
  bold?: boolean;
  italic?: boolean;
  fontColor?: string;
  numberFormat?: string;
}

export interface SheetInfo {
  id: string;
  name: string;
  position: number;
}

export interface ReplyInfo {
  id: string;
  content: string;
  authorName: string;
  creationDate: Date;
}

export interface CommentInfo {
  id: string;
  sheetId: string;
  row: number;
  column: number;
  content: string;
  authorName: string;
  creationDate: Date;
  resolved: boolean;
  /** The thread's replies, oldest first. */
  replies: ReplyInfo[];
}

export interface Selection {
  sheetId: string;
  rect: Rect;
}

/** A problem the host reports with Excel's error code, so the stand-in can throw it as Excel would. */
export class HostError extends Error {
  constructor(
    readonly code: "InvalidArgument" | "ItemNotFound" | "ItemAlreadyExists" | "InvalidOperation" | "InvalidReference",
    message: string,
  ) {
    super(message);
    this.name = "HostError";
  }
}

export interface WorkbookHost {
  sheets(): SheetInfo[];
  /** By id, or by name ignoring case. */
  sheet(key: string): SheetInfo | undefined;
  addSheet(name?: string): SheetInfo;
  deleteSheet(id: string): void;
  renameSheet(id: string, name: string): void;
  /** Moves the sheet to this 0-based tab position (clamped to the tabs there are). */
  moveSheet(id: string, position: number): void;
  activeSheetId(): string;
  activateSheet(id: string): void;

  values(sheetId: string, rect: Rect): CellValue[][];
  valueTypes(sheetId: string, rect: Rect): ValueType[][];
  formulas(sheetId: string, rect: Rect): CellValue[][];
  /** What the grid shows in each cell (number formats applied). */
  texts(sheetId: string, rect: Rect): string[][];
  numberFormats(sheetId: string, rect: Rect): string[][];
  setContents(sheetId: string, rect: Rect, contents: CellInput[][]): void;
  setNumberFormats(sheetId: string, rect: Rect, formats: string[][]): void;
  /** The format of one cell (the top-left of a range stands for it). */
  format(sheetId: string, row: number, column: number): CellFormat;
  setFormat(sheetId: string, rect: Rect, patch: Partial<Record<keyof CellFormat, string | boolean | null>>): void;
  clear(sheetId: string, rect: Rect, applyTo: "All" | "Formats" | "Contents"): void;
  /** Bounds of the cells with a value (valuesOnly) or with a value or a format; null when none. */
  usedRect(sheetId: string, valuesOnly: boolean): Rect | null;
  columnWidth(sheetId: string, column: number): number;
  setColumnWidth(sheetId: string, column: number, points: number): void;
  autofitColumns(sheetId: string, rect: Rect): void;
  frozen(sheetId: string): { rows: number; columns: number };
  freeze(sheetId: string, rows: number, columns: number): void;
  autoFilter(sheetId: string): Rect | null;
  setAutoFilter(sheetId: string, rect: Rect | null): void;
  customProperties(sheetId: string): Map<string, string>;

  comments(): CommentInfo[];
  addComment(sheetId: string, row: number, column: number, content: string): CommentInfo;
  deleteComment(id: string): void;
  setCommentContent(id: string, content: string): void;
  addReply(commentId: string, content: string): ReplyInfo;
  deleteReply(commentId: string, replyId: string): void;
  setReplyContent(commentId: string, replyId: string, content: string): void;

  selection(): Selection;
  select(sheetId: string, rect: Rect): void;
  /** Calls `listener` after the analyst or the add-in moves the selection; returns the unsubscribe. */
  onSelectionChanged(listener: (selection: Selection) => void): () => void;

  settings(): Map<string, unknown>;
  /** Stores the settings with the workbook; rejects when the workbook cannot save them. */
  saveSettings(settings: Map<string, unknown>): Promise<void>;
  calculate(type: "Full" | "Recalculate" | "FullRebuild"): void;

  /** Runs `apply` (one sync of the stand-in) and then tells the listeners once. */
  batch(apply: () => void): void;
}
