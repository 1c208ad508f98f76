// The cached-value splice recalc writes with (policies/workbook/package/write-cached.ts): only
// formula cells' <v> and t change, a spill's cells are added where the sheet has none, and
// everything else in the part stays as written (ECMA-376 Part 1 §18.3.1.4, §18.3.1.96).
import { cellKey, withCachedValues, type CachedValue, type FormulaResult } from "../../policies/workbook/package/write-cached";

const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:B2"/><sheetData>';
const TAIL = '</sheetData><mergeCells count="1"><mergeCell ref="D1:E1"/></mergeCells><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>';

const write = (rows: string, formulas: [number, number, FormulaResult][], spills: [number, number, CachedValue][] = [], head = HEAD, tail = TAIL) =>
  withCachedValues(head + rows + tail, {
    formulas: new Map(formulas.map(([r, c, v]) => [cellKey(r, c), v])),
    spills: new Map(spills.map(([r, c, v]) => [cellKey(r, c), v])),
  });

describe("withCachedValues", () => {
  test("each kind of result: a number drops t, text is t=str, a boolean t=b, an error t=e; style and other attributes kept", () => {
    const rows = '<row r="1" spans="1:4"><c r="A1" s="3" t="str"><f>B1*2</f><v>old</v></c><c r="B1" s="2"><f>"x"&amp;"&lt;"</f></c><c r="C1"><f>TRUE()</f><v>0</v></c><c r="D1" t="n"><f>1/0</f><v>1</v></c></row>';
    const out = write(rows, [
      [0, 0, { value: 42 }],
      [0, 1, { value: "x<" }],
      [0, 2, { value: true }],
      [0, 3, { value: { error: "#DIV/0!" } }],
    ]);
    expect(out).toBe(
      HEAD +
        '<row r="1" spans="1:4"><c r="A1" s="3"><f>B1*2</f><v>42</v></c><c r="B1" s="2" t="str"><f>"x"&amp;"&lt;"</f><v>x&lt;</v></c><c r="C1" t="b"><f>TRUE()</f><v>1</v></c><c r="D1" t="e"><f>1/0</f><v>#DIV/0!</v></c></row>' +
        TAIL,
    );
  });

  test("a cell that already holds the result (LibreOffice's t=\"n\", the same text, boolean, error) is kept byte for byte; a changed one is rewritten", () => {
    const rows = '<row r="1"><c r="A1" s="0" t="n"><f aca="false">B1</f><v>4915.2</v></c><c r="B1" t="str"><f>"a"</f><v>a&amp;b</v></c><c r="C1" t="b"><f>TRUE()</f><v>1</v></c><c r="D1" t="e"><f>NA()</f><v>#N/A</v></c><c r="E1" t="n"><f>1</f><v>2</v></c></row>';
    const out = write(rows, [
      [0, 0, { value: 4915.2 }],
      [0, 1, { value: "a&b" }],
      [0, 2, { value: true }],
      [0, 3, { value: { error: "#N/A" } }],
      [0, 4, { value: 1 }],
    ]);
    expect(out).toBe(HEAD + rows.replace('<c r="E1" t="n"><f>1</f><v>2</v></c>', '<c r="E1"><f>1</f><v>1</v></c>') + TAIL);
  });

  test("no result (null): the stale cached value is removed, the formula kept", () => {
    const out = write('<row r="1"><c r="A1" t="e"><f>X()</f><v>#N/A</v></c></row>', [[0, 0, { value: null }]]);
    expect(out).toBe(HEAD + '<row r="1"><c r="A1"><f>X()</f></c></row>' + TAIL);
  });

  test("cells that are not formulas, other rows and everything outside sheetData are untouched, byte for byte", () => {
    const rows = '<row r="1" ht="20" customHeight="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><f>A1</f><v>1</v></c></row>\n<row r="2"><c r="A2" t="inlineStr"><is><t>a &lt;c r="B2"&gt;</t></is></c></row>';
    const out = write(rows, [[0, 1, { value: 7 }]]);
    expect(out).toBe(HEAD + rows.replace("<v>1</v>", "<v>7</v>") + TAIL);
  });

  test("a shared formula's dependent cell keeps its <f t=\"shared\" si/> and gets its value after it", () => {
    const rows = '<row r="2"><c r="B2"><f t="shared" ref="B2:B3" si="0">A2*2</f><v>0</v></c></row><row r="3"><c r="B3"><f t="shared" si="0"/><v>0</v></c></row>';
    const out = write(rows, [
      [1, 1, { value: 2 }],
      [2, 1, { value: 4 }],
    ]);
    expect(out).toContain('<c r="B2"><f t="shared" ref="B2:B3" si="0">A2*2</f><v>2</v></c>');
    expect(out).toContain('<c r="B3"><f t="shared" si="0"/><v>4</v></c>');
  });

  test("a spill: the formula becomes t=array over its range; cells are added in column order, in existing rows, in new rows between and after, and in a self-closed row (an empty result adds no cell); the dimension widens", () => {
    const rows = '<row r="1"><c r="A1"><f>SEQ()</f></c><c r="D1" s="1"><v>9</v></c></row><row r="3"/><row r="5"><c r="A5"><v>1</v></c></row>';
    const spill: [number, number, CachedValue][] = [
      [0, 1, "b"],
      [1, 0, 2],
      [1, 1, false],
      [2, 0, 3],
      [2, 1, null],
      [5, 0, { error: "#N/A" }],
    ];
    const out = write(rows, [[0, 0, { value: 1, arrayRef: "A1:B6" }]], spill);
    expect(out).toBe(
      HEAD.replace('ref="A1:B2"', 'ref="A1:B6"') +
        '<row r="1"><c r="A1"><f t="array" ref="A1:B6">SEQ()</f><v>1</v></c><c r="B1" t="inlineStr"><is><t>b</t></is></c><c r="D1" s="1"><v>9</v></c></row>' +
        '<row r="2"><c r="A2"><v>2</v></c><c r="B2" t="b"><v>0</v></c></row>' +
        '<row r="3"><c r="A3"><v>3</v></c></row>' +
        '<row r="5"><c r="A5"><v>1</v></c></row>' +
        '<row r="6"><c r="A6" t="e"><v>#N/A</v></c></row>' +
        TAIL,
    );
  });

  test("a spill over cells an earlier recalc wrote: their values are replaced in place (a re-run gives the same part)", () => {
    const first = write('<row r="1"><c r="A1"><f>SEQ()</f></c></row>', [[0, 0, { value: 1, arrayRef: "A1:A2" }]], [[1, 0, "x"]]);
    const again = withCachedValues(first, { formulas: new Map([[cellKey(0, 0), { value: 1, arrayRef: "A1:A2" }]]), spills: new Map([[cellKey(1, 0), "x"]]) });
    expect(again).toBe(first);
    const changed = withCachedValues(first, { formulas: new Map([[cellKey(0, 0), { value: 1, arrayRef: "A1:A2" }]]), spills: new Map([[cellKey(1, 0), 5]]) });
    expect(changed).toContain('<row r="2"><c r="A2"><v>5</v></c></row>');
  });

  test("a spill entry over a formula cell: the formula's result wins and no second cell is added", () => {
    const out = write('<row r="1"><c r="A1"><f>X()</f></c></row>', [[0, 0, { value: 1 }]], [[0, 0, null]]);
    expect(out).toBe(HEAD + '<row r="1"><c r="A1"><f>X()</f><v>1</v></c></row>' + TAIL);
  });

  test("a prefixed main namespace (x:worksheet, x:c, as some writers save): the same edits with the prefix", () => {
    const head = '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>';
    const tail = "</x:sheetData></x:worksheet>";
    const out = write('<x:row r="1"><x:c r="A1"><x:f>SEQ()</x:f><x:v>0</x:v></x:c></x:row>', [[0, 0, { value: "a", arrayRef: "A1:A2" }]], [[1, 0, "b"]], head, tail);
    expect(out).toBe(head + '<x:row r="1"><x:c r="A1" t="str"><x:f t="array" ref="A1:A2">SEQ()</x:f><x:v>a</x:v></x:c></x:row><x:row r="2"><x:c r="A2" t="inlineStr"><x:is><x:t>b</x:t></x:is></x:c></x:row>' + tail);
  });
});
