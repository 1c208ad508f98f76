import { parseIsoDate } from "../../policies/engine/dates";
import { getProfile, jurisdictionProfiles } from "../../policies/profiles";
import { effectiveWindow, summariseProfile } from "../../taskpane/profile/profileSummary";

const on = (date: string) => parseIsoDate(date);

describe("status on the evaluation date (documentStatus)", () => {
  test("温政办〔2020〕53号: 施行 2020-07-01, 至 2025-06-30 止 — in force on the last day, expired the day after", () => {
    const wenzhou = getProfile("wenzhou");
    expect(summariseProfile(wenzhou, on("2025-06-30")).statusLabel).toEqual({ zh: "现行有效", en: "In force" });
    const after = summariseProfile(wenzhou, on("2025-07-01"));
    expect(after.status.state).toBe("expired");
    expect(after.statusLabel).toEqual({ zh: "已失效", en: "Expired" });
    expect(after.status.warning?.zh).toContain("已于 2025-06-30 失效");
  });

  test("增城 征求意见稿 is a draft on any date, with a warning", () => {
    const s = summariseProfile(getProfile("增城"), on("2024-03-15"));
    expect(s.status.state).toBe("draft");
    expect(s.statusLabel.zh).toBe("征求意见稿");
    expect(s.status.warning).not.toBeNull();
  });

  test("浙江 (施行 2023-03-15) is not yet in force the day before", () => {
    expect(summariseProfile(getProfile("zhejiang"), on("2023-03-14")).statusLabel).toEqual({ zh: "尚未施行", en: "Not yet in force" });
  });
});

describe("effective window", () => {
  test("as the document states it; a date it leaves blank reads 未载明 / not stated", () => {
    expect(effectiveWindow(getProfile("zhongshan").document)).toEqual({ zh: "2022-02-01 至 2025-12-31", en: "2022-02-01 to 2025-12-31" });
    // 宁波 draft: "本通知自2023年 月 日起施行，有效期至2027年12月31日" — the start day is blank.
    expect(effectiveWindow(getProfile("ningbo").document)).toEqual({ zh: "未载明 至 2027-12-31", en: "not stated to 2027-12-31" });
  });
});

describe("rules in a profile", () => {
  test("each rule counts its sourced and assumed values; totals add up; included rules name their document", () => {
    for (const profile of jurisdictionProfiles()) {
      const s = summariseProfile(profile, on("2024-03-15"));
      expect(s.rules.map((r) => r.id)).toEqual([...profile.rules.keys()]);
      for (const r of s.rules) {
        const params = Object.values(profile.rules.get(r.id)!.params);
        expect(r.sourced + r.assumed).toBe(params.length);
        expect(r.assumed).toBe(params.filter((p) => p.basis === "assumed").length);
      }
      expect(s.totals.sourced).toBe(s.rules.reduce((n, r) => n + r.sourced, 0));
      expect(s.totals.rules).toBe(profile.rules.size);
    }
  });

  test("ZC-TIER's bLine 0.80 is an assumed value (FUNCTIONS.md: assumed, editable); NAT-IDLE-FEE is applied from 闲置土地处置办法", () => {
    const s = summariseProfile(getProfile("zengcheng"), on("2024-03-15"));
    expect(s.rules.find((r) => r.id === "ZC-TIER")!.assumed).toBeGreaterThanOrEqual(1);
    expect(s.rules.find((r) => r.id === "NAT-IDLE-FEE")?.includedFrom).toBe("闲置土地处置办法");
    expect(s.rules.find((r) => r.id === "ZC-TIER")!.includedFrom).toBeNull();
  });
});
