// The standard: "Chinese first, English second, in the UI, the messages and the function
// metadata". The free texts of the profiles — an assumed value's reason, a county's or an
// override's reason, a note — reach the analyst in the task pane's rule list, LAND.EXPLAIN and
// the CLI, so every one the project ships is { zh, en } with Chinese in its zh; a single
// string (an older or hand-written file) is still read, as written.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { functionSpec } from "../../functions/descriptors";
import { fixedHost } from "../../functions/host";
import { invoke } from "../../functions/invoke";
import { reasonLine, reasonShown } from "../../policies/citations";
import type { FreeText } from "../../policies/engine/bilingual";
import { parseIsoDate } from "../../policies/engine/dates";
import { builtInProfiles, createRegistry, jurisdictionProfiles } from "../../policies/profiles";
import type { Profile } from "../../policies/registry";
import { parseDerivedProfileData, parseProfileData } from "../../policies/schema";
import { sheetGrid } from "../../policies/workbook/product-sheet";
import { schemeTierJob } from "../../policies/workbook/scheme-sheet";
import { readEnterpriseTable } from "../../policies/workbook/table";
import { summariseProfile } from "../../taskpane/profile/profileSummary";
import { WHAT_IF_REASON } from "../../taskpane/profile/useWhatIf";

const PROFILE_DIR = join(__dirname, "../../policies/profiles");
const asOfDay = parseIsoDate("2024-03-15");
const HAN = /\p{Script=Han}/u;
const FREE_TEXT_KEYS = new Set(["reason", "note"]);

/** Why a text shown to the analyst fails the standard, or null: it must be { zh, en }, its zh with Chinese in it. */
function lacksChinese(text: unknown): string | null {
  if (typeof text === "string") return `one string, not { zh, en }: "${text.slice(0, 60)}"`;
  if (!text || typeof text !== "object") return "no text";
  const { zh, en } = text as Record<string, unknown>;
  if (typeof zh !== "string" || !HAN.test(zh)) return `no Chinese in zh: "${String(zh).slice(0, 60)}"`;
  if (typeof en !== "string" || !en.trim()) return "no English in en";
  if (zh === en) return "zh and en are the same text";
  return null;
}

/** Every reason and note in a profile file's JSON that fails, with its path. */
function freeTextProblems(json: unknown, path: string): string[] {
  if (!json || typeof json !== "object") return [];
  return Object.entries(json).flatMap(([k, v]) => {
    const here = `${path}.${k}`;
    if (FREE_TEXT_KEYS.has(k)) {
      const problem = lacksChinese(v);
      return problem ? [`${here}: ${problem}`] : [];
    }
    return freeTextProblems(v, here);
  });
}

/** Every reason a resolved profile can show (assumed values, each dated value, overrides, the profile's own) that fails. */
function shownReasonProblems(p: Profile): string[] {
  const out: string[] = [];
  const check = (where: string, text: FreeText | undefined) => {
    const problem = lacksChinese(text);
    if (problem) out.push(`${p.id} ${where}: ${problem}`);
  };
  for (const rule of p.rules.values())
    for (const [name, param] of Object.entries(rule.params)) {
      if (param.basis === "assumed" && !param.values) check(`${rule.id}.${name}`, param.reason);
      for (const v of param.values ?? []) if (v.basis === "assumed") check(`${rule.id}.${name} from ${v.from}`, v.reason);
    }
  for (const o of p.overrides) check(`override ${o.path}`, o.reason);
  if (p.derivedFrom) check("reason", p.reason);
  return out;
}

const shippedFiles = readdirSync(PROFILE_DIR).filter((f) => f.endsWith(".json"));

