// LAND.SPLITOK · 分割转让合规 (ZC-SPLIT): its descriptor and adapter.
import { requireNonNegative } from "../../policies/engine/checks";
import { ZERO } from "../../policies/engine/decimal";
import { splitTransferCheck, type SplitUnit } from "../../policies/rules/zengcheng-split";
import { valueFault } from "../cells";
import { filledDecs, isBlank, neededDec, optionalDate, optionalDec, readDec, single } from "../coerce";
import { contextFor } from "../context";
import { flagOf, noViolation } from "../outcome";
import { date, defineFunction, m2, PROFILE } from "../spec";

export default defineFunction({
  id: "SPLITOK",
  zh: "分割转让合规",
  summary: {
    zh: "产业用房分割转让是否合规（TRUE）：最小单元不低于 500 ㎡；配套设施不得独立分割，随产业用房按比例；登记之日起 5 年内不得再次转让",
    en: "Whether a split transfer of 产业用房 complies (TRUE): each unit ≥ 500 ㎡; ancillary space never alone and only in proportion; no re-transfer within 5 years of registration",
  },
  params: [
    { name: "unit_areas_m2", zh: "分割单元面积", range: true, help: { zh: "本次分割转让的各产业用房单元建筑面积（㎡）", en: "Each 产业用房 unit's floor area in this transfer (㎡)" }, unit: "㎡" },
    m2("ancillary_m2", "配套设施面积", "Ancillary office/living space conveyed with them", true),
    m2("project_industrial_m2", "项目产业用房面积", "The project's 产业用房 floor area", true),
    m2("project_ancillary_m2", "项目配套设施面积", "The project's ancillary floor area", true),
    date("registered_on", "分割转让登记日期", "Date of the split-transfer registration (for a re-transfer)", true),
    date("transfer_on", "再次转让日期", "Date of the re-transfer", true),
    PROFILE,
  ],
  returns: { type: "boolean", help: { zh: "TRUE：符合分割转让要求", en: "TRUE: the split transfer complies" } },
  rules: ["ZC-SPLIT"],
  pinned: false,
  examples: [
    { formula: '=LAND.SPLITOK({500;800}, , , , , , "zengcheng")', result: true, note: { zh: "不低于 500 ㎡ 含本数", en: "不低于 includes 500 ㎡" } },
    { formula: '=LAND.SPLITOK({499.99}, , , , , , "zengcheng")', result: false },
    { formula: '=LAND.SPLITOK({600}, 60, 1000, 100, , , "zengcheng")', result: true, note: { zh: "配套 60 ≤ 600 × 100 ÷ 1000", en: "ancillary 60 ≤ 600 × 100 ÷ 1000" } },
    { formula: '=LAND.SPLITOK({600}, 61, 1000, 100, , , "zengcheng")', result: false },
    { formula: '=LAND.SPLITOK({600}, , , , "2020-03-15", "2025-03-14", "zengcheng")', result: false, note: { zh: "登记之日起 5 年内", en: "within 5 years of registration" } },
    { formula: '=LAND.SPLITOK({600}, , , , "2020-03-15", "2025-03-15", "zengcheng")', result: false, note: { zh: "末日 EDATE(登记日, 60) 仍在 5 年内（民法典 第201–202条）", en: "the last day, EDATE(registration, 60), is still inside the 5 years" } },
    { formula: '=LAND.SPLITOK({600}, , , , "2020-03-15", "2025-03-16", "zengcheng")', result: true, note: { zh: "次日起可再次转让", en: "allowed from the day after" } },
  ],
  adapter: (args, host) => {
    const industrial = filledDecs(args.unit_areas_m2, "unit_areas_m2", requireNonNegative);
    const ancillaryM2 = requireNonNegative(readDec(args.ancillary_m2, "ancillary_m2", ZERO), "ancillary_m2");
    if (industrial.length === 0 && ancillaryM2.isZero()) throw valueFault("unit_areas_m2", "至少需要一个分割单元的建筑面积", "give at least one unit's floor area");
    // 随产业用房比例 can only be checked against the project's own floor areas.
    const proportional = !ancillaryM2.isZero() && industrial.length > 0;
    const why = { zh: "随产业用房分割配套设施时须给出项目的产业用房和配套设施面积（三(一)2 随产业用房比例）", en: "ancillary space split with 产业用房 needs the project's floor areas (三(一)2: in proportion)" };
    const transfer = optionalDate(args.transfer_on, "transfer_on");
    if (transfer !== null && isBlank(single(args.registered_on, "registered_on")))
      throw valueFault("registered_on", "判断 5 年内不得再次转让须给出分割转让登记日期", "the five-year lock needs the split-transfer registration date");
    const conveyed: SplitUnit[] = industrial.map((areaM2) => ({ areaM2, use: "industrial" }));
    if (!ancillaryM2.isZero()) conveyed.push({ areaM2: ancillaryM2, use: "ancillary" });
    return flagOf(
      splitTransferCheck(contextFor(args.profile, host), {
        units: conveyed,
        projectIndustrialM2: proportional ? neededDec(args.project_industrial_m2, "project_industrial_m2", why) : optionalDec(args.project_industrial_m2, "project_industrial_m2"),
        projectAncillaryM2: proportional ? neededDec(args.project_ancillary_m2, "project_ancillary_m2", why) : optionalDec(args.project_ancillary_m2, "project_ancillary_m2"),
        registeredOn: optionalDate(args.registered_on, "registered_on"),
        transferOn: transfer,
      }),
      noViolation,
    );
  },
});
