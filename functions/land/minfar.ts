// LAND.MINFAR · 容积率下限 (NB-FAR): its descriptor and adapter.
import { minimumFar, parseNingboArea } from "../../policies/rules/ningbo-intensity";
import { requireText } from "../coerce";
import { contextFor } from "../context";
import { amount } from "../outcome";
import { defineFunction, PROFILE } from "../spec";

export default defineFunction({
  id: "MINFAR",
  zh: "容积率下限",
  summary: { zh: "新增工业用地容积率下限：市区不低于 2.0，县（市）不低于 1.5（原则上）", en: "Minimum plot ratio of new industrial land: ≥ 2.0 in the city districts, ≥ 1.5 in the counties (in principle)" },
  params: [{ name: "area", zh: "区域", help: { zh: "district（市区）或 county（县（市））", en: "district (市区) or county (县（市）)" } }, PROFILE],
  returns: { type: "number", help: { zh: "容积率下限（不低于）", en: "The minimum plot ratio (inclusive)" } },
  rules: ["NB-FAR"],
  pinned: false,
  examples: [
    { formula: '=LAND.MINFAR("district", "ningbo")', result: 2 },
    { formula: '=LAND.MINFAR("县", "宁波")', result: 1.5 },
  ],
  adapter: (args, host) => amount(minimumFar(contextFor(args.profile, host), parseNingboArea(requireText(args.area, "area"), "area"))),
});