describe("every reason and note the project ships is Chinese first, then English", () => {
  test.each(shippedFiles)("policies/profiles/%s: every reason and note is { zh, en } with Chinese in zh", (file) => {
    const json: unknown = JSON.parse(readFileSync(join(PROFILE_DIR, file), "utf8"));
    expect(freeTextProblems(json, file)).toEqual([]);
  });

  test("the walk finds them (102 reasons and 10 notes on 2026-12-01; more as profiles are added)", () => {
    let reasons = 0;
    let notes = 0;
    const count = (json: unknown): void => {
      if (!json || typeof json !== "object") return;
      for (const [k, v] of Object.entries(json)) {
        if (k === "reason") reasons++;
        else if (k === "note") notes++;
        else count(v);
      }
    };
    for (const file of shippedFiles) count(JSON.parse(readFileSync(join(PROFILE_DIR, file), "utf8")));
    expect(reasons).toBeGreaterThanOrEqual(102);
    expect(notes).toBeGreaterThanOrEqual(10);
  });

  test("every shipped profile, resolved (the counties over their base too): every assumed value, override and derived reason has its Chinese", () => {
    expect(builtInProfiles.list().flatMap(shownReasonProblems)).toEqual([]);
  });

  test("a reason the analyst reads names no file, path or project issue (RULES.md, policies/…, issue 8): the sheets and EXPLAIN show them", () => {
    const INTERNAL = /\.(md|txt|json|ts)\b|policies\/|\bissue \d|议题/i;
    const named: string[] = [];
    const look = (where: string, text: FreeText | undefined) => {
      if (!text) return;
      const shown = reasonShown(text);
      for (const t of [shown.zh, shown.en]) if (INTERNAL.test(t)) named.push(`${where}: ${t.slice(0, 80)}`);
    };
    const schemeReasons = (json: unknown, where: string): void => {
      if (!json || typeof json !== "object") return;
      for (const [k, v] of Object.entries(json)) {
        if (k === "reason") look(where, v as FreeText);
        else if (k !== "documents") schemeReasons(v, `${where}.${k}`);
      }
    };
    for (const p of builtInProfiles.list()) {
      for (const rule of p.rules.values())
        for (const [name, param] of Object.entries(rule.params)) {
          look(`${p.id} ${rule.id}.${name}`, param.reason);
          for (const v of param.values ?? []) look(`${p.id} ${rule.id}.${name} ${v.from}`, v.reason);
        }
      if (p.derivedFrom) look(`${p.id} reason`, p.reason);
      schemeReasons(p.evaluation, `${p.id}.evaluation`);
    }
    expect(named).toEqual([]);
  });

  test("the check fails a reason that lacks its Chinese: an English-only string in a file, an override's English reason", () => {
    expect(freeTextProblems({ rules: { "ZC-TIER": { params: { bLine: { reason: "common practice" } } } } }, "x")).toEqual([
      'x.rules.ZC-TIER.params.bLine.reason: one string, not { zh, en }: "common practice"',
    ]);
    expect(freeTextProblems({ note: { zh: "draft only", en: "draft only" } }, "x")).toEqual(['x.note: no Chinese in zh: "draft only"']);
    const county = createRegistry().derive({
      id: "english-only",
      base: "zengcheng",
      names: { zh: "英文理由", en: "English reasons" },
      reason: { zh: "县政府通知", en: "county notice" },
      overrides: { "ZC-TIER.bLine": { value: 0.75, reason: "the district asks for B to 75%" } },
    });
    expect(shownReasonProblems(county)).toEqual([
      'english-only ZC-TIER.bLine: one string, not { zh, en }: "the district asks for B to 75%"',
      'english-only override ZC-TIER.bLine: one string, not { zh, en }: "the district asks for B to 75%"',
    ]);
  });
});

