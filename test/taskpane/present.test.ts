// What the pane shows instead of internal names: a citation's file becomes the document's short
// title, a field id its Chinese label (the examples: `zengcheng-2022-draft.txt 二(四)10`,
// `area_mu`, `revenue 为空`, `WORKBOOK.md`).
import { analystText, citationText, fieldLabel, shortTitle, valueText, withFieldLabels, withoutFileNames } from "../../taskpane/shared/present";
import { documentStatus } from "../../policies/engine/evaluation";
import { parseIsoDate } from "../../policies/engine/dates";
import { getProfile } from "../../policies/profiles";

describe("citations as the analyst reads them", () => {
  test("增城's draft has no 文号: its short title says whose draft it is; the clause stays", () => {
    expect(citationText("zengcheng-2022-draft.txt 二(四)10")).toEqual({ zh: "增城征求意见稿 二(四)10", en: "Zengcheng District, Guangzhou draft 二(四)10" });
  });

  test("a numbered document is cited by its 文号 (温政办〔2020〕53号)", () => {
    const doc = getProfile("wenzhou").document;
    expect(shortTitle(doc).zh).toBe("温政办〔2020〕53号");
    expect(citationText(`${doc.source} 三(四)10`).zh).toBe("温政办〔2020〕53号 三(四)10");
  });

  test("the table format's own rules read as 数据表格式要求, never WORKBOOK.md", () => {
    expect(citationText("WORKBOOK.md 输入：企业数据表")).toEqual({ zh: "数据表格式要求", en: "input table format" });
  });

  test("a what-if's value is cited as 假设情景 with the document's clause it replaced", () => {
    expect(citationText("zengcheng-whatif override of zengcheng-2022-draft.txt 二(一)2").zh).toBe("假设情景（原为 增城征求意见稿 二(一)2）");
  });

  test("no shipped rule's citation reaches the pane with a file name", () => {
    for (const p of [getProfile("zengcheng"), getProfile("wenzhou"), getProfile("zhongshan"), getProfile("ningbo"), getProfile("zhejiang")])
      for (const r of p.rules.values()) for (const param of Object.values(r.params)) expect(citationText(param.citation).zh).not.toMatch(/\.txt\b/);
  });
});

test("a draft's standing warning names the document, not its file, in English too", () => {
  const warning = documentStatus(getProfile("zengcheng").document, parseIsoDate("2026-12-01")).warning!;
  expect(warning.en).toMatch(/\.txt/); // the engine's English names the file…
  expect(withoutFileNames(warning).en).toBe("Zengcheng District, Guangzhou draft is a draft for comments, not an adopted text");
});

describe("field ids as labels", () => {
  test("area_mu → 用地面积, revenue 为空 → 主营业务收入 为空, derived quantities too", () => {
    expect(fieldLabel("area_mu").zh).toBe("用地面积");
    expect(withFieldLabels("revenue 为空")).toBe("主营业务收入 为空");
    expect(withFieldLabels("tax_per_mu 低于 70")).toBe("亩均税收 低于 70");
    expect(analystText({ zh: "far 1.99", en: "far 1.99" })).toEqual({ zh: "容积率 1.99", en: "FAR 1.99" });
  });

  test("words that only contain an id are left alone", () => {
    expect(withFieldLabels("taxonomy output_total")).toBe("taxonomy output_total");
  });
});

describe("values with their units", () => {
  test("a fraction reads as a percentage, a flag as 是/否, other units follow the number", () => {
    expect(valueText(0.2, "fraction").zh).toBe("20%");
    expect(valueText(true, "flag")).toEqual({ zh: "是", en: "yes" });
    expect(valueText(38.5, "万元/亩").zh).toBe("38.5 万元/亩");
  });
});
