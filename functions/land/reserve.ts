// LAND.RESERVE · 预留空间 (NB-RESERVE): its descriptor and adapter.
import { reservedSpace } from "../../policies/rules/ningbo-targets";
import { readDec } from "../coerce";
import { contextFor } from "../context";
import { amount } from "../outcome";
import { defineFunction, PROFILE } from "../spec";

export default defineFunction({
  id: "RESERVE",
  zh: "预留空间",
  summary: { zh: "工业用地控制线内预留用于小微企业园和调产安置的空间：新增空间的 20% 左右", en: "Space reserved inside the industrial control line for micro-parks and relocation: about 20% of the new space" },
  params: [{ name: "new_space", zh: "新增空间", help: { zh: "控制线内新增空间（任一面积单位，结果同单位）", en: "New space inside the control line (any area unit; the result is in the same unit)" } }, PROFILE],
  returns: { type: "number", help: { zh: "预留空间（“左右”：名义值）", en: "The space to reserve (左右: nominal)" } },
  rules: ["NB-RESERVE"],
  pinned: false,
  examples: [{ formula: '=LAND.RESERVE(1000, "ningbo")', result: 200 }],
  adapter: (args, host) => amount(reservedSpace(contextFor(args.profile, host), readDec(args.new_space, "new_space"))),
});
