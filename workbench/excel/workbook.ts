// Worksheets, comments, custom properties, frozen panes, filters, the application and the
// workbook of the Excel stand-in, and Excel.run over them.
import { MAX_COLUMNS, MAX_ROWS, parseAddress, rectAddress, type Rect } from "./address";
import { ClientObject, StandInCollection, StandInContext, StandInError, invalidArgument, itemNotFound, payloadBytes, type LoadSpec } from "./client";
import type { Selection, WorkbookHost } from "./host";
import { StandInEventHandlers, StandInRange, rangeArgument, type RangeTarget } from "./objects";

const cast = <T>(o: unknown): T => o as T;
const WHOLE_SHEET: Rect = { row: 0, column: 0, height: MAX_ROWS, width: MAX_COLUMNS };

type SheetBind = () => string | null;

// ---------------------------------------------------------------------------------------------
// Worksheet parts

export class StandInFreezePanes extends ClientObject implements Pick<Excel.WorksheetFreezePanes, "freezeRows" | "freezeColumns" | "freezeAt" | "unfreeze" | "getLocationOrNullObject"> {
  protected readonly typeName = "WorksheetFreezePanes";
  protected readonly scalars = [];
  constructor(
    context: StandInContext,
    private readonly sheet: StandInWorksheet,
  ) {
    super(context);
  }
  protected read(): Record<string, unknown> {
    return {};
  }
  private set(location: string, f: (id: string, host: WorkbookHost) => void): void {
    this.context.enqueue(location, () => f(this.sheet._id(location), this.context.host));
  }
  freezeRows(count = 1): void {
    this.set("WorksheetFreezePanes.freezeRows", (id, host) => host.freeze(id, count, 0));
  }
  freezeColumns(count = 1): void {
    this.set("WorksheetFreezePanes.freezeColumns", (id, host) => host.freeze(id, 0, count));
  }
  freezeAt(frozenRange: Excel.Range | string): void {
    this.set("WorksheetFreezePanes.freezeAt", (id, host) => {
      const t = rangeArgument(this.context, frozenRange, id, "WorksheetFreezePanes.freezeAt");
      host.freeze(id, t.rect.row + t.rect.height, t.rect.column + t.rect.width);
    });
  }
  unfreeze(): void {
    this.set("WorksheetFreezePanes.unfreeze", (id, host) => host.freeze(id, 0, 0));
  }
  getLocationOrNullObject(): Excel.Range {
    return cast(
      new StandInRange(
        this.context,
        () => {
          const id = this.sheet._id("WorksheetFreezePanes.getLocationOrNullObject");
          const f = this.context.host.frozen(id);
          if (!f.rows && !f.columns) return null;
          return { sheetId: id, rect: { row: 0, column: 0, height: f.rows || MAX_ROWS, width: f.columns || MAX_COLUMNS } };
        },
        "WorksheetFreezePanes.getLocationOrNullObject",
        true,
      ),
    );
  }
  load(spec?: LoadSpec): Excel.WorksheetFreezePanes {
    this.queueLoad(spec);
    return cast(this);
  }
}