describe("where the analyst reads a reason, it comes through policies/citations.ts, Chinese first", () => {
  const asOf = parseIsoDate("2024-03-15");

  test("reasonShown: { zh, en } as written; one string stands for both; a file citation inside becomes the short title", () => {
    expect(reasonShown({ zh: "按 zengcheng-2022-draft.txt 二(一)2", en: "per zengcheng-2022-draft.txt 二(一)2" })).toEqual({
      zh: "按 《增城存量工业用地办法（征求意见稿）》二(一)2",
      en: "per Zengcheng stock industrial land measures (draft) 二(一)2",
    });
    expect(reasonShown("县政府 2025 年通知")).toEqual({ zh: "县政府 2025 年通知", en: "县政府 2025 年通知" });
    expect(reasonLine("县政府 2025 年通知")).toBe("县政府 2025 年通知");
    expect(reasonLine({ zh: "假设", en: "assumed" })).toBe("假设 / assumed");
  });

  test("the pane's rule list: every assumed value of every listed profile shows a reason with Chinese in it", () => {
    for (const profile of jurisdictionProfiles()) {
      const params = summariseProfile(profile, asOf).rules.flatMap((r) => r.params);
      const assumed = params.filter((p) => p.basis === "assumed" && !p.documentValue);
      expect(assumed.length).toBeGreaterThan(0);
      for (const p of assumed) {
        expect(`${profile.id} ${p.path} ${p.reason?.zh ?? "(none)"}`).toMatch(HAN);
        expect(p.reason!.zh).not.toBe(p.reason!.en);
      }
    }
  });

  test("the pane: 增城 ZC-TIER.bLine (assumed) reads 原文只规定 A 档、D 档的比例上限… in Chinese, the English beside it", () => {
    const bLine = summariseProfile(builtInProfiles.get("zengcheng"), asOf)
      .rules.find((r) => r.id === "ZC-TIER")!
      .params.find((p) => p.path === "ZC-TIER.bLine")!;
    expect(bLine.reason!.zh).toMatch(/^原文只规定 A 档、D 档的比例上限；B 档至 80% 为亩均评价的常见做法/);
    expect(bLine.reason!.en).toMatch(/^The text sets only the A and D ceilings/);
  });

  test("LAND.EXPLAIN: an assumed parameter's row gives its reason Chinese first, then English (宁波 NB-RESERVE 左右 tolerance)", () => {
    const table = invoke(functionSpec("EXPLAIN"), ["RESERVEABOUT", 1000, 180, "ningbo"], fixedHost(null, asOf)) as unknown[][];
    const row = table.map((r) => r.map(String)).find((r) => r[0] === "参数 parameter" && r[2]!.startsWith("假定 assumed"))!;
    expect(row[2]).toContain("假定 assumed：“左右”未给出幅度。预留比例在 20% 上下 2 个百分点以内（18%–22%）视为 20% 左右");
    expect(row[2]).toContain(" / 左右 gives no margin.");
    expect(row[2]!.indexOf("“左右”未给出幅度")).toBeLessThan(row[2]!.indexOf("左右 gives no margin"));
  });

  test("a derived profile's EXPLAIN names the override with its reason, Chinese first", () => {
    const registry = builtInProfiles;
    registry.derive({
      id: "zh-override-test",
      base: "zengcheng",
      names: { zh: "覆盖理由测试", en: "override reason test" },
      reason: { zh: "区政府 2025 年通知：A 档 25%", en: "district notice 2025: A to 25%" },
      overrides: { "ZC-TIER.aShare": 0.25 },
    });
    try {
      const column = Array.from({ length: 20 }, (_, i) => [i + 1]);
      const table = invoke(functionSpec("EXPLAIN"), ["TIER", [[17]], column, null, "zh-override-test"], fixedHost(null, asOf)) as unknown[][];
      const row = table.map((r) => r.map(String)).find((r) => r[0] === "参数 parameter" && r[1]!.startsWith("A 档比例上限"))!;
      expect(row[2]).toContain("已覆盖 overridden：区政府 2025 年通知：A 档 25% / district notice 2025: A to 25%");
    } finally {
      registry.forget("zh-override-test");
    }
  });

  test("a what-if made in the pane carries { zh, en }; the schema still reads a derived file's single-string reason", () => {
    expect(WHAT_IF_REASON).toEqual({ zh: "任务窗格中的假设情景", en: "what-if set in the task pane" });
    const old = { id: "old-whatif", base: "zengcheng", names: { zh: "旧", en: "old" }, reason: "任务窗格中的假设情景 / what-if set in the task pane", overrides: { "ZC-TIER.aShare": 0.25 } };
    expect(parseDerivedProfileData(old).reason).toBe("任务窗格中的假设情景 / what-if set in the task pane");
    expect(parseDerivedProfileData({ ...old, reason: WHAT_IF_REASON }).reason).toEqual(WHAT_IF_REASON);
    expect(createRegistry().derive({ ...old, reason: WHAT_IF_REASON }).overrides[0]!.reason).toEqual(WHAT_IF_REASON);
  });
});

