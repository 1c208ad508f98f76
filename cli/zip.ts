// Two small things done on the .xlsx zip itself, with fflate.
// 1. Packing what exceljs wrote: exceljs (through JSZip) compresses with pako, which was a fifth
//    of a 100,000-row `tiers`; it is asked to store the parts, a product sheet's body is spliced
//    into its part (cli/sheet-body.ts), and fflate deflates the whole. Every entry gets one fixed
//    modification time (JSZip stamps the time of writing), so equal workbooks give equal bytes.
// 2. Reading a few named parts (the add-in's saved settings) that exceljs does not expose.
import { unzipSync, zipSync, type Zippable } from "fflate";

/** A new content for an entry, given its old one. */
export type Rewrite = (data: Buffer) => Buffer;

// A zip entry's DOS time cannot hold a year before 1980.
const EARLIEST_ZIP_TIME = new Date(1980, 0, 1);

/** The archive deflated, the entries named in `rewrite` replaced first, every entry stamped `stamp`. */
export async function packZip(archive: Buffer, stamp: Date, rewrite: ReadonlyMap<string, Rewrite> = new Map()): Promise<Buffer> {
  const mtime = stamp < EARLIEST_ZIP_TIME ? EARLIEST_ZIP_TIME : stamp;
  const files: Zippable = {};
  for (const [name, data] of Object.entries(unzipSync(archive))) {
    const change = rewrite.get(name);
    const content = change ? change(Buffer.from(data.buffer, data.byteOffset, data.byteLength)) : data;
    // Empty entries (JSZip's folders) stay stored, as JSZip leaves them.
    files[name] = [content, { level: content.length === 0 ? 0 : 6, mtime }];
  }
  return Buffer.from(zipSync(files));
}

/** The entries of an archive whose names match, inflated. */
export function readZipEntries(archive: Buffer, wanted: (name: string) => boolean): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const files = unzipSync(archive, { filter: (f) => wanted(f.name) });
  for (const [name, data] of Object.entries(files)) out.set(name, Buffer.from(data.buffer, data.byteOffset, data.byteLength));
  return out;
}
