// The Excel metadata generated from the table and its zh-CN twin (cross-checked against
// Microsoft's custom-functions-metadata), the generated reference, and the licensing rule that
// keeps HyperFormula out of the Excel bundle.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { FUNCTIONS, type FunctionSpec } from "../../functions/descriptors";
import { writeReference } from "../../functions/generate";
import { buildMetadata, metadataOf, type Metadata } from "../../functions/metadata";
import { renderReference } from "../../functions/render";
import { CATALOGUE } from "../../policies/catalogue";

const root = join(__dirname, "..", "..");
const built = buildMetadata();
const en = JSON.parse(built.en) as Metadata;
const zhCN = JSON.parse(built.zhCN) as Metadata;

const scratch = mkdtempSync(join(tmpdir(), "landrules-metadata-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The table as the JSDoc-annotated functions custom-functions-metadata reads (the old, generated entry's form). */
function asJsdoc(functions: readonly FunctionSpec[]): string {
  const returnType = (f: FunctionSpec) => ({ number: "number", string: "string", boolean: "boolean", any: "unknown", table: "unknown[][]" })[f.returns.type];
  return functions
    .map((f) => {
      const doc = [f.summary.en, `@customfunction ${f.id}`, ...(f.volatile ? ["@volatile"] : []), ...f.params.map((p) => `@param ${p.name} ${p.help.en}`), `@returns ${f.returns.help.en}`];
      const params = f.params.map((p) => `${p.name}${p.optional ? "?" : ""}: ${p.range ? "unknown[][]" : "unknown"}`).join(", ");
      return `/**\n${doc.map((l) => ` * ${l}`).join("\n")}\n */\nexport function land${f.id}(${params}): ${returnType(f)} {\n  throw new Error("not called");\n}\n`;
    })
    .join("\n");
}

describe("functions.json generated from the table", () => {
  test("custom-functions-metadata, reading the same table written as JSDoc, makes exactly this metadata", async () => {
    const file = join(scratch, "functions.ts");
    writeFileSync(file, asJsdoc(FUNCTIONS));
    const result = await generateCustomFunctionsMetadata(file, false);
    expect(result.errors).toEqual([]);
    expect(JSON.parse(result.metadataJson)).toEqual(en);
  }, 60_000);

  test("what Excel requires: unique ids and names, type any, matrices for ranges and spills, no streaming, cancelable or repeating arguments", () => {
    const ids = en.functions.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of en.functions) {
      expect(f.id).toMatch(/^[A-Z][A-Z0-9_.]*$/);
      expect(f.name).toBe(f.id);
      const spec = FUNCTIONS.find((s) => s.id === f.id)!;
      expect(f.result.dimensionality === "matrix").toBe(spec.returns.type === "table");
      expect(Object.keys(f.options ?? {}).filter((k) => k !== "volatile")).toEqual([]);
      expect(Boolean(f.options?.volatile)).toBe(Boolean(spec.volatile));
      for (const p of f.parameters) {
        expect(p.type).toBe("any");
        expect(Object.keys(p).filter((k) => !["name", "description", "type", "dimensionality", "optional"].includes(k))).toEqual([]);
      }
    }
    expect(en.functions.find((f) => f.id === "TIERS")!.result).toEqual({ dimensionality: "matrix" });
  });

  test("the metadata is the table's: the same ids whatever the locale", () => {
    expect(metadataOf(FUNCTIONS, "zh-CN").functions.map((f) => f.id)).toEqual(metadataOf(FUNCTIONS, "en").functions.map((f) => f.id));
  });

  test("lists every function of the table, in order, with its parameters", () => {
    expect(en.functions.map((f) => f.id)).toEqual(FUNCTIONS.map((f) => f.id));
    for (const f of en.functions) expect(f.parameters.map((p) => p.name)).toEqual(FUNCTIONS.find((s) => s.id === f.id)!.params.map((p) => p.name));
  });

  test("optional arguments are optional; ranges are matrices", () => {
    for (const f of en.functions) {
      const spec = FUNCTIONS.find((s) => s.id === f.id)!;
      f.parameters.forEach((p, i) => {
        expect(Boolean(p.optional)).toBe(Boolean(spec.params[i]!.optional));
        expect(p.dimensionality === "matrix").toBe(Boolean(spec.params[i]!.range));
      });
    }
  });

  test("optional arguments come only after the required ones (Excel's rule), profile last", () => {
    for (const f of FUNCTIONS) {
      const firstOptional = f.params.findIndex((p) => p.optional);
      if (firstOptional >= 0) expect([f.id, f.params.slice(firstOptional).every((p) => p.optional)]).toEqual([f.id, true]);
      const profile = f.params.findIndex((p) => p.name === "profile");
      if (profile >= 0 && f.id !== "STATUS") expect([f.id, profile]).toEqual([f.id, f.params.length - 1]);
    }
  });

  test("every function and parameter has a description", () => {
    for (const m of [en, zhCN]) for (const f of m.functions) {
      expect(f.description?.length).toBeGreaterThan(0);
      for (const p of f.parameters) expect(p.description?.length).toBeGreaterThan(0);
    }
  });
});

describe("functions.zh-CN.json", () => {
  test("has exactly the same ids and parameter counts", () => {
    expect(zhCN.functions.map((f) => [f.id, f.parameters.length])).toEqual(en.functions.map((f) => [f.id, f.parameters.length]));
  });

  test("names are Chinese, unique, and valid Excel names (a letter first, ≥ 3 letters, digits, _ or .)", () => {
    const names = zhCN.functions.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) expect(n).toMatch(/^\p{Script=Han}[\p{L}\p{N}_.]{2,127}$/u);
  });

  test("descriptions and parameter names are the table's Chinese ones; the rest of the metadata is unchanged", () => {
    zhCN.functions.forEach((f, i) => {
      const spec = FUNCTIONS[i]!;
      expect(f.description).toBe(spec.summary.zh);
      expect(f.parameters.map((p) => p.name)).toEqual(spec.params.map((p) => p.zh));
      expect({ ...f, name: 0, description: 0, parameters: f.parameters.map((p) => ({ ...p, name: 0, description: 0 })) }).toEqual({
        ...en.functions[i]!,
        name: 0,
        description: 0,
        parameters: en.functions[i]!.parameters.map((p) => ({ ...p, name: 0, description: 0 })),
      });
    });
  });
});