describe("the schema: a reason is text or { zh, en }, and an assumed value's is never blank", () => {
  const zhejiang = () => JSON.parse(readFileSync(join(PROFILE_DIR, "zhejiang.json"), "utf8")) as { rules: Record<string, { params: Record<string, Record<string, unknown>> }> };

  test("{ zh, en } with a blank side, or a side missing, is refused with the path of the reason", () => {
    const blank = zhejiang();
    blank.rules["ZJ-EVAL"]!.params.aShare!.reason = { zh: " ", en: "The text sets no bands." };
    expect(() => parseProfileData(blank, "zhejiang")).toThrow("zhejiang.rules.ZJ-EVAL.params.aShare.reason: an assumed value must name its reason");
    const half = zhejiang();
    half.rules["ZJ-EVAL"]!.params.aShare!.reason = { zh: "原文未规定分档比例" };
    expect(() => parseProfileData(half, "zhejiang")).toThrow("zhejiang.rules.ZJ-EVAL.params.aShare.reason");
  });

  test("a derived profile given at runtime with { zh } only is refused naming its reason", () => {
    expect(() => createRegistry().derive({ id: "half", base: "zengcheng", names: { zh: "半", en: "half" }, reason: { zh: "只有中文" }, overrides: {} })).toThrow("half.reason");
  });
});

describe("the pane's profile card gives a county's reason, Chinese first", () => {
  test("黄岩 (derived from 浙江): 黄岩区执行浙江省亩均论英雄评价… with the English beside it", () => {
    const derived = summariseProfile(builtInProfiles.get("huangyan"), parseIsoDate("2024-03-15")).derived!;
    expect(derived.reason!.zh).toMatch(/^黄岩区执行浙江省亩均论英雄评价（浙江 三\(九\)）/);
    expect(derived.reason!.en).toMatch(/^黄岩 applies the Zhejiang 亩均论英雄 evaluation/);
  });
});

describe("the pane gives a reason once: the profile's under 派生自, an override's own beside its value", () => {
  test("a what-if whose values carry only the profile's reason shows it in the card, not again under each value", () => {
    const registry = createRegistry();
    const p = registry.derive({
      id: "once-test",
      base: "zengcheng",
      names: { zh: "一次", en: "once" },
      reason: { zh: "任务窗格中的假设情景", en: "what-if set in the task pane" },
      overrides: { "ZC-TIER.aShare": 0.25, "ZC-TIER.bLine": { value: 0.75, reason: { zh: "区里要求 B 档至 75%", en: "the district asks for B to 75%" } } },
    });
    const s = summariseProfile(p, asOfDay);
    const tier = s.rules.find((r) => r.id === "ZC-TIER")!;
    expect(s.derived!.reason).toEqual({ zh: "任务窗格中的假设情景", en: "what-if set in the task pane" });
    expect(tier.params.find((x) => x.path === "ZC-TIER.aShare")!.overrideReason).toBeNull();
    expect(tier.params.find((x) => x.path === "ZC-TIER.bLine")!.overrideReason).toEqual({ zh: "区里要求 B 档至 75%", en: "the district asks for B to 75%" });
  });
});

describe("the scheme tier sheet names each assumed figure's reason, Chinese first (no longer 'see the profile')", () => {
  test("黄岩 2022: 假定理由 lines for the bands and the data-status rules, each once, with how many figures it covers", () => {
    const rows = [
      ["企业名称", "企业规模", "用地面积（亩）", "实缴税金（万元）", "用电量（万千瓦时）"],
      ["甲", "规下", 0.2352, 2.72672064, 11.5932],
    ];
    const ctx = { profile: builtInProfiles.get("huangyan"), asOf: parseIsoDate("2023-09-25") };
    const grid = sheetGrid(schemeTierJob(ctx, readEnterpriseTable(rows), 2022, "test").sheet).rows.map((r) => r.map((c) => String(c ?? "")));
    const why = grid.filter((r) => r[0] === "假定理由 / Why assumed").map((r) => r[1]!);
    expect(why).toContain(
      "所引黄岩公示只给出计分公式，未给出分档比例；假定采用浙江配置的分档（温岭 2022 年公示：A 档前 20%，B 档至 80%，D 档末 5%，名额向下取整）。可修改。 / 黄岩's notice as quoted gives the formulas, not the bands; the Zhejiang profile's bands (温岭 2022 notice: A top 20%, B to 80%, D bottom 5%, counts rounded down) are assumed. Editable.（6 项 / 6 value(s)）",
    );
    expect(why.every((line) => HAN.test(line.split(" / ")[0]!))).toBe(true);
    expect(grid.flat().join("\n")).not.toContain("理由见配置文件");
  });
});
