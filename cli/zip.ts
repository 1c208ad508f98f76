// Two small things done on the .xlsx zip itself.
// 1. exceljs (through JSZip) stamps every entry with the time of writing. Rewriting each
//    entry's DOS date/time to one fixed moment makes equal workbooks equal bytes; the fields
//    are outside the CRC, so the archive stays valid.
// 2. Reading a few named parts (the add-in's saved settings) that exceljs does not expose.
import { inflateRawSync } from "node:zlib";

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

/** A copy of the archive with every entry's modification time set to `stamp` (UTC). */
export function normalizeZipTimestamps(zip: Buffer, stamp: Date): Buffer {
  const out = Buffer.from(zip);
  const { date, time } = dosDateTime(stamp);
  const end = findEndRecord(out);
  const entries = out.readUInt16LE(end + 10);
  let p = out.readUInt32LE(end + 16);
  for (let n = 0; n < entries; n++) {
    if (out.readUInt32LE(p) !== CENTRAL) throw new Error(`zip central directory entry ${n} is malformed`);
    out.writeUInt16LE(time, p + 12);
    out.writeUInt16LE(date, p + 14);
    const local = out.readUInt32LE(p + 42);
    if (out.readUInt32LE(local) !== LOCAL) throw new Error(`zip local header of entry ${n} is malformed`);
    out.writeUInt16LE(time, local + 10);
    out.writeUInt16LE(date, local + 12);
    p += 46 + out.readUInt16LE(p + 28) + out.readUInt16LE(p + 30) + out.readUInt16LE(p + 32);
  }
  return out;
}

/** The entries of an archive whose names match, inflated (stored or deflated entries only). */
export function readZipEntries(zip: Buffer, wanted: (name: string) => boolean): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const end = findEndRecord(zip);
  const entries = zip.readUInt16LE(end + 10);
  let p = zip.readUInt32LE(end + 16);
  for (let n = 0; n < entries; n++) {
    if (zip.readUInt32LE(p) !== CENTRAL) throw new Error(`zip central directory entry ${n} is malformed`);
    const method = zip.readUInt16LE(p + 10);
    const size = zip.readUInt32LE(p + 20);
    const nameLength = zip.readUInt16LE(p + 28);
    const name = zip.toString("utf8", p + 46, p + 46 + nameLength);
    const local = zip.readUInt32LE(p + 42);
    if (wanted(name)) {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      if (method === 0) out.set(name, Buffer.from(data));
      else if (method === 8) out.set(name, inflateRawSync(data));
    }
    p += 46 + nameLength + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
  }
  return out;
}