export class StandInAutoFilter extends ClientObject implements Pick<Excel.AutoFilter, "apply" | "remove" | "clearCriteria" | "reapply" | "enabled" | "isDataFiltered" | "getRange" | "getRangeOrNullObject"> {
  protected readonly typeName = "AutoFilter";
  protected readonly scalars = ["enabled", "isDataFiltered"];
  constructor(
    context: StandInContext,
    private readonly sheet: StandInWorksheet,
  ) {
    super(context);
  }
  protected read(names: string[]): Record<string, unknown> {
    const on = this.context.host.autoFilter(this.sheet._id("AutoFilter.load")) !== null;
    return Object.fromEntries(names.map((n) => [n, n === "enabled" ? on : false]));
  }
  get enabled(): boolean {
    return this.get("enabled");
  }
  /** The workbench draws the filter buttons but filters nothing: never filtered. */
  get isDataFiltered(): boolean {
    return this.get("isDataFiltered");
  }
  apply(range: Excel.Range | string, columnIndex?: number, criteria?: Excel.FilterCriteria): void {
    if (columnIndex !== undefined || criteria !== undefined)
      this.context.enqueue("AutoFilter.apply", () => {
        throw invalidArgument("the workbench stand-in applies filters without criteria only.", "AutoFilter.apply");
      });
    this.context.enqueue("AutoFilter.apply", () => {
      const id = this.sheet._id("AutoFilter.apply");
      this.context.host.setAutoFilter(id, rangeArgument(this.context, range, id, "AutoFilter.apply").rect);
    });
  }
  remove(): void {
    this.context.enqueue("AutoFilter.remove", () => this.context.host.setAutoFilter(this.sheet._id("AutoFilter.remove"), null));
  }
  clearCriteria(): void {}
  reapply(): void {}
  getRange(): Excel.Range {
    return this.filterRange("AutoFilter.getRange", false);
  }
  getRangeOrNullObject(): Excel.Range {
    return this.filterRange("AutoFilter.getRangeOrNullObject", true);
  }
  private filterRange(location: string, orNull: boolean): Excel.Range {
    return cast(
      new StandInRange(
        this.context,
        () => {
          const id = this.sheet._id(location);
          const r = this.context.host.autoFilter(id);
          return r && { sheetId: id, rect: r };
        },
        location,
        orNull,
      ),
    );
  }
  load(spec?: LoadSpec): Excel.AutoFilter {
    this.queueLoad(spec);
    return cast(this);
  }
}

export class StandInCustomProperty extends ClientObject implements Pick<Excel.WorksheetCustomProperty, "key" | "value" | "delete"> {
  protected readonly typeName = "WorksheetCustomProperty";
  protected readonly scalars = ["key", "value", "type"];
  private found: string | null = null;
  constructor(
    context: StandInContext,
    private readonly sheet: StandInWorksheet,
    key: string,
    location: string,
    orNull: boolean,
  ) {
    super(context);
    context.enqueue(location, () => {
      const props = this.context.host.customProperties(this.sheet._id(location));
      // Keys compare ignoring case, as in Excel.
      this.found = [...props.keys()].find((k) => k.toLowerCase() === key.toLowerCase()) ?? null;
      this.setNull(this.found === null);
      if (this.found === null && !orNull) throw itemNotFound(`custom property ${key}`, location);
    });
  }
  protected read(names: string[]): Record<string, unknown> {
    const props = this.context.host.customProperties(this.sheet._id("WorksheetCustomProperty.load"));
    const all: Record<string, unknown> = { key: this.found, value: this.found === null ? null : props.get(this.found), type: "String" };
    return Object.fromEntries(names.map((n) => [n, all[n]]));
  }
  get key(): string {
    return this.get("key");
  }
  get value(): string {
    return this.get("value");
  }
  set value(v: string) {
    this.context.enqueue("WorksheetCustomProperty.value", () => {
      if (this.found === null) throw itemNotFound("custom property", "WorksheetCustomProperty.value");
      this.context.host.customProperties(this.sheet._id("WorksheetCustomProperty.value")).set(this.found, String(v));
    });
  }
  get type(): string {
    return this.get("type");
  }
  delete(): void {
    this.context.enqueue("WorksheetCustomProperty.delete", () => {
      if (this.found !== null) this.context.host.customProperties(this.sheet._id("WorksheetCustomProperty.delete")).delete(this.found);
    });
  }
  load(spec?: LoadSpec): Excel.WorksheetCustomProperty {
    this.queueLoad(spec);
    return cast(this);
  }
}

