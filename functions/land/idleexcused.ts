// LAND.IDLEEXCUSED · 政府原因或不可抗力 (NAT-IDLE-EXC): its descriptor and adapter.
import { idleDelayExcuse, parseIdleDelayCause } from "../../policies/rules/idle-definition";
import { requireText } from "../coerce";
import { contextFor } from "../context";
import { defineFunction, PROFILE } from "../spec";

export default defineFunction({
  id: "IDLEEXCUSED",
  zh: "政府原因或不可抗力",
  summary: {
    zh: "动工延迟的原因是否属于《闲置土地处置办法》第八条的政府原因或不可抗力（TRUE：不征闲置费、不无偿收回，协商处置）",
    en: "Whether the cause of the delay is one of Art. 8's government causes or force majeure (TRUE: no idle fee, no repossession; settled by agreement)",
  },
  params: [
    {
      name: "cause",
      zh: "延迟原因",
      help: {
        zh: "enterprise（企业原因）、land-not-delivered（未按约定交地）、plan-revision（规划修改）、national-policy（国家政策）、petition（信访）、military-or-heritage（军事管制、文物保护）、other-government（政府其他行为）或 force-majeure（不可抗力）",
        en: "enterprise, land-not-delivered, plan-revision, national-policy, petition, military-or-heritage, other-government or force-majeure",
      },
    },
    PROFILE,
  ],
  returns: { type: "boolean", help: { zh: "TRUE：第八条情形", en: "TRUE: an Art. 8 cause" } },
  rules: ["NAT-IDLE-EXC"],
  pinned: false,
  examples: [
    { formula: '=LAND.IDLEEXCUSED("不可抗力", "zengcheng")', result: true, note: { zh: "第八条第二款", en: "Art. 8 para. 2" } },
    { formula: '=LAND.IDLEEXCUSED("信访", "ningbo")', result: true },
    { formula: '=LAND.IDLEEXCUSED("企业原因", "zengcheng")', result: false },
    { formula: '=LAND.IDLEEXCUSED("资金不足", "zengcheng")', result: { error: "#VALUE!" } },
  ],
  adapter: (args, host) => {
    const r = idleDelayExcuse(contextFor(args.profile, host), parseIdleDelayCause(requireText(args.cause, "cause"), "cause"));
    return { value: r.value.excused, trace: r.trace, notes: r.value.citation ? [["条款 clause", r.value.citation, r.value.label ? `${r.value.label.zh} / ${r.value.label.en}` : ""]] : [] };
  },
});
