import { reasonShown } from "../../policies/citations";
import { buildMonths, constructionSchedule, leasePrice, leaseTermCheck, parseProjectClass, startOfWorksCheck } from "../../policies";
import { at, d, day, ruleErrorOf } from "./wz-zs-helpers";

const wz = at("wenzhou");

describe("WZ-TERM 三(三)6 flexible lease term", () => {
  test("WZ-TERM 三(三)6: LEASEPRICE = price × years ÷ 50 (年期修正系数): 1000 万元 for 20 years → 400", () => {
    expect(leasePrice(wz, d(1000), d(20)).value.toFixed()).toBe("400");
    expect(leasePrice(wz, d(1000), d(10)).value.toFixed()).toBe("200");
  });

  test("WZ-TERM 三(三)6: 原则上不超过20年 includes 20 → priced; 20.5 → #NUM! naming years, with the clause", () => {
    expect(leasePrice(wz, d(750), d(20)).value.toFixed()).toBe("300");
    const e = ruleErrorOf(() => leasePrice(wz, d(750), d(20.5)));
    expect(e.kind).toBe("num");
    expect(e.argument).toBe("years");
    expect(e.zh).toContain("三(三)6");
    expect(e.zh).toContain("20");
  });

  test("WZ-TERM 三(三)6: 重大产业项目最高不超过50年: 50 years → the full price; 50.5 → #NUM!", () => {
    expect(leasePrice(wz, d(1000), d(50), "major").value.toFixed()).toBe("1000");
    expect(leasePrice(wz, d(1000), d(35), "major").value.toFixed()).toBe("700");
    expect(ruleErrorOf(() => leasePrice(wz, d(1000), d(50.5), "major")).kind).toBe("num");
  });

  test("WZ-TERM 三(三)6: the divisor 50 is marked assumed with its reason (the text does not state it)", () => {
    const p = leasePrice(wz, d(1000), d(20)).trace.params.find((x) => x.name === "statutoryMaxYears");
    expect(p?.basis).toBe("assumed");
    expect(reasonShown(p!.reason!).zh).toMatch(/第十二条/);
  });

  test("WZ-TERM 三(三)6: term check: 20 years general → no finding; 20.5 → one violation cited to 三(三)6", () => {
    expect(leaseTermCheck(wz, d(20)).value).toEqual([]);
    const [f, ...rest] = leaseTermCheck(wz, d(20.5)).value;
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ rule: "WZ-TERM", citation: "wenzhou-2020-53.txt 三(三)6", field: "term_years", value: "20.5", threshold: "≤ 20 年", severity: "violation" });
  });

  test("WZ-TERM 三(三)6: term check for a major project: 50 → none, 51 → violation", () => {
    expect(leaseTermCheck(wz, d(50), "major").value).toEqual([]);
    expect(leaseTermCheck(wz, d(51), "major").value).toHaveLength(1);
  });

  test("WZ-TERM: a zero term or a negative price is out of domain (#NUM! naming the argument)", () => {
    expect(ruleErrorOf(() => leasePrice(wz, d(1000), d(0))).argument).toBe("years");
    expect(ruleErrorOf(() => leasePrice(wz, d(-1), d(10))).argument).toBe("full_term_price");
    expect(ruleErrorOf(() => leaseTermCheck(wz, d(-3))).kind).toBe("num");
  });

  test("WZ-TERM 三(三)6: project class words (一般 / 重大产业项目 / 战略性新兴产业项目); anything else → #VALUE!", () => {
    expect(parseProjectClass(null)).toBe("general");
    expect(parseProjectClass("一般")).toBe("general");
    expect(parseProjectClass("重大产业项目")).toBe("major");
    expect(parseProjectClass("战略性新兴产业项目")).toBe("major");
    const e = ruleErrorOf(() => parseProjectClass("商业"));
    expect([e.kind, e.argument]).toEqual(["value", "class"]);
  });

  test("WZ-TERM: the 温州 rule is not in other profiles → #N/A", () => {
    expect(ruleErrorOf(() => leasePrice(at("zhongshan"), d(1000), d(20))).kind).toBe("na");
  });
});

