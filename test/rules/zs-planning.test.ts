import {
  ancillaryCheck,
  ancillaryFloorShareCap,
  parkProjectAreaCheck,
  parseRenewalType,
  prefabNotice,
  residentialFloorAreaCheck,
  selfHoldCheck,
  selfHoldMinShare,
  singleProjectCheck,
  type SelfHoldInput,
} from "../../policies";
import { at, d, day, ruleErrorOf } from "./wz-zs-helpers";

const zs = at("zhongshan");

describe("ZS-UNIT 一(三) single projects ahead of the area plan", () => {
  test("ZS-UNIT 一(三): 30亩以上（含本数）: exactly 30 亩 qualifies", () => {
    expect(singleProjectCheck(zs, d(30)).value).toEqual([]);
  });

  test("ZS-UNIT 一(三): 29.99 亩 → violation cited to 一(三)", () => {
    const [f] = singleProjectCheck(zs, d(29.99)).value;
    expect(f).toMatchObject({ rule: "ZS-UNIT", citation: "zhongshan-2022-11.txt 一(三)", threshold: "≥ 30 亩", severity: "violation" });
  });

  test("ZS-UNIT 一(三): once the area plan is approved the size condition does not apply", () => {
    expect(singleProjectCheck(zs, d(5), true).value).toEqual([]);
  });
});

describe("ZS-CONSOL 二(八) projects inside 万亩千亩 parks", () => {
  test("ZS-CONSOL 二(八): 用地面积小于30亩 → not accepted; 30 itself is not 小于 30", () => {
    expect(parkProjectAreaCheck(zs, d(29.99), true).value.map((f) => f.severity)).toEqual(["violation"]);
    expect(parkProjectAreaCheck(zs, d(30), true).value).toEqual([]);
  });

  test("ZS-CONSOL 二(八): outside the parks small projects are not caught", () => {
    expect(parkProjectAreaCheck(zs, d(10), false).value).toEqual([]);
  });
});

describe("ZS-SELFHOLD 三(十四) self-held share and split units", () => {
  const q = { areaMu: d(30), renewalType: "industrial" as const, agreedTaxPerMu: d(30), priorityIndustry: true };
  const ok: SelfHoldInput = {
    ...q,
    selfHeldShare: d(0.2),
    roomUnitsM2: [d(300), d(450)],
    buyerIsEnterprise: true,
    registrationDate: day("2020-02-29"),
    transferDate: day("2025-03-01"),
    resplit: false,
  };

  test("ZS-SELFHOLD 三(十四): 30亩, 工改工 agreement 亩均税收不低于30 → self-hold may drop to 20%", () => {
    expect(selfHoldMinShare(zs, q).value?.toFixed()).toBe("0.2");
  });

  test("ZS-SELFHOLD 三(十四): 工改M0 needs 不低于100: 99.99 → no concession; 100 → 20%", () => {
    expect(selfHoldMinShare(zs, { ...q, renewalType: "m0", agreedTaxPerMu: d(99.99) }).value).toBeNull();
    expect(selfHoldMinShare(zs, { ...q, renewalType: "m0", agreedTaxPerMu: d(100) }).value?.toFixed()).toBe("0.2");
  });

  test("ZS-SELFHOLD 三(十四): no supervision agreement, 29.9 亩, or not a priority industry → no concession", () => {
    expect(selfHoldMinShare(zs, { ...q, agreedTaxPerMu: null }).value).toBeNull();
    expect(selfHoldMinShare(zs, { ...q, areaMu: d(29.9) }).value).toBeNull();
    expect(selfHoldMinShare(zs, { ...q, priorityIndustry: false }).value).toBeNull();
  });

  test("ZS-SELFHOLD 三(十四): share 20%, units of 300 ㎡ (不小于300), enterprise buyer, transfer the day after EDATE(registration, 60) → no finding", () => {
    expect(selfHoldCheck(zs, ok).value).toEqual([]);
  });

  test("ZS-SELFHOLD 三(十四): share 19.99% → violation", () => {
    const [f] = selfHoldCheck(zs, { ...ok, selfHeldShare: d(0.1999) }).value;
    expect(f).toMatchObject({ field: "self_held_share", severity: "violation", threshold: "≥ 20%" });
  });

  test("ZS-SELFHOLD 三(十四): 单元面积不小于300平方米: a 299.99 ㎡ room unit → violation naming that unit", () => {
    const findings = selfHoldCheck(zs, { ...ok, roomUnitsM2: [d(300), d(299.99)] }).value;
    expect(findings.map((f) => f.field)).toEqual(["room_units_m2[2]"]);
  });

  test("ZS-SELFHOLD 三(十四): 受让主体须为企业: an individual buyer → violation", () => {
    expect(selfHoldCheck(zs, { ...ok, buyerIsEnterprise: false }).value.map((f) => f.field)).toEqual(["buyer_is_enterprise"]);
  });

  test("ZS-SELFHOLD 三(十四) + RULES.md reading note: 5年内不得申请转让 — registered 2020-02-29: the last day inside is EDATE(reg, 60) = 2025-02-28 (violation); 2025-03-01 → allowed", () => {
    const [f, ...rest] = selfHoldCheck(zs, { ...ok, transferDate: day("2025-02-28") }).value;
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ field: "transfer_date", threshold: "≥ 2025-03-01", severity: "violation", citation: "zhongshan-2022-11.txt 三(十四)" });
    expect(selfHoldCheck(zs, { ...ok, transferDate: day("2025-02-27") }).value.map((x) => x.field)).toEqual(["transfer_date"]);
    expect(selfHoldCheck(zs, ok).trace.params.find((p) => p.name === "transferAllowedOnEndDay")).toMatchObject({ value: false, basis: "sourced" });
  });

  test("ZS-SELFHOLD 三(十四) + reading note: registered 2021-06-10 → transfer 2026-06-10 is still inside, 2026-06-11 allowed", () => {
    const reg = { ...ok, registrationDate: day("2021-06-10") };
    expect(selfHoldCheck(zs, { ...reg, transferDate: day("2026-06-10") }).value.map((x) => x.field)).toEqual(["transfer_date"]);
    expect(selfHoldCheck(zs, { ...reg, transferDate: day("2026-06-11") }).value).toEqual([]);
  });

  test("ZS-SELFHOLD 三(十四): a transfer date without the registration date → #VALUE! naming registration_date", () => {
    expect(ruleErrorOf(() => selfHoldCheck(zs, { ...ok, registrationDate: null })).argument).toBe("registration_date");
  });

  test("ZS-SELFHOLD 三(十四): 已办理分割部分不得申请再次分割 → violation", () => {
    expect(selfHoldCheck(zs, { ...ok, resplit: true }).value.map((f) => f.field)).toEqual(["resplit"]);
  });

  test("ZS-SELFHOLD 三(十四): a non-qualifying project keeping 30% → a notice naming the unmet condition", () => {
    const [f, ...rest] = selfHoldCheck(zs, { ...ok, agreedTaxPerMu: d(29.99), selfHeldShare: d(0.3) }).value;
    expect(rest).toEqual([]);
    expect(f!.severity).toBe("notice");
    expect(f!.message.zh).toContain("30 万元/亩");
  });

  test("ZS-SELFHOLD: a share above 1 → #NUM! naming self_held_share", () => {
    expect(ruleErrorOf(() => selfHoldCheck(zs, { ...ok, selfHeldShare: d(1.2) })).argument).toBe("self_held_share");
  });

  test("ZS-SELFHOLD: project type words 工改工 / 工改M0; anything else → #VALUE!", () => {
    expect(parseRenewalType("工改工")).toBe("industrial");
    expect(parseRenewalType("工改M0")).toBe("m0");
    expect(parseRenewalType("工改 M0")).toBe("m0");
    expect(ruleErrorOf(() => parseRenewalType("工改住")).kind).toBe("value");
  });
});

