import { keptBuildingTransferCheck, legacyDirectedSaleEligible, relocationAreaCap, relocationAreaCheck, type KeptBuildingInput } from "../../policies";
import { at, d, day, ruleErrorOf } from "./wz-zs-helpers";

const nb = at("ningbo");

// 宁波 二(十): 经批准收回原土地使用权，可以协议出让方式或租赁方式为原土地使用权人重新安排不超过原合法面积的工业用地。
describe("NB-RELOC-AREA 二(十) land re-arranged for an approved relocation", () => {
  test("NB-RELOC-AREA 二(十): 不超过原合法面积 includes it — 30 亩 for 30 亩 passes, 30.01 is a violation citing 二(十)", () => {
    expect(relocationAreaCheck(nb, d(30), d(30)).value).toEqual([]);
    const [f] = relocationAreaCheck(nb, d(30), d("30.01")).value;
    expect(f).toMatchObject({ rule: "NB-RELOC-AREA", field: "new_mu", threshold: "≤ 30 亩", severity: "violation", citation: "ningbo-2023-draft.txt 二(十)" });
  });

  test("NB-RELOC-AREA 二(十): the cap is the original lawful area; less land is always allowed", () => {
    expect(relocationAreaCap(nb, d("12.5")).value.toFixed()).toBe("12.5");
    expect(relocationAreaCheck(nb, d(30), d(5)).value).toEqual([]);
  });

  test("NB-RELOC-AREA: no lawful area → only 0 亩 may be re-arranged; negative areas → #NUM! naming the argument", () => {
    expect(relocationAreaCheck(nb, d(0), d(0)).value).toEqual([]);
    expect(relocationAreaCheck(nb, d(0), d(1)).value.map((f) => f.field)).toEqual(["new_mu"]);
    expect(ruleErrorOf(() => relocationAreaCheck(nb, d(-1), d(1))).argument).toBe("original_lawful_mu");
    expect(ruleErrorOf(() => relocationAreaCheck(nb, d(1), d(-1))).argument).toBe("new_mu");
  });

  test("NB-RELOC-AREA: not in the 增城 profile → #N/A", () => {
    expect(ruleErrorOf(() => relocationAreaCap(at("zengcheng"), d(1))).kind).toBe("na");
  });
});

// 宁波 二(十八): 对2013年5月28日前形成的违法建筑，根据工业用地综合整治方案需要拆除的，各地可结合实际，制定搬迁拆除与
// 小微企业园定向销售相挂钩的具体办法 … 对经行政处罚并符合规划、予以保留的现状建筑，在取得房屋安全鉴定合格证明和建设工程
// 消防验收合格意见书（消防验收备案凭证）后，可带建筑物公开出让或租赁方式办理用地手续。
describe("NB-LEGACY 二(十八) legacy unlawful buildings and buildings kept after a penalty", () => {
  const eligible = (formed: string, demolished = true) => legacyDirectedSaleEligible(nb, { formedOn: day(formed), demolishedByPlan: demolished }).value;

  test("NB-LEGACY 二(十八): 2013年5月28日前 excludes the day — formed 2013-05-27 qualifies, 2013-05-28 does not", () => {
    expect(eligible("2013-05-27").eligible).toBe(true);
    const onTheDay = eligible("2013-05-28");
    expect(onTheDay.eligible).toBe(false);
    expect(onTheDay.reason.zh).toContain("ningbo-2023-draft.txt 二(十八)");
    expect(eligible("2020-01-01").eligible).toBe(false);
  });

  test("NB-LEGACY 二(十八): 需要拆除的 — an old building the plan keeps is not tied to directed sale", () => {
    expect(eligible("2010-01-01", false)).toMatchObject({ eligible: false });
  });

  const kept: KeptBuildingInput = { penalised: true, consistentWithPlan: true, safetyCertificate: true, fireAcceptance: true };

  test("NB-LEGACY 二(十八): penalised, consistent with the plan, both certificates → may go with the land", () => {
    expect(keptBuildingTransferCheck(nb, kept).value).toEqual([]);
  });

  test("NB-LEGACY 二(十八): 和 — both the safety certificate and the fire acceptance are needed", () => {
    expect(keptBuildingTransferCheck(nb, { ...kept, fireAcceptance: false }).value.map((f) => f.field)).toEqual(["fire_acceptance"]);
    expect(keptBuildingTransferCheck(nb, { ...kept, safetyCertificate: false, fireAcceptance: false }).value.map((f) => f.field)).toEqual(["safety_certificate", "fire_acceptance"]);
  });

  test("NB-LEGACY 二(十八): a building not penalised, or not consistent with the plan, is not such a kept building", () => {
    const [f] = keptBuildingTransferCheck(nb, { ...kept, penalised: false }).value;
    expect(f).toMatchObject({ rule: "NB-LEGACY", field: "penalised", severity: "violation", citation: "ningbo-2023-draft.txt 二(十八)" });
    expect(keptBuildingTransferCheck(nb, { ...kept, consistentWithPlan: false }).value.map((x) => x.field)).toEqual(["consistent_with_plan"]);
  });
});
