// The zip layer of the package reader, on fflate's streaming Unzip: which format the bytes are,
// the part names, and parts inflated in small steps into a consumer, every inflated byte counted
// against a budget, so a zip bomb is refused long before memory runs out. Declared sizes are
// never trusted (a bomb lies about them). No Node APIs: bytes in, so a browser can run it too.
import { Unzip, UnzipInflate, type UnzipFile } from "fflate";
import { PackageError, malformed } from "./read-errors";

/** Where inflated bytes of a part go, chunk by chunk; `end` after the last one. */
export interface PartSink {
  chunk(data: Uint8Array): void;
  end(): void;
  /** The sink wants nothing more (it read what it needed): the rest of the part is not inflated. */
  readonly done?: boolean;
}

/**
 * How far a package may inflate: in all, a multiple of the file's size, never under `floor` nor
 * over `absolute`; and each part, once past `partFloor`, at most `partRatio` times the compressed
 * bytes it has used so far (a bomb is told after 64 MB, not after it has filled the budget).
 */
export interface InflateLimits {
  multiple: number;
  floor: number;
  absolute: number;
  partRatio: number;
  partFloor: number;
}

// A worksheet's XML deflates about 10–30× (Excel, LibreOffice, openpyxl), a sheet of identical
// rows a few hundred times; deflate's ceiling is ~1032×. 4 GiB is about Excel's largest sheet
// with 40 columns of numbers.
export const DEFAULT_LIMITS: InflateLimits = { multiple: 200, floor: 256 * 2 ** 20, absolute: 4 * 2 ** 30, partRatio: 500, partFloor: 64 * 2 ** 20 };

/** The inflated bytes a package may produce in all, counted as they come. */
export class InflateBudget {
  private used = 0;
  readonly limit: number;

  constructor(
    readonly fileSize: number,
    private readonly limits: InflateLimits = DEFAULT_LIMITS,
  ) {
    this.limit = Math.min(limits.absolute, Math.max(limits.floor, limits.multiple * fileSize));
  }

  /** Counts `bytes` more of `part`, which has inflated `partBytes` from `compressed` bytes so far. */
  take(bytes: number, part: string, partBytes: number, compressed: number): void {
    this.used += bytes;
    const mb = (n: number) => `${(n / 2 ** 20).toFixed(n < 2 ** 20 ? 2 : 0)} MB`;
    if (this.used > this.limit)
      throw new PackageError("too-large", {
        zh: `解压后超过 ${mb(this.limit)}（文件 ${mb(this.fileSize)}，读到 ${part} 时），疑为压缩炸弹，已拒绝`,
        en: `inflates beyond ${mb(this.limit)} (the file is ${mb(this.fileSize)}; at ${part}): refused as a likely zip bomb`,
      });
    if (partBytes > this.limits.partFloor && partBytes > this.limits.partRatio * Math.max(compressed, 1))
      throw new PackageError("too-large", {
        zh: `${part} 由 ${mb(compressed)} 解压出超过 ${mb(partBytes)}（超过 ${this.limits.partRatio} 倍），疑为压缩炸弹，已拒绝`,
        en: `${part} inflates ${mb(compressed)} into more than ${mb(partBytes)} (over ${this.limits.partRatio}×): refused as a likely zip bomb`,
      });
  }
}

// Compressed bytes handed to fflate per step: deflate expands at most ~1032×, so one step never
// inflates more than ~16 MB before the budget sees it.
const STEP = 16 * 1024;

/** What the bytes are, from their first bytes (never from the file name). */
export type Sniffed = "zip" | "cfb" | "text" | "unknown";

