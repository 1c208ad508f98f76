import {
  builtInProfiles,
  createRegistry,
  documentStatus,
  Evaluation,
  idleFee,
  mergedParcelTerm,
  parseIsoDate,
  ProfileError,
  RuleError,
  tier,
  type Context,
  type Profile,
} from "../../policies";
import { TIER_QUOTAS } from "../../policies/catalogue/concepts";
import { loadRegistry, shippedProfileSources } from "../../policies/profile-files";
import { d, ruleErrorOf } from "../rules/wz-zs-helpers";

// Issue 7 items 3 and 5: values by date and document versions; typed, bounded parameters
// refused at load with the path of the value, nothing half-loaded.

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const SOURCES = shippedProfileSources();
const shipped = (label: string): Json => structuredClone(SOURCES.find((s) => s.label === label)!.json) as Json;
const withFile = (label: string, json: unknown) => [...SOURCES.filter((s) => s.label !== label), { label, json }];
const scores = Array.from({ length: 20 }, (_, i) => i + 1);
const on = (profile: Profile, asOf: string): Context => ({ profile, asOf: parseIsoDate(asOf) });

function refusal(sources: ReadonlyArray<{ label: string; json: unknown }>): ProfileError {
  try {
    loadRegistry(sources);
  } catch (e) {
    if (e instanceof ProfileError) return e;
    throw e;
  }
  throw new Error("expected the profiles to be refused");
}

describe("values by date (as OpenFisca parameters): the value in force on the as-of date, and the trace says which", () => {
  // A what-if successor: 增城 二(一)2 with A ≤ 20% until 2024-12-31 and A ≤ 25% from 2025-01-01.
  const zc = shipped("zengcheng");
  const aShare = zc.rules["ZC-TIER"].params.aShare;
  delete aShare.value;
  delete aShare.citation;
  delete aShare.quote;
  aShare.values = [
    { from: "2022-01-01", value: 0.2, citation: "zengcheng-2022-draft.txt 二(一)2", quote: "原则上 A 档企业不超过 20%" },
    { from: "2025-01-01", value: 0.25, citation: "zengcheng-2025-test.txt 二(一)2", basis: "assumed", reason: "a test successor" },
  ];
  const registry = loadRegistry(withFile("zengcheng", zc));
  const profile = registry.get("zengcheng");

  test("score 16 of 1…20 is B on 2024-12-31 (⌊0.2 × 20⌋ = 4 < hi 5) and A on 2025-01-01 (⌊0.25 × 20⌋ = 5)", () => {
    expect(tier(on(profile, "2024-12-31"), { score: 16, scores, status: "ok" }).value).toBe("B");
    expect(tier(on(profile, "2025-01-01"), { score: 16, scores, status: "ok" }).value).toBe("A");
  });

  test("the trace names the value used, its citation and the day it took effect", () => {
    const before = tier(on(profile, "2024-06-01"), { score: 16, scores, status: "ok" }).trace.params.find((p) => p.name === "aShare")!;
    expect(before).toMatchObject({ value: 0.2, citation: "zengcheng-2022-draft.txt 二(一)2", from: "2022-01-01", to: "2025-01-01", basis: "sourced" });
    const after = tier(on(profile, "2025-06-01"), { score: 16, scores, status: "ok" });
    expect(after.trace.params.find((p) => p.name === "aShare")).toMatchObject({ value: 0.25, citation: "zengcheng-2025-test.txt 二(一)2", from: "2025-01-01", to: null, basis: "assumed" });
    expect(after.trace.decidedBy.join("\n")).toContain("aShare = 0.25 fraction, in force from 2025-01-01");
  });

  test("before the first value takes effect → #N/A naming the parameter and the date", () => {
    const e = ruleErrorOf(() => tier(on(profile, "2021-12-31"), { score: 16, scores, status: "ok" }));
    expect(e.kind).toBe("na");
    expect(e.en).toContain("ZC-TIER.aShare");
    expect(e.en).toContain("2022-01-01");
  });

  test("dated values out of order, or one out of its domain, are refused at the value's path", () => {
    const bad = structuredClone(zc);
    bad.rules["ZC-TIER"].params.aShare.values.reverse();
    expect(refusal(withFile("zengcheng", bad)).issues.map((i) => i.path)).toEqual(["zengcheng.rules.ZC-TIER.params.aShare.values.1.from"]);
    const out = structuredClone(zc);
    out.rules["ZC-TIER"].params.aShare.values[1].value = 1.25;
    expect(refusal(withFile("zengcheng", out)).issues).toEqual([{ path: "zengcheng.rules.ZC-TIER.params.aShare.values.1.value", message: "a share must be between 0 and 1" }]);
  });

  test("a derived profile may give dated values too", () => {
    const county = createRegistry().derive({
      id: "zc-dated",
      base: "zengcheng",
      names: { zh: "某县", en: "A county" },
      reason: "county notice",
      overrides: { "ZC-TIER.aShare": { values: [{ from: "2020-01-01", value: 0.2, citation: "notice 1" }, { from: "2024-07-01", value: 0.25, citation: "notice 2" }] } },
    });
    expect(tier(on(county, "2024-06-30"), { score: 16, scores, status: "ok" }).value).toBe("B");
    expect(tier(on(county, "2024-07-01"), { score: 16, scores, status: "ok" }).trace.params.find((p) => p.name === "aShare")).toMatchObject({ value: 0.25, overridden: true, from: "2024-07-01" });
  });
});

