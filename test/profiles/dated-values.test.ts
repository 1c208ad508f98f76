// Issue 7's leftover in the displays: a parameter with values by date shows, wherever an as-of
// date is at hand, the value in force that day (paramOn), never simply its latest. The profile
// is a derived test profile, not a shipped one: 增城 二(一)2 "原则上 A 档企业不超过 20%" kept
// until 2024-12-31, and an assumed 25% from 2025-01-01 (a county notice that does not exist).
import { functionSpec } from "../../functions/descriptors";
import { fixedHost } from "../../functions/host";
import { invoke } from "../../functions/invoke";
import { parseIsoDate } from "../../policies/engine/dates";
import { builtInProfiles } from "../../policies/profiles";
import { TIER_QUOTAS } from "../../policies/catalogue/concepts";
import { Evaluation } from "../../policies/engine/evaluation";
import { buildCheckReport } from "../../policies/workbook/check-report";
import { sheetGrid } from "../../policies/workbook/product-sheet";
import { rankTable, tierProductSheet } from "../../policies/workbook/tier-sheet";
import { readEnterpriseTable } from "../../policies/workbook/table";
import { summariseProfile } from "../../taskpane/profile/profileSummary";

const ID = "zc-dated-test";
const BEFORE = parseIsoDate("2024-12-31");
const FROM = parseIsoDate("2025-01-01");

beforeAll(() => {
  builtInProfiles.derive({
    id: ID,
    base: "zengcheng",
    names: { zh: "增城（分日期测试）", en: "Zengcheng, dated test" },
    reason: { zh: "测试：A 档比例按日期取值", en: "test: the A share by date" },
    overrides: {
      "ZC-TIER.aShare": {
        values: [
          { from: "2020-01-01", value: 0.2, citation: "zengcheng-2022-draft.txt 二(一)2", basis: "sourced", quote: "原则上 A 档企业不超过 20%" },
          { from: "2025-01-01", value: 0.25, citation: "某县 2025 年通知（测试）", basis: "assumed", reason: { zh: "测试：2025 年起 A 档放宽至 25%", en: "test: A widened to 25% from 2025" } },
        ],
      },
    },
  });
});
afterAll(() => {
  builtInProfiles.forget(ID);
});

const aShare = (asOf: ReturnType<typeof parseIsoDate>) =>
  summariseProfile(builtInProfiles.get(ID), asOf)
    .rules.find((r) => r.id === "ZC-TIER")!
    .params.find((p) => p.path === "ZC-TIER.aShare")!;

describe("the pane's rule list shows the value in force on the as-of date", () => {
  test("2024-12-31: 20%, in force from 2020-01-01 until the next value on 2025-01-01, cited to 二(一)2 with its quote", () => {
    const p = aShare(BEFORE);
    expect(p).toMatchObject({ value: 0.2, shown: { zh: "20%" }, basis: "sourced", dated: { from: "2020-01-01", to: "2025-01-01" } });
    expect(p.quote).toBe("原则上 A 档企业不超过 20%");
  });

  test("2025-01-01: 25%, assumed, with the dated value's own reason, Chinese first; the document's 20% beside it", () => {
    const p = aShare(FROM);
    expect(p).toMatchObject({ value: 0.25, shown: { zh: "25%" }, basis: "assumed", dated: { from: "2025-01-01", to: null } });
    expect(p.overrideReason).toEqual({ zh: "测试：2025 年起 A 档放宽至 25%", en: "test: A widened to 25% from 2025" });
    expect(p.documentValue?.shown.zh).toBe("20%");
  });

  test("the rule's sourced/assumed count follows the day", () => {
    const tier = (asOf: ReturnType<typeof parseIsoDate>) => summariseProfile(builtInProfiles.get(ID), asOf).rules.find((r) => r.id === "ZC-TIER")!;
    expect(tier(FROM).assumed - tier(BEFORE).assumed).toBe(1);
  });
});

