import { documentStatus, edate, fromExcelSerial, getProfile, minimumRenewalFund, parseIsoDate, tier, toExcelSerial } from "../../policies";
import { at, d } from "../rules/wz-zs-helpers";

const stateOf = (profile: string, asOf: string) => documentStatus(getProfile(profile).document, parseIsoDate(asOf));

describe("document status on a date (in force, draft, expired, not yet in force)", () => {
  test("wenzhou 温政办〔2020〕53号, 2020-07-01 … 2025-06-30: in force on both ends of the window", () => {
    expect(stateOf("wenzhou", "2020-07-01")).toMatchObject({ state: "in-force", warning: null });
    expect(stateOf("wenzhou", "2025-06-30")).toMatchObject({ state: "in-force", warning: null });
  });

  test("wenzhou: not yet in force on 2020-06-30, with a warning naming the start date", () => {
    const s = stateOf("wenzhou", "2020-06-30");
    expect(s.state).toBe("not-yet-in-force");
    expect(s.warning!.zh).toContain("2020-07-01");
  });

  test("wenzhou: expired from 2025-07-01, and on 2026-11-21 — the warning names the end date and the evaluation date", () => {
    expect(stateOf("wenzhou", "2025-07-01").state).toBe("expired");
    const s = stateOf("wenzhou", "2026-11-21");
    expect(s.state).toBe("expired");
    expect(s.warning!.zh).toContain("已于 2025-06-30 失效");
    expect(s.warning!.en).toContain("2026-11-21");
  });

  test("zengcheng and ningbo are drafts for comments (征求意见稿) on any date in their window", () => {
    for (const asOf of ["2022-01-01", "2024-03-15", "2027-12-31"]) {
      expect(stateOf("zengcheng", asOf).state).toBe("draft");
      expect(stateOf("ningbo", asOf).state).toBe("draft");
    }
    expect(stateOf("ningbo", "2024-03-15").warning!.zh).toContain("征求意见稿");
  });

  test("ningbo 有效期至2027年12月31日: after it, the draft is reported expired", () => {
    expect(stateOf("ningbo", "2028-01-01").state).toBe("expired");
  });

  test("zhejiang 自 2023-03-15 起施行，有效期为 5 年: in force 2023-03-15 … 2028-03-14, not before, expired after", () => {
    expect(stateOf("zhejiang", "2023-03-14").state).toBe("not-yet-in-force");
    expect(stateOf("zhejiang", "2023-03-15").state).toBe("in-force");
    expect(stateOf("zhejiang", "2028-03-14").state).toBe("in-force");
    expect(stateOf("zhejiang", "2028-03-15").state).toBe("expired");
  });

  test("zhejiang: the end date is the day before EDATE(start, 60) — five years counted from the first day", () => {
    const doc = getProfile("zhejiang").document;
    const dayBefore = fromExcelSerial(toExcelSerial(edate(parseIsoDate(doc.effective.from!), 60)) - 1);
    expect(doc.effective.to).toBe(dayBefore);
  });

  test("a trace carries the state: zhejiang's fund rule on 2028-03-15 warns it has expired", () => {
    const t = minimumRenewalFund(at("zhejiang", "2028-03-15"), d(100)).trace;
    expect(t.profile.state).toBe("expired");
    expect(t.warnings.map((w) => w.zh).join("")).toContain("已于 2028-03-14 失效");
  });

  test("an included rule warns for both documents: ningbo's tier via ZJ-EVAL on 2029-01-01 (ningbo and zhejiang expired)", () => {
    const t = tier(at("ningbo", "2029-01-01"), { score: 1, scores: [1, 2, 3], status: "ok" }).trace;
    expect(t.warnings.map((w) => w.en)).toEqual([
      expect.stringContaining("Ningbo low-efficiency industrial land notice (draft) expired on 2027-12-31"),
      expect.stringContaining("Zhejiang low-efficiency industrial land opinions expired on 2028-03-14"),
    ]);
  });
});
