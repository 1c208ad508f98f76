// `npx tsx functions/generate.ts`: rewrites functions/functions.ts and docs/FUNCTIONS-REFERENCE.md
// from the formula table. Tests fail when either is out of date.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { renderExcelEntry, renderReference } from "./render";

const root = join(__dirname, "..");
writeFileSync(join(root, "functions", "functions.ts"), renderExcelEntry());
writeFileSync(join(root, "docs", "FUNCTIONS-REFERENCE.md"), renderReference());
console.log("wrote functions/functions.ts and docs/FUNCTIONS-REFERENCE.md");