describe("ZS-ANCIL 三(十五) ancillary facilities", () => {
  const base = { areaMu: d(30), renewalType: "industrial" as const, ancillaryLandShare: d(0.07), ancillaryFloorShare: d(0.2) };

  test("ZS-ANCIL 三(十五): 30 亩 工改工, land 7% (不超过 includes 7%) → floor share may be 20%", () => {
    expect(ancillaryCheck(zs, base).value).toEqual([]);
    expect(ancillaryFloorShareCap(zs, base).value?.toFixed()).toBe("0.2");
  });

  test("ZS-ANCIL 三(十五): floor share 20.01% → violation", () => {
    expect(ancillaryCheck(zs, { ...base, ancillaryFloorShare: d(0.2001) }).value.map((f) => f.severity)).toEqual(["violation"]);
  });

  test("ZS-ANCIL 三(十五): land share 7.01% → the 20% allowance does not apply (a notice naming it)", () => {
    const [f] = ancillaryCheck(zs, { ...base, ancillaryLandShare: d(0.0701), ancillaryFloorShare: d(0.18) }).value;
    expect(f!.severity).toBe("notice");
    expect(f!.message.zh).toContain("7%");
    expect(ancillaryFloorShareCap(zs, { ...base, ancillaryLandShare: d(0.0701) }).value).toBeNull();
  });

  test("ZS-ANCIL 三(十五): 工改M0 or 29 亩 → no allowance", () => {
    expect(ancillaryFloorShareCap(zs, { ...base, renewalType: "m0" }).value).toBeNull();
    expect(ancillaryFloorShareCap(zs, { ...base, areaMu: d(29) }).value).toBeNull();
  });
});

describe("ZS-SWAP 三(十八) residential floor area", () => {
  test("ZS-SWAP 三(十八): 涉及住宅用地的，计容建筑面积不得增加: equal → none, +1 ㎡ → violation", () => {
    expect(residentialFloorAreaCheck(zs, d(10000), d(10000)).value).toEqual([]);
    expect(residentialFloorAreaCheck(zs, d(10000), d(10001)).value.map((f) => [f.severity, f.threshold])).toEqual([["violation", "≤ 10000 ㎡"]]);
  });
});

describe("ZS-PREFAB 三(十九) prefabricated buildings", () => {
  test("ZS-PREFAB 三(十九): 达到3000平方米以上 includes 3000 → a notice (鼓励, not a violation)", () => {
    const [f] = prefabNotice(zs, d(3000), false).value;
    expect(f).toMatchObject({ rule: "ZS-PREFAB", severity: "notice", threshold: "≥ 3000 ㎡" });
  });

  test("ZS-PREFAB 三(十九): 2999.99 ㎡, or already prefabricated → nothing", () => {
    expect(prefabNotice(zs, d(2999.99), false).value).toEqual([]);
    expect(prefabNotice(zs, d(5000), true).value).toEqual([]);
  });
});