describe("WZ-BUILD 三(三)6 start of works and construction period", () => {
  test("WZ-BUILD 三(三)6: 10 亿元以下 includes 10 亿 → 24 months", () => {
    expect(buildMonths(wz, d(100000)).value).toBe(24);
    expect(buildMonths(wz, d(0)).value).toBe(24);
    expect(buildMonths(wz, d(5000)).value).toBe(24);
  });

  test("WZ-BUILD 三(三)6: just above 10 亿 (100000.0001 万元) → 30 months (10～20亿元)", () => {
    expect(buildMonths(wz, d("100000.0001")).value).toBe(30);
    expect(buildMonths(wz, d(150000)).value).toBe(30);
    expect(buildMonths(wz, d("199999.9999")).value).toBe(30);
  });

  test("WZ-BUILD 三(三)6: 20 亿元以上 includes 20 亿 → 36 months", () => {
    expect(buildMonths(wz, d(200000)).value).toBe(36);
    expect(buildMonths(wz, d(1000000)).value).toBe(36);
  });

  test("WZ-BUILD: negative planned investment → #NUM! naming planned_investment", () => {
    const e = ruleErrorOf(() => buildMonths(wz, d(-1)));
    expect([e.kind, e.argument]).toEqual(["num", "planned_investment"]);
  });

  test("WZ-BUILD 三(三)6: 开工期一般为3个月 → 3 months no finding; 4 → a notice", () => {
    expect(startOfWorksCheck(wz, d(3)).value).toEqual([]);
    const [f] = startOfWorksCheck(wz, d(4)).value;
    expect(f).toMatchObject({ rule: "WZ-BUILD", severity: "notice", threshold: "≤ 3 月" });
  });

  test("WZ-BUILD 三(三)6: 最长不得超过半年: 6 months is still allowed (a notice), 6.5 → violation", () => {
    expect(startOfWorksCheck(wz, d(6)).value.map((f) => f.severity)).toEqual(["notice"]);
    const [f, ...rest] = startOfWorksCheck(wz, d(6.5)).value;
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: "violation", threshold: "≤ 6 月", citation: "wenzhou-2020-53.txt 三(三)6" });
  });

  test("WZ-BUILD 三(三)6: deadlines by EDATE from the contract date: 2023-08-31, 10 亿 → start by 2023-11-30, at latest 2024-02-29, complete by 2025-08-31", () => {
    const s = constructionSchedule(wz, day("2023-08-31"), d(100000));
    expect(s.value).toEqual({ startBy: "2023-11-30", startLatest: "2024-02-29", months: 24, completeBy: "2025-08-31" });
    expect(s.trace.params.map((p) => p.name)).toEqual(expect.arrayContaining(["band1UpTo", "band1Months", "startMonthsNormal", "startMonthsMax"]));
  });

  test("WZ-BUILD 三(三)6: 20 亿 contracted 2024-02-29 → 36 months → complete by 2027-02-28", () => {
    expect(constructionSchedule(wz, day("2024-02-29"), d(200000)).value.completeBy).toBe("2027-02-28");
  });
});

describe("温州 53号 validity window (施行 2020-07-01 至 2025-06-30)", () => {
  test("WZ-TERM/WZ-BUILD: evaluated as of 2026-11-21 the trace carries an expired warning", () => {
    const late = at("wenzhou", "2026-11-21");
    for (const trace of [leasePrice(late, d(1000), d(20)).trace, buildMonths(late, d(1)).trace]) {
      expect(trace.profile.state).toBe("expired");
      expect(trace.warnings).toHaveLength(1);
      expect(trace.warnings[0]!.zh).toContain("2025-06-30");
      expect(trace.warnings[0]!.en).toMatch(/expired/);
    }
  });

  test("WZ-TERM: evaluated as of 2024-01-01 (in force) no warning; 2025-06-30 is still in force, 2025-07-01 is not", () => {
    expect(leasePrice(at("wenzhou", "2024-01-01"), d(1000), d(20)).trace.warnings).toEqual([]);
    expect(leasePrice(at("wenzhou", "2025-06-30"), d(1000), d(20)).trace.warnings).toEqual([]);
    expect(leasePrice(at("wenzhou", "2025-07-01"), d(1000), d(20)).trace.profile.state).toBe("expired");
  });
});
