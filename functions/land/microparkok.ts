// LAND.MICROPARKOK · 小微园制造占比 (NB-MICRO, ZJ-MICRO): its descriptor and adapter.
import { microParkShareCheck } from "../../policies/rules/micro-parks";
import { readDec } from "../coerce";
import { contextFor } from "../context";
import { flagOf, noViolation } from "../outcome";
import { count, defineFunction, PROFILE } from "../spec";

export default defineFunction({
  id: "MICROPARKOK",
  zh: "小微园制造占比",
  summary: { zh: "新建小微企业园制造类企业数量和面积占比是否均不低于 70%（TRUE）", en: "Whether a new micro-enterprise park has manufacturing firms at 70% or more by count and by area (TRUE)" },
  params: [
    count("manufacturing_firms", "制造类企业数", "Manufacturing micro-firms"),
    count("total_firms", "入园企业总数", "All firms in the park"),
    { name: "manufacturing_area", zh: "制造类企业面积", help: { zh: "制造类小微企业使用面积（与总面积同单位）", en: "Area used by manufacturing firms (same unit as total_area)" } },
    { name: "total_area", zh: "园区总面积", help: { zh: "园区可使用总面积", en: "The park's total usable area" } },
    PROFILE,
  ],
  returns: { type: "boolean", help: { zh: "TRUE：数量和面积占比均达到", en: "TRUE: both shares reach the floor" } },
  rules: ["NB-MICRO", "ZJ-MICRO"],
  pinned: false,
  examples: [
    { formula: '=LAND.MICROPARKOK(7, 10, 700, 1000, "ningbo")', result: true, note: { zh: "均不低于 70% 含本数", en: "不低于 includes 70%" } },
    { formula: '=LAND.MICROPARKOK(6, 10, 800, 1000, "zhejiang")', result: false, note: { zh: "数量占比 60%", en: "60% by count" } },
    { formula: '=LAND.MICROPARKOK(7, 10, 699.9, 1000, "zhejiang")', result: false, note: { zh: "面积占比 69.99%", en: "69.99% by area" } },
  ],
  adapter: (args, host) =>
    flagOf(
      microParkShareCheck(contextFor(args.profile, host), {
        manufacturingFirms: readDec(args.manufacturing_firms, "manufacturing_firms"),
        totalFirms: readDec(args.total_firms, "total_firms"),
        manufacturingArea: readDec(args.manufacturing_area, "manufacturing_area"),
        totalArea: readDec(args.total_area, "total_area"),
      }),
      noViolation,
    ),
});