describe("document versions: the as-of date picks the version; status and warnings follow it", () => {
  // 增城's draft, then the adopted text 增府办规〔2022〕8号 from 2022-07-15 (its text is not in policies/sources: a fixture).
  const zc = shipped("zengcheng");
  const draft = { ...zc.document, version: { zh: "征求意见稿", en: "draft for comments" } };
  const adopted = {
    title: "增城区推进存量工业用地高质量利用实施办法",
    short: { zh: "增城存量工业用地办法（增府办规〔2022〕8号）", en: "Zengcheng stock industrial land measures (2022 No. 8)" },
    version: { zh: "正式文本", en: "adopted text" },
    number: "增府办规〔2022〕8号",
    issuer: "广州市增城区人民政府办公室",
    source: "zengcheng-2022-8.txt",
    status: "in-force",
    effective: { from: "2022-07-15", to: "2027-07-14" },
  };
  zc.document = [draft, adopted];
  const profile = loadRegistry(withFile("zengcheng", zc)).get("zengcheng");

  test("2022-07-14: the draft (征求意见稿 warning); 2022-07-15 … 2027-07-14: the adopted text, in force, no warning; after: expired", () => {
    const before = documentStatus(profile.document, parseIsoDate("2022-07-14"));
    expect(before).toMatchObject({ state: "draft", document: { source: "zengcheng-2022-draft.txt" } });
    expect(before.warning!.zh).toContain("征求意见稿");
    const during = documentStatus(profile.document, parseIsoDate("2022-07-15"));
    expect(during).toMatchObject({ state: "in-force", warning: null, document: { number: "增府办规〔2022〕8号" } });
    expect(documentStatus(profile.document, parseIsoDate("2027-07-14")).state).toBe("in-force");
    const after = documentStatus(profile.document, parseIsoDate("2027-07-15"));
    expect(after.state).toBe("expired");
    expect(after.warning!.zh).toContain("已于 2027-07-14 失效");
  });

  test("a result's trace cites the version in force and carries its standing", () => {
    const draftTrace = tier(on(profile, "2022-01-10"), { score: 16, scores, status: "ok" }).trace;
    expect(draftTrace.citation).toBe("zengcheng-2022-draft.txt 二(一)2");
    expect(draftTrace.profile.state).toBe("draft");
    const adoptedTrace = tier(on(profile, "2024-03-15"), { score: 16, scores, status: "ok" }).trace;
    expect(adoptedTrace.citation).toBe("zengcheng-2022-8.txt 二(一)2");
    expect(adoptedTrace.profile.state).toBe("in-force");
    expect(adoptedTrace.warnings).toEqual([]);
  });

  test("a single document stays valid (the shipped profiles)", () => {
    expect(builtInProfiles.get("zengcheng").document.versions).toBeUndefined();
  });
});

