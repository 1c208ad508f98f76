import { createRegistry, parseIsoDate, ProfileError, RuleError, tier, type Profile, type ProfileRegistry } from "../../policies";

const asOf = parseIsoDate("2024-03-15");
const oneToTwenty = Array.from({ length: 20 }, (_, i) => i + 1);

function b75(registry: ProfileRegistry): Profile {
  return registry.derive({
    id: "zengcheng-b75",
    extends: "zengcheng",
    names: { zh: "增城（B 档至 75%）", en: "Zengcheng, B to 75%" },
    reason: "what-if: a stricter B line",
    overrides: { "ZC-TIER.bLine": { value: 0.75, reason: "district asks for B to the 75% line" } },
  });
}

/** The ProfileError a derive is rejected with (failing the test when it is accepted). */
function rejected(registry: ProfileRegistry, json: unknown): ProfileError {
  try {
    registry.derive(json);
  } catch (e) {
    if (e instanceof ProfileError) return e;
    throw e;
  }
  throw new Error("expected the derived profile to be rejected");
}

const spec = (overrides: Record<string, unknown>, id = "zc-bad") => ({ id, extends: "zengcheng", names: { zh: "坏", en: "bad" }, reason: "test", overrides });

describe("derived profiles (ProfileRegistry.derive)", () => {
  test("ZC-TIER 二(一)2 bLine 0.80 → 0.75: validated, recorded as an override with its reason, marked assumed", () => {
    const derived = b75(createRegistry());
    expect(derived.derivedFrom).toBe("zengcheng");
    expect(derived.overrides).toHaveLength(1);
    const [o] = derived.overrides;
    expect(o).toMatchObject({ path: "ZC-TIER.bLine", reason: "district asks for B to the 75% line" });
    expect(o!.from.value).toBe(0.8);
    expect(o!.to).toMatchObject({ value: 0.75, basis: "assumed", bound: "max", inclusive: true });
    expect(o!.to.citation).toContain("zengcheng-b75 override of zengcheng-2022-draft.txt 二(一)2");
    expect(derived.rules.get("ZC-TIER")!.params.bLine!.value).toBe(0.75);
  });

  test("the base profile is unchanged: zengcheng keeps bLine 0.80 and no overrides", () => {
    const registry = createRegistry();
    b75(registry);
    const base = registry.get("zengcheng");
    expect(base.rules.get("ZC-TIER")!.params.bLine!.value).toBe(0.8);
    expect(base.overrides).toEqual([]);
    expect(base.derivedFrom).toBeNull();
  });

  test("ZC-TIER 二(一)2: score 5 of 1…20 is B under zengcheng (hi 16 ≤ 16) and C under bLine 0.75 (hi 16 > 15)", () => {
    const registry = createRegistry();
    const derived = b75(registry);
    expect(tier({ profile: registry.get("zengcheng"), asOf }, { score: 5, scores: oneToTwenty, status: "ok" }).value).toBe("B");
    expect(tier({ profile: derived, asOf }, { score: 5, scores: oneToTwenty, status: "ok" }).value).toBe("C");
    expect(tier({ profile: derived, asOf }, { score: 6, scores: oneToTwenty, status: "ok" }).value).toBe("B");
  });

  test("the trace marks the parameter overridden and warns the profile is derived", () => {
    const t = tier({ profile: b75(createRegistry()), asOf }, { score: 5, scores: oneToTwenty, status: "ok" }).trace;
    expect(t.params.find((p) => p.name === "bLine")).toMatchObject({ value: 0.75, overridden: true, basis: "assumed" });
    expect(t.params.find((p) => p.name === "aShare")).toMatchObject({ overridden: false });
    expect(t.profile.derivedFrom).toBe("zengcheng");
    const derivedWarning = t.warnings.find((w) => w.en.startsWith("derived profile"));
    expect(derivedWarning?.zh).toContain("基于 zengcheng");
    expect(derivedWarning?.en).toContain("1 overridden value");
    expect(derivedWarning?.zh).toContain("本规则：B 档累计线 0.8 → 0.75（district asks for B to the 75% line）");
  });

  test("a derived profile is found by its id and name, and may itself be derived from (overrides accumulate)", () => {
    const registry = createRegistry();
    b75(registry);
    expect(registry.get("增城（B 档至 75%）").id).toBe("zengcheng-b75");
    const twice = registry.derive({
      id: "zengcheng-b75-a15",
      extends: "zengcheng-b75",
      names: { zh: "增城（A15%）", en: "Zengcheng, A 15%" },
      reason: "what-if",
      overrides: { "ZC-TIER.aShare": { value: 0.15, reason: "smaller A" } },
    });
    expect(twice.overrides.map((o) => o.path)).toEqual(["ZC-TIER.bLine", "ZC-TIER.aShare"]);
    expect(twice.derivedFrom).toBe("zengcheng-b75");
  });

  test("a non-finite override → rejected at …overrides.ZC-TIER.bLine.value", () => {
    expect(rejected(createRegistry(), spec({ "ZC-TIER.bLine": { value: NaN, reason: "x" } })).issues.map((i) => i.path)).toEqual(["zc-bad.overrides.ZC-TIER.bLine.value"]);
  });

  test("an override of a parameter the base lacks → rejected at …overrides.ZC-TIER.nope", () => {
    const e = rejected(createRegistry(), spec({ "ZC-TIER.nope": { value: 1, reason: "x" } }));
    expect(e.issues).toEqual([{ path: "zc-bad.overrides.ZC-TIER.nope", message: "zengcheng has no parameter ZC-TIER.nope" }]);
  });

  test("an override without its own reason takes the profile's; one with an unknown field → rejected at that field", () => {
    const p = createRegistry().derive(spec({ "ZC-TIER.bLine": { value: 0.7 } }));
    expect(p.overrides[0]).toMatchObject({ path: "ZC-TIER.bLine", reason: "test" });
    expect(rejected(createRegistry(), spec({ "ZC-TIER.bLine": { value: 0.7, reason: "x", colour: "red" } })).issues.map((i) => i.path)).toEqual([
      "zc-bad.overrides.ZC-TIER.bLine.colour",
    ]);
  });

  test("an override of another kind than the base value (a flag or a word for a number) → rejected at …value", () => {
    const e = rejected(createRegistry(), spec({ "ZC-TIER.bLine": { value: true, reason: "x" } }));
    expect(e.issues).toEqual([{ path: "zc-bad.overrides.ZC-TIER.bLine.value", message: 'expected a number or an exact fraction such as "1/3"' }]);
    expect(rejected(createRegistry(), spec({ "ZC-TIER.forcedD.missing": { value: "no", reason: "x" } })).issues.map((i) => i.path)).toEqual([
      "zc-bad.overrides.ZC-TIER.forcedD.missing.value",
    ]);
    expect(createRegistry().derive(spec({ "ZC-TIER.bLine": { value: "3/4", reason: "exact three quarters" } })).rules.get("ZC-TIER")!.params.bLine!.value).toBe("3/4");
  });

  test("an override changes a value, never what the parameter is (its bound, unit) → rejected at …bound", () => {
    const e = rejected(createRegistry(), spec({ "ZC-IDLE.feeShare": { bound: "max", reason: "x" } }));
    expect(e.issues.map((i) => i.path)).toEqual(["zc-bad.overrides.ZC-IDLE.feeShare.bound", "zc-bad.overrides.ZC-IDLE.feeShare"]);
  });

  test("a rejected derive registers nothing and changes nothing, even when an earlier override was good", () => {
    const registry = createRegistry();
    rejected(registry, spec({ "ZC-TIER.bLine": { value: 0.7, reason: "good" }, "ZC-TIER.nope": { value: 1, reason: "bad" } }));
    expect(registry.find("zc-bad")).toBeUndefined();
    expect(registry.get("zengcheng").rules.get("ZC-TIER")!.params.bLine!.value).toBe(0.8);
  });

  test("an id already taken, or an unknown base → rejected naming the field", () => {
    const registry = createRegistry();
    expect(rejected(registry, { ...spec({}), id: "wenzhou" }).issues.map((i) => i.path)).toEqual(["wenzhou.id"]);
    expect(rejected(registry, { ...spec({}), extends: "hangzhou" }).issues.map((i) => i.path)).toEqual(["zc-bad.base"]);
  });
});

describe("registry look-up", () => {
  test("profiles are found by id, Chinese name, short name and alias, case-insensitively", () => {
    const registry = createRegistry();
    for (const name of ["ningbo", "NB", "宁波", "宁波市", " Ningbo "]) expect(registry.get(name).id).toBe("ningbo");
    for (const name of ["zhejiang", "ZJ", "浙江", "浙江省"]) expect(registry.get(name).id).toBe("zhejiang");
  });

  test("an unknown profile → #VALUE! naming the argument and listing the choices", () => {
    let error: unknown;
    try {
      createRegistry().get("杭州", "profile");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RuleError);
    expect(error).toMatchObject({ kind: "value", argument: "profile" });
    expect((error as RuleError).zh).toContain("ningbo (宁波)");
  });
});
