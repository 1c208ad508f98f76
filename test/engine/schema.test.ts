import { builtInProfiles, parseProfileFile, ProfileError, type ProfileRegistry } from "../../policies";
import { loadRegistry, shippedProfileSources } from "../../policies/profile-files";

const PROFILE_SOURCES = shippedProfileSources();

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A fresh copy of a shipped profile file, to break. */
function shipped(label: string): Json {
  return structuredClone(PROFILE_SOURCES.find((s) => s.label === label)!.json) as Json;
}

/** The issues a broken profile is rejected with, loaded with the other shipped files (failing the test when it is accepted). */
function rejection(json: unknown, label = "zhejiang"): ProfileError {
  try {
    loadRegistry(PROFILE_SOURCES.map((s) => (s.label === label ? { label, json } : s)));
  } catch (e) {
    if (e instanceof ProfileError) return e;
    throw e;
  }
  throw new Error("expected the profile to be rejected");
}

const paths = (e: ProfileError) => e.issues.map((i) => i.path);
const FUND = "zhejiang.rules.ZJ-FUND.params.minRevenueShare";

describe("schema: a broken profile is rejected with the path of the bad value", () => {
  test("every shipped profile file is valid", () => {
    for (const s of PROFILE_SOURCES) expect(() => parseProfileFile(s.json, s.label)).not.toThrow();
    expect(() => loadRegistry(PROFILE_SOURCES)).not.toThrow();
  });

  test("a parameter without its citation → …minRevenueShare.citation", () => {
    const p = shipped("zhejiang");
    delete p.rules["ZJ-FUND"].params.minRevenueShare.citation;
    expect(paths(rejection(p))).toEqual([`${FUND}.citation`]);
  });

  test("an assumed value without a reason → …aShare.reason", () => {
    const p = shipped("zhejiang");
    p.rules["ZJ-EVAL"].params.aShare.reason = " ";
    const e = rejection(p);
    expect(paths(e)).toEqual(["zhejiang.rules.ZJ-EVAL.params.aShare.reason"]);
    expect(e.issues[0]!.message).toContain("reason");
  });

  test("a threshold (bound) without inclusive → …maxParcelMu.inclusive (以上/超过 must be decided)", () => {
    const p = shipped("zhejiang");
    delete p.rules["ZJ-MERGE"].params.maxParcelMu.inclusive;
    expect(paths(rejection(p))).toEqual(["zhejiang.rules.ZJ-MERGE.params.maxParcelMu.inclusive"]);
  });

  test("a threshold whose value is not a number (nor a fraction like \"1/3\") → …maxParcelMu.value", () => {
    const p = shipped("zhejiang");
    p.rules["ZJ-MERGE"].params.maxParcelMu.value = "three";
    expect(paths(rejection(p))).toEqual(["zhejiang.rules.ZJ-MERGE.params.maxParcelMu.value"]);
    p.rules["ZJ-MERGE"].params.maxParcelMu.value = "3/1";
    expect(() => loadRegistry(PROFILE_SOURCES.map((s) => (s.label === "zhejiang" ? { label: "zhejiang", json: p } : s)))).not.toThrow();
  });

  test("a rule id under the wrong prefix (NB-FUND in the ZJ document) → zhejiang.rules.NB-FUND", () => {
    const p = shipped("zhejiang");
    p.rules["NB-FUND"] = p.rules["ZJ-FUND"];
    delete p.rules["ZJ-FUND"];
    const e = rejection(p);
    expect(paths(e)).toEqual(["zhejiang.rules.NB-FUND"]);
    expect(e.message).toContain("does not belong to a ZJ document");
  });

  test("a rule id not in the RULES.md form (ZJ_fund) → zhejiang.rules.ZJ_fund", () => {
    const p = shipped("zhejiang");
    p.rules["ZJ_fund"] = p.rules["ZJ-FUND"];
    expect(paths(rejection(p))).toContain("zhejiang.rules.ZJ_fund");
  });

  test.each([NaN, Infinity, -Infinity])("a non-finite number (%p) → …minRevenueShare.value", (bad) => {
    const p = shipped("zhejiang");
    p.rules["ZJ-FUND"].params.minRevenueShare.value = bad;
    expect(paths(rejection(p))).toEqual([`${FUND}.value`]);
  });

  test("an unknown field in a parameter → the parameter's path, naming the field", () => {
    const p = shipped("zhejiang");
    p.rules["ZJ-FUND"].params.minRevenueShare.colour = "red";
    const e = rejection(p);
    expect(paths(e)).toEqual([FUND]);
    expect(e.issues[0]!.message).toContain("colour");
  });

  test("an unknown field at the top of the profile → the profile's own path", () => {
    const p = shipped("ningbo");
    p.extra = true;
    expect(paths(rejection(p, "ningbo"))).toEqual(["ningbo"]);
  });

  test("a bad date or an inverted effective window → document.effective…", () => {
    const p = shipped("zhejiang");
    p.document.effective.to = "2028-02-30";
    expect(paths(rejection(p))).toEqual(["zhejiang.document.effective.to"]);
    const q = shipped("zhejiang");
    q.document.effective.to = "2020-01-01";
    expect(paths(rejection(q))).toEqual(["zhejiang.document.effective"]);
  });

  test("several faults are all reported at once", () => {
    const p = shipped("zhejiang");
    delete p.rules["ZJ-FUND"].params.minRevenueShare.citation;
    delete p.rules["ZJ-MERGE"].params.maxParcelMu.inclusive;
    expect(paths(rejection(p)).sort()).toEqual([`${FUND}.citation`, "zhejiang.rules.ZJ-MERGE.params.maxParcelMu.inclusive"]);
  });
});

