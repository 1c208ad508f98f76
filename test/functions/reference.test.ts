// docs/FUNCTIONS-REFERENCE.md as the analyst reads it: a rule's document by its short title
// (never its file), and every assumed value a function's rules use, with its reason Chinese
// first, through policies/citations.ts. (test/functions/metadata.test.ts holds the file to
// renderReference(): it fails when the committed reference is stale.)
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { renderReference, valuesText } from "../../functions/render";
import { reasonShown } from "../../policies/citations";
import { builtInProfiles } from "../../policies/profiles";
import type { ParamData } from "../../policies/registry";

const doc = renderReference();
const section = (id: string) => doc.slice(doc.indexOf(`## LAND.${id} ·`), doc.indexOf("\n## LAND.", doc.indexOf(`## LAND.${id} ·`) + 1));

describe("the reference names documents as the analyst does", () => {
  test("no rule table names a source file: 增城 ZC-TIER reads 《增城存量工业用地办法（征求意见稿）》", () => {
    expect(doc).not.toMatch(/\.txt\b/);
    expect(section("TIER")).toContain("| ZC-TIER | 二(一)2 | 《增城存量工业用地办法（征求意见稿）》 / Zengcheng stock industrial land measures (draft) | zengcheng |");
  });

  test("the committed file is this text (regenerate with npx tsx functions/generate.ts)", () => {
    expect(readFileSync(join(__dirname, "../../docs/FUNCTIONS-REFERENCE.md"), "utf8")).toBe(doc);
  });
});

describe("assumed values with their reasons, Chinese first", () => {
  test("LAND.TIER lists 增城 ZC-TIER.bLine 80% with its reason: 原文只规定 A 档、D 档的比例上限… then the English", () => {
    const bLine = builtInProfiles.get("zengcheng").rules.get("ZC-TIER")!.params.bLine!;
    const why = reasonShown(bLine.reason!);
    expect(section("TIER")).toContain(`| ZC-TIER.bLine | B 档累计线 | 80% | ${why.zh} | ${why.en} |`);
    expect(why.zh).toMatch(/^原文只规定 A 档、D 档的比例上限/);
  });

  test("every assumed value of a rule a function applies is in that function's section, with the Chinese of its reason", () => {
    const missing: string[] = [];
    for (const p of builtInProfiles.list().filter((x) => x.derivedFrom === null))
      for (const rule of p.rules.values())
        for (const [name, param] of Object.entries(rule.params))
          if (param.basis === "assumed" && param.reason && !doc.includes(`| ${rule.id}.${name} | ${param.label.zh} | `)) missing.push(`${rule.id}.${name}`);
    expect(missing).toEqual([]);
    expect(doc).toContain("“左右”未给出幅度");
  });

  test("a value given by date has no as-of day in the reference: each value is listed with the day it takes effect", () => {
    const dated: ParamData = {
      value: 0.25,
      unit: "fraction",
      label: { zh: "A 档比例上限", en: "A share" },
      basis: "sourced",
      citation: "zengcheng-2022-draft.txt 二(一)2",
      values: [
        { from: "2020-01-01", value: 0.2, citation: "zengcheng-2022-draft.txt 二(一)2", basis: "sourced" },
        { from: "2025-01-01", value: 0.25, citation: "test", basis: "assumed", reason: { zh: "测试", en: "test" } },
      ],
    };
    expect(valuesText(dated)).toBe("20%（2020-01-01 起 / from 2020-01-01）；25%（2025-01-01 起 / from 2025-01-01）");
    expect(valuesText({ ...dated, values: undefined, value: 40, unit: "points" } as ParamData)).toBe("40 分 / 40 points");
  });
});