describe("typed, bounded parameters: refused at load with the path, nothing half-loaded", () => {
  test.each([
    ["a share above 1", "zhejiang", (p: Json) => (p.rules["ZJ-EVAL"].params.aShare.value = 1.2), "zhejiang.rules.ZJ-EVAL.params.aShare.value", "a share must be between 0 and 1"],
    ["a negative share", "zengcheng", (p: Json) => (p.rules["ZC-IDLE"].params.feeShare.value = -0.2), "zengcheng.rules.ZC-IDLE.params.feeShare.value", "a share must be between 0 and 1"],
    ["a text share", "zengcheng", (p: Json) => (p.rules["ZC-TIER"].params.aShare.value = "twenty percent"), "zengcheng.rules.ZC-TIER.params.aShare.value", 'expected a number or an exact fraction such as "1/3"'],
    ["a negative period", "zhongshan", (p: Json) => (p.rules["ZS-INTEREST"].params["landBanking.months"].value = -36), "zhongshan.rules.ZS-INTEREST.params.landBanking.months.value", "a period in months must be a whole number ≥ 0"],
    ["a negative amount", "wenzhou", (p: Json) => (p.rules["WZ-CLUSTER"].params.minAreaMu.value = -50), "wenzhou.rules.WZ-CLUSTER.params.minAreaMu.value", "an amount must not be negative"],
    ["a negative count", "zhongshan", (p: Json) => (p.rules["ZS-CONSOL"].params.minHolders.value = -3), "zhongshan.rules.ZS-CONSOL.params.minHolders.value", "a count must be a whole number ≥ 0"],
    ["a flag given as text", "zengcheng", (p: Json) => (p.rules["ZC-TIER"].params["forcedD.missing"].value = "yes"), "zengcheng.rules.ZC-TIER.params.forcedD.missing.value", "expected true or false"],
    ["a word outside its choice", "zengcheng", (p: Json) => (p.rules["ZC-TIER"].params.benchmarkMethod.value = "median"), "zengcheng.rules.ZC-TIER.params.benchmarkMethod.value", "expected one of mean, aggregate"],
    ["a parameter the concept lacks", "zengcheng", (p: Json) => (p.rules["ZC-TIER"].params.cShare = structuredClone(p.rules["ZC-TIER"].params.aShare)), "zengcheng.rules.ZC-TIER.params.cShare", "the rule (concept tier-quotas) has no parameter cShare"],
    ["a required parameter missing", "zengcheng", (p: Json) => delete p.rules["ZC-TIER"].params.dShare, "zengcheng.rules.ZC-TIER.params.dShare", "missing parameter dShare (concept tier-quotas)"],
    ["an unknown concept", "zengcheng", (p: Json) => (p.rules["ZC-TIER"].concept = "tier-quota"), "zengcheng.rules.ZC-TIER.concept", 'no concept "tier-quota"'],
  ])("%s → %s … %s", (_what, label, breakIt, path, message) => {
    const p = shipped(label);
    breakIt(p);
    const e = refusal(withFile(label, p));
    expect(e.issues).toContainEqual({ path, message: expect.stringContaining(message) });
  });

  test("a non-string id → refused naming the id", () => {
    const p = shipped("zhejiang");
    p.id = 7;
    expect(refusal(withFile("zhejiang", p)).issues).toContainEqual({ path: "zhejiang.id", message: "a profile id is text" });
    expect(() => createRegistry().derive({ id: 7, base: "zengcheng", names: { zh: "x", en: "x" }, reason: "r", overrides: {} })).toThrow("derived.id: a profile id is text");
  });

  test("a derived file with feeShare −0.2 or a text share among the shipped files → the whole set refused at the override's path", () => {
    const county = (overrides: Json) => ({ id: "my-county", base: "zengcheng", names: { zh: "某县", en: "A county" }, reason: "r", overrides });
    expect(refusal([...SOURCES, { label: "my-county", json: county({ "ZC-IDLE.feeShare": -0.2 }) }]).issues).toEqual([
      { path: "my-county.overrides.ZC-IDLE.feeShare.value", message: "a share must be between 0 and 1" },
    ]);
    expect(refusal([...SOURCES, { label: "my-county", json: county({ "ZC-TIER.aShare": "0.25" }) }]).issues).toEqual([
      { path: "my-county.overrides.ZC-TIER.aShare.value", message: 'expected a number or an exact fraction such as "1/3"' },
    ]);
  });

  test.each(["constructor", "toString", "hasOwnProperty", "valueOf"])("an override of the inherited name %s → refused, the base untouched", (name) => {
    const registry = createRegistry();
    expect(() => registry.derive({ id: "x", base: "zengcheng", names: { zh: "x", en: "x" }, reason: "r", overrides: { [`ZC-TIER.${name}`]: 1 } })).toThrow(`zengcheng has no parameter ZC-TIER.${name}`);
    expect(registry.find("x")).toBeUndefined();
    expect(Object.hasOwn(registry.get("zengcheng").rules.get("ZC-TIER")!.params, name)).toBe(false);
  });

  test("__proto__ as an override key (as JSON.parse makes it) → refused by the key's form; no prototype is touched", () => {
    const json = JSON.parse('{"id":"x","base":"zengcheng","names":{"zh":"x","en":"x"},"reason":"r","overrides":{"ZC-TIER.__proto__":{"value":1},"__proto__":{"polluted":true}}}') as unknown;
    expect(() => createRegistry().derive(json)).toThrow("override keys are RULE-ID.paramName");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const p = shipped("zengcheng");
    p.rules["ZC-TIER"].params = JSON.parse(`{"__proto__": ${JSON.stringify(p.rules["ZC-TIER"].params.aShare)}, ${JSON.stringify(p.rules["ZC-TIER"].params).slice(1)}`);
    expect(refusal(withFile("zengcheng", p)).issues.map((i) => i.path)).toContain("zengcheng.rules.ZC-TIER.params.__proto__");
  });

  test("derived files resolve after their base; an unknown base or a cycle is refused", () => {
    const a = { id: "county-a", base: "county-b", names: { zh: "甲", en: "A" }, reason: "r", overrides: { "ZC-TIER.aShare": 0.25 } };
    const b = { id: "county-b", base: "zengcheng", names: { zh: "乙", en: "B" }, reason: "r", overrides: { "ZC-TIER.dShare": 0.1 } };
    const r = loadRegistry([{ label: "county-a", json: a }, ...SOURCES, { label: "county-b", json: b }]);
    expect(r.get("county-a").overrides.map((o) => o.path)).toEqual(["ZC-TIER.dShare", "ZC-TIER.aShare"]);
    expect(refusal([...SOURCES, { label: "county-a", json: { ...a, base: "hangzhou" } }]).issues).toEqual([{ path: "county-a.base", message: 'no profile "hangzhou"' }]);
    const cycle = refusal([...SOURCES, { label: "county-a", json: a }, { label: "county-b", json: { ...b, base: "county-a" } }]);
    expect(cycle.issues[0]!.message).toContain("cycle");
  });

  test("a county's own rules beside the city's ids: prefix [\"XT\", \"ZC\"] admits both, any other prefix is refused", () => {
    const copy: Json = { ...shipped("zengcheng"), id: "xintang", names: { zh: "新塘镇", en: "Xintang", short: "新塘", aliases: [] }, prefix: ["XT", "ZC"] };
    copy.rules["XT-RENT"] = structuredClone(copy.rules["ZC-SUB-RENT"]);
    delete copy.rules["ZC-SUB-RENT"];
    const r = loadRegistry([...SOURCES, { label: "xintang", json: copy }]);
    expect(r.get("xintang").concepts.get("rent-subsidy")!.id).toBe("XT-RENT");
    copy.rules["HY-TIER"] = copy.rules["ZC-TIER"];
    expect(refusal([...SOURCES, { label: "xintang", json: copy }]).issues.map((i) => i.path)).toEqual(["xintang.rules.HY-TIER"]);
  });

  test("two files answering to one name (an alias another profile has) → refused at the second's names", () => {
    const copy = { ...shipped("zengcheng"), id: "xintang", names: { zh: "新塘镇", en: "Xintang", short: "新塘", aliases: ["zc"] } };
    expect(refusal([...SOURCES, { label: "xintang", json: copy }]).issues).toEqual([{ path: "xintang.names", message: 'the name "zc" is also zengcheng\'s' }]);
  });

  test("a refused load leaves nothing behind: the shipped registry is unchanged", () => {
    const p = shipped("zengcheng");
    p.rules["ZC-IDLE"].params.feeShare.value = -0.2;
    refusal(withFile("zengcheng", p));
    const r = idleFee({ profile: builtInProfiles.get("zengcheng"), asOf: parseIsoDate("2024-03-15") }, { landPrice: d(1000), agreedStart: parseIsoDate("2023-03-15"), asOf: parseIsoDate("2024-03-15"), cause: "enterprise" });
    expect(r.value.fee.toFixed()).toBe("200");
  });
});

