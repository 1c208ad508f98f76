// Build step: functions.json from the entry's JSDoc (custom-functions-metadata), and its zh-CN
// twin (same ids and parameters; Chinese names, descriptions, parameter names and help).
//   npx tsx functions/build-zh-CN.ts [outDir]   → outDir/functions.json, outDir/functions.zh-CN.json
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { functionSpec } from "./descriptors";

interface MetadataParam {
  name: string;
  description?: string;
  [key: string]: unknown;
}

interface MetadataFunction {
  id: string;
  name: string;
  description?: string;
  parameters: MetadataParam[];
  [key: string]: unknown;
}

export interface Metadata {
  functions: MetadataFunction[];
  [key: string]: unknown;
}

export const ENTRY_FILE = join(__dirname, "functions.ts");

/** The zh-CN metadata for a generated functions.json; a parameter out of step with the table is an error. */
export function localizeMetadata(metadata: Metadata): Metadata {
  return {
    ...metadata,
    functions: metadata.functions.map((f) => {
      const spec = functionSpec(f.id);
      if (spec.params.length !== f.parameters.length) throw new Error(`LAND.${f.id}: functions.json has ${f.parameters.length} parameters, the table ${spec.params.length}`);
      return {
        ...f,
        name: spec.zh,
        description: spec.summary.zh,
        parameters: f.parameters.map((p, i) => {
          const s = spec.params[i]!;
          if (s.name !== p.name) throw new Error(`LAND.${f.id}: parameter ${i + 1} is ${p.name} in functions.json, ${s.name} in the table`);
          return { ...p, name: s.zh, description: s.unit ? `${s.help.zh}［${s.unit}］` : s.help.zh };
        }),
      };
    }),
  };
}

/** functions.json and functions.zh-CN.json, as text. */
export async function buildMetadata(entry = ENTRY_FILE): Promise<{ en: string; zhCN: string }> {
  const result = await generateCustomFunctionsMetadata(entry, false);
  if (result.errors.length) throw new Error(`custom-functions-metadata: ${result.errors.join("; ")}`);
  const en = JSON.parse(result.metadataJson) as Metadata;
  return { en: JSON.stringify(en, null, 2), zhCN: JSON.stringify(localizeMetadata(en), null, 2) };
}

if (require.main === module) {
  const outDir = process.argv[2] ?? join(__dirname, "..", "dist");
  buildMetadata()
    .then(({ en, zhCN }) => {
      mkdirSync(outDir, { recursive: true });
      writeFileSync(join(outDir, "functions.json"), en);
      writeFileSync(join(outDir, "functions.zh-CN.json"), zhCN);
      console.log(`wrote ${join(outDir, "functions.json")} and ${join(outDir, "functions.zh-CN.json")}`);
    })
    .catch((e: unknown) => {
      console.error(e);
      process.exit(1);
    });
}
