import fc from "fast-check";
import { compositeScore, createRegistry, scoreEnterprises, tier, tiers, tierSheet, toCellNumber, type Context, type EnterpriseRow } from "../../policies";
import { at, d, ruleErrorOf } from "./wz-zs-helpers";

const zc = at("zengcheng");
const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe("ZC-TIER 二(一)2 ranking into A/B/C/D (LAND.TIER / LAND.TIERS)", () => {
  test("ZC-TIER 二(一)2: FUNCTIONS.md example, scores 1…20 → 17–20 A, 5–16 B, 2–4 C, 1 D", () => {
    const scores = range(20);
    const got = scores.map((s) => tier(zc, { score: s, scores, status: "ok" }).value).join("");
    expect(got).toBe("D" + "CCC" + "B".repeat(12) + "AAAA");
  });

  test("ZC-TIER 二(一)2: A 档不超过 20% — five firms tied at the top of 21 (4 A places) drop whole to B", () => {
    // N = 21 → ⌊4.2⌋ = 4 A places; five firms tie on the top score: hi = 5 > 4, so all five are B.
    const scores = [...range(16), 17, 17, 17, 17, 17];
    const top = tier(zc, { score: 17, scores, status: "ok" });
    expect(top.value).toBe("B");
    expect(top.trace.decidedBy.join(" ")).toContain("A≤4");
  });

  test("ZC-TIER 二(一)2: D 档不超过 5% — tied bottom scores share C when together they pass ⌊0.05·N⌋", () => {
    // N = 20 → one D place; two firms tie at the bottom: lo = 2 > 1 → both C.
    const scores = [1, 1, ...range(18).map((x) => x + 1)];
    expect(tier(zc, { score: 1, scores, status: "ok" }).value).toBe("C");
  });

  test("ZC-TIER 二(一)2: 10 enterprises → ⌊0.05 × 10⌋ = 0, so no D by quota", () => {
    const scores = range(10);
    expect(tiers(zc, scores).value.tiers).not.toContain("D");
    expect(tier(zc, { score: 1, scores, status: "ok" }).value).toBe("C");
  });

  test("ZC-TIER 二(一)2: 未主动上传数据 or 弄虚作假 → D whatever the score", () => {
    const scores = range(20);
    expect(tier(zc, { score: 20, scores, status: "missing" }).value).toBe("D");
    expect(tier(zc, { score: 20, scores, status: "falsified" }).value).toBe("D");
  });

  test("ZC-TIER 二(一)2: TIERS row i equals TIER(score_i, scores, status_i); blank score → blank, unless forced D", () => {
    const scores = [5, null, 3, 9, 1, 7, null, 2, 8, 4, 6, 10];
    const statuses = ["ok", "missing", "ok", "falsified", "ok", "ok", "ok", "ok", "ok", "ok", "ok", "ok"] as const;
    const all = tiers(zc, scores, statuses).value.tiers;
    scores.forEach((s, i) => {
      if (s === null && statuses[i] === "ok") expect(all[i]).toBeNull();
      else expect(all[i]).toBe(tier(zc, { score: s, scores, status: statuses[i]! }).value);
    });
    expect(all[1]).toBe("D");
  });

  test("ZC-TIER 二(一)2: TIERS equals TIER at the ends of the double range (±1e308, the smallest subnormal, -0 beside 0, all equal)", () => {
    for (const scores of [
      [1e308, -1e308, 0, 1, 1e308, -5],
      [5e-324, 0, -0, 5e-324, 1e-323, 0],
      [7, 7, 7, 7, 7],
      [Number.MAX_VALUE, -Number.MAX_VALUE, ...range(18)],
    ])
      expect(tiers(zc, scores).value.tiers).toEqual(scores.map((s) => tier(zc, { score: s, scores, status: "ok" }).value));
  });

  test("ZC-TIER 二(一)2: TIERS equals TIER for any finite doubles, ties drawn from a few values", () => {
    const double = fc.double({ noNaN: true, noDefaultInfinity: true });
    const scores = double.chain((x) => fc.array(fc.oneof(double, fc.constantFrom(x, -x, 0, -0)), { minLength: 1, maxLength: 40 }));
    fc.assert(fc.property(scores, (s) => expect(tiers(zc, s).value.tiers).toEqual(s.map((x) => tier(zc, { score: x, scores: s, status: "ok" }).value))));
  });

  test("ZC-TIER: a blank score with status ok → #VALUE! naming score; an empty population → #NUM! naming scores", () => {
    expect(ruleErrorOf(() => tier(zc, { score: null, scores: [1, 2], status: "ok" })).argument).toBe("score");
    expect(ruleErrorOf(() => tier(zc, { score: 1, scores: [null], status: "ok" })).argument).toBe("scores");
  });

  test("ZC-TIER: the trace carries the draft warning (征求意见稿) and the assumed B line", () => {
    const t = tier(zc, { score: 10, scores: range(20), status: "ok" }).trace;
    expect(t.profile.state).toBe("draft");
    expect(t.warnings.map((w) => w.zh).join()).toContain("征求意见稿");
    expect(t.params.find((p) => p.name === "bLine")?.basis).toBe("assumed");
    expect(t.citation).toBe("zengcheng-2022-draft.txt 二(一)2");
  });
});