describe("EXPLAIN and the trace warnings use the same value on each side of the date", () => {
  const explain = (asOf: ReturnType<typeof parseIsoDate>, score: number) => {
    const column = Array.from({ length: 20 }, (_, i) => [i + 1]);
    const table = invoke(functionSpec("EXPLAIN"), ["TIER", [[score]], column, null, ID], fixedHost(null, asOf)) as unknown[][];
    return table.map((r) => r.map(String));
  };

  test("score 16 of 1…20: B on 2024-12-31 (A ≤ 4), A on 2025-01-01 (A ≤ 5); the parameter row says 0.2, then 0.25", () => {
    const before = explain(BEFORE, 16);
    const after = explain(FROM, 16);
    expect(before.find((r) => r[0] === "结果 result")![1]).toBe("B");
    expect(after.find((r) => r[0] === "结果 result")![1]).toBe("A");
    expect(before.find((r) => r[0] === "参数 parameter" && r[1]!.startsWith("A 档比例上限"))![1]).toBe("A 档比例上限 = 0.2 fraction");
    expect(after.find((r) => r[0] === "参数 parameter" && r[1]!.startsWith("A 档比例上限"))![1]).toBe("A 档比例上限 = 0.25 fraction");
  });

  test("the derived profile's warning names the override with the values in force that day", () => {
    const warning = (asOf: ReturnType<typeof parseIsoDate>) =>
      new Evaluation({ profile: builtInProfiles.get(ID), asOf }, TIER_QUOTAS).done(null).trace.warnings.find((w) => w.zh.startsWith("派生配置"))!;
    expect(warning(BEFORE).zh).toContain("A 档比例上限 0.2 → 0.2（测试：A 档比例按日期取值）");
    expect(warning(FROM).zh).toContain("A 档比例上限 0.2 → 0.25（测试：2025 年起 A 档放宽至 25%）");
  });
});

describe("the check report's threshold is the one in force on the as-of date", () => {
  // 宁波 二(七): 工业建筑面积占比不得低于 50%; a derived test profile raises it to 60% from 2025-01-01.
  const NB = "nb-dated-test";
  beforeAll(() => {
    builtInProfiles.derive({
      id: NB,
      base: "ningbo",
      names: { zh: "宁波（分日期测试）", en: "Ningbo, dated test" },
      reason: { zh: "测试：工业占比下限按日期取值", en: "test: the industrial share floor by date" },
      overrides: {
        "NB-MIXED.minIndustrialFloorShare": {
          values: [
            { from: "2020-01-01", value: 0.5, citation: "ningbo-2023-draft.txt 二(七)", basis: "sourced" },
            { from: "2025-01-01", value: 0.6, citation: "某区 2025 年通知（测试）", basis: "assumed", reason: { zh: "测试：2025 年起下限 60%", en: "test: 60% from 2025" } },
          ],
        },
      },
    });
  });
  afterAll(() => {
    builtInProfiles.forget(NB);
  });

  const report = (asOf: ReturnType<typeof parseIsoDate>) =>
    buildCheckReport(
      { profile: builtInProfiles.get(NB), asOf },
      readEnterpriseTable([
        ["企业名称", "工业建筑面积", "总建筑面积"],
        ["甲", 5500, 10000],
      ]),
      null,
    ).findings.filter((f) => f.rule === "NB-MIXED");

  test("55% industrial floor: no finding under 50% (2024-12-31); a violation against 60% from 2025-01-01", () => {
    expect(report(BEFORE)).toEqual([]);
    const after = report(FROM);
    expect(after).toHaveLength(1);
    expect(after[0]!.threshold).toBe("≥ 60%");
  });
});

describe("the tier sheet's quota line uses the shares in force on the as-of date", () => {
  const HEAD = ["企业名称", "统一社会信用代码", "用地面积（亩）", "工业总产值（万元）", "主营业务收入（万元）", "综合能耗（吨标煤）", "研发费用（万元）", "技改投资（万元）", "各级各类认定"];
  const rows = [HEAD, ...Array.from({ length: 20 }, (_, i) => [`企业${i + 1}`, `CODE${i + 1}`, 10, 1000 * (i + 1), 1000 * (i + 1), 100, 10 * (i + 1), 10 * (i + 1), i + 1])];
  const quotaLine = (asOf: ReturnType<typeof parseIsoDate>) => {
    const ctx = { profile: builtInProfiles.get(ID), asOf };
    const grid = sheetGrid(tierProductSheet(ctx, rankTable(ctx, readEnterpriseTable(rows)), "test")).rows;
    return String(grid.find((r) => r[0] === "分档名额 / Quotas applied")![1]);
  };

  test("20 firms: A ≤ 4 (0.2·N) on 2024-12-31, A ≤ 5 (0.25·N) on 2025-01-01", () => {
    expect(quotaLine(BEFORE)).toMatch(/^N = 20：A ≤ 4（0\.2·N）/);
    expect(quotaLine(FROM)).toMatch(/^N = 20：A ≤ 5（0\.25·N）/);
  });
});