describe("generated files are up to date with the table", () => {
  test("docs/FUNCTIONS-REFERENCE.md (the build rewrites it: `npm run build`, or `npx tsx functions/generate.ts`)", () => {
    expect(readFileSync(join(root, "docs", "FUNCTIONS-REFERENCE.md"), "utf8")).toBe(renderReference());
  });

  test("the build's rewrite: a stale reference is rewritten from the table, an up-to-date one left alone", () => {
    const file = join(scratch, "FUNCTIONS-REFERENCE.md");
    writeFileSync(file, "stale");
    expect(writeReference(file)).toBe(true);
    expect(readFileSync(file, "utf8")).toBe(renderReference());
    expect(writeReference(file)).toBe(false);
  });

  test("no generated source to keep fresh: the Excel entry registers the table, it lists no function", () => {
    const source = readFileSync(join(root, "functions", "entry.ts"), "utf8");
    expect(source).toContain("registerExcelFunctions(");
    for (const f of FUNCTIONS) expect(source).not.toMatch(new RegExp(`\\b${f.id}\\b`));
  });

  test("the reference documents every function with its rules, in Chinese and English", () => {
    const doc = renderReference();
    for (const f of FUNCTIONS) {
      expect(doc).toContain(`## LAND.${f.id} · ${f.zh}`);
      expect(doc).toContain(f.summary.zh);
      expect(doc).toContain(f.summary.en);
      for (const rule of f.rules) expect(doc).toMatch(new RegExp(`\\| ${rule} \\| [^—]`));
    }
  });

  test("every rule a function names is catalogued", () => {
    for (const f of FUNCTIONS) for (const rule of f.rules) expect(Object.keys(CATALOGUE)).toContain(rule);
  });

  test("every catalogued rule (RULES.md) is applied by at least one LAND function", () => {
    const applied = new Set(FUNCTIONS.flatMap((f) => f.rules));
    expect(Object.keys(CATALOGUE).filter((rule) => !applied.has(rule))).toEqual([]);
  });
});

describe("licensing: the Excel bundle never reaches HyperFormula (GPL-3.0)", () => {
  function importsOf(file: string): string[] {
    const source = readFileSync(file, "utf8");
    return [...source.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+"([^"]+)"/gms)].map((m) => m[1]!);
  }

  function reachable(entry: string): Set<string> {
    const seen = new Set<string>();
    const todo = [entry];
    while (todo.length) {
      const file = todo.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      for (const spec of importsOf(file)) {
        if (!spec.startsWith(".")) {
          seen.add(spec);
          continue;
        }
        const base = resolve(dirname(file), spec);
        const candidates = [`${base}.ts`, `${base}.tsx`, join(base, "index.ts")];
        const found = candidates.find((c) => {
          try {
            readFileSync(c);
            return true;
          } catch {
            return false;
          }
        });
        if (found) todo.push(found);
      }
    }
    return seen;
  }

  test("functions/entry.ts imports nothing that imports hyperformula", () => {
    const files = reachable(join(root, "functions", "entry.ts"));
    expect([...files].filter((f) => f.includes("hyperformula"))).toEqual([]);
    expect(files.has(join(root, "functions", "excel.ts"))).toBe(true);
  });
});
