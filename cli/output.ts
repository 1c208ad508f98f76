// The CLI's side of writing an output: the input's entries (inflated through the reader's
// bounded unzip), the --out / --force rules, and the file written atomically. What goes into
// the package is policies/workbook/package/write.ts (bytes in, bytes out).
import { closeSync, existsSync, fstatSync, openSync, readFileSync, readSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from "node:fs";
import { basename, dirname, resolve } from "node:path";
import { constants, crc32, deflateRawSync } from "node:zlib";
import { InflateBudget, inflateParts, PackageError, type WorkbookPackage } from "../policies/workbook/package/read";
import { archiveInput, inflateWhole, type ArchiveInput, type StoredEntry } from "../policies/workbook/package/read-archive";
import { DEFLATE_LEVEL, isOurOutput, type Deflater, type PackageInput } from "../policies/workbook/package/write";

/** Node's zlib for the package writer: the same deflate level as fflate's, several times faster. */
export const NODE_DEFLATER: Deflater = {
  deflateRaw: (data, final = true) => deflateRawSync(data, { level: DEFLATE_LEVEL, finishFlush: final ? constants.Z_FINISH : constants.Z_SYNC_FLUSH }),
  crc32: (data, previous) => crc32(data, previous),
};
import { UsageError } from "./errors";

/**
 * The input package for the writer: the archive itself, so the parts it does not change are
 * copied as their compressed bytes and only those it edits are inflated. A central directory
 * that is damaged, or names other entries than the local headers the reader read, falls back to
 * every entry inflated (and so deflated again).
 */
export function packageInput(pkg: WorkbookPackage): PackageInput {
  try {
    const archive = archiveInput(pkg.bytes, pkg.budget, pkg.entries);
    const names = new Set(pkg.parts);
    if (archive.stored.size === names.size && [...archive.stored.keys()].every((n) => names.has(n))) return archive;
  } catch (e) {
    if (!(e instanceof PackageError)) throw e;
  }
  return packageEntries(pkg);
}

/** One part of the writer's input, inflated (from the archive, counted against the reader's budget). */
export function partBytes(input: PackageInput, part: string): Uint8Array {
  if (input instanceof Map) return input.get(part)!;
  const archive = input as ArchiveInput;
  return archive.inflate(archive.stored.get(part)!);
}

/** Where the writer copies the input's parts from, once the table is read; `close` when written. */
export interface InputSource {
  input(): PackageInput;
  close(): void;
}

// A part copied from the input file is read in pieces of this size.
const READ_PIECE = 1 << 20;
// The end of the file compared with what was read: the central directory, with every part's CRC.
const TAIL = 1 << 20;

/**
 * The input for the writer, taken before the table is ranked so that the input's bytes need not
 * stay in memory meanwhile: with a sound central directory, each part is read from the input
 * file when it is copied or edited (kept open; refused in one line if the file is no longer the
 * one read: its size, its time or the end that holds the directory changed); otherwise the
 * package held in memory (packageInput).
 */
export function inputSource(path: string, pkg: WorkbookPackage): InputSource {
  const held = { input: () => packageInput(pkg), close: () => undefined };
  if (!pkg.entries) return held;
  const fd = openSync(path, "r");
  const first = fstatSync(fd);
  const tail = Math.min(TAIL, pkg.bytes.length);
  const end = Buffer.alloc(tail);
  if (first.size !== pkg.bytes.length || readSync(fd, end, 0, tail, first.size - tail) !== tail || !end.equals(pkg.bytes.subarray(pkg.bytes.length - tail))) {
    closeSync(fd);
    return held;
  }
  const changed = () =>
    new UsageError(`输入文件 ${path} 在处理期间被改动；请在它保存完毕后重试`, `the input file ${path} changed while it was being processed; try again once it is saved`);
  function* pieces(offset: number, length: number): Generator<Uint8Array> {
    const now = fstatSync(fd);
    if (now.size !== first.size || now.mtimeMs !== first.mtimeMs) throw changed();
    for (let at = 0; at < length; at += READ_PIECE) {
      const piece = new Uint8Array(Math.min(READ_PIECE, length - at));
      if (readSync(fd, piece, 0, piece.length, offset + at) !== piece.length) throw changed();
      yield piece;
    }
  }
  // New entries that read the file: nothing of them holds the input's bytes.
  const stored = new Map<string, StoredEntry>();
  for (const [name, e] of pkg.entries) stored.set(name, { name: e.name, method: e.method, crc: e.crc, size: e.size, offset: e.offset, compressedSize: e.compressedSize, compressed: () => pieces(e.offset, e.compressedSize) });
  const budget = pkg.budget;
  let open = true;
  return {
    input: () => ({ stored, inflate: (entry) => inflateWhole(entry, budget) }),
    close: () => {
      if (open) closeSync(fd);
      open = false;
    },
  };
}

/** Every entry of the input package, inflated in one pass, counted against the reader's budget. */
export function packageEntries(pkg: WorkbookPackage): Map<string, Uint8Array> {
  const chunks = new Map<string, Uint8Array[]>(pkg.parts.map((p) => [p, []]));
  const sinks = new Map(pkg.parts.map((p) => [p, { chunk: (d: Uint8Array) => chunks.get(p)!.push(d.slice()), end: () => {} }]));
  inflateParts(pkg.bytes, sinks, pkg.budget);
  const out = new Map<string, Uint8Array>();
  for (const [name, list] of chunks) {
    const bytes = new Uint8Array(list.reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const c of list) {
      bytes.set(c, at);
      at += c.length;
    }
    out.set(name, bytes);
  }
  return out;
}

function samePath(a: string, b: string): boolean {
  const canon = (p: string) => (existsSync(p) ? realpathSync(p) : resolve(p));
  return canon(a) === canon(b);
}

/** Whether an existing file is an output of ours (its custom property landrules.output). */
function isEarlierOutput(path: string): boolean {
  try {
    const bytes = new Uint8Array(readFileSync(path));
    const found = new Map<string, Uint8Array>();
    const parts: Uint8Array[] = [];
    inflateParts(bytes, new Map([["docProps/custom.xml", { chunk: (d: Uint8Array) => parts.push(d.slice()), end: () => found.set("docProps/custom.xml", Buffer.concat(parts)) }]]), new InflateBudget(bytes.length));
    return isOurOutput(found);
  } catch (e) {
    if (e instanceof PackageError || e instanceof Error) return false;
    throw e;
  }
}

/**
 * The output path: never the input; its folder must exist; an existing file is replaced only
 * when it is an earlier output of ours (docProps/custom.xml property `landrules.output`) or
 * with --force, so an analyst's workbook is never overwritten by a typo.
 */
export function checkOutPath(input: string, out: string | undefined, force = false): string {
  if (!out) throw new UsageError("缺少 --out <输出.xlsx>", "missing --out <out.xlsx>");
  if (samePath(input, out)) throw new UsageError(`--out 不能与输入文件相同（${out}）；输入文件不会被改动`, `--out must differ from the input (${out}); the input file is never modified`);
  if (!existsSync(dirname(resolve(out)))) throw new UsageError(`输出目录不存在：${dirname(resolve(out))}`, `output folder does not exist: ${dirname(resolve(out))}`);
  if (existsSync(out) && statSync(out).isDirectory()) throw new UsageError(`--out 是目录：${out}`, `--out is a folder: ${out}`);
  // The copy keeps the input's workbook content type and VBA project, and Excel opens a macro-enabled package only as .xlsm, a plain one never as .xlsm.
  const macros = /\.xlsm$/i.test(input);
  if (macros !== /\.xlsm$/i.test(out))
    throw new UsageError(
      macros ? `输入是启用宏的工作簿（.xlsm），--out 也须为 .xlsm（${out}）：Excel 不能以 .xlsx 打开它` : `输入不是启用宏的工作簿，--out 不能为 .xlsm（${out}）：Excel 不能打开；请用 .xlsx`,
      macros ? `the input is a macro-enabled workbook (.xlsm), so --out must be .xlsm too (${out}): Excel does not open it as .xlsx` : `the input is not macro-enabled, so --out cannot be .xlsm (${out}): Excel would not open it; use .xlsx`,
    );
  if (existsSync(out) && !force && !isEarlierOutput(out))
    throw new UsageError(
      `${out} 已存在且不是 landrules 的输出；如确要覆盖，请加 --force`,
      `${out} exists and is not an output of landrules; add --force to overwrite it`,
    );
  return out;
}

/**
 * An output file written as it is made: chunks go to a temporary file beside it (opened at the
 * first chunk), renamed over the output by `commit`; `abort` removes it. Never a half-written
 * output, and the package is never held whole in memory.
 */
export class OutputFile {
  private fd: number | null = null;
  private readonly tmp: string;

  constructor(readonly out: string) {
    this.tmp = resolve(dirname(resolve(out)), `.${basename(out)}.${process.pid}.tmp`);
  }

  readonly write = (chunk: Uint8Array): void => {
    try {
      this.fd ??= openSync(this.tmp, "w");
      for (let at = 0; at < chunk.length; ) at += writeSync(this.fd, chunk, at);
    } catch (e) {
      throw this.failure(e);
    }
  };

  commit(): void {
    try {
      this.fd ??= openSync(this.tmp, "w");
      closeSync(this.fd);
      this.fd = null;
      renameSync(this.tmp, this.out);
    } catch (e) {
      this.abort();
      throw this.failure(e);
    }
  }

  /** Removes what was written (after a failure); the output path is left as it was. */
  abort(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
    if (existsSync(this.tmp)) unlinkSync(this.tmp);
  }

  private failure(e: unknown): UsageError {
    const why = e instanceof Error ? e.message : String(e);
    return new UsageError(`无法写入 ${this.out}：${why}`, `cannot write ${this.out}: ${why}`);
  }
}

/** Writes `bytes` (or chunks, one after another, never joined) to `out` through an OutputFile. */
export function saveBytes(out: string, bytes: Uint8Array | readonly Uint8Array[]): void {
  const file = new OutputFile(out);
  try {
    for (const chunk of bytes instanceof Uint8Array ? [bytes] : bytes) file.write(chunk);
    file.commit();
  } catch (e) {
    file.abort();
    throw e;
  }
}
