// What tiers and check write, end to end, read back with readers we did not write (openpyxl):
// the input's parts kept byte for byte, the product sheet's frozen header and filter, a mark
// added after an analyst's note and removed exactly by --clear-marks, injection-looking firm
// names written as text, and --out onto a file that is not ours refused without --force; the
// file is written as it is made, through a temporary file renamed over the output.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { unzipSync } from "fflate";
import { UsageError } from "../../cli/errors";
import { inputSource, OutputFile, packageInput } from "../../cli/output";
import { openWorkbookPackage } from "../../policies/workbook/package/read";
import { writePackage } from "../../policies/workbook/package/write";
import { AS_OF, cli, example, scratch } from "./helpers";

// Debian's python3 with python3-openpyxl (.ci/run installs it).
const PYTHON = "/usr/bin/python3";
const FIXTURES = resolve(__dirname, "..", "workbook", "fixtures");
const python = (script: string, ...args: string[]) => execFileSync(PYTHON, [join(FIXTURES, script), ...args], { encoding: "utf8", maxBuffer: 64 * 2 ** 20 });
const entries = (path: string) => new Map(Object.entries(unzipSync(new Uint8Array(readFileSync(path)))));

interface Seen {
  sheets: string[];
  product?: { freeze: string; filter: string; cells: Record<string, { value: unknown; type: string }> };
  marks: Record<string, { note: string | null; fill: string | null }>;
}
const read = (path: string, product: string, data: string) => JSON.parse(python("read-output.py", path, product, data)) as Seen;

/** The parts tiers may touch; every other part of the input stays byte for byte. */
const TIERS_TOUCH = new Set(["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml", "xl/styles.xml", "_rels/.rels", "docProps/custom.xml"]);

describe("landrules tiers: the output is the input with our sheet added", () => {
  const input = example("enterprises-zengcheng.xlsx");
  const out = join(scratch(), "tiers.xlsx");
  let seen: Seen;

  beforeAll(async () => {
    expect((await cli("tiers", input, "--profile", "zengcheng", "--as-of", AS_OF, "--out", out)).code).toBe(0);
    seen = read(out, "亩均评价_zengcheng", "企业数据");
  });

  test("every part of the input is in the output, byte for byte, but the bookkeeping an addition must touch", () => {
    const [a, b] = [entries(input), entries(out)];
    for (const [part, bytes] of a) {
      expect([part, b.has(part)]).toEqual([part, true]);
      if (!TIERS_TOUCH.has(part)) expect([part, Buffer.from(b.get(part)!).equals(Buffer.from(bytes))]).toEqual([part, true]);
    }
  });

  test("openpyxl sees the tier sheet with its table header frozen and filtered", () => {
    expect(seen.sheets).toEqual(["企业数据", "亩均评价_zengcheng"]);
    const header = Object.entries(seen.product!.cells).find(([, c]) => c.value === "排名 / Rank")![0];
    const row = Number(header.slice(1));
    expect(seen.product!.freeze).toBe(`A${row + 1}`);
    expect(seen.product!.filter).toMatch(new RegExp(`^A${row}:[A-Z]+${row + 300}$`));
  });

  test("--out onto an earlier output of ours needs no --force; onto another file it does", async () => {
    const again = await cli("tiers", input, "--profile", "zengcheng", "--as-of", AS_OF, "--out", out);
    expect(again.code).toBe(0);
    const theirs = join(scratch(), "theirs.xlsx");
    copyFileSync(example("submissions-zengcheng.xlsx"), theirs);
    const before = readFileSync(theirs);
    const refused = await cli("tiers", input, "--profile", "zengcheng", "--as-of", AS_OF, "--out", theirs);
    expect(refused.code).toBe(2);
    expect(refused.err.join("\n")).toContain("--force");
    expect(readFileSync(theirs).equals(before)).toBe(true);
    expect((await cli("tiers", input, "--profile", "zengcheng", "--as-of", AS_OF, "--out", theirs, "--force")).code).toBe(0);
    const text = join(scratch(), "notes.txt");
    writeFileSync(text, "an analyst's notes");
    expect((await cli("tiers", input, "--profile", "zengcheng", "--as-of", AS_OF, "--out", text)).code).toBe(2);
  });
});

