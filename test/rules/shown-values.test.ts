// Messages are for reading: a value computed at 50 digits is shown to 6 significant digits (≈),
// rounded away from the threshold it missed; the exact value stays in the finding's data.
import { dec, decShown, Dec, industrialSupplyCheck, splitTransferCheck, supervisionCheck } from "../../policies";
import { at, d, ruleErrorOf } from "./wz-zs-helpers";

describe("decShown: the value a message shows", () => {
  test.each([
    ["38.5", "38.5"],
    ["527.29946524064171122994652406417112299465240641711", "≈527.299"],
    ["12345678.9", "≈12345679"],
    ["0.000012345678", "≈0.0000123457"],
    ["-3.14159265", "≈-3.14159"],
    ["100000", "100000"],
  ])("%s reads %s", (exact, shown) => expect(decShown(dec(exact))).toBe(shown));

  test("rounding away from a floor: 49.99995 reads ≈49.9999 (down), never ≈50", () => {
    expect(decShown(dec("49.99995"))).toBe("≈50");
    expect(decShown(dec("49.99995"), Dec.ROUND_FLOOR)).toBe("≈49.9999");
    expect(decShown(dec("20.000001"), Dec.ROUND_CEIL)).toBe("≈20.0001");
  });
});

describe("rule messages show readable values", () => {
  const zc = at("zengcheng");

  test("ZC-GGG 二(六)17: 934.99 万元 of tax on 18.7 亩 (49.9994652…) reads ≈49.9994 below 50; the finding keeps every digit", () => {
    const taxPerMu = d("934.99").div(d("18.7"));
    const [f] = supervisionCheck(zc, { zone: "core", pilot: false, far: d(2), taxPerMu }).value;
    expect(f!.message.zh).toBe("亩均税收 ≈49.9994 低于监管要求 50（二(六)17）");
    expect(f!.message.en).toContain("tax per mu ≈49.9994 is below the requirement 50");
    expect(f!.value).toBe(taxPerMu.toFixed());
  });

  test("ZC-SPLIT 三(一)2: a unit of 1499.999999 ÷ 3 ㎡ reads ≈499.999 ㎡ below 500 ㎡", () => {
    const [f] = splitTransferCheck(zc, { units: [{ areaM2: d("1499.999999").div(3), use: "industrial" }] }).value;
    expect(f!.message.zh).toBe("第 1 个分割单元建筑面积 ≈499.999 ㎡ 低于 500 ㎡");
  });

  test("NB-SUPPLY 二(二十三): a share of 1/3 reads ≈33.3333% against ≥ 35%; an industrial area above the total names both readably", () => {
    const [f] = industrialSupplyCheck(at("ningbo"), { industrialArea: d(1), totalArea: d(3), majorIndustrialRegion: null }).value;
    expect([f!.value, f!.threshold]).toEqual(["≈33.3333%", "≥ 35%"]);
    const e = ruleErrorOf(() => industrialSupplyCheck(at("ningbo"), { industrialArea: d(10).div(3).plus("0.0000001"), totalArea: d(10).div(3), majorIndustrialRegion: null }));
    expect(e.zh).toBe("不能大于 total_area（≈3.33334 > ≈3.33333）");
  });
});
