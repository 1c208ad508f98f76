// The generated Excel metadata, its zh-CN twin, the generated entry and reference, and the
// licensing rule that keeps HyperFormula out of the Excel bundle.
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { buildMetadata, type Metadata } from "../../functions/build-zh-CN";
import { FUNCTIONS } from "../../functions/descriptors";
import { renderExcelEntry, renderReference } from "../../functions/render";
import { CATALOGUE } from "../../policies/catalogue";

const root = join(__dirname, "..", "..");
let en: Metadata;
let zhCN: Metadata;

beforeAll(async () => {
  const built = await buildMetadata();
  en = JSON.parse(built.en) as Metadata;
  zhCN = JSON.parse(built.zhCN) as Metadata;
}, 60_000);

describe("functions.json generated from the entry's JSDoc", () => {
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
  test("functions/functions.ts (run `npx tsx functions/generate.ts`)", () => {
    expect(readFileSync(join(root, "functions", "functions.ts"), "utf8")).toBe(renderExcelEntry());
  });

  test("docs/FUNCTIONS-REFERENCE.md (run `npx tsx functions/generate.ts`)", () => {
    expect(readFileSync(join(root, "docs", "FUNCTIONS-REFERENCE.md"), "utf8")).toBe(renderReference());
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

  test("functions/functions.ts imports nothing that imports hyperformula", () => {
    const files = reachable(join(root, "functions", "functions.ts"));
    expect([...files].filter((f) => f.includes("hyperformula"))).toEqual([]);
    expect(files.has(join(root, "functions", "excel.ts"))).toBe(true);
  });
});
