// The bundles load profile files without the zod schema (the build validated them), so the
// scheme engine fills in the schema's defaults itself (policies/schemes/defaults.ts). This holds
// that copy of the defaults to the schema: for every shipped profile's evaluation member, the raw
// JSON with our defaults equals what the schema parses.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { evaluationWithDefaults } from "../../policies/schemes/defaults";
import { evaluationSchema, type EvaluationData } from "../../policies/schemes/schema";

const DIR = join(__dirname, "../../policies/profiles");
const withEvaluation = readdirSync(DIR)
  .filter((f) => f.endsWith(".json"))
  .map((f) => ({ file: f, json: JSON.parse(readFileSync(join(DIR, f), "utf8")) as { evaluation?: EvaluationData } }))
  .filter((p) => p.json.evaluation !== undefined);

test("the county profiles (黄岩, 温岭, 旌德) and 增城's scope are among the files checked", () => {
  expect(withEvaluation.map((p) => p.file)).toEqual(expect.arrayContaining(["huangyan.json", "wenling.json", "jingde.json", "zengcheng.json"]));
});

test.each(withEvaluation)("$file: the raw evaluation with the engine's defaults equals the schema's parse", ({ json }) => {
  const raw = json.evaluation!;
  expect(evaluationWithDefaults(raw)).toEqual(evaluationSchema.parse(raw));
});

test("a scheme that leaves every defaulted member out gets the schema's defaults", () => {
  const cite = { source: "doc", clause: "一", basis: "sourced" as const };
  const figure = (value: number) => ({ value, ...cite });
  const raw = {
    documents: { doc: { title: "某县亩均评价办法", short: "某县办法", issuer: "某县", published: "2024-01-01" } },
    schemes: [
      {
        year: 2023,
        title: { zh: "某县 2023", en: "A county 2023" },
        source: "doc",
        lists: [
          {
            id: "all",
            label: { zh: "全部", en: "all" },
            select: [],
            indicators: [
              { id: "tax", label: { zh: "亩均税收", en: "tax per mu" }, numerator: "tax", denominator: "area_mu", unit: "万元/亩", direction: "higher", weight: figure(100), benchmark: { method: "mean", cite } },
            ],
            bands: { kind: "shares", top: [{ tier: "A", share: figure(0.2), inclusive: true, rounding: "floor" }], bottom: [], rest: "C" },
          },
        ],
        classes: [{ code: "T", label: { zh: "不参评", en: "not evaluated" }, inBase: false, managedAs: null, cite }],
      },
    ],
  } as unknown as EvaluationData;
  const parsed = evaluationSchema.parse(raw);
  expect(evaluationWithDefaults(raw)).toEqual(parsed);
  const list = evaluationWithDefaults(raw).schemes[0]!.lists[0]!;
  expect(list.adjustments).toEqual([]);
  expect(list.indicators[0]!.missing).toEqual({ policy: "unscored" });
});
