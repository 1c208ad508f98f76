// An in-memory workbook behind office-addin-mock objects, for testing addin/ without Excel.
// Every range, worksheet, comment and property handed to the code under test is an
// OfficeMockObject, so reading a property that was not loaded and synced yields the mock's
// "not loaded" marker instead of a value. Property writes are applied on context.sync(), as in
// Excel; method calls (add, clear, delete, …) are applied when made.
import { OfficeMockObject } from "office-addin-mock";

export type Value = string | number | boolean;

export interface FakeCell {
  value: Value;
  fill: string | null;
  bold: boolean;
  fontName?: string;
  numberFormat?: string;
  /** Set when a write would have made Excel read text as a formula. */
  formula?: string;
}

export interface FakeComment {
  id: string;
  sheetId: string;
  row: number;
  column: number;
  content: string;
  replies: { id: string; content: string }[];
}

/** Excel's limit on one request's payload (Excel on the web; the shared runtime's too). */
export const PAYLOAD_LIMIT = 5 * 2 ** 20;

const NOT_LOADED = new Set(["Error, property was not loaded", "Error, context.sync() was not called"]);
const written = (now: unknown, before: unknown) => now !== before && !(typeof now === "string" && NOT_LOADED.has(now));

export function columnLetters(column: number): string {
  let n = column + 1;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function parseCell(a1: string): [number, number] {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(a1.toUpperCase());
  if (!m) throw new Error(`fake Excel: unsupported address ${a1}`);
  const column = [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return [Number(m[2]) - 1, column];
}

export class FakeSheet {
  readonly cells = new Map<string, FakeCell>();
  readonly properties = new Map<string, string>();
  readonly columnWidths = new Map<number, number>();
  frozenRows = 0;
  /** The AutoFilter's range on the sheet (A1, no sheet name), if one is applied; it follows the sheet's renames. */
  filterRange: string | null = null;
  constructor(
    readonly id: string,
    public name: string,
  ) {}

  cell(row: number, column: number): FakeCell {
    const key = `${row},${column}`;
    let c = this.cells.get(key);
    if (!c) this.cells.set(key, (c = { value: "", fill: null, bold: false }));
    return c;
  }

  peek(row: number, column: number): FakeCell | undefined {
    return this.cells.get(`${row},${column}`);
  }

  /** Rows of values from A1, as a test writes them. */
  fill(rows: Value[][]): this {
    rows.forEach((r, i) => r.forEach((v, j) => (this.cell(i, j).value = v)));
    return this;
  }

  qualified(): string {
    return /^[A-Za-z_\u4e00-\u9fff][\w\u4e00-\u9fff]*$/.test(this.name) ? this.name : `'${this.name.replace(/'/g, "''")}'`;
  }

  address(row: number, column: number, height = 1, width = 1): string {
    const first = `${columnLetters(column)}${row + 1}`;
    const last = `${columnLetters(column + width - 1)}${row + height}`;
    return `${this.qualified()}!${height === 1 && width === 1 ? first : `${first}:${last}`}`;
  }

  /** Address of the AutoFilter's range, if one is applied. */
  get filter(): string | null {
    return this.filterRange === null ? null : `${this.qualified()}!${this.filterRange}`;
  }

  /** Bounds of the cells holding a value, or null for an empty sheet. */
  usedBounds(): { row: number; column: number; height: number; width: number } | null {
    let [top, left, bottom, right] = [Infinity, Infinity, -1, -1];
    for (const [k, c] of this.cells) {
      if (c.value === "") continue;
      const comma = k.indexOf(",");
      const [r, col] = [Number(k.slice(0, comma)), Number(k.slice(comma + 1))];
      if (r < top) top = r;
      if (r > bottom) bottom = r;
      if (col < left) left = col;
      if (col > right) right = col;
    }
    if (bottom < 0) return null;
    return { row: top, column: left, height: bottom - top + 1, width: right - left + 1 };
  }

  values(row: number, column: number, height: number, width: number): Value[][] {
    return Array.from({ length: height }, (_, i) => Array.from({ length: width }, (_, j) => this.peek(row + i, column + j)?.value ?? ""));
  }
}

export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  readonly comments: FakeComment[] = [];
  readonly calculations: string[] = [];
  syncs = 0;
  activeSheetId = "";
  /** The largest payload (values and number formats, as JSON) one sync carried. */
  largestPayload = 0;
  /** A sync fails (as Excel does on a lost connection or a full disk) when this says so for the payload's sheet. */
  failWrite: ((sheet: FakeSheet) => boolean) | null = null;
  private nextId = 1;

  nextKey(): number {
    return this.nextId++;
  }

  addSheet(name: string): FakeSheet {
    if (this.sheetNamed(name)) throw new Error(`fake Excel: a sheet named ${name} exists`);
    const sheet = new FakeSheet(`{sheet-${this.nextId++}}`, name);
    this.sheets.push(sheet);
    if (!this.activeSheetId) this.activeSheetId = sheet.id;
    return sheet;
  }

  sheetNamed(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  sheetByKey(key: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.id === key) ?? this.sheetNamed(key);
  }

  addComment(sheet: FakeSheet, row: number, column: number, content: string): FakeComment {
    if (this.comments.some((c) => c.sheetId === sheet.id && c.row === row && c.column === column))
      throw new Error("fake Excel: the cell already has a comment thread");
    const comment = { id: `{comment-${this.nextId++}}`, sheetId: sheet.id, row, column, content, replies: [] };
    this.comments.push(comment);
    return comment;
  }
}

/** The Excel.RequestContext stand-in handed to the code under test. */
export function fakeContext(book: FakeWorkbook): Excel.RequestContext {
  const tracked: OfficeMockObject[] = [];
  const commits: (() => void)[] = [];
  // Bytes the current sync carries (values written or loaded, number formats written), as JSON.
  let payload = 0;
  const loadedRanges: { sheet: FakeSheet; row: number; column: number; height: number; width: number }[] = [];
  const track = (mock: OfficeMockObject, commit?: () => void) => {
    tracked.push(mock);
    if (commit) commits.push(commit);
    return mock;
  };

  function rangeMock(sheet: FakeSheet, row: number, column: number, height: number, width: number): OfficeMockObject {
    const huge = height * width > 1_000_000;
    let snapshot = huge ? [] : sheet.values(row, column, height, width);
    const formats = huge ? [] : Array.from({ length: height }, (_, i) => Array.from({ length: width }, (_, j) => sheet.peek(row + i, column + j)?.numberFormat ?? "General"));
    const widthBefore = sheet.columnWidths.get(column) ?? 48;
    const first = sheet.peek(row, column);
    const before = { fill: first?.fill ?? "#FFFFFF", bold: first?.bold ?? false };
    const each = (f: (c: FakeCell, i: number, j: number) => void) => {
      for (let i = 0; i < height; i++) for (let j = 0; j < width; j++) f(sheet.cell(row + i, column + j), i, j);
    };
    // Clearing touches only cells that exist (a whole-sheet range has 17 billion).
    const eachExisting = (f: (c: FakeCell) => void) => {
      for (const [key, c] of sheet.cells) {
        const [r, k] = key.split(",").map(Number) as [number, number];
        if (r >= row && r < row + height && k >= column && k < column + width) f(c);
      }
    };
    const range = new OfficeMockObject({
      address: sheet.address(row, column, height, width),
      values: snapshot,
      valueTypes: snapshot.map((r) => r.map((v) => (v === "" ? "Empty" : typeof v === "number" ? "Double" : typeof v === "boolean" ? "Boolean" : /^#[A-Z/0!?]+$/.test(v) ? "Error" : "String"))),
      numberFormat: formats,
      rowIndex: row,
      columnIndex: column,
      rowCount: height,
      columnCount: width,
      format: {
        columnWidth: widthBefore,
        fill: { color: before.fill, clear: () => eachExisting((c) => (c.fill = null)) },
        font: { bold: before.bold, name: "", size: 11, color: "#000000" },
        autofitColumns: () => undefined,
      },
      clear: () => eachExisting((c) => Object.assign(c, { value: "", fill: null, bold: false, formula: undefined })),
    });
    range.isNullObject = false;
    // What Excel knows without a load: a Range passed as an argument is used by reference.
    range.knownAddress = sheet.address(row, column, height, width);
    const load = range.load.bind(range);
    range.load = (what?: unknown) => {
      if (typeof what === "string" && /values/.test(what)) loadedRanges.push({ sheet, row, column, height, width });
      return load(what as string);
    };
    return track(range, () => {
      if (written(range.values, snapshot)) {
        const v = range.values as Value[][];
        payload += JSON.stringify(v).length;
        if (book.failWrite?.(sheet)) throw new Error("fake Excel: the write failed (RichApi.Error: GeneralException)");
        if (v.length !== height || v.some((r) => r.length !== width))
          throw new Error(`fake Excel: values are ${v.length}×${v[0]?.length} for a ${height}×${width} range`);
        each((c, i, j) => {
          const x = v[i]![j]!;
          if (typeof x === "string" && x.startsWith("'")) Object.assign(c, { value: x.slice(1), formula: undefined });
          else if (typeof x === "string" && x.startsWith("=")) Object.assign(c, { value: "", formula: x });
          else Object.assign(c, { value: x, formula: undefined });
        });
        snapshot = v;
      }
      if (written(range.numberFormat, formats)) {
        payload += JSON.stringify(range.numberFormat).length;
        each((c, i, j) => (c.numberFormat = (range.numberFormat as string[][])[i]![j]!));
      }
      const fontName = range.format.font.name;
      if (typeof fontName === "string" && !NOT_LOADED.has(fontName) && fontName !== "") eachExisting((c) => (c.fontName = fontName));
      const columnWidth = range.format.columnWidth;
      if (written(columnWidth, widthBefore)) for (let j = 0; j < width; j++) sheet.columnWidths.set(column + j, columnWidth);
      const fill = range.format.fill.color;
      if (written(fill, before.fill)) {
        each((c) => (c.fill = fill));
        before.fill = fill;
      }
      const bold = range.format.font.bold;
      if (written(bold, before.bold)) {
        each((c) => (c.bold = bold));
        before.bold = bold;
      }
    });
  }

  function commentMock(comment: FakeComment | undefined): OfficeMockObject {
    const mock = new OfficeMockObject({
      id: comment?.id ?? "",
      content: comment?.content ?? "",
      getLocation: () => {
        const sheet = book.sheetByKey(comment!.sheetId)!;
        return rangeMock(sheet, comment!.row, comment!.column, 1, 1);
      },
      delete: () => book.comments.splice(book.comments.indexOf(comment!), 1),
    });
    mock.isNullObject = comment === undefined;
    mock.replies = {
      add: (content: string) => {
        const reply = { id: `{reply-${book.nextKey()}}`, content };
        comment!.replies.push(reply);
        return replyMock(comment!, reply);
      },
      getItemOrNullObject: (id: string) => replyMock(comment!, comment?.replies.find((r) => r.id === id)),
    };
    return track(mock);
  }

  function replyMock(comment: FakeComment, reply: { id: string; content: string } | undefined): OfficeMockObject {
    const mock = new OfficeMockObject({ id: reply?.id ?? "", content: reply?.content ?? "", delete: () => comment.replies.splice(comment.replies.indexOf(reply!), 1) });
    mock.isNullObject = reply === undefined;
    return track(mock);
  }

  /** A collection whose `items` can be read only after load and sync, as in Excel. */
  function collection<T>(items: () => T[], loadItem: (item: T) => void) {
    let state: "idle" | "loading" | "loaded" = "idle";
    let snapshot: T[] = [];
    const c = {
      load: () => {
        snapshot = items();
        snapshot.forEach(loadItem);
        state = "loading";
        return c;
      },
      get items(): T[] {
        if (state !== "loaded") throw new Error("fake Excel: collection items read before load and sync");
        return snapshot;
      },
    };
    commits.push(() => {
      if (state === "loading") state = "loaded";
    });
    return c;
  }

  function sheetMock(sheet: FakeSheet | undefined): OfficeMockObject {
    const mock = new OfficeMockObject({
      id: sheet?.id ?? "",
      name: sheet?.name ?? "",
      getRange: (address?: string) => {
        if (!address) return rangeMock(sheet!, 0, 0, 1048576, 16384);
        const [row, column] = parseCell(address);
        return rangeMock(sheet!, row, column, 1, 1);
      },
      getCell: (row: number, column: number) => rangeMock(sheet!, row, column, 1, 1),
      getRangeByIndexes: (row: number, column: number, height: number, width: number) => rangeMock(sheet!, row, column, height, width),
      getUsedRangeOrNullObject: () => {
        const b = sheet!.usedBounds();
        const range = b ? rangeMock(sheet!, b.row, b.column, b.height, b.width) : track(new OfficeMockObject({ address: "", values: [], valueTypes: [], rowIndex: 0, columnIndex: 0, rowCount: 0, columnCount: 0 }));
        range.isNullObject = b === null;
        return range;
      },
      activate: () => (book.activeSheetId = sheet!.id),
      position: sheet ? book.sheets.indexOf(sheet) : 0,
      delete: () => {
        const i = book.sheets.indexOf(sheet!);
        if (i >= 0) book.sheets.splice(i, 1);
        book.comments.splice(0, book.comments.length, ...book.comments.filter((c) => c.sheetId !== sheet!.id));
        if (book.activeSheetId === sheet!.id) book.activeSheetId = book.sheets[0]?.id ?? "";
      },
      freezePanes: {
        freezeRows: (n: number) => (sheet!.frozenRows = n),
        unfreeze: () => (sheet!.frozenRows = 0),
      },
      autoFilter: {
        apply: (range: OfficeMockObject) => (sheet!.filterRange = String(range.knownAddress).slice(String(range.knownAddress).lastIndexOf("!") + 1)),
        remove: () => (sheet!.filterRange = null),
      },
    });
    mock.isNullObject = sheet === undefined;
    if (sheet) {
      const [nameBefore, positionBefore] = [sheet.name, book.sheets.indexOf(sheet)];
      commits.push(() => {
        const name = mock.name as unknown;
        if (written(name, nameBefore) && typeof name === "string" && name !== sheet.name) {
          if (book.sheets.some((s) => s !== sheet && s.name.toLowerCase() === name.toLowerCase())) throw new Error(`fake Excel: a sheet named ${name} exists`);
          sheet.name = name;
        }
        const position = mock.position as unknown;
        if (written(position, positionBefore) && typeof position === "number" && book.sheets.includes(sheet)) {
          book.sheets.splice(book.sheets.indexOf(sheet), 1);
          book.sheets.splice(Math.min(position, book.sheets.length), 0, sheet);
        }
      });
      mock.customProperties = {
        getItemOrNullObject: (key: string) => {
          const prop = new OfficeMockObject({ key, value: sheet.properties.get(key) ?? "" });
          prop.isNullObject = !sheet.properties.has(key);
          return track(prop);
        },
        add: (key: string, value: string) => sheet.properties.set(key, value),
      };
      mock.comments = collection(
        () => book.comments.filter((c) => c.sheetId === sheet.id).map(commentMock),
        (c) => c.load("id"),
      );
    }
    return track(mock);
  }

  const context = {
    workbook: {
      worksheets: Object.assign(
        collection(
          () => book.sheets.map(sheetMock),
          (s) => s.load("name,position"),
        ),
        {
          getItemOrNullObject: (key: string) => sheetMock(book.sheetByKey(key)),
          getActiveWorksheet: () => sheetMock(book.sheetByKey(book.activeSheetId)),
          add: (name: string) => sheetMock(book.addSheet(name)),
        },
      ),
      comments: {
        add: (cell: OfficeMockObject, content: string) => {
          const address = String(cell.knownAddress);
          const sheet = book.sheets.find((s) => address.startsWith(`${s.qualified()}!`))!;
          const [row, column] = parseCell(address.slice(address.lastIndexOf("!") + 1));
          return commentMock(book.addComment(sheet, row, column, content));
        },
        getItemOrNullObject: (id: string) => commentMock(book.comments.find((c) => c.id === id)),
        getItem: (id: string) => {
          const found = book.comments.find((c) => c.id === id);
          if (!found) throw new Error(`fake Excel: no comment ${id}`);
          return commentMock(found);
        },
      },
      application: { calculate: (type: string) => book.calculations.push(type) },
    },
    sync: async () => {
      book.syncs++;
      payload = 0;
      // Objects stay live across syncs, as Excel proxies do: a later write to one still lands.
      for (const commit of commits) commit();
      // A range loaded for its values sends them back: values and their types.
      for (const { sheet, row, column, height, width } of loadedRanges.splice(0)) if (height * width <= 1_000_000) payload += JSON.stringify(sheet.values(row, column, height, width)).length * 2;
      book.largestPayload = Math.max(book.largestPayload, payload);
      if (payload > PAYLOAD_LIMIT) throw new Error(`fake Excel: RequestPayloadSizeLimitExceeded (${payload} bytes in one sync)`);
      for (const mock of tracked) await mock.sync();
      // office-addin-mock settles nested properties in later microtasks.
      await new Promise((resolve) => setImmediate(resolve));
    },
  };
  return context as unknown as Excel.RequestContext;
}