export class StandInCustomPropertyCollection
  extends StandInCollection<StandInCustomProperty>
  implements Pick<Excel.WorksheetCustomPropertyCollection, "add" | "getItem" | "getItemOrNullObject" | "getCount">
{
  constructor(
    context: StandInContext,
    private readonly sheet: StandInWorksheet,
  ) {
    super(
      context,
      "WorksheetCustomPropertyCollection",
      () => [...context.host.customProperties(sheet._id("WorksheetCustomPropertyCollection.load")).keys()],
      (k) => new StandInCustomProperty(context, sheet, k, "WorksheetCustomPropertyCollection.items", false),
    );
  }
  add(key: string, value: string): Excel.WorksheetCustomProperty {
    this.context.enqueue(
      "WorksheetCustomPropertyCollection.add",
      () => {
        if (!key || key.length > 255) throw invalidArgument("a custom property key is 1 to 255 characters.", "WorksheetCustomPropertyCollection.add");
        const props = this.context.host.customProperties(this.sheet._id("WorksheetCustomPropertyCollection.add"));
        const existing = [...props.keys()].find((k) => k.toLowerCase() === key.toLowerCase());
        // Adding an existing key sets its value (Excel's documented behaviour).
        props.set(existing ?? key, String(value));
      },
      payloadBytes([key, value]),
    );
    return cast(new StandInCustomProperty(this.context, this.sheet, key, "WorksheetCustomPropertyCollection.add", false));
  }
  getItem(key: string): Excel.WorksheetCustomProperty {
    return cast(new StandInCustomProperty(this.context, this.sheet, key, "WorksheetCustomPropertyCollection.getItem", false));
  }
  getItemOrNullObject(key: string): Excel.WorksheetCustomProperty {
    return cast(new StandInCustomProperty(this.context, this.sheet, key, "WorksheetCustomPropertyCollection.getItemOrNullObject", true));
  }
  load(spec?: LoadSpec): Excel.WorksheetCustomPropertyCollection {
    this.queueLoad(spec);
    return cast(this);
  }
}

// ---------------------------------------------------------------------------------------------
// Comments

export class StandInCommentReply extends ClientObject implements Pick<Excel.CommentReply, "id" | "content" | "authorName" | "creationDate" | "delete"> {
  protected readonly typeName = "CommentReply";
  protected readonly scalars = ["id", "content", "authorName", "creationDate"];
  private found: string | null = null;
  constructor(
    context: StandInContext,
    private readonly comment: StandInComment,
    bind: () => string | null,
    location: string,
    orNull: boolean,
  ) {
    super(context);
    context.enqueue(location, () => {
      this.found = bind();
      this.setNull(this.found === null);
      if (this.found === null && !orNull) throw itemNotFound("comment reply", location);
    });
  }
  private info(location: string) {
    const r = this.comment._info(location).replies.find((x) => x.id === this.found);
    if (!r) throw itemNotFound("comment reply", location);
    return r;
  }
  protected read(names: string[]): Record<string, unknown> {
    const r = this.info("CommentReply.load");
    const all: Record<string, unknown> = { id: r.id, content: r.content, authorName: r.authorName, creationDate: new Date(r.creationDate.getTime()) };
    return Object.fromEntries(names.map((n) => [n, all[n]]));
  }
  get id(): string {
    return this.get("id");
  }
  get content(): string {
    return this.get("content");
  }
  set content(v: string) {
    this.context.enqueue("CommentReply.content", () => this.context.host.setReplyContent(this.comment._info("CommentReply.content").id, this.info("CommentReply.content").id, String(v)), payloadBytes(v));
  }
  get authorName(): string {
    return this.get("authorName");
  }
  get creationDate(): Date {
    return this.get("creationDate");
  }
  delete(): void {
    this.context.enqueue("CommentReply.delete", () => this.context.host.deleteReply(this.comment._info("CommentReply.delete").id, this.info("CommentReply.delete").id));
  }
  load(spec?: LoadSpec): Excel.CommentReply {
    this.queueLoad(spec);
    return cast(this);
  }
}

