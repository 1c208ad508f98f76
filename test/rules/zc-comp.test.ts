import { compensationArea, compensationPackage, unlawfulBuildingClass, unlawfulPost2009Money } from "../../policies";
import { at, d, ruleErrorOf } from "./wz-zs-helpers";

const zc = at("zengcheng");

describe("ZC-COMP 三(一)3 property compensation on acquisition", () => {
  test("ZC-COMP 三(一)3: COMPENSATION — 有合法手续 1000 ㎡ × 1.2 + 2009 年前无合法手续 500 ㎡ × 0.6 = 1500 ㎡", () => {
    expect(compensationArea(zc, d(1000), d(500)).value.toFixed()).toBe("1500");
  });

  test("ZC-COMP 三(一)3: exact — 1234.5 × 1.2 + 0.5 × 0.6 = 1481.7", () => {
    expect(compensationArea(zc, d(1234.5), d(0.5)).value.toFixed()).toBe("1481.7");
  });

  test("ZC-COMP 三(一)3: 2008 → 2009 年前; 2010 → 2009 年后 (money)", () => {
    expect(unlawfulBuildingClass(zc, 2008).value).toBe("unlawful-pre");
    expect(unlawfulBuildingClass(zc, 2010).value).toBe("unlawful-post");
  });

  test("ZC-COMP 三(一)3: a building completed in 2009 itself is placed by the profile's assumed choice (2009 年前), marked assumed in the trace", () => {
    const r = unlawfulBuildingClass(zc, 2009);
    expect(r.value).toBe("unlawful-pre");
    expect(r.trace.params.find((p) => p.name === "cutoffYearCountsAsPre")).toMatchObject({ basis: "assumed", value: true });
  });

  test("ZC-COMP 三(一)3: 2009 年后建成 → 按建安成本货币补偿: 300 ㎡ × 1500 元/㎡ ÷ 10000 = 45 万元", () => {
    const r = unlawfulPost2009Money(zc, d(300), d(1500));
    expect(r.value.toFixed()).toBe("45");
    expect(r.trace.params.map((p) => p.name)).toContain("post2009MoneyBasis");
  });

  test("ZC-COMP 三(一)3: a whole site — lawful 2000, unlawful 400 (2005) + 100 (2009) + 250 (2015) at 1800 元/㎡ → 2700 ㎡ property and 45 万元", () => {
    const r = compensationPackage(zc, {
      lawfulM2: d(2000),
      unlawful: [
        { m2: d(400), yearCompleted: 2005 },
        { m2: d(100), yearCompleted: 2009 },
        { m2: d(250), yearCompleted: 2015 },
      ],
      costPerM2: d(1800),
    }).value;
    expect(r.unlawfulPreM2.toFixed()).toBe("500");
    expect(r.unlawfulPostM2.toFixed()).toBe("250");
    expect(r.propertyM2.toFixed()).toBe("2700"); // 2000 × 1.2 + 500 × 0.6
    expect(r.moneyWan.toFixed()).toBe("45"); // 250 × 1800 ÷ 10000
  });

  test("ZC-COMP: negative areas or cost → #NUM! naming the argument; a fractional year → #NUM!", () => {
    expect(ruleErrorOf(() => compensationArea(zc, d(-1), d(0))).argument).toBe("lawful_m2");
    expect(ruleErrorOf(() => unlawfulPost2009Money(zc, d(1), d(-5))).argument).toBe("cost_per_m2");
    expect(ruleErrorOf(() => compensationPackage(zc, { lawfulM2: d(0), unlawful: [{ m2: d(1), yearCompleted: 2009.5 }], costPerM2: d(1) })).kind).toBe("num");
  });

  test("ZC-COMP: the trace carries the draft warning", () => {
    expect(compensationArea(zc, d(1), d(1)).trace.warnings.map((w) => w.zh).join()).toContain("征求意见稿");
  });
});
