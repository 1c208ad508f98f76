// The queued-load/sync core of the Excel stand-in: a request context that queues every read and
// write in order and runs them on context.sync(), proxies whose properties can be read only
// after they were loaded and synced, and Excel's errors (PropertyNotLoaded, the 5 MB payload
// limit, ItemNotFound, …) with Excel's codes and messages.
import { HostError, type WorkbookHost } from "./host";

/** Excel on the web refuses a request or a response larger than 5 MB. */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/** Excel's error (OfficeExtension.Error): name RichApi.Error, a code, a message, debugInfo. */
export class StandInError extends Error {
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  readonly traceMessages: string[] = [];
  constructor(
    readonly code: string,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
    this.debugInfo = { code, message, ...(errorLocation ? { errorLocation } : {}) };
  }
}

export function propertyNotLoaded(property: string, type: string): StandInError {
  return new StandInError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${type}.${property}`,
  );
}

export function itemNotFound(what: string, location: string): StandInError {
  return new StandInError("ItemNotFound", `The requested resource doesn't exist. (${what})`, location);
}

export function invalidArgument(message: string, location: string): StandInError {
  return new StandInError("InvalidArgument", `The argument is invalid or missing or has an incorrect format. ${message}`, location);
}

const encoder = new TextEncoder();

/** A 2-D array made in this window (the workbook's arrays are the framing page's: `instanceof Array` fails on them). */
export function own<T>(rows: readonly (readonly T[])[]): T[][] {
  return Array.from(rows, (row) => Array.from(row));
}

/** Bytes of `data` as JSON (UTF-8), as the request or response would carry it. */
export function payloadBytes(data: unknown): number {
  return data === undefined ? 0 : encoder.encode(JSON.stringify(data)).length;
}

interface Op {
  run: () => Delivery | void;
  /** Bytes this operation adds to the request (values written, arguments). */
  request: number;
  location: string;
}

/** What a read delivers to its proxy once the whole sync has succeeded. */
export interface Delivery {
  bytes: number;
  apply: () => void;
}

/** The Excel.RequestContext stand-in: queue, then sync. */
export class StandInContext {
  private queue: Op[] = [];
  private fresh: ClientObject[] = [];
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };
  /** Syncs run so far, and the largest request and response seen (tests read these). */
  readonly stats = { syncs: 0, largestRequest: 0, largestResponse: 0 };

  constructor(readonly host: WorkbookHost) {}

  enqueue(location: string, run: () => Delivery | void, request = 0): void {
    this.queue.push({ run, request, location });
  }

  created(object: ClientObject): void {
    this.fresh.push(object);
  }

  async sync(): Promise<void> {
    // Operations queued while the sync runs (a collection's items finding themselves) run in it.
    const queue = this.queue;
    const fresh = this.fresh;
    this.stats.syncs++;
    const request = queue.reduce((n, op) => n + op.request, 0);
    this.stats.largestRequest = Math.max(this.stats.largestRequest, request);
    // Excel rejects such a request whole: nothing in it runs.
    if (request > PAYLOAD_LIMIT_BYTES) {
      this.queue = [];
      this.fresh = [];
      await tick();
      throw new StandInError("RequestPayloadSizeLimitExceeded", `The request payload size has exceeded the limit (${request} bytes > 5 MB). Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".`);
    }
    const deliveries: Delivery[] = [];
    let failure: unknown = null;
    this.host.batch(() => {
      for (let i = 0; i < queue.length; i++) {
        const op = queue[i]!;
        try {
          const d = op.run();
          if (d) deliveries.push(d);
        } catch (e) {
          failure = asExcelError(e, op.location);
          return; // Excel stops the batch at the failing operation; what ran before stays done.
        }
      }
    });
    this.queue = [];
    this.fresh = [];
    await tick();
    for (const o of fresh) o._markSynced();
    if (failure) throw failure;
    const response = deliveries.reduce((n, d) => n + d.bytes, 0);
    this.stats.largestResponse = Math.max(this.stats.largestResponse, response);
    if (response > PAYLOAD_LIMIT_BYTES)
      throw new StandInError("ResponsePayloadSizeLimitExceeded", `The response payload size has exceeded the limit (${response} bytes > 5 MB). Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".`);
    for (const d of deliveries) d.apply();
  }

  /** Whether anything is queued (Excel.run syncs it when the batch returns). */
  get pending(): boolean {
    return this.queue.length > 0;
  }
}