export class StandInCommentReplyCollection
  extends StandInCollection<StandInCommentReply>
  implements Pick<Excel.CommentReplyCollection, "add" | "getItem" | "getItemOrNullObject" | "getCount">
{
  constructor(
    context: StandInContext,
    private readonly comment: StandInComment,
  ) {
    super(
      context,
      "CommentReplyCollection",
      () => comment._info("CommentReplyCollection.load").replies.map((r) => r.id),
      (k) => new StandInCommentReply(context, comment, () => k, "CommentReplyCollection.items", false),
    );
  }
  add(content: Excel.CommentRichContent | string, contentType?: Excel.ContentType | "Plain" | "Mention"): Excel.CommentReply {
    let made: string | null = null;
    this.context.enqueue(
      "CommentReplyCollection.add",
      () => {
        if (contentType === "Mention" || typeof content !== "string") throw invalidArgument("the workbench stand-in adds plain-text replies only.", "CommentReplyCollection.add");
        made = this.context.host.addReply(this.comment._info("CommentReplyCollection.add").id, content).id;
      },
      payloadBytes(content),
    );
    return cast(new StandInCommentReply(this.context, this.comment, () => made, "CommentReplyCollection.add", false));
  }
  getItem(commentReplyId: string): Excel.CommentReply {
    return cast(new StandInCommentReply(this.context, this.comment, () => this.byId(commentReplyId), "CommentReplyCollection.getItem", false));
  }
  getItemOrNullObject(commentReplyId: string): Excel.CommentReply {
    return cast(new StandInCommentReply(this.context, this.comment, () => this.byId(commentReplyId), "CommentReplyCollection.getItemOrNullObject", true));
  }
  private byId(id: string): string | null {
    return this.comment._info("CommentReplyCollection.getItem").replies.find((r) => r.id === id)?.id ?? null;
  }
  load(spec?: LoadSpec): Excel.CommentReplyCollection {
    this.queueLoad(spec);
    return cast(this);
  }
}

export class StandInComment extends ClientObject implements Pick<Excel.Comment, "id" | "content" | "authorName" | "creationDate" | "resolved" | "getLocation" | "delete"> {
  protected readonly typeName = "Comment";
  protected readonly scalars = ["id", "content", "authorName", "creationDate", "resolved"];
  private found: string | null = null;
  readonly replies: StandInCommentReplyCollection;
  constructor(context: StandInContext, bind: () => string | null, location: string, orNull: boolean) {
    super(context);
    this.replies = new StandInCommentReplyCollection(context, this);
    context.enqueue(location, () => {
      this.found = bind();
      this.setNull(this.found === null);
      if (this.found === null && !orNull) throw itemNotFound("comment", location);
    });
  }
  /** The comment as the workbook holds it (found during the sync). */
  _info(location: string) {
    const c = this.context.host.comments().find((x) => x.id === this.found);
    if (!c) throw itemNotFound("comment", location);
    return c;
  }
  private info(location: string) {
    return this._info(location);
  }
  protected override navigation(name: string): ClientObject | undefined {
    return name === "replies" ? this.replies : undefined;
  }
  protected read(names: string[]): Record<string, unknown> {
    const c = this.info("Comment.load");
    const all: Record<string, unknown> = { id: c.id, content: c.content, authorName: c.authorName, creationDate: new Date(c.creationDate.getTime()), resolved: c.resolved };
    return Object.fromEntries(names.map((n) => [n, all[n]]));
  }
  get id(): string {
    return this.get("id");
  }
  get content(): string {
    return this.get("content");
  }
  set content(v: string) {
    this.context.enqueue("Comment.content", () => this.context.host.setCommentContent(this.info("Comment.content").id, String(v)), payloadBytes(v));
  }
  get authorName(): string {
    return this.get("authorName");
  }
  get creationDate(): Date {
    return this.get("creationDate");
  }
  get resolved(): boolean {
    return this.get("resolved");
  }
  set resolved(_v: boolean) {}
  getLocation(): Excel.Range {
    return cast(
      new StandInRange(
        this.context,
        () => {
          const c = this.info("Comment.getLocation");
          return { sheetId: c.sheetId, rect: { row: c.row, column: c.column, height: 1, width: 1 } };
        },
        "Comment.getLocation",
      ),
    );
  }
  delete(): void {
    this.context.enqueue("Comment.delete", () => this.context.host.deleteComment(this.info("Comment.delete").id));
  }
  load(spec?: LoadSpec): Excel.Comment {
    this.queueLoad(spec);
    return cast(this);
  }
}

