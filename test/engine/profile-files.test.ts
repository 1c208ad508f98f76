import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseIsoDate, tier } from "../../policies";
import { loadRegistry, shippedProfileSources } from "../../policies/profile-files";
import { cli, example, scratch } from "../cli/helpers";

// Issue 7 items 2 and 4: one data file adds a jurisdiction; a county's own numbers are a file the
// CLI takes wherever it takes a profile. Files go to a scratch directory named by
// LANDRULES_PROFILE_PATH (never into policies/profiles/, which other tests read in parallel).

const ROOT = resolve(__dirname, "../..");
const BIN = join(ROOT, "bin", "landrules.cjs");
const zengcheng = JSON.parse(readFileSync(join(ROOT, "policies/profiles/zengcheng.json"), "utf8")) as Record<string, unknown>;

/** zengcheng.json with only its id and names changed: a district that adopts 增城's rules. */
const copy = { ...zengcheng, id: "xintang", names: { zh: "新塘镇", en: "Xintang Town", short: "新塘", aliases: ["xt"] } };

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function profileDir(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), "landrules-profiles-"));
  dirs.push(dir);
  for (const [name, json] of Object.entries(files)) writeFileSync(join(dir, name), JSON.stringify(json, null, 2));
  return dir;
}

function landrules(args: string[], dir: string): { code: number; out: string; err: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: "utf8", env: { ...process.env, LANDRULES_PROFILE_PATH: dir } });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}

