// `npx tsx functions/generate.ts`: rewrites docs/FUNCTIONS-REFERENCE.md from the function modules,
// as the build does (webpack.config.cjs); a test fails when the committed file is out of date.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { renderReference } from "./render";

export const REFERENCE_FILE = join(__dirname, "..", "docs", "FUNCTIONS-REFERENCE.md");

/** Writes the reference when it differs from the table; true when it did. */
export function writeReference(file = REFERENCE_FILE): boolean {
  const text = renderReference();
  let current: string | null = null;
  try {
    current = readFileSync(file, "utf8");
  } catch {
    current = null;
  }
  if (current === text) return false;
  writeFileSync(file, text);
  return true;
}

if (require.main === module) console.log(writeReference() ? `wrote ${REFERENCE_FILE}` : `${REFERENCE_FILE} is up to date`);
