// The floor of the CLI benchmarks, run as a child process: inflate every part of the workbook and
// SAX-parse each XML part, keeping nothing — the least any reader of the file does. The same
// fflate and saxes the package reader uses, reaching each part as the reader does: where the
// zip's central directory places it (the streaming unzip only when the directory is damaged).
import { readFileSync } from "node:fs";
import { inflateEntry, storedEntries } from "../policies/workbook/package/read-archive";
import { InflateBudget } from "../policies/workbook/package/read-zip";
import { xmlSink } from "../policies/workbook/package/read-xml";

const bytes = new Uint8Array(readFileSync(process.argv[2]!));
const ignore = () => undefined;
const budget = new InflateBudget(bytes.length);
for (const [name, entry] of storedEntries(bytes)) if (/\.(xml|rels|vml)$/i.test(name)) inflateEntry(entry, xmlSink(name, { open: ignore, close: ignore, text: ignore }), budget);