export class StandInCommentCollection extends StandInCollection<StandInComment> implements Pick<Excel.CommentCollection, "add" | "getItem" | "getItemOrNullObject" | "getItemByCell" | "getCount"> {
  constructor(
    context: StandInContext,
    /** The sheet whose comments these are; null for the workbook's. */
    private readonly sheet: StandInWorksheet | null,
  ) {
    super(
      context,
      "CommentCollection",
      () => {
        const id = sheet?._id("CommentCollection.load") ?? null;
        return context.host
          .comments()
          .filter((c) => id === null || c.sheetId === id)
          .map((c) => c.id);
      },
      (k) => new StandInComment(context, () => k, "CommentCollection.items", false),
    );
  }
  add(cellAddress: Excel.Range | string, content: Excel.CommentRichContent | string, contentType?: Excel.ContentType | "Plain" | "Mention"): Excel.Comment {
    let made: string | null = null;
    this.context.enqueue(
      "CommentCollection.add",
      () => {
        if (contentType === "Mention" || typeof content !== "string") throw invalidArgument("the workbench stand-in adds plain-text comments only.", "CommentCollection.add");
        const t = rangeArgument(this.context, cellAddress, this.sheet?._id("CommentCollection.add") ?? null, "CommentCollection.add");
        if (t.rect.height !== 1 || t.rect.width !== 1) throw invalidArgument("a comment belongs to one cell.", "CommentCollection.add");
        made = this.context.host.addComment(t.sheetId, t.rect.row, t.rect.column, content).id;
      },
      payloadBytes(content),
    );
    return cast(new StandInComment(this.context, () => made, "CommentCollection.add", false));
  }
  getItem(commentId: string): Excel.Comment {
    return cast(new StandInComment(this.context, () => this.byId(commentId), "CommentCollection.getItem", false));
  }
  getItemOrNullObject(commentId: string): Excel.Comment {
    return cast(new StandInComment(this.context, () => this.byId(commentId), "CommentCollection.getItemOrNullObject", true));
  }
  getItemByCell(cellAddress: Excel.Range | string): Excel.Comment {
    return cast(
      new StandInComment(
        this.context,
        () => {
          const t = rangeArgument(this.context, cellAddress, this.sheet?._id("CommentCollection.getItemByCell") ?? null, "CommentCollection.getItemByCell");
          return this.context.host.comments().find((c) => c.sheetId === t.sheetId && c.row === t.rect.row && c.column === t.rect.column)?.id ?? null;
        },
        "CommentCollection.getItemByCell",
        false,
      ),
    );
  }
  private byId(id: string): string | null {
    return this.context.host.comments().find((c) => c.id === id)?.id ?? null;
  }
  load(spec?: LoadSpec): Excel.CommentCollection {
    this.queueLoad(spec);
    return cast(this);
  }
}

// ---------------------------------------------------------------------------------------------
// Worksheets

type SelectionArgs = Excel.WorksheetSelectionChangedEventArgs;

