import {
  createRegistry, keptBuildingTransferCheck, lateRectificationOutcome, legacyDirectedSaleEligible, planApprovalCheck, rectificationDealingCheck, relocationAreaCheck,
  evaluationScope, subsidyBar, villageTransferConsentCheck, type Context, type Profile, type RuleResult, type Trace,
} from "../../policies";
import { at, d, day } from "./wz-zs-helpers";

// Every parameter the second-pass rules carry in their profile is read by their functions (it
// shows in a trace), and every editable one changes a result when a derived profile changes it.
type Run = (ctx: Context) => RuleResult<unknown>;

const RUNS: Record<string, { profile: string; runs: Run[] }> = {
  "ZC-SCOPE": {
    profile: "zengcheng",
    runs: [
      (c) => evaluationScope(c, { year: 2023, aboveScale: true, insideBlock: false, landMu: null }),
      (c) => evaluationScope(c, { year: 2024, aboveScale: false, insideBlock: true, landMu: d(10) }),
    ],
  },
  "ZC-NOSUPPORT": {
    profile: "zengcheng",
    runs: [
      ...(["investment", "attraction", "rent", "village"] as const).flatMap((k): Run[] => [(c) => subsidyBar(c, k, { lowEfficiencyListed: true }), (c) => subsidyBar(c, k, { watchListed: true })]),
      (c) => rectificationDealingCheck(c, true, "transfer"),
      (c) => rectificationDealingCheck(c, true, "mortgage"),
    ],
  },
  "ZC-RECTIFY": {
    profile: "zengcheng",
    runs: [
      (c) => lateRectificationOutcome(c, { deadline: day("2024-03-15"), resolvedOn: day("2024-03-15"), hasAgreement: true }),
      (c) => lateRectificationOutcome(c, { deadline: day("2024-01-01"), resolvedOn: null, hasAgreement: true }),
      (c) => lateRectificationOutcome(c, { deadline: day("2024-01-01"), resolvedOn: null, hasAgreement: false }),
    ],
  },
  "ZS-PLAN": { profile: "zhongshan", runs: [(c) => planApprovalCheck(c, { approvedOn: day("2023-03-15"), validMonths: null, actOn: day("2024-03-16") })] },
  "ZS-CONSENT": { profile: "zhongshan", runs: [(c) => villageTransferConsentCheck(c, { members: { consenting: d(1), total: d(3) }, households: { consenting: d(1), total: d(3) } })] },
  "NB-RELOC-AREA": { profile: "ningbo", runs: [(c) => relocationAreaCheck(c, d(30), d(31))] },
  "NB-LEGACY": {
    profile: "ningbo",
    runs: [
      (c) => legacyDirectedSaleEligible(c, { formedOn: day("2013-05-27"), demolishedByPlan: true }),
      (c) => keptBuildingTransferCheck(c, { penalised: false, consistentWithPlan: true, safetyCertificate: false, fireAcceptance: false }),
    ],
  },
};

const traceOf = (r: RuleResult<unknown>): Trace => r.trace;
const valueOf = (r: RuleResult<unknown>): string => JSON.stringify(r.value);

describe.each(Object.entries(RUNS))("%s: its parameters are read by its functions", (rule, { profile, runs }) => {
  test(`${rule}: every parameter in the ${profile} profile shows in a trace of its functions`, () => {
    const base = at(profile);
    const read = new Set(runs.flatMap((run) => traceOf(run(base)).params.map((p) => p.name)));
    const names = Object.keys(base.profile.rules.get(rule)!.params);
    expect(names.filter((name) => !read.has(name))).toEqual([]);
  });
});

const EDITABLE = Object.entries(RUNS).flatMap(([rule, { profile }]) =>
  Object.entries(at(profile).profile.rules.get(rule)!.params)
    .filter(([, p]) => p.editable)
    .map(([name, p]) => [`${rule}.${name}`, rule, name, p.value] as const),
);

describe("second-pass rules: an editable parameter changes a result", () => {
  test("there are editable parameters to try (ZC-NOSUPPORT's readings, ZS-PLAN's 原则 ceiling)", () => {
    expect(EDITABLE.map(([path]) => path)).toEqual(expect.arrayContaining(["ZC-NOSUPPORT.lowEfficiencyBars.rent", "ZS-PLAN.maxValidityMonths"]));
  });

  test.each(EDITABLE)("%s: a derived profile that changes it changes some result", (_, rule, name, value) => {
    const { profile, runs } = RUNS[rule]!;
    const base = at(profile);
    const changed = typeof value === "boolean" ? !value : typeof value === "number" ? value + 1 : value;
    const own: Profile = createRegistry().derive({ id: "what-if", base: profile, names: { zh: "假设", en: "what-if" }, reason: "test", overrides: { [`${rule}.${name}`]: changed } });
    const ctx = { ...base, profile: own };
    expect(runs.some((run) => valueOf(run(base)) !== valueOf(run(ctx)))).toBe(true);
  });
});
