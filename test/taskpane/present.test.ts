// What the pane shows instead of internal names: a citation's file becomes the document's short
// title, a field id its Chinese label (the examples: `zengcheng-2022-draft.txt 二(四)10`,
// `area_mu`, `revenue 为空`, `WORKBOOK.md`). The pane uses policies/citations.ts, as the sheets,
// EXPLAIN and the CLI do, so it reads the same everywhere.
import { analystText, citationText, fieldLabel, shortTitle, valueText, withoutFileNames } from "../../taskpane/shared/present";
import { documentStatus } from "../../policies/engine/evaluation";
import { parseIsoDate } from "../../policies/engine/dates";
import { indicatorValue } from "../../policies/rules/indicators";
import { builtInProfiles, getProfile } from "../../policies/profiles";

describe("citations as the analyst reads them", () => {
  test("增城's draft: its short title (profile data) and the clause", () => {
    expect(citationText("zengcheng-2022-draft.txt 二(四)10")).toEqual({ zh: "《增城存量工业用地办法（征求意见稿）》二(四)10", en: "Zengcheng stock industrial land measures (draft) 二(四)10" });
  });

  test("温政办〔2020〕53号 by its short title, with the clause", () => {
    const doc = getProfile("wenzhou").document;
    expect(shortTitle(doc)).toEqual(doc.short);
    expect(citationText(`${doc.source} 三(四)10`).zh).toBe(`《${doc.short.zh}》三(四)10`);
  });

  test("the table format's own rules read as 表格格式, never WORKBOOK.md", () => {
    expect(citationText("WORKBOOK.md 输入：企业数据表")).toEqual({ zh: "表格格式", en: "table format" });
  });

  test("a what-if's value is cited as 假设情景 with the document's clause it replaced", () => {
    expect(citationText("zengcheng-whatif override of zengcheng-2022-draft.txt 二(一)2").zh).toBe("假设情景（原为 《增城存量工业用地办法（征求意见稿）》二(一)2）");
  });

  test("no listed profile's rule citation reaches the pane with a file name", () => {
    for (const p of builtInProfiles.listed())
      for (const r of p.rules.values())
        for (const param of Object.values(r.params)) {
          const shown = citationText(param.citation);
          expect(shown.zh).not.toMatch(/\.(txt|md)\b/);
          expect(shown.en).not.toMatch(/\.(txt|md)\b/);
        }
  });
});

test("a draft's standing warning names the document by its short title, in English too", () => {
  const warning = documentStatus(getProfile("zengcheng").document, parseIsoDate("2026-12-01")).warning!;
  expect(warning.en).not.toMatch(/\.txt/);
  expect(withoutFileNames(warning).en).toBe("Zengcheng stock industrial land measures (draft) is a draft for comments, not an adopted text");
});

describe("field ids as labels", () => {
  test("area_mu → 用地面积; derived quantities (tax_per_mu) inside text too", () => {
    expect(fieldLabel("area_mu").zh).toBe("用地面积");
    expect(analystText({ zh: "tax_per_mu 低于 70", en: "tax_per_mu below 70" })).toEqual({ zh: "亩均税收 低于 70", en: "tax per mu below 70" });
  });

  test("a blank indicator column is named by its label where the message is made (工业总产值为空, not output 为空)", () => {
    const outcome = indicatorValue("output_per_mu", { area_mu: null, output: null } as never);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.why.zh).toMatch(/^工业总产值为空/);
    expect(outcome.why.zh).not.toMatch(/[a-z]_|output/);
  });

  test("words that only contain an id are left alone", () => {
    expect(analystText({ zh: "taxonomy output_total", en: "taxonomy output_total" }).zh).toBe("taxonomy output_total");
  });
});

describe("values with their units", () => {
  test("a fraction reads as a percentage, a flag as 是/否, other units follow the number", () => {
    expect(valueText(0.2, "fraction").zh).toBe("20%");
    expect(valueText(true, "flag")).toEqual({ zh: "是", en: "yes" });
    expect(valueText(38.5, "万元/亩").zh).toBe("38.5 万元/亩");
  });
});
