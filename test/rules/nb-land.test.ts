import { industrialSupplyCheck, microParkMortgageCheck, microParkShareCheck, type MicroParkInput } from "../../policies";
import { at, d, ruleErrorOf } from "./wz-zs-helpers";

const nb = at("ningbo");
const park = (firms: number, area: number | string): MicroParkInput => ({ manufacturingFirms: d(firms), totalFirms: d(10), manufacturingArea: d(area), totalArea: d(1000) });

describe("NB-MICRO 二(十一) new micro-enterprise parks", () => {
  test("NB-MICRO 二(十一) 数量和面积占比原则上均不低于70%: 7 of 10 firms and 700 of 1000 ㎡ — exactly 70% — pass", () => {
    expect(microParkShareCheck(nb, park(7, 700)).value).toEqual([]);
  });

  test("NB-MICRO 二(十一) 均不低于: by count AND by area — 6 of 10 fails by count; 699.9 ㎡ fails by area", () => {
    expect(microParkShareCheck(nb, park(6, 800)).value.map((f) => [f.field, f.value])).toEqual([["manufacturing_firm_share", "60%"]]);
    expect(microParkShareCheck(nb, park(9, "699.9")).value.map((f) => [f.field, f.value])).toEqual([["manufacturing_area_share", "69.99%"]]);
    const both = microParkShareCheck(nb, park(5, 500)).value;
    expect(both.map((f) => f.citation)).toEqual(["ningbo-2023-draft.txt 二(十一)", "ningbo-2023-draft.txt 二(十一)"]);
  });

  test("NB-MICRO 二(十一): firms are counted whole; more manufacturers than firms → #NUM! naming the argument", () => {
    expect(ruleErrorOf(() => microParkShareCheck(nb, park(7.5, 700)))).toMatchObject({ kind: "num", argument: "manufacturing_firms" });
    expect(ruleErrorOf(() => microParkShareCheck(nb, park(11, 700)))).toMatchObject({ kind: "num", argument: "manufacturing_firms" });
    expect(ruleErrorOf(() => microParkShareCheck(nb, { ...park(7, 700), totalArea: d(0) }))).toMatchObject({ kind: "num", argument: "total_area" });
  });

  test("NB-MICRO 二(十一) 竣工备案前最高抵押额不超过土地出让价款: 1000 against 1000 passes; 1000.01 fails", () => {
    expect(microParkMortgageCheck(nb, { mortgage: d(1000), landPrice: d(1000), completionFiled: false }).value).toEqual([]);
    const [f] = microParkMortgageCheck(nb, { mortgage: d("1000.01"), landPrice: d(1000), completionFiled: false }).value;
    expect(f).toMatchObject({ rule: "NB-MICRO", field: "mortgage", threshold: "≤ 1 倍", severity: "violation" });
  });

  test("NB-MICRO 二(十一) 竣工备案前: after completion filing the ceiling no longer applies", () => {
    expect(microParkMortgageCheck(nb, { mortgage: d(5000), landPrice: d(1000), completionFiled: true }).value).toEqual([]);
  });

  test("NB-MICRO 二(十一): a zero land price → #NUM! naming land_price", () => {
    expect(ruleErrorOf(() => microParkMortgageCheck(nb, { mortgage: d(1), landPrice: d(0), completionFiled: false }))).toMatchObject({ kind: "num", argument: "land_price" });
  });

  test("NB-MICRO 二(十一): the trace carries the draft warning", () => {
    expect(microParkShareCheck(nb, park(7, 700)).trace.warnings.map((w) => w.en).join(" ")).toContain("draft");
  });
});

describe("NB-SUPPLY 二(二十三) industrial share of land supply", () => {
  test("NB-SUPPLY 二(二十三) 工业用地（海）占比不低于35%: 35 of 100 passes; 34.99 fails — no 工业大市大县 question in 宁波", () => {
    expect(industrialSupplyCheck(nb, { industrialArea: d(35), totalArea: d(100), majorIndustrialRegion: null }).value).toEqual([]);
    const [f] = industrialSupplyCheck(nb, { industrialArea: d("34.99"), totalArea: d(100), majorIndustrialRegion: null }).value;
    expect(f).toMatchObject({ rule: "NB-SUPPLY", field: "industrial_share", value: "34.99%", threshold: "≥ 35%", citation: "ningbo-2023-draft.txt 二(二十三)" });
  });

  test("NB-SUPPLY 二(二十三): 宁波's own 35% applies even where the provincial 30% would be met", () => {
    expect(industrialSupplyCheck(nb, { industrialArea: d(32), totalArea: d(100), majorIndustrialRegion: true }).value).toHaveLength(1);
  });

  test("NB-SUPPLY 二(二十三): industrial land above the total → #NUM! naming industrial_area", () => {
    expect(ruleErrorOf(() => industrialSupplyCheck(nb, { industrialArea: d(101), totalArea: d(100), majorIndustrialRegion: null }))).toMatchObject({
      kind: "num",
      argument: "industrial_area",
    });
  });
});
