// Bad input never crashes and never half-writes: exit 2 and one clear line naming what is
// wrong (WORKBOOK.md, issue 4: missing file, wrong sheet, unknown headers, unknown profile,
// corrupt .xlsx). The input file is never touched.
import { spawnSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { strToU8, zipSync } from "fflate";
import { c, fixture, row, zipBomb } from "../workbook/package-fixtures";
import { AS_OF, cached, cli, example, open, ROOT, scratch, sha256 } from "./helpers";

const input = example("enterprises-zengcheng.xlsx");

async function fails(argv: string[], mentions: string[]): Promise<void> {
  const ran = await cli(...argv);
  expect(ran.code).toBe(2);
  const errors = ran.err.filter((l) => l.startsWith("landrules:"));
  expect(errors).toHaveLength(1);
  for (const m of mentions) expect(errors[0]).toContain(m);
}

describe("exit 2 with one line", () => {
  const dir = scratch();
  const out = join(dir, "out.xlsx");

  test("missing file", () => fails(["tiers", join(dir, "nope.xlsx"), "--profile", "zengcheng", "--out", out], ["nope.xlsx", "file not found"]));

  test("wrong sheet: the sheets there are are listed", () => fails(["tiers", input, "--profile", "zengcheng", "--sheet", "Sheet9", "--out", out], ["Sheet9", "企业数据"]));

  test("unknown profile: the choices are listed", () => fails(["tiers", input, "--profile", "shenzhen", "--out", out], ["shenzhen", "zengcheng"]));

  test("missing --profile", () => fails(["tiers", input, "--out", out], ["--profile"]));

  test("corrupt .xlsx", async () => {
    const bad = join(dir, "corrupt.xlsx");
    writeFileSync(bad, "this is not a zip");
    await fails(["check", bad, "--profile", "zengcheng", "--out", out], ["corrupt.xlsx", "not a valid .xlsx"]);
  });

  test("unknown headers: no header row can be found", async () => {
    const odd = join(dir, "odd.xlsx");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("数据").addRows([["名称?", "面积?"], ["甲", 1]]);
    await wb.xlsx.writeFile(odd);
    await fails(["tiers", odd, "--profile", "zengcheng", "--out", out], ["数据", "header row"]);
  });

  test("columns the scoring needs are missing: named, with the --map hint", async () => {
    const thin = join(dir, "thin.xlsx");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("数据").addRows([["企业名称", "用地面积（亩）", "产出"], ["甲", 1, 2]]);
    await wb.xlsx.writeFile(thin);
    await fails(["tiers", thin, "--profile", "zengcheng", "--out", out], ["output", "--map"]);
  });

  test("--map to a header that is not there", () => fails(["tiers", input, "--profile", "zengcheng", "--map", "tax=税金", "--out", out], ["税金"]));

  test("--map without field=Header", () => fails(["tiers", input, "--profile", "zengcheng", "--map", "tax", "--out", out], ["--map"]));

  test("--out the same file as the input: refused, the input untouched", async () => {
    const before = sha256(input);
    await fails(["tiers", input, "--profile", "zengcheng", "--out", input], ["--out"]);
    expect(sha256(input)).toBe(before);
  });

  test("no --out", () => fails(["check", input, "--profile", "zengcheng"], ["--out"]));

  test("a bad date", () => fails(["tiers", input, "--profile", "zengcheng", "--as-of", "2024-02-30", "--out", out], ["--as-of", "2024-02-30"]));

  test("an unknown option or command", async () => {
    await fails(["tiers", input, "--profile", "zengcheng", "--frobnicate", "--out", out], ["frobnicate"]);
    await fails(["rank", input], ["rank"]);
  });

  test("nothing was written by any failed run", () => {
    expect(existsSync(out)).toBe(false);
  });
});

// Issue 9 "Under hostile input": each ends in one line with exit 2, or, for what a workbook may
// rightly hold (ISO date cells, 1E+20, a formula the engine cannot take), is read right.
describe("hostile input (issue 9)", () => {
  const dir = scratch();
  const out = join(dir, "out.xlsx");
  const put = (name: string, bytes: Uint8Array) => {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    return path;
  };
  const cfb = (names: string[]) => {
    const bytes = new Uint8Array(4096);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    names.forEach((n, i) => bytes.set(strToU8(Array.from(n, (ch) => `${ch}\0`).join("")), 1024 + 128 * i));
    return bytes;
  };

  test(
    "a ~4 MB zip bomb: refused before memory runs out, for tiers, check and recalc",
    async () => {
      const bomb = put("bomb.xlsx", await zipBomb());
      await fails(["tiers", bomb, "--profile", "zengcheng", "--out", out], ["bomb.xlsx", "zip bomb"]);
      await fails(["check", bomb, "--profile", "zengcheng", "--out", out], ["bomb.xlsx", "zip bomb"]);
      await fails(["recalc", bomb, "--profile", "zengcheng", "--out", out], ["bomb.xlsx", "zip bomb"]);
    },
    180_000,
  );

  test("a zip without a workbook part", async () => {
    const zip = put("parts.xlsx", zipSync({ "docProps/core.xml": strToU8("<coreProperties/>"), "readme.txt": strToU8("x") }));
    await fails(["tiers", zip, "--profile", "zengcheng", "--out", out], ["parts.xlsx", "no workbook part"]);
    await fails(["recalc", zip, "--out", out], ["parts.xlsx", "no workbook part"]);
  });

  test("a damaged sheet part is one line naming the part, not an internal error", async () => {
    const bad = put("damaged.xlsx", fixture({ sheets: [{ name: "数据", rows: row(1, ["企业名称", "用地面积"]) + '<row r="2"><c r="A2"><v>1</c></row>' }] }));
    await fails(["check", bad, "--profile", "zengcheng", "--out", out], ["damaged.xlsx", "xl/worksheets/sheet1.xml"]);
  });

  test.each([
    ["old.xls", () => cfb(["Workbook", "SummaryInformation"]), ".xls"],
    ["locked.xlsx", () => cfb(["EncryptionInfo", "EncryptedPackage"]), "encrypted"],
    ["sheet.ods", () => zipSync({ mimetype: [strToU8("application/vnd.oasis.opendocument.spreadsheet"), { level: 0 }], "content.xml": strToU8("<x/>") }), ".ods"],
    ["table.csv", () => strToU8("企业名称,用地面积（亩）\n甲,10\n"), "CSV"],
  ] as const)("%s: refused in one line naming the format", async (name, make, format) => {
    const path = put(name, make());
    await fails(["tiers", path, "--profile", "zengcheng", "--out", out], [name, format]);
  });

  test('ISO date cells (t="d"): a transfer before its production deadline is read as dates and found (WZ-PREEMPT)', async () => {
    // 温州 三(五)14: a transfer before the agreed production deadline must be pre-empted.
    const dated = (r: number, name: string, deadline: string, transfer: string) =>
      `<row r="${r}">${c(`A${r}`, name)}${c(`B${r}`, 20)}<c r="C${r}" t="d"><v>${deadline}T00:00:00</v></c><c r="D${r}" t="d"><v>${transfer}</v></c></row>`;
    const path = put(
      "dates.xlsx",
      fixture({ sheets: [{ name: "转让", rows: row(1, ["企业名称", "用地面积（亩）", "约定达产日期", "转让日期"]) + dated(2, "甲公司", "2025-06-30", "2024-06-15") + dated(3, "乙公司", "2022-06-30", "2024-06-15") }] }),
    );
    const ran = await cli("check", path, "--profile", "wenzhou", "--as-of", AS_OF, "--out", out);
    expect(ran.code).toBe(1);
    expect(ran.out.join("\n")).toMatch(/WZ-PREEMPT\s+违规 \/ violations 1，/);
  });

  test("1E+20 (as a number and as text) reads as a number, not an input finding", async () => {
    const path = put("big.xlsx", fixture({ sheets: [{ name: "数据", rows: row(1, ["企业名称", "用地面积（亩）", "税收（万元）"]) + `<row r="2">${c("A2", "甲")}${c("B2", 10)}<c r="C2"><v>1E+20</v></c></row>` + row(3, ["乙", 10, "1E+20"]) }] }));
    const ran = await cli("check", path, "--profile", "zengcheng", "--as-of", AS_OF, "--out", out);
    expect([0, 1]).toContain(ran.code);
    expect(ran.err.join("\n")).not.toContain("1E+20");
    expect(ran.out.join("\n")).not.toMatch(/expected a number/);
  });

  test("a 6,000-character formula Excel accepts: #VALUE! in its own cell, named; every other formula computed", async () => {
    const long = `=${Array.from({ length: 3000 }, () => "1").join("+")}`;
    const path = join(dir, "long.xlsx");
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("计算");
    ws.getCell("A1").value = 21;
    ws.getCell("B1").value = { formula: long.slice(1) };
    ws.getCell("C1").value = { formula: "A1*2" };
    ws.getCell("D1").value = { formula: "SUM(A1,C1)" };
    await wb.xlsx.writeFile(path);
    const ran = await cli("recalc", path, "--out", out);
    expect(ran.code).toBe(0);
    expect(ran.out.join("\n")).toMatch(/#VALUE! × 1[\s\S]*计算!B1 .*too long or too deeply nested/);
    const back = (await open(out)).getWorksheet("计算")!;
    expect(cached(back.getCell("B1"))).toBe("#VALUE!");
    expect(cached(back.getCell("C1"))).toBe(42);
    expect(cached(back.getCell("D1"))).toBe(63);
    expect(back.getCell("B1").formula).toBe(long.slice(1));
  });
});

describe("landrules profiles", () => {
  test("each profile with its document, standing on the date and effective window", async () => {
    const ran = await cli("profiles", "--as-of", "2025-07-01");
    expect(ran.code).toBe(0);
    const text = ran.out.join("\n");
    for (const id of ["zengcheng", "wenzhou", "zhongshan", "ningbo", "zhejiang", "national"]) expect(text).toContain(id);
    // 温政办〔2020〕53号 is in force 2020-07-01 … 2025-06-30: expired on 2025-07-01.
    expect(text).toMatch(/wenzhou[\s\S]*?已失效 \/ expired；有效期 \/ effective 2020-07-01 … 2025-06-30/);
    expect(text).toMatch(/zengcheng[\s\S]*?征求意见稿 \/ draft/);
  });

  test("--json gives the same facts for scripts", async () => {
    const ran = await cli("profiles", "--as-of", AS_OF, "--json");
    const json = JSON.parse(ran.out.join("\n")) as { profiles: { id: string; status: string }[] };
    expect(json.profiles.find((p) => p.id === "wenzhou")!.status).toBe("in-force");
  });
});

describe("the landrules bin (what npx landrules runs)", () => {
  const bin = join(ROOT, "bin", "landrules.cjs");

  test("a missing file: exit 2 and exactly one line on stderr, nothing on stdout", () => {
    const r = spawnSync(process.execPath, [bin, "check", "missing.xlsx", "--profile", "zengcheng", "--out", join(scratch(), "x.xlsx")], { cwd: ROOT, encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stdout).toBe("");
  });

  test("tiers on an example right after checkout: exit 0", () => {
    const out = join(scratch(), "t.xlsx");
    const r = spawnSync(process.execPath, [bin, "tiers", "examples/enterprises-zengcheng.xlsx", "--profile", "zengcheng", "--out", out], { cwd: ROOT, encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(existsSync(out)).toBe(true);
  });
});

describe("landrules fields", () => {
  test("documents every header and unit the reader accepts (WORKBOOK.md: the product documents all synonyms)", async () => {
    const ran = await cli("fields", "--json");
    const fields = JSON.parse(ran.out.join("\n")) as { field: string; headers: string[]; units: string[] }[];
    const area = fields.find((f) => f.field === "area_mu")!;
    expect(area.headers).toEqual(expect.arrayContaining(["用地面积", "占地面积", "land area"]));
    expect(area.units).toEqual(expect.arrayContaining(["亩", "m2", "公顷"]));
    expect(fields.map((f) => f.field)).toEqual(expect.arrayContaining(["enterprise", "credit_code", "tax", "far", "zone", "pilot", "data_status"]));
  });
});