export function sniff(bytes: Uint8Array): Sniffed {
  const starts = (sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts([0x50, 0x4b, 0x03, 0x04]) || starts([0x50, 0x4b, 0x05, 0x06])) return "zip";
  if (starts([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return "cfb";
  const head = bytes.subarray(0, 4096);
  if (head.length > 0 && !head.includes(0) && (head.includes(0x0a) || head.includes(0x2c) || head.includes(0x09))) return "text";
  return "unknown";
}

/** A compound file (CFB) holding an encrypted OOXML package names its streams EncryptionInfo and EncryptedPackage. */
export function isEncryptedCfb(bytes: Uint8Array): boolean {
  const utf16 = (s: string) => Array.from(s).flatMap((ch) => [ch.charCodeAt(0), 0]);
  const needle = utf16("EncryptedPackage");
  // Directory entries sit in sectors of the file; the name is UTF-16LE, so a byte search finds it.
  outer: for (let i = bytes.indexOf(needle[0]!); i >= 0 && i <= bytes.length - needle.length; i = bytes.indexOf(needle[0]!, i + 1)) {
    for (let j = 1; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

function newUnzip(onfile: (file: UnzipFile) => void): Unzip {
  const unzip = new Unzip(onfile);
  unzip.register(UnzipInflate);
  return unzip;
}

/** Pushes the archive through fflate in small steps until `stop` says so or the bytes end; `pushed` counts them. */
function pushAll(unzip: Unzip, bytes: Uint8Array, stop: () => boolean, pushed: { bytes: number } = { bytes: 0 }): void {
  try {
    for (let i = 0; i < bytes.length && !stop(); i += STEP) {
      pushed.bytes = i + STEP;
      unzip.push(bytes.subarray(i, i + STEP), i + STEP >= bytes.length);
    }
  } catch (e) {
    if (e instanceof PackageError) throw e;
    throw malformed("zip", e instanceof Error ? e.message : String(e));
  }
}

/** The names of the archive's entries, in the order they are stored; nothing is inflated. */
export function listParts(bytes: Uint8Array): string[] {
  const names: string[] = [];
  pushAll(newUnzip((f) => names.push(f.name)), bytes, () => false);
  return names;
}

/**
 * Inflates the named entries into their sinks, in one pass over the archive, counting every
 * inflated byte against `budget`; stops early once every sink is done.
 */
export function inflateParts(bytes: Uint8Array, sinks: ReadonlyMap<string, PartSink>, budget: InflateBudget): void {
  let failure: unknown = null;
  const reading = new Set<string>();
  const finished = new Set<string>();
  const pushed = { bytes: 0 };
  const unzip = newUnzip((file) => {
    const sink = sinks.get(file.name);
    if (!sink || reading.has(file.name) || finished.has(file.name)) return;
    reading.add(file.name);
    // The compressed bytes this part has used: what was pushed since its header.
    const from = pushed.bytes;
    let inflated = 0;
    file.ondata = (err, data, final) => {
      if (failure !== null || finished.has(file.name)) return;
      try {
        if (err) throw malformed(file.name, err.message);
        inflated += data.length;
        budget.take(data.length, file.name, inflated, pushed.bytes - from);
        if (data.length > 0) sink.chunk(data);
        if (final || sink.done) {
          reading.delete(file.name);
          finished.add(file.name);
          sink.end();
        }
      } catch (e) {
        failure = e;
      }
    };
    file.start();
  });
  pushAll(unzip, bytes, () => failure !== null || finished.size === sinks.size, pushed);
  if (failure !== null) throw failure;
  for (const name of reading) if (!sinks.get(name)!.done) throw malformed(name, "truncated / 不完整");
}

/**
 * One pass over the whole archive: `pick` chooses, by name, the parts to inflate and where to;
 * returns every entry's name in stored order. For reading a package's small parts in one go.
 */
export function inflateMatching(bytes: Uint8Array, pick: (name: string) => PartSink | undefined, budget: InflateBudget): string[] {
  const names: string[] = [];
  const sinks = new Map<string, PartSink>();
  let failure: unknown = null;
  const pushed = { bytes: 0 };
  const unzip = newUnzip((file) => {
    names.push(file.name);
    const sink = sinks.has(file.name) ? undefined : pick(file.name);
    if (!sink) return;
    sinks.set(file.name, sink);
    const from = pushed.bytes;
    let inflated = 0;
    let ended = false;
    file.ondata = (err, data, final) => {
      if (failure !== null || ended) return;
      try {
        if (err) throw malformed(file.name, err.message);
        inflated += data.length;
        budget.take(data.length, file.name, inflated, pushed.bytes - from);
        if (data.length > 0) sink.chunk(data);
        if (final) {
          ended = true;
          sink.end();
        }
      } catch (e) {
        failure = e;
      }
    };
    file.start();
  });
  pushAll(unzip, bytes, () => failure !== null, pushed);
  if (failure !== null) throw failure;
  return names;
}

/** A sink that keeps a small part's bytes; `bytes()` once it has ended. */
export function collectingSink(): PartSink & { bytes(): Uint8Array } {
  const chunks: Uint8Array[] = [];
  return {
    chunk: (d) => chunks.push(d.slice()),
    end: () => undefined,
    bytes: () => joinChunks(chunks),
  };
}

/** One small part, whole, as bytes (workbook.xml, rels, content types); null when absent. */
export function inflatePart(bytes: Uint8Array, name: string, budget: InflateBudget): Uint8Array | null {
  const sink = collectingSink();
  let seen = false;
  inflateParts(bytes, new Map([[name, { chunk: sink.chunk, end: () => (seen = true) }]]), budget);
  return seen ? sink.bytes() : null;
}

/**
 * Inflates every part and keeps nothing, counting against `budget`: for readers that hold a
 * whole package in memory (exceljs in `landrules recalc`), a bomb is refused before they start.
 */
export function checkInflation(bytes: Uint8Array, budget: InflateBudget): void {
  const discard: PartSink = { chunk: () => undefined, end: () => undefined };
  inflateParts(bytes, new Map(listParts(bytes).map((name) => [name, discard])), budget);
}

/** The chunks as one array (a second copy of the bytes: for callers that need them whole). */
export function joinChunks(chunks: readonly Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
