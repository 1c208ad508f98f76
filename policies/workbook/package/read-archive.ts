// The archive's central directory (PKWARE APPNOTE 6.3 §4.3.12–16, zip64 §4.3.14 and §4.5.3):
// where each entry's compressed bytes are, its method, CRC-32 and sizes. The writer copies a part
// it does not change as these bytes, never inflated nor deflated again, so it stays byte for byte
// and costs nothing. fflate, which reads and writes the package, tells neither an entry's CRC nor
// where its data is; the directory is a fixed layout of a few fields. Bytes in, no Node APIs.
import { Inflate, strFromU8 } from "fflate";
import { malformed, PackageError } from "./read-errors";
import { joinChunks, type InflateBudget, type PartSink } from "./read-zip";

/** One entry of the archive, as the central directory and its local header place it. */
export interface StoredEntry {
  readonly name: string;
  /** 0 stored, 8 deflated (the two an OOXML package uses). */
  readonly method: number;
  readonly crc: number;
  /** Inflated size. */
  readonly size: number;
  /** Where its compressed bytes start in the archive, and how many there are. */
  readonly offset: number;
  readonly compressedSize: number;
  /** The compressed bytes, in pieces: a view into the archive held in memory (no copy), or reads of its file. */
  compressed(): Iterable<Uint8Array>;
}

/** An entry of an archive held in memory: its compressed bytes are one view into it. */
export function entryIn(bytes: Uint8Array, entry: Omit<StoredEntry, "compressed">): StoredEntry {
  return { ...entry, compressed: () => [bytes.subarray(entry.offset, entry.offset + entry.compressedSize)] };
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const ZIP64_EXTRA = 0x0001;
const MAX16 = 0xffff;
const MAX32 = 0xffffffff;

/** Little-endian readers; a 64-bit field past 2^53 cannot be an offset into bytes we hold anyway. */
const u16 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u32 = (b: Uint8Array, at: number) => (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;
const u64 = (b: Uint8Array, at: number) => u32(b, at) + u32(b, at + 4) * 2 ** 32;

const damaged = (why: string) => malformed("zip", why);

/** The end-of-central-directory record: searched back from the end, past a comment of up to 64 KB. */
function findEocd(bytes: Uint8Array): number {
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - MAX16); at--) if (u32(bytes, at) === EOCD) return at;
  throw damaged("no end of central directory / 缺少中央目录结尾");
}

/** Where the central directory is and how many entries it has (zip64 when the 32-bit fields overflow). */
function directory(bytes: Uint8Array): { offset: number; count: number } {
  const eocd = findEocd(bytes);
  let count = u16(bytes, eocd + 10);
  let offset = u32(bytes, eocd + 16);
  if ((count === MAX16 || offset === MAX32) && eocd >= 20 && u32(bytes, eocd - 20) === ZIP64_LOCATOR) {
    const at = u64(bytes, eocd - 12);
    if (at + 56 > bytes.length || u32(bytes, at) !== ZIP64_EOCD) throw damaged("bad zip64 end of central directory / zip64 目录结尾损坏");
    count = u64(bytes, at + 32);
    offset = u64(bytes, at + 48);
  }
  return { offset, count };
}

/**
 * Every entry of the archive, in the order their data is stored; the first of two with one name
 * wins, as the reader's. A directory that does not add up (offsets outside the file, a local
 * header missing) is refused as damaged.
 */