test("NB-MERGE-TERM 二(九) 加权平均 read as each parcel alike (weightBy parcel, a what-if): (7305 + 10957) ÷ 2 = 9131 days → 2049-03-15", () => {
  const whatIf = createRegistry().derive({ id: "nb-parcels", base: "ningbo", names: { zh: "宁波（按宗平均）", en: "Ningbo, per parcel" }, reason: "what-if", overrides: { "NB-MERGE-TERM.weightBy": "parcel" } });
  const parcels = [
    { area: d(10), endDate: parseIsoDate("2044-03-15") },
    { area: d(30), endDate: parseIsoDate("2054-03-15") },
  ];
  expect(mergedParcelTerm(on(builtInProfiles.get("ningbo"), "2024-03-15"), parcels).value.weighted.endDate).toBe("2051-09-14");
  const { weighted } = mergedParcelTerm(on(whatIf, "2024-03-15"), parcels).value;
  expect(weighted.averageDays.toFixed()).toBe("9131");
  expect(weighted.endDate).toBe("2049-03-15");
});

describe("the compiler checks parameter names against the concept", () => {
  test("a misspelt name or a number read as a flag does not compile (see the @ts-expect-error lines)", () => {
    const ev = new Evaluation({ profile: builtInProfiles.get("zengcheng"), asOf: parseIsoDate("2024-03-15") }, TIER_QUOTAS);
    expect(ev.num("aShare").toFixed()).toBe("0.2");
    expect(ev.text("benchmarkMethod")).toBe("mean");
    expect(() => {
      // @ts-expect-error "aShar" is not a parameter of tier-quotas
      ev.num("aShar");
    }).toThrow(RuleError);
    expect(() => {
      // @ts-expect-error aShare is a number, not a flag
      ev.flag("aShare");
    }).toThrow();
    // @ts-expect-error benchmarkMethod is a word, not a number
    expect(() => ev.num("benchmarkMethod")).toThrow();
  });
});