export class StandInWorksheet
  extends ClientObject
  implements
    Pick<
      Excel.Worksheet,
      "id" | "name" | "position" | "visibility" | "getRange" | "getRangeByIndexes" | "getCell" | "getUsedRange" | "getUsedRangeOrNullObject" | "activate" | "delete"
    >
{
  protected readonly typeName = "Worksheet";
  protected readonly scalars = ["id", "name", "position", "visibility"];
  private found: string | null = null;
  readonly freezePanes: StandInFreezePanes;
  readonly autoFilter: StandInAutoFilter;
  readonly customProperties: StandInCustomPropertyCollection;
  readonly comments: StandInCommentCollection;
  readonly onSelectionChanged: StandInEventHandlers<SelectionArgs>;

  constructor(context: StandInContext, bind: SheetBind, location: string, orNull = false) {
    super(context);
    context.enqueue(location, () => {
      this.found = bind();
      this.setNull(this.found === null);
      if (this.found === null && !orNull) throw itemNotFound("worksheet", location);
    });
    this.freezePanes = new StandInFreezePanes(context, this);
    this.autoFilter = new StandInAutoFilter(context, this);
    this.customProperties = new StandInCustomPropertyCollection(context, this);
    this.comments = new StandInCommentCollection(context, this);
    this.onSelectionChanged = new StandInEventHandlers<SelectionArgs>(context, (emit) =>
      context.host.onSelectionChanged((s) => {
        if (s.sheetId === this.found) emit(cast<SelectionArgs>(selectionArgs(context, s, "WorksheetSelectionChanged")));
      }),
    );
  }

  /** The sheet's id, found during the sync. */
  _id(location: string): string {
    if (this.found === null) throw new StandInError("InvalidReference", "This reference is not valid for the current operation.", location);
    return this.found;
  }

  protected override navigation(name: string): ClientObject | undefined {
    return ({ freezePanes: this.freezePanes, autoFilter: this.autoFilter, customProperties: this.customProperties, comments: this.comments } as Record<string, ClientObject>)[name];
  }

  protected read(names: string[]): Record<string, unknown> {
    const info = this.context.host.sheet(this._id("Worksheet.load"));
    if (!info) throw itemNotFound("worksheet", "Worksheet.load");
    const all: Record<string, unknown> = { id: info.id, name: info.name, position: info.position, visibility: "Visible" };
    return Object.fromEntries(names.map((n) => [n, all[n]]));
  }

  get id(): string {
    return this.get("id");
  }
  get name(): string {
    return this.get("name");
  }
  set name(v: string) {
    this.context.enqueue("Worksheet.name", () => this.context.host.renameSheet(this._id("Worksheet.name"), String(v)), payloadBytes(v));
  }
  get position(): number {
    return this.get("position");
  }
  set position(v: number) {
    this.context.enqueue("Worksheet.position", () => this.context.host.moveSheet(this._id("Worksheet.position"), v));
  }
  get visibility(): Excel.SheetVisibility | "Visible" | "Hidden" | "VeryHidden" {
    return this.get("visibility");
  }

  private range(location: string, f: (id: string) => RangeTarget | null, orNull = false): Excel.Range {
    return cast(new StandInRange(this.context, () => f(this._id(location)), location, orNull));
  }

  getRange(address?: string): Excel.Range {
    return this.range("Worksheet.getRange", (id) => {
      if (address === undefined || address === "") return { sheetId: id, rect: WHOLE_SHEET };
      const parsed = parseAddress(address);
      if (!parsed) throw invalidArgument(`"${address}" is not an address.`, "Worksheet.getRange");
      if (parsed.sheet !== undefined && this.context.host.sheet(parsed.sheet)?.id !== id) throw invalidArgument(`"${address}" names another sheet.`, "Worksheet.getRange");
      return { sheetId: id, rect: parsed.rect };
    });
  }
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): Excel.Range {
    return this.range("Worksheet.getRangeByIndexes", (id) => {
      const rect = { row: startRow, column: startColumn, height: rowCount, width: columnCount };
      if (![startRow, startColumn, rowCount, columnCount].every(Number.isInteger) || startRow < 0 || startColumn < 0 || rowCount < 1 || columnCount < 1 || startRow + rowCount > MAX_ROWS || startColumn + columnCount > MAX_COLUMNS)
        throw invalidArgument(`(${startRow}, ${startColumn}, ${rowCount}, ${columnCount}) is not a range on the sheet.`, "Worksheet.getRangeByIndexes");
      return { sheetId: id, rect };
    });
  }
  getCell(row: number, column: number): Excel.Range {
    return this.getRangeByIndexes(row, column, 1, 1);
  }
  getUsedRange(valuesOnly?: boolean): Excel.Range {
    // Excel's used range of an empty sheet is A1.
    return this.range("Worksheet.getUsedRange", (id) => ({ sheetId: id, rect: this.context.host.usedRect(id, !!valuesOnly) ?? { row: 0, column: 0, height: 1, width: 1 } }));
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): Excel.Range {
    return this.range(
      "Worksheet.getUsedRangeOrNullObject",
      (id) => {
        const r = this.context.host.usedRect(id, !!valuesOnly);
        return r && { sheetId: id, rect: r };
      },
      true,
    );
  }
  activate(): void {
    this.context.enqueue("Worksheet.activate", () => this.context.host.activateSheet(this._id("Worksheet.activate")));
  }
  delete(): void {
    this.context.enqueue("Worksheet.delete", () => this.context.host.deleteSheet(this._id("Worksheet.delete")));
  }
  load(spec?: LoadSpec): Excel.Worksheet {
    this.queueLoad(spec);
    return cast(this);
  }
}