describe("one data file adds a jurisdiction (copy zengcheng.json, change id and names)", () => {
  const dir = profileDir({ "xintang.json": copy });

  test("`landrules profiles` lists it, with its names, in the data's order (the copy keeps zengcheng's place)", () => {
    const r = landrules(["profiles", "--as-of", "2024-03-15", "--json"], dir);
    expect(r.code).toBe(0);
    const list = (JSON.parse(r.out) as { profiles: { id: string; name: string; rules: string[] }[] }).profiles;
    const ids = list.map((p) => p.id);
    expect(ids).toContain("xintang");
    expect(list.find((p) => p.id === "xintang")).toMatchObject({ name: "新塘镇", rules: expect.arrayContaining(["ZC-TIER", "ZC-IDLE", "NAT-IDLE-FEE"]) });
    expect(ids.indexOf("xintang")).toBeLessThan(ids.indexOf("wenzhou"));
  });

  test('=LAND.TIER(17, SEQUENCE(20), , "xintang") answers A (增城 二(一)2: hi 4 ≤ ⌊0.2 × 20⌋), through the HyperFormula eval path', () => {
    const r = landrules(["eval", '=LAND.TIER(17, SEQUENCE(20), , "xintang")', "--as-of", "2024-03-15"], dir);
    expect(r.err).toBe("");
    expect(r.out.trim()).toBe("A");
    expect(r.code).toBe(0);
  });

  test("without the directory the profile is unknown: the list is the data, not code", () => {
    const r = landrules(["eval", '=LAND.TIER(17, SEQUENCE(20), , "xintang")', "--as-of", "2024-03-15"], profileDir({}));
    expect(r.out).toMatch(/^#VALUE! .*xintang/);
  });

  test("in process: the same file resolved beside the shipped ones gives the same tiers as zengcheng", () => {
    const registry = loadRegistry([...shippedProfileSources(), { label: "xintang", json: copy }]);
    const asOf = parseIsoDate("2024-03-15");
    const scores = Array.from({ length: 20 }, (_, i) => i + 1);
    for (const score of [17, 16, 5, 1]) {
      const a = tier({ profile: registry.get("xintang"), asOf }, { score, scores, status: "ok" });
      const b = tier({ profile: registry.get("zengcheng"), asOf }, { score, scores, status: "ok" });
      expect(a.value).toBe(b.value);
      expect(a.trace.profile.id).toBe("xintang");
    }
  });
});

describe("a county's own numbers as a file: --profile ./my-county.json", () => {
  const dir = scratch();
  const county = join(dir, "my-county.json");
  writeFileSync(
    county,
    JSON.stringify({ id: "my-county", base: "zengcheng", names: { zh: "某县", en: "A county" }, reason: "县政府通知：A 档 25%", overrides: { "ZC-TIER.aShare": 0.25 } }),
  );

  test("eval: score 16 of 1…20 is B under zengcheng (hi 5 > 4) and A under aShare 0.25 (hi 5 ≤ 5)", async () => {
    expect((await cli("eval", "=LAND.TIER(16, SEQUENCE(20))", "--profile", "zengcheng")).out).toEqual(["B"]);
    const r = await cli("eval", "=LAND.TIER(16, SEQUENCE(20))", "--profile", county);
    expect(r.err).toEqual([]);
    expect(r.out).toEqual(["A"]);
  });

  test("eval: LAND.EXPLAIN names the override and its reason", async () => {
    const r = await cli("eval", '=LAND.EXPLAIN("TIER", 16, SEQUENCE(20))', "--profile", county);
    const text = r.out.join("\n");
    expect(text).toContain("A 档比例上限 = 0.25"); // the parameter by its label, with the overriding value
    expect(text).not.toContain("aShare");
    // The overridden value is cited as a what-if over the document's clause, never by file.
    expect(text).toContain("假设情景（原为 《增城存量工业用地办法（征求意见稿）》二(一)2）");
    expect(text).not.toMatch(/\.txt/);
    expect(text).toMatch(/覆盖|overrid/);
  });

  test("tiers and check take the file and name the derived profile in their output", async () => {
    const out = join(dir, "t.xlsx");
    const t = await cli("tiers", example("enterprises-zengcheng.xlsx"), "--profile", county, "--out", out, "--as-of", "2024-03-15");
    expect(t.err.join("\n")).not.toMatch(/错误|error/);
    expect(t.code).toBe(0);
    expect(t.out.join("\n")).toContain("my-county");
    const c = await cli("check", example("submissions-zengcheng.xlsx"), "--profile", county, "--out", join(dir, "c.xlsx"), "--as-of", "2024-03-15");
    expect([0, 1]).toContain(c.code);
    expect(c.out.join("\n")).toContain("my-county");
  });

  test.each([
    [{ "ZC-IDLE.feeShare": -0.2 }, "my-bad.overrides.ZC-IDLE.feeShare.value: a share must be between 0 and 1"],
    [{ "ZC-TIER.aShare": "a quarter" }, 'my-bad.overrides.ZC-TIER.aShare.value: expected a number or an exact fraction such as "1/3"'],
    [{ "ZC-TIER.constructor": 1 }, "my-bad.overrides.ZC-TIER.constructor: zengcheng has no parameter ZC-TIER.constructor"],
    [{ "ZC-TIER.toString": 1 }, "my-bad.overrides.ZC-TIER.toString: zengcheng has no parameter ZC-TIER.toString"],
    [{ "ZC-TIER.bLine": -1 }, "my-bad.overrides.ZC-TIER.bLine.value: a share must be between 0 and 1"],
  ])("a bad override %j → exit 2, one line naming the parameter", async (overrides, line) => {
    const bad = join(dir, "my-bad.json");
    writeFileSync(bad, JSON.stringify({ id: "my-bad", base: "zengcheng", names: { zh: "坏", en: "bad" }, reason: "test", overrides }));
    const r = await cli("eval", "=LAND.TIER(16, SEQUENCE(20))", "--profile", bad);
    expect(r.code).toBe(2);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toContain(line);
  });

  test("an unknown base, a non-string id and a missing file → exit 2, one line", async () => {
    const cases: [unknown, string][] = [
      [{ id: "x", base: "hangzhou", names: { zh: "x", en: "x" }, reason: "r", overrides: {} }, 'x.base: no profile "hangzhou"'],
      [{ id: 7, base: "zengcheng", names: { zh: "x", en: "x" }, reason: "r", overrides: {} }, "id: a profile id is text"],
    ];
    for (const [json, line] of cases) {
      const file = join(dir, "case.json");
      writeFileSync(file, JSON.stringify(json));
      const r = await cli("eval", "=LAND.MU(1)", "--profile", file);
      expect(r.code).toBe(2);
      expect(r.err).toHaveLength(1);
      expect(r.err[0]).toContain(line);
    }
    const r = await cli("eval", "=LAND.MU(1)", "--profile", join(dir, "none.json"));
    expect(r.code).toBe(2);
    expect(r.err[0]).toContain("none.json");
  });
});

test("a bad file or a missing directory in LANDRULES_PROFILE_PATH → exit 2, one line naming the value", () => {
  const bad = landrules(["profiles"], profileDir({ "bad.json": { id: "bad", base: "zengcheng", names: { zh: "坏", en: "bad" }, reason: "r", overrides: { "ZC-IDLE.feeShare": -0.2 } } }));
  expect(bad.code).toBe(2);
  expect(bad.err.trim().split("\n")).toEqual([expect.stringContaining("bad.overrides.ZC-IDLE.feeShare.value: a share must be between 0 and 1")]);
  const missing = landrules(["eval", "=LAND.MU(1)"], join(tmpdir(), "landrules-no-such-dir"));
  expect(missing.code).toBe(2);
  expect(missing.err).toContain("landrules-no-such-dir");
});

test("LANDRULES_PROFILE_PATH is documented in the help, and the help lists the profiles from the data", () => {
  const help = execFileSync(process.execPath, [BIN, "help"], { cwd: ROOT, encoding: "utf8" });
  expect(help).toContain("LANDRULES_PROFILE_PATH");
  expect(help).toMatch(/zengcheng 增城 · wenzhou 温州 · zhongshan 中山 · ningbo 宁波 · zhejiang 浙江/);
});