function tick(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function asExcelError(e: unknown, location: string): StandInError {
  if (e instanceof StandInError) return e;
  // The workbook lives in the page that frames the pane: its errors are of that window's classes.
  if (e instanceof HostError || (e instanceof Object && (e as { name?: unknown }).name === "HostError")) {
    const he = e as HostError;
    const messages: Record<HostError["code"], string> = {
      InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
      ItemNotFound: "The requested resource doesn't exist.",
      ItemAlreadyExists: "The resource being created already exists.",
      InvalidOperation: "The operation attempted is invalid on the object.",
      InvalidReference: "This reference is not valid for the current operation.",
    };
    return new StandInError(he.code, `${messages[he.code]} ${he.message}`, location);
  }
  const message = e instanceof Object && typeof (e as { message?: unknown }).message === "string" ? (e as { message: string }).message : String(e);
  return new StandInError("GeneralException", `There was an internal error while processing the request. ${message}`, location);
}

/** What load() takes: "a,b/c", ["a", "b/c"], { select, expand }, or Excel's options object ({ a: true, b: { c: true } }). */
export type LoadSpec = string | string[] | object | undefined;

/** A load argument as property paths: ["a", "b/c"]; "$all" loads every scalar. */
export function loadPaths(spec: LoadSpec): string[] {
  if (spec === undefined || spec === null) return [];
  const list = (s: unknown): string[] => (typeof s === "string" ? s.split(",") : Array.isArray(s) ? s.map(String) : []);
  let raw: string[];
  if (typeof spec === "string" || Array.isArray(spec)) raw = list(spec);
  else if ("select" in spec || "expand" in spec) raw = [...list((spec as { select?: unknown }).select), ...list((spec as { expand?: unknown }).expand)];
  else {
    raw = [];
    const walk = (o: Record<string, unknown>, prefix: string) => {
      for (const [k, v] of Object.entries(o)) {
        const path = k === "$all" ? prefix.replace(/\/$/, "") : prefix + k;
        if (v === true) raw.push(k === "$all" ? (path ? `${path}/` : "") : path);
        else if (v && typeof v === "object") walk(v as Record<string, unknown>, `${path}/`);
      }
    };
    walk(spec as Record<string, unknown>, "");
  }
  return raw.map((p) => p.trim().replace(/\/$/, "")).filter((p, i, all) => all.indexOf(p) === i);
}

/** A proxy for one Excel object: bound to its target when its creating operation runs in a sync. */
export abstract class ClientObject {
  protected readonly loaded = new Map<string, unknown>();
  private synced = false;
  private null_ = false;
  /** Type name in Excel's error locations (Range, Worksheet, …). */
  protected abstract readonly typeName: string;
  /** Scalar properties `load()` without arguments loads. */
  protected abstract readonly scalars: readonly string[];

  constructor(readonly context: StandInContext) {
    context.created(this);
  }

  /** Readable after the sync that follows this object's creation, as in Excel. */
  get isNullObject(): boolean {
    if (!this.synced) throw propertyNotLoaded("isNullObject", this.typeName);
    return this.null_;
  }

  _markSynced(): void {
    this.synced = true;
  }

  protected setNull(isNull: boolean): void {
    this.null_ = isNull;
  }

  /** A navigation property (format, fill, …) for load paths such as "format/fill/color". */
  protected navigation(_name: string): ClientObject | undefined {
    return undefined;
  }

  /** Reads these scalar properties from the workbook (at sync time); null object → nulls. */
  protected abstract read(names: string[]): Record<string, unknown>;

  protected get<T>(name: string): T {
    if (!this.loaded.has(name)) throw propertyNotLoaded(name, this.typeName);
    return this.loaded.get(name) as T;
  }

  /** load() for code that holds the base type (a collection loading its items). */
  _load(spec: LoadSpec): void {
    this.queueLoad(spec);
  }

  /** Queues the load of `spec`; the values arrive on the next sync. */
  protected queueLoad(spec: LoadSpec): void {
    const paths = loadPaths(spec);
    const own = new Set<string>();
    for (const path of paths.length ? paths : this.scalars) {
      const [head, ...rest] = path.split("/");
      const nav = this.navigation(head!);
      if (nav) nav.queueLoad(rest.length ? rest.join("/") : undefined);
      else own.add(head!);
    }
    if (!own.size) return;
    const names = [...own];
    this.context.enqueue(`${this.typeName}.load`, () => {
      const unknown = names.filter((n) => !this.scalars.includes(n));
      if (unknown.length) throw new StandInError("PropertyNotLoaded", `The property '${unknown[0]}' is not available on ${this.typeName} in this stand-in.`, `${this.typeName}.load`);
      const data = this.null_ ? Object.fromEntries(names.map((n) => [n, null])) : this.read(names);
      return { bytes: payloadBytes(data), apply: () => Object.entries(data).forEach(([k, v]) => this.loaded.set(k, v)) };
    });
  }

  /** The loaded scalar properties, as Excel's toJSON gives them. */
  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}

/** A value Excel returns from a method (getCount, …): `value` readable after the sync. */
export class StandInClientResult<T> {
  private value_: { v: T } | null = null;
  _set(v: T): void {
    this.value_ = { v };
  }
  get value(): T {
    if (!this.value_) throw propertyNotLoaded("value", "ClientResult");
    return this.value_.v;
  }
}

/** A collection: `items` readable after load and sync; load("items/name") or load("name") loads those properties of each item. */
export abstract class StandInCollection<T extends ClientObject> extends ClientObject {
  protected readonly scalars: readonly string[] = [];
  private items_: T[] | null = null;
  constructor(
    context: StandInContext,
    protected readonly typeName: string,
    private readonly list: () => string[],
    private readonly item: (key: string) => T,
  ) {
    super(context);
  }
  get items(): T[] {
    if (!this.items_) throw propertyNotLoaded("items", this.typeName);
    return this.items_;
  }
  protected read(): Record<string, unknown> {
    return {};
  }
  protected override queueLoad(spec: LoadSpec): void {
    const paths = loadPaths(spec).map((p) => p.replace(/^items\/?/, "")).filter(Boolean);
    this.context.enqueue(`${this.typeName}.load`, () => {
      // Made during this sync: each item's binding and loads are queued behind this and run in it.
      const items = this.list().map((k) => this.item(k));
      for (const it of items) it._load(paths.length ? paths : undefined);
      return { bytes: 0, apply: () => void (this.items_ = items) };
    });
  }
  getCount(): OfficeExtension.ClientResult<number> {
    const result = new StandInClientResult<number>();
    this.context.enqueue(`${this.typeName}.getCount`, () => {
      const n = this.list().length;
      return { bytes: 8, apply: () => result._set(n) };
    });
    return result as unknown as OfficeExtension.ClientResult<number>;
  }
}
