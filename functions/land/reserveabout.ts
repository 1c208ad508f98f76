// LAND.RESERVEABOUT · 预留空间约占比 (NB-RESERVE): its descriptor and adapter.
import { reserveShareCheck } from "../../policies/rules/ningbo-targets";
import { readDec } from "../coerce";
import { contextFor } from "../context";
import { flagOf } from "../outcome";
import { defineFunction, PROFILE } from "../spec";

export default defineFunction({
  id: "RESERVEABOUT",
  zh: "预留空间约占比",
  summary: {
    zh: "工业用地控制线内预留的小微企业园及调产安置空间是否约为新增空间的 20%（“左右”：容差内 TRUE；超出容差只是提示，请核实）",
    en: "Whether the space reserved inside the control line for micro-parks and relocation is about 20% of the new space (左右: TRUE within the tolerance; outside it a notice to review, not a violation)",
  },
  params: [
    { name: "new_space", zh: "新增空间", help: { zh: "控制线内新增空间（亩或㎡，与预留空间同单位）", en: "New space inside the control line (亩 or ㎡, the unit of reserved)" } },
    { name: "reserved", zh: "预留空间", help: { zh: "预留用于小微企业园和调产安置的空间（同单位）", en: "Space reserved for micro-parks and relocation (same unit)" } },
    PROFILE,
  ],
  returns: { type: "boolean", help: { zh: "TRUE：约为 20%；FALSE：超出“左右”的容差（提示）", en: "TRUE: about 20%; FALSE: outside the tolerance of 左右 (a notice)" } },
  rules: ["NB-RESERVE"],
  pinned: false,
  examples: [
    { formula: '=LAND.RESERVEABOUT(1000, 200, "ningbo")', result: true },
    { formula: '=LAND.RESERVEABOUT(1000, 180, "ningbo")', result: true, note: { zh: "容差 2 个百分点（假定）", en: "a 2-point tolerance (assumed)" } },
    { formula: '=LAND.RESERVEABOUT(1000, 170, "ningbo")', result: false },
  ],
  adapter: (args, host) => flagOf(reserveShareCheck(contextFor(args.profile, host), readDec(args.new_space, "new_space"), readDec(args.reserved, "reserved")), (findings) => findings.length === 0),
});
