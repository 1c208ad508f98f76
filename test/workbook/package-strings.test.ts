// ownStrings (policies/workbook/package/read-xml.ts): the reader copies the text it keeps free of
// the parsed chunks it was sliced from; the copies must be exactly the same text, whatever it
// holds (CJK, controls, lone surrogates, quotes and backslashes a JSON round trip escapes).
import fc from "fast-check";
import { readTableSheet } from "../../policies/workbook/package/read";
import { ownStrings } from "../../policies/workbook/package/read-xml";
import { fixture, row } from "./package-fixtures";

describe("ownStrings", () => {
  test("every string is the same text after the copy, from the given index on; those before are untouched", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "binary" }), { maxLength: 40 }), fc.nat(45), (texts, from) => {
        const strings = [...texts];
        ownStrings(strings, from);
        expect(strings).toEqual(texts);
      }),
    );
  });

  test("text JSON escapes comes back as it was: a lone surrogate, NUL, quotes, a backslash, U+2028", () => {
    const texts = ["广州星海塑胶制品有限公司9144018389", "\ud800 lone", "x\u0000y", '"quoted" \\ back', "line\u2028sep", ""];
    const strings = [...texts];
    ownStrings(strings, 0);
    expect(strings).toEqual(texts);
  });
});

describe("a sheet's own text over several copy batches lands in its cells", () => {
  test("20,000 rows of long inline and formula strings, with shared strings, each read back where it was", () => {
    const ROWS = 20_000;
    const long = (r: number) => `广州星海塑胶制品有限公司第${r}号分厂`;
    const rows = Array.from({ length: ROWS }, (_, i) => {
      const r = i + 2;
      return `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>${long(r)}</t></is></c><c r="B${r}" t="s"><v>${i % 2}</v></c><c r="C${r}" t="str"><f>A${r}&amp;""</f><v>${long(r)}</v></c><c r="D${r}"><v>${r}</v></c></row>`;
    });
    const bytes = fixture({ strings: ["统一社会信用代码9144018389A60P5Q3T", "短"], sheets: [{ name: "数据", rows: row(1, ["企业名称", "代码", "公式", "序号"]) + rows.join("") }] });
    const { cells } = readTableSheet(bytes);
    expect(cells.rows).toHaveLength(ROWS + 1);
    cells.rows.slice(1).forEach((cellsOfRow, i) => {
      const r = i + 2;
      expect(cellsOfRow).toEqual([long(r), i % 2 === 0 ? "统一社会信用代码9144018389A60P5Q3T" : "短", long(r), r]);
    });
  });
});
