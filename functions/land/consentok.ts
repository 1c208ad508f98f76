// LAND.CONSENTOK · 村集体表决通过 (ZS-CONSENT): its descriptor and adapter.
import { villageTransferConsentCheck, type Vote } from "../../policies/rules/zhongshan-consent";
import type { RawArg } from "../cells";
import { valueFault } from "../cells";
import { optionalDec } from "../coerce";
import { contextFor } from "../context";
import { flagOf, noViolation } from "../outcome";
import { count, defineFunction, PROFILE } from "../spec";

/** A consenting/total pair: both given, both blank (not counted this way), or #VALUE! naming the missing one. */
function voteOf(consenting: RawArg, total: RawArg, what: string): Vote | null {
  const c = optionalDec(consenting, `${what}_consenting`);
  const t = optionalDec(total, `${what}_total`);
  if (c === null && t === null) return null;
  if (c === null) throw valueFault(`${what}_consenting`, "给出总数时须给出同意数", "give the number consenting with the total");
  if (t === null) throw valueFault(`${what}_total`, "给出同意数时须给出总数", "give the total with the number consenting");
  return { consenting: c, total: t };
}

export default defineFunction({
  id: "CONSENTOK",
  zh: "村集体表决通过",
  summary: {
    zh: "村集体工业用地以协议方式转让到其全资公司：是否经 2/3 以上成员或 2/3 以上户代表同意（TRUE；恰为 2/3 也算，精确比较）",
    en: "A village collective's transfer of its industrial land to its wholly owned company: consent of 2/3 以上 of the members or of the household representatives (TRUE; exactly 2/3 counts, compared exactly)",
  },
  params: [
    { ...count("members_consenting", "同意成员数", "Members consenting"), optional: true },
    { ...count("members_total", "成员总数", "All members"), optional: true },
    { ...count("households_consenting", "同意户代表数", "Household representatives consenting"), optional: true },
    { ...count("households_total", "户代表总数", "All household representatives"), optional: true },
    PROFILE,
  ],
  returns: { type: "boolean", help: { zh: "TRUE：表决通过", en: "TRUE: consent reached" } },
  rules: ["ZS-CONSENT"],
  pinned: false,
  examples: [
    { formula: '=LAND.CONSENTOK(200, 300, , , "zhongshan")', result: true, note: { zh: "恰为 2/3，以上含本数", en: "exactly 2/3: 以上 includes it" } },
    { formula: '=LAND.CONSENTOK(199, 300, , , "zhongshan")', result: false },
    { formula: '=LAND.CONSENTOK(100, 300, 40, 60, "zhongshan")', result: true, note: { zh: "户代表 2/3 同意即可", en: "the households' 2/3 suffices" } },
    { formula: '=LAND.CONSENTOK(301, 300, , , "zhongshan")', result: { error: "#NUM!" } },
  ],
  adapter: (args, host) => {
    const members = voteOf(args.members_consenting, args.members_total, "members");
    const households = voteOf(args.households_consenting, args.households_total, "households");
    return flagOf(villageTransferConsentCheck(contextFor(args.profile, host), { members, households }), noViolation);
  },
});