function selectionArgs(context: StandInContext, s: Selection, type: string): Record<string, unknown> {
  return { type, source: "Local", worksheetId: s.sheetId, address: context.host.sheet(s.sheetId) ? rectAddress(s.rect) : "" };
}

export class StandInWorksheetCollection
  extends StandInCollection<StandInWorksheet>
  implements Pick<Excel.WorksheetCollection, "add" | "getItem" | "getItemOrNullObject" | "getActiveWorksheet" | "getCount" | "getFirst" | "getLast">
{
  readonly onSelectionChanged: StandInEventHandlers<SelectionArgs>;
  constructor(context: StandInContext) {
    super(
      context,
      "WorksheetCollection",
      () => context.host.sheets().map((s) => s.id),
      (id) => new StandInWorksheet(context, () => id, "WorksheetCollection.items"),
    );
    this.onSelectionChanged = new StandInEventHandlers<SelectionArgs>(context, (emit) =>
      context.host.onSelectionChanged((s) => emit(cast<SelectionArgs>(selectionArgs(context, s, "WorksheetSelectionChanged")))),
    );
  }
  add(name?: string): Excel.Worksheet {
    let made: string | null = null;
    this.context.enqueue("WorksheetCollection.add", () => void (made = this.context.host.addSheet(name).id), payloadBytes(name ?? ""));
    return cast(new StandInWorksheet(this.context, () => made, "WorksheetCollection.add"));
  }
  getItem(key: string): Excel.Worksheet {
    return cast(new StandInWorksheet(this.context, () => this.context.host.sheet(key)?.id ?? null, "WorksheetCollection.getItem"));
  }
  getItemOrNullObject(key: string): Excel.Worksheet {
    return cast(new StandInWorksheet(this.context, () => this.context.host.sheet(key)?.id ?? null, "WorksheetCollection.getItemOrNullObject", true));
  }
  getActiveWorksheet(): Excel.Worksheet {
    return cast(new StandInWorksheet(this.context, () => this.context.host.activeSheetId(), "WorksheetCollection.getActiveWorksheet"));
  }
  getFirst(): Excel.Worksheet {
    return cast(new StandInWorksheet(this.context, () => this.context.host.sheets()[0]?.id ?? null, "WorksheetCollection.getFirst"));
  }
  getLast(): Excel.Worksheet {
    return cast(new StandInWorksheet(this.context, () => this.context.host.sheets().at(-1)?.id ?? null, "WorksheetCollection.getLast"));
  }
  load(spec?: LoadSpec): Excel.WorksheetCollection {
    this.queueLoad(spec);
    return cast(this);
  }
}

// ---------------------------------------------------------------------------------------------
// Application and workbook