describe("ZC-TIER / ZJ-EVAL composite score (LAND.SCORE)", () => {
  test("ZJ-EVAL 三(九): FUNCTIONS.md SCORE example → 97.98697106338906…", () => {
    const s = compositeScore([30, 100, 2.0, 5000, 20, 0.03].map(d), [24.097, 136.16, 2.694, 4929.81, 18.14, 0.0302].map(d), [30, 20, 20, 10, 10, 10].map(d));
    expect(s.toFixed(14)).toBe("97.98697106338906");
  });

  test("ZJ-EVAL 三(九): the same example from enterprise fields through the zhejiang weights, with the published benchmarks", () => {
    const zj = at("zhejiang");
    const row: EnterpriseRow = { fields: { area_mu: d(10), tax: d(300), value_added: d(1000), energy_tce: d(500), emissions_t: d("0.2"), employees: d(50), rd: d(3), revenue: d(100) } };
    const benchmarks = { tax_per_mu: d(24.097), value_added_per_mu: d(136.16), value_added_per_energy: d(2.694), value_added_per_emission: d(4929.81), labour_productivity: d(18.14), rd_ratio: d(0.0302) };
    const r = scoreEnterprises(zj, [row], { benchmarks });
    expect(r.value.rows[0]!.score!.toFixed(14)).toBe("97.98697106338906");
    expect(r.trace.rule).toBe("ZJ-EVAL");
  });

  test("ZC-TIER: a benchmark of 0 given by the analyst → #NUM! naming benchmarks", () => {
    expect(ruleErrorOf(() => scoreEnterprises(zc, [], { benchmarks: { output_per_mu: d(0) } })).argument).toBe("benchmarks");
  });
});