export function storedEntries(bytes: Uint8Array): Map<string, StoredEntry> {
  const { offset, count } = directory(bytes);
  const found: (Omit<StoredEntry, "compressed"> & { at: number })[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || u32(bytes, p) !== CENTRAL) throw damaged("bad central directory entry / 中央目录项损坏");
    const flags = u16(bytes, p + 8);
    const method = u16(bytes, p + 10);
    const crc = u32(bytes, p + 16);
    let compressedSize = u32(bytes, p + 20);
    let size = u32(bytes, p + 24);
    const nameLength = u16(bytes, p + 28);
    const extraLength = u16(bytes, p + 30);
    const commentLength = u16(bytes, p + 32);
    let local = u32(bytes, p + 42);
    const nameAt = p + 46;
    // Bit 11: the name is UTF-8; otherwise fflate (and so the reader) reads it as Latin-1.
    const name = strFromU8(bytes.subarray(nameAt, nameAt + nameLength), (flags & 0x800) === 0);
    // Zip64 extra field: the 8-byte values of the fields that overflowed, in this order.
    if (size === MAX32 || compressedSize === MAX32 || local === MAX32) {
      for (let e = nameAt + nameLength; e + 4 <= nameAt + nameLength + extraLength; e += 4 + u16(bytes, e + 2)) {
        if (u16(bytes, e) !== ZIP64_EXTRA) continue;
        let f = e + 4;
        if (size === MAX32) [size, f] = [u64(bytes, f), f + 8];
        if (compressedSize === MAX32) [compressedSize, f] = [u64(bytes, f), f + 8];
        if (local === MAX32) local = u64(bytes, f);
        break;
      }
    }
    if (flags & 1) throw damaged(`${name} is encrypted / 已加密`);
    if (local + 30 > bytes.length || u32(bytes, local) !== LOCAL) throw damaged(`${name}: no local header / 缺少本地文件头`);
    const dataAt = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
    if (dataAt + compressedSize > bytes.length) throw damaged(`${name}: data beyond the end of the file / 数据超出文件末尾`);
    found.push({ name, method, crc, size, offset: dataAt, compressedSize, at: local });
    p = nameAt + nameLength + extraLength + commentLength;
  }
  found.sort((a, b) => a.at - b.at);
  const out = new Map<string, StoredEntry>();
  for (const { at: _at, ...entry } of found) if (!out.has(entry.name)) out.set(entry.name, entryIn(bytes, entry));
  return out;
}

// Compressed bytes handed to the inflater per step, as the streaming reader's (read-zip.ts).
const STEP = 16 * 1024;

/** Inflates one entry into `sink`, every inflated byte counted against `budget` (a bomb is refused before memory runs out). */
export function inflateEntry(entry: StoredEntry, sink: PartSink, budget: InflateBudget): void {
  let inflated = 0;
  let used = 0;
  let own: unknown = undefined;
  const take = (chunk: Uint8Array) => {
    try {
      inflated += chunk.length;
      budget.take(chunk.length, entry.name, inflated, used);
      if (chunk.length > 0) sink.chunk(chunk);
    } catch (e) {
      own = e;
      throw e;
    }
  };
  if (entry.method !== 0 && entry.method !== 8) throw malformed(entry.name, `compression method ${entry.method} / 不支持的压缩方法`);
  const inflate = entry.method === 8 ? new Inflate((chunk) => take(chunk)) : null;
  // The inflater's own errors say the part is damaged; the budget's and the sink's are their own.
  const push = (step: Uint8Array, final: boolean) => {
    try {
      inflate!.push(step, final);
    } catch (e) {
      if (e === own || e instanceof PackageError) throw e;
      throw malformed(entry.name, e instanceof Error ? e.message : String(e));
    }
  };
  pieces: for (const piece of entry.compressed()) {
    for (let i = 0; i < piece.length; i += STEP) {
      if (sink.done) break pieces;
      const step = piece.subarray(i, i + STEP);
      used += step.length;
      if (inflate) push(step, used >= entry.compressedSize);
      else take(step);
    }
  }
  sink.end();
}

/** One entry inflated whole (a part the writer edits: workbook, rels, styles, a marked sheet). */
export function inflateWhole(entry: StoredEntry, budget: InflateBudget): Uint8Array {
  const chunks: Uint8Array[] = [];
  inflateEntry(entry, { chunk: (d) => chunks.push(d), end: () => undefined }, budget);
  return joinChunks(chunks);
}

/**
 * The input package as the writer takes it when it has the archive: a part is inflated only when
 * the writer reads it (to edit it); every other part is copied as its compressed bytes.
 */
export interface ArchiveInput {
  readonly stored: ReadonlyMap<string, StoredEntry>;
  inflate(entry: StoredEntry): Uint8Array;
}

/** The archive of `bytes` for the writer (its central directory read again unless `entries` are given), its inflating counted against the reader's `budget`. */
export function archiveInput(bytes: Uint8Array, budget: InflateBudget, entries?: ReadonlyMap<string, StoredEntry>): ArchiveInput {
  return { stored: entries ?? storedEntries(bytes), inflate: (entry) => inflateWhole(entry, budget) };
}