export class StandInApplication extends ClientObject implements Pick<Excel.Application, "calculate" | "calculationMode" | "suspendApiCalculationUntilNextSync"> {
  protected readonly typeName = "Application";
  protected readonly scalars = ["calculationMode"];
  protected read(): Record<string, unknown> {
    return { calculationMode: "Automatic" };
  }
  get calculationMode(): Excel.CalculationMode | "Automatic" | "AutomaticExceptTables" | "Manual" {
    return this.get("calculationMode");
  }
  calculate(calculationType: Excel.CalculationType | "Recalculate" | "Full" | "FullRebuild"): void {
    this.context.enqueue("Application.calculate", () => {
      if (!["Recalculate", "Full", "FullRebuild"].includes(calculationType)) throw invalidArgument(`"${calculationType}" is not a calculation type.`, "Application.calculate");
      this.context.host.calculate(calculationType as "Full");
    });
  }
  suspendApiCalculationUntilNextSync(): void {}
  load(spec?: LoadSpec): Excel.Application {
    this.queueLoad(spec);
    return cast(this);
  }
}

export class StandInWorkbook extends ClientObject implements Pick<Excel.Workbook, "getSelectedRange" | "getActiveCell"> {
  protected readonly typeName = "Workbook";
  protected readonly scalars = ["name"];
  readonly worksheets: StandInWorksheetCollection;
  readonly comments: StandInCommentCollection;
  readonly application: StandInApplication;
  readonly onSelectionChanged: StandInEventHandlers<Excel.SelectionChangedEventArgs>;
  constructor(context: StandInContext) {
    super(context);
    this.worksheets = new StandInWorksheetCollection(context);
    this.comments = new StandInCommentCollection(context, null);
    this.application = new StandInApplication(context);
    this.onSelectionChanged = new StandInEventHandlers<Excel.SelectionChangedEventArgs>(context, (emit) =>
      context.host.onSelectionChanged(() => emit(cast<Excel.SelectionChangedEventArgs>({ type: "WorkbookSelectionChanged", workbook: this }))),
    );
  }
  protected override navigation(name: string): ClientObject | undefined {
    return ({ worksheets: this.worksheets, comments: this.comments, application: this.application } as Record<string, ClientObject>)[name];
  }
  protected read(): Record<string, unknown> {
    return { name: "workbench.xlsx" };
  }
  get name(): string {
    return this.get("name");
  }
  getSelectedRange(): Excel.Range {
    return cast(new StandInRange(this.context, () => this.context.host.selection(), "Workbook.getSelectedRange"));
  }
  getActiveCell(): Excel.Range {
    return cast(
      new StandInRange(
        this.context,
        () => {
          const s = this.context.host.selection();
          return { sheetId: s.sheetId, rect: { row: s.rect.row, column: s.rect.column, height: 1, width: 1 } };
        },
        "Workbook.getActiveCell",
      ),
    );
  }
  load(spec?: LoadSpec): Excel.Workbook {
    this.queueLoad(spec);
    return cast(this);
  }
}

/** Excel.RequestContext over the workbench workbook. */
export class StandInRequestContext extends StandInContext {
  readonly workbook: StandInWorkbook;
  readonly application: StandInApplication;
  constructor(host: WorkbookHost) {
    super(host);
    this.workbook = new StandInWorkbook(this);
    this.application = this.workbook.application;
  }
}

/**
 * Excel.run: a fresh request context for the batch; what the batch leaves queued is synced when
 * it returns, as in Excel. Objects from an earlier run may be passed first (their context is reused).
 */
export function standInRun(host: WorkbookHost) {
  return async function run<T>(...args: unknown[]): Promise<T> {
    const batch = args.at(-1) as (context: Excel.RequestContext) => Promise<T>;
    if (typeof batch !== "function") throw invalidArgument("Excel.run needs a batch function.", "Excel.run");
    const first = args.length > 1 ? (args[0] as { context?: unknown } | Array<{ context?: unknown }>) : undefined;
    // Excel.run(context, batch), Excel.run(object, batch) or Excel.run([objects], batch) reuse that context.
    const reused = first instanceof StandInRequestContext ? first : Array.isArray(first) ? first[0]?.context : first?.context;
    const context = reused instanceof StandInRequestContext ? reused : new StandInRequestContext(host);
    const result = await batch(cast<Excel.RequestContext>(context));
    if (context.pending) await context.sync();
    return result;
  };
}