describe("ZC-TIER 二(一)2 indicators and composite score from the enterprise table", () => {
  // 亩均产出, 单位能耗, 研究费用支出, 技改投资, 各级各类认定 (二(一)2); weights 40/20/15/15/10 (assumed, in the profile).
  const firm = (output: number, area: number, energy: number | null, rd: number, revenue: number, retrofit: number, certs: number): EnterpriseRow => ({
    fields: { output: d(output), area_mu: d(area), energy_tce: energy === null ? null : d(energy), rd: d(rd), revenue: d(revenue), retrofit: d(retrofit), certifications: d(certs) },
  });
  const f1 = firm(1000, 10, 100, 30, 1000, 50, 2); // 100, 10, 0.03, 5, 2
  const f2 = firm(500, 10, 100, 10, 500, 0, 0); // 50, 5, 0.02, 0, 0
  const f3 = firm(300, 5, 20, 4, 400, 10, 1); // 60, 15, 0.01, 2, 1

  test("ZC-TIER 二(一)2: mean benchmarks 70, 10, 0.02, 7/3, 1 → scores 2125/14, 375/7, 1325/14 (exact)", () => {
    const r = scoreEnterprises(zc, [f1, f2, f3]).value;
    expect(r.indicators.map((i) => [i.key, i.benchmark!.toFixed(10)])).toEqual([
      ["output_per_mu", "70.0000000000"],
      ["output_per_energy", "10.0000000000"],
      ["rd_ratio", "0.0200000000"],
      ["retrofit_per_mu", "2.3333333333"],
      ["certifications", "1.0000000000"],
    ]);
    expect(r.rows.map((row) => row.score!.toDecimalPlaces(30).toFixed())).toEqual(
      [d(2125).div(14), d(375).div(7), d(1325).div(14)].map((x) => x.toDecimalPlaces(30).toFixed()),
    );
    expect(r.rows[0]!.indicators.output_per_energy!.toFixed()).toBe("10");
    expect(r.rows.every((row) => row.notes.length === 0)).toBe(true);
  });

  test("ZC-TIER 二(一)2: a blank denominator is reported, the row gets no score, and the benchmark uses only firms with the data", () => {
    const r = scoreEnterprises(zc, [f1, firm(500, 10, null, 10, 500, 0, 0), f3]).value;
    expect(r.indicators.find((i) => i.key === "output_per_energy")!.benchmark!.toFixed()).toBe("12.5");
    const row = r.rows[1]!;
    expect(row.score).toBeNull();
    expect(row.indicators.output_per_energy).toBeNull();
    expect(row.notes.map((n) => n.field)).toEqual(["energy_tce", "score"]);
    expect(row.notes[0]!.message.zh).toContain("不按 0 计");
    expect(row.notes[0]!.citation).toBe("zengcheng-2022-draft.txt 二(一)2");
  });

  test("ZC-TIER 二(一)2: a zero area (denominator 0) never becomes a 0 indicator", () => {
    const r = scoreEnterprises(zc, [f1, firm(500, 0, 100, 10, 500, 0, 0)]).value;
    expect(r.rows[1]!.indicators.output_per_mu).toBeNull();
    expect(r.rows[1]!.score).toBeNull();
    expect(r.rows[1]!.notes[0]).toMatchObject({ field: "area_mu", value: "0", threshold: "> 0" });
  });

  test("ZC-TIER 二(一)2: an indicator whose mean benchmark is 0 is left out of every score and reported for the population", () => {
    const noRetrofit = [firm(1000, 10, 100, 30, 1000, 0, 2), f2, firm(300, 5, 20, 4, 400, 0, 1)];
    const r = scoreEnterprises(zc, noRetrofit).value;
    expect(r.indicators.find((i) => i.key === "retrofit_per_mu")!.benchmark).toBeNull();
    expect(r.notes).toHaveLength(1);
    expect(r.notes[0]).toMatchObject({ field: "retrofit_per_mu", value: "0", severity: "notice" });
    // f1 without the retrofit term: 400/7 + 20 + 22.5 + 20
    expect(r.rows[0]!.score!.toDecimalPlaces(30).toFixed()).toBe(d(400).div(7).plus(62.5).toDecimalPlaces(30).toFixed());
  });

  test("ZC-TIER 二(一)2: a negative field is reported, not scored", () => {
    const r = scoreEnterprises(zc, [f1, firm(-5, 10, 100, 10, 500, 0, 0)]).value;
    expect(r.rows[1]!.score).toBeNull();
    expect(r.rows[1]!.notes[0]).toMatchObject({ field: "output", threshold: "≥ 0" });
  });

  test("ZC-TIER 二(一)2: the tier sheet ranks, tiers, and gives the forced-D reason with the clause; forced rows are outside N and the benchmarks", () => {
    const sheet = tierSheet(zc, [f1, f2, f3, { fields: {}, status: "missing" }, { ...firm(99999, 1, 1, 1, 1, 1, 99), status: "falsified" }]);
    const rows = sheet.value.rows;
    expect(rows.map((r) => r.rank)).toEqual([1, 3, 2, null, null]);
    // N = 3: ⌊0.6⌋ = 0 A places, ⌊0.15⌋ = 0 D places, ⌊2.4⌋ = 2 down to B.
    expect(rows.map((r) => r.tier)).toEqual(["B", "C", "B", "D", "D"]);
    expect(sheet.value.quotas).toEqual({ n: 3, aMax: 0, bMax: 2, dMax: 0 });
    expect(rows[3]!.forcedReason!.zh).toContain("未主动上传数据");
    expect(rows[4]!.forcedReason!.zh).toContain("弄虚作假");
    expect(rows[4]!.forcedReason!.zh).toContain("二(一)2");
    expect(sheet.value.indicators[0]!.benchmark!.toFixed()).toBe("70");
    expect(sheet.trace.warnings.map((w) => w.zh).join()).toContain("征求意见稿");
  });

  test("ZC-TIER: the tier sheet agrees with LAND.TIERS on the same scores", () => {
    const rows = [f1, f2, f3, firm(800, 8, 40, 20, 900, 30, 3), firm(200, 4, 50, 1, 300, 0, 0)];
    const sheet = tierSheet(zc, rows).value;
    const numbers = sheet.rows.map((r) => toCellNumber(r.score!));
    expect(sheet.rows.map((r) => r.tier)).toEqual(tiers(zc, numbers).value.tiers);
  });

  test("ZC-TIER 二(一)2: the tier sheet's scores are LAND.SCORE (Σ weight × value ÷ benchmark) of its own indicators and benchmarks, to the last digit a cell holds", () => {
    const money = fc.integer({ min: 1, max: 10_000_000 }).map((n) => d(n).div(100));
    const row = fc.tuple(money, money, money, money, money, money, fc.integer({ min: 0, max: 9 })).map(([output, area, energy, rd, revenue, retrofit, certs]): EnterpriseRow => ({
      fields: { output, area_mu: area, energy_tce: energy, rd, revenue, retrofit, certifications: d(certs) },
    }));
    fc.assert(
      fc.property(fc.array(row, { minLength: 2, maxLength: 30 }), (rows) => {
        const sheet = tierSheet(zc, rows).value;
        const scored = sheet.indicators.filter((i) => i.benchmark !== null);
        for (const r of sheet.rows) {
          const score = compositeScore(scored.map((i) => r.indicators[i.key]!), scored.map((i) => i.benchmark!), scored.map((i) => i.weight));
          expect(toCellNumber(r.score!)).toBe(toCellNumber(score));
        }
      }),
    );
  });

  test("ZC-TIER: benchmarkMethod aggregate (Σ numerator ÷ Σ denominator) in a derived profile: output per mu 1800 ÷ 25 = 72", () => {
    const registry = createRegistry();
    const profile = registry.derive({
      id: "zc-aggregate",
      extends: "zengcheng",
      names: { zh: "增城（总量比基准）", en: "Zengcheng, aggregate benchmarks" },
      reason: "what-if",
      overrides: { "ZC-TIER.benchmarkMethod": { value: "aggregate", reason: "county uses district totals" } },
    });
    const ctx: Context = { profile, asOf: zc.asOf };
    const r = scoreEnterprises(ctx, [f1, f2, f3]);
    expect(r.value.method).toBe("aggregate");
    const b = Object.fromEntries(r.value.indicators.map((i) => [i.key, i.benchmark!]));
    expect(b.output_per_mu!.toFixed()).toBe("72");
    expect(b.output_per_energy!.equals(d(1800).div(220))).toBe(true);
    expect(b.rd_ratio!.equals(d(44).div(1900))).toBe(true);
    expect(b.certifications!.toFixed()).toBe("1");
    expect(r.trace.warnings.map((w) => w.en).join()).toContain("derived profile zc-aggregate");
  });

  test("ZC-TIER: an unknown benchmark method in a derived profile is refused when it loads, naming the value", () => {
    const registry = createRegistry();
    const derive = () => registry.derive({ id: "zc-bad", extends: "zengcheng", names: { zh: "x", en: "x" }, reason: "test", overrides: { "ZC-TIER.benchmarkMethod": { value: "median", reason: "test" } } });
    expect(derive).toThrow("zc-bad.overrides.ZC-TIER.benchmarkMethod.value: expected one of mean, aggregate");
    expect(registry.find("zc-bad")).toBeUndefined();
  });
});