describe("registry: a set with one bad file throws and loads nothing", () => {
  const withBad = (label: string, json: unknown) => PROFILE_SOURCES.map((s) => (s.label === label ? { label, json } : s));

  function registryOf(sources: ReadonlyArray<{ label: string; json: unknown }>): ProfileRegistry | ProfileError {
    try {
      return loadRegistry(sources);
    } catch (e) {
      if (e instanceof ProfileError) return e;
      throw e;
    }
  }

  test("an include of a missing rule → zhejiang.includes.0.rules.3, and no registry", () => {
    const p = shipped("zhejiang");
    p.includes[0].rules.push("NAT-NOPE");
    const result = registryOf(withBad("zhejiang", p));
    expect(result).toBeInstanceOf(ProfileError);
    expect(paths(result as ProfileError)).toEqual(["zhejiang.includes.0.rules.3"]);
    expect((result as ProfileError).message).toContain("NAT-NOPE");
  });

  test("an include of a missing profile → ningbo.includes.1.profile", () => {
    const p = shipped("ningbo");
    p.includes[1].profile = "hangzhou";
    expect(paths(registryOf(withBad("ningbo", p)) as ProfileError)).toEqual(["ningbo.includes.1.profile"]);
  });

  test("a bad file first or last in the set rejects the whole set, labelled with that file", () => {
    const bad = shipped("zhejiang");
    delete bad.rules["ZJ-FUND"].params.minRevenueShare.citation;
    const good = PROFILE_SOURCES.filter((s) => s.label !== "zhejiang");
    for (const sources of [[{ label: "zhejiang", json: bad }, ...good], [...good, { label: "zhejiang", json: bad }]]) {
      const result = registryOf(sources);
      expect(result).toBeInstanceOf(ProfileError);
      expect((result as ProfileError).profile).toBe("zhejiang");
    }
  });

  test("two files with one id → rejected as a duplicate", () => {
    const twin = { label: "zhejiang-copy", json: shipped("zhejiang") };
    expect(paths(registryOf([...PROFILE_SOURCES, twin]) as ProfileError)).toEqual(["zhejiang.id"]);
  });

  test("a failed load leaves the shipped registry and the source files untouched", () => {
    const before = structuredClone(PROFILE_SOURCES.map((s) => s.json));
    const bad = shipped("zhejiang");
    bad.rules["ZJ-FUND"].params.minRevenueShare.value = NaN;
    expect(registryOf(withBad("zhejiang", bad))).toBeInstanceOf(ProfileError);
    expect(PROFILE_SOURCES.map((s) => s.json)).toEqual(before);
    expect(builtInProfiles.list()).toHaveLength(PROFILE_SOURCES.length);
    expect(builtInProfiles.get("zhejiang").rules.get("ZJ-FUND")!.params.minRevenueShare!.value).toBe(0.005);
  });
});
