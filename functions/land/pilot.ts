// LAND.PILOT · 工改工试点 (ZC-PILOT): its descriptor and adapter.
import { pilotProject } from "../../policies/rules/zengcheng-pilot";
import { filledDecs, readFlag } from "../coerce";
import { contextFor } from "../context";
import { defineFunction, flag, PROFILE } from "../spec";

export default defineFunction({
  id: "PILOT",
  zh: "工改工试点",
  summary: { zh: "“工改工”试点项目认定（TRUE）：连片 50 亩以上（含多宗合并）且签订监管协议", en: "工改工 pilot project (TRUE): contiguous 50 亩以上 (merged parcels count) with a signed supervision agreement" },
  params: [
    { name: "parcels_mu", zh: "各宗用地面积", range: true, help: { zh: "各宗用地面积（亩）", en: "Each parcel's area (亩)" }, unit: "亩" },
    flag("contiguous", "是否连片", "Contiguous", false),
    flag("agreement_signed", "已签监管协议", "Supervision agreement signed", false),
    PROFILE,
  ],
  returns: { type: "boolean", help: { zh: "TRUE：可列为试点项目", en: "TRUE: a pilot project" } },
  rules: ["ZC-PILOT"],
  pinned: false,
  examples: [
    { formula: '=LAND.PILOT({30;20}, TRUE(), TRUE(), "zengcheng")', result: true, note: { zh: "50 亩以上含 50 亩", en: "50 亩以上 includes 50" } },
    { formula: '=LAND.PILOT({30;19.99}, TRUE(), TRUE(), "zengcheng")', result: false },
    { formula: '=LAND.PILOT({60}, , FALSE(), "zengcheng")', result: false, note: { zh: "未签监管协议", en: "no agreement signed" } },
  ],
  adapter: (args, host) => {
    const r = pilotProject(contextFor(args.profile, host), {
      parcelsMu: filledDecs(args.parcels_mu, "parcels_mu"),
      contiguous: readFlag(args.contiguous, "contiguous", false),
      agreementSigned: readFlag(args.agreement_signed, "agreement_signed", false),
    });
    return { value: r.value.pilot, trace: r.trace, notes: [["理由 reason", r.value.reason.zh, r.value.reason.en]] };
  },
});