describe("landrules check --mark on an openpyxl workbook with an analyst's note", () => {
  const dir = scratch();
  const input = join(dir, "analyst.xlsx");
  const out = join(dir, "checked.xlsx");
  const cleared = join(dir, "cleared.xlsx");
  let seen: Seen;
  let stdout: string[];

  beforeAll(async () => {
    python("analyst-workbook.py", input);
    const ran = await cli("check", input, "--profile", "zengcheng", "--as-of", AS_OF, "--out", out, "--mark");
    expect(ran.code).toBe(1);
    stdout = ran.out;
    seen = read(out, "核查报告_zengcheng", "企业数据");
  });

  test("增城 二(六)17: 乙公司's 容积率 1.5 is marked; the analyst's note on that cell is kept and ours follows it", () => {
    expect(seen.marks.G5).toMatchObject({ fill: "FFFFC7CE" });
    expect(seen.marks.G5!.note).toMatch(/^分析员：容积率待核实\n〔landrules〕ZC-GGG/);
    expect(stdout.join("\n")).toContain("ZC-GGG");
  });

  test("firm names that look like formulas reach the report as text", () => {
    const names = Object.values(seen.product!.cells).filter((c) => ["=1+1", "+86", "-5", "@SUM(A1)"].includes(String(c.value)));
    expect(names.length).toBeGreaterThan(0);
    for (const c of names) expect(c.type).toBe("s");
  });

  test("--clear-marks on the output gives back the analyst's sheet, note and note drawing byte for byte", async () => {
    const ran = await cli("check", out, "--profile", "zengcheng", "--as-of", AS_OF, "--out", cleared, "--clear-marks");
    expect(ran.code).toBe(1);
    const [a, b] = [entries(input), entries(cleared)];
    for (const part of ["xl/worksheets/sheet1.xml", "xl/comments/comment1.xml", "xl/drawings/commentsDrawing1.vml"]) expect([part, Buffer.from(b.get(part)!).equals(Buffer.from(a.get(part)!))]).toEqual([part, true]);
    expect(read(cleared, "核查报告_zengcheng", "企业数据").marks.G5).toEqual({ value: 1.5, note: "分析员：容积率待核实", fill: null });
  });
});

describe("landrules check --mark on the same workbook re-saved by LibreOffice (shared strings, its own notes and drawing)", () => {
  test("the firm counts, the note appended after the analyst's, the table frozen and filtered", async () => {
    const dir = scratch();
    const source = join(dir, "analyst.xlsx");
    python("analyst-workbook.py", source);
    execFileSync("soffice", [`-env:UserInstallation=file://${join(dir, "lo-profile")}`, "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", join(dir, "lo"), source], { stdio: "ignore", timeout: 110000 });
    const out = join(dir, "checked.xlsx");
    const ran = await cli("check", join(dir, "lo", "analyst.xlsx"), "--profile", "zengcheng", "--as-of", AS_OF, "--out", out, "--mark");
    expect(ran.code).toBe(1);
    expect(ran.out.join("\n")).toContain("rows checked 6");
    const seen = read(out, "核查报告_zengcheng", "企业数据");
    expect(seen.marks.G5!.note).toMatch(/^分析员：容积率待核实\n〔landrules〕ZC-GGG/);
    expect(seen.product!.freeze).toMatch(/^A\d+$/);
    expect(seen.product!.filter).toMatch(/^A\d+:L\d+$/);
  });
});

describe("the output file is written as the zip is made, and is never left half-written", () => {
  test("an output aborted part-way (as a failing run aborts it) leaves the earlier output as it was and no temporary file", async () => {
    const dir = scratch();
    const out = join(dir, "tiers.xlsx");
    expect((await cli("tiers", example("enterprises-zengcheng.xlsx"), "--profile", "zengcheng", "--as-of", AS_OF, "--out", out)).code).toBe(0);
    const before = readFileSync(out);
    const file = new OutputFile(out);
    file.write(new Uint8Array([1, 2, 3]));
    file.abort();
    expect(readFileSync(out).equals(before)).toBe(true);
    expect(readdirSync(dir).filter((n) => n.endsWith(".tmp"))).toEqual([]);
  });

  test("chunks written one after another are the file once committed", () => {
    const out = join(scratch(), "chunks.bin");
    const file = new OutputFile(out);
    for (const chunk of [new Uint8Array([80, 75]), new Uint8Array(0), new Uint8Array([3, 4, 5])]) file.write(chunk);
    expect(existsSync(out)).toBe(false);
    file.commit();
    expect([...readFileSync(out)]).toEqual([80, 75, 3, 4, 5]);
  });
});

describe("the parts the writer copies are read from the input file, which must still be the file read", () => {
  const request = { sheets: [], producer: "landrules 0.1.0", stamp: new Date("2024-03-15T12:00:00Z") };

  test("read from the file, the copy is the same as from the bytes in memory", () => {
    const path = join(scratch(), "in.xlsx");
    copyFileSync(example("enterprises-zengcheng.xlsx"), path);
    const pkg = openWorkbookPackage(new Uint8Array(readFileSync(path)));
    const source = inputSource(path, pkg);
    try {
      expect(source.input() instanceof Map).toBe(false);
      expect(Buffer.from(writePackage(source.input(), request).bytes).equals(Buffer.from(writePackage(packageInput(pkg), request).bytes))).toBe(true);
    } finally {
      source.close();
    }
  });

  test("a file rewritten in place meanwhile is refused in one line, not copied from", () => {
    const path = join(scratch(), "in.xlsx");
    copyFileSync(example("enterprises-zengcheng.xlsx"), path);
    const pkg = openWorkbookPackage(new Uint8Array(readFileSync(path)));
    const source = inputSource(path, pkg);
    try {
      writeFileSync(path, readFileSync(example("enterprises-wenzhou.xlsx")));
      expect(() => writePackage(source.input(), request)).toThrow(UsageError);
      expect(() => writePackage(source.input(), request)).toThrow(/changed while it was being processed/);
    } finally {
      source.close();
    }
  });
});
