// The floor of the CLI benchmarks, run as a child process: inflate every part of the workbook and
// SAX-parse each XML part, keeping nothing — the least any reader of the file does. The same
// fflate and saxes the package reader uses, the same 16 KB steps.
import { readFileSync } from "node:fs";
import { InflateBudget, inflateParts, listParts } from "../policies/workbook/package/read-zip";
import { xmlSink } from "../policies/workbook/package/read-xml";

const bytes = new Uint8Array(readFileSync(process.argv[2]!));
const ignore = () => undefined;
const sinks = new Map(listParts(bytes).filter((n) => /\.(xml|rels|vml)$/i.test(n)).map((n) => [n, xmlSink(n, { open: ignore, close: ignore, text: ignore })]));
inflateParts(bytes, sinks, new InflateBudget(bytes.length));
