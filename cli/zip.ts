// Two small things done on the .xlsx zip itself.
// 1. Packing what exceljs wrote: exceljs (through JSZip) compresses with pako, in JavaScript,
//    which was a fifth of a 100,000-row `tiers`; it is asked to store the parts and they are
//    deflated here with Node's zlib, after a product sheet's body is spliced into its part
//    (cli/sheet-body.ts). Every entry gets one fixed DOS date/time (JSZip stamps the time of
//    writing), so equal workbooks give equal bytes.
// 2. Reading a few named parts (the add-in's saved settings) that exceljs does not expose.
import { crc32, deflateRaw, inflateRawSync } from "node:zlib";
import { promisify } from "node:util";

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function dosDateTime(d: Date): { date: number; time: number } {
  const year = Math.min(Math.max(d.getUTCFullYear(), 1980), 2107);
  return {
    date: ((year - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
    time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | Math.floor(d.getUTCSeconds() / 2),
  };
}

function findEndRecord(zip: Buffer): number {
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) if (zip.readUInt32LE(i) === EOCD) return i;
  throw new Error("not a zip archive (no end-of-central-directory record)");
}

const deflateRawAsync = promisify(deflateRaw);

interface Entry {
  central: number;
  name: Buffer;
  data: Buffer;
  method: number;
}

/** Each entry of the archive: its central record's offset, its name and its data as stored. */
function entriesOf(zip: Buffer): { entries: Entry[]; end: number } {
  const end = findEndRecord(zip);
  const count = zip.readUInt16LE(end + 10);
  const entries: Entry[] = [];
  let p = zip.readUInt32LE(end + 16);
  for (let n = 0; n < count; n++) {
    if (zip.readUInt32LE(p) !== CENTRAL) throw new Error(`zip central directory entry ${n} is malformed`);
    const nameLength = zip.readUInt16LE(p + 28);
    const local = zip.readUInt32LE(p + 42);
    if (zip.readUInt32LE(local) !== LOCAL) throw new Error(`zip local header of entry ${n} is malformed`);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    entries.push({ central: p, name: zip.subarray(p + 46, p + 46 + nameLength), data: zip.subarray(start, start + zip.readUInt32LE(p + 20)), method: zip.readUInt16LE(p + 10) });
    p += 46 + nameLength + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
  }
  return { entries, end };
}

/** The fields a local header and a central record both hold, in the same order. */
interface EntryFields {
  flags: number;
  method: number;
  time: number;
  date: number;
  crc: number;
  packedSize: number;
  size: number;
}

/** Writes them from `at`: offset 6 of a local header, 8 of a central record. */
function writeEntryFields(record: Buffer, at: number, f: EntryFields): void {
  record.writeUInt16LE(f.flags, at);
  record.writeUInt16LE(f.method, at + 2);
  record.writeUInt16LE(f.time, at + 4);
  record.writeUInt16LE(f.date, at + 6);
  record.writeUInt32LE(f.crc, at + 8);
  record.writeUInt32LE(f.packedSize, at + 12);
  record.writeUInt32LE(f.size, at + 16);
}

/** A new content for a stored entry, given its old one. */
export type Rewrite = (data: Buffer) => Buffer;

/**
 * The archive with its stored entries deflated (Node's zlib, on the thread pool, so the parts
 * compress side by side), the entries named in `rewrite` replaced first, and every entry's
 * modification time set to `stamp` (UTC). Entries already compressed are copied as they are.
 */
export async function packZip(zip: Buffer, stamp: Date, rewrite: ReadonlyMap<string, Rewrite> = new Map()): Promise<Buffer> {
  const { date, time } = dosDateTime(stamp);
  const { entries, end } = entriesOf(zip);
  const contents = entries.map((e) => {
    const change = rewrite.get(e.name.toString("utf8"));
    if (!change) return { data: e.data, crc: zip.readUInt32LE(e.central + 16) };
    if (e.method !== 0) throw new Error(`zip entry ${e.name.toString("utf8")} is compressed; only a stored entry can be rewritten`);
    const data = change(e.data);
    return { data, crc: crc32(data) };
  });
  // Empty entries (JSZip's folders) stay stored, as JSZip leaves them.
  const deflates = (n: number) => entries[n]!.method === 0 && contents[n]!.data.length > 0;
  const packed = await Promise.all(contents.map((c, n) => (deflates(n) ? deflateRawAsync(c.data) : c.data)));
  const parts: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  entries.forEach((e, n) => {
    const c = e.central;
    const data = packed[n]!;
    const { crc, data: plain } = contents[n]!;
    const method = deflates(n) ? 8 : e.method;
    const size = e.method === 0 ? plain.length : zip.readUInt32LE(c + 24);
    // Sizes are in the headers, so no data descriptor follows (general-purpose bit 3 cleared).
    const fields: EntryFields = { flags: zip.readUInt16LE(c + 8) & ~0x0008, method, time, date, crc, packedSize: data.length, size };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL, 0);
    local.writeUInt16LE(zip.readUInt16LE(c + 6), 4);
    writeEntryFields(local, 6, fields);
    local.writeUInt16LE(e.name.length, 26);
    local.writeUInt16LE(0, 28);
    parts.push(local, e.name, data);
    const tailLength = zip.readUInt16LE(c + 30) + zip.readUInt16LE(c + 32);
    const central = Buffer.from(zip.subarray(c, c + 46 + e.name.length + tailLength));
    writeEntryFields(central, 8, fields);
    central.writeUInt32LE(offset, 42);
    centrals.push(central);
    offset += local.length + e.name.length + data.length;
  });
  const directorySize = centrals.reduce((n, b) => n + b.length, 0);
  const endRecord = Buffer.from(zip.subarray(end, end + 22 + zip.readUInt16LE(end + 20)));
  endRecord.writeUInt32LE(directorySize, 12);
  endRecord.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, ...centrals, endRecord]);
}

/** The entries of an archive whose names match, inflated (stored or deflated entries only). */
export function readZipEntries(zip: Buffer, wanted: (name: string) => boolean): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const e of entriesOf(zip).entries) {
    const name = e.name.toString("utf8");
    if (!wanted(name)) continue;
    if (e.method === 0) out.set(name, Buffer.from(e.data));
    else if (e.method === 8) out.set(name, inflateRawSync(e.data));
  }
  return out;
}
