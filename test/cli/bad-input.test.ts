// Bad input never crashes and never half-writes: exit 2 and one clear line naming what is
// wrong (WORKBOOK.md, issue 4: missing file, wrong sheet, unknown headers, unknown profile,
// corrupt .xlsx). The input file is never touched.
import { spawnSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { AS_OF, cli, example, ROOT, scratch, sha256 } from "./helpers";

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
