// LAND.INTERESTSUBSIDY · 利息扶持金额 (ZS-INTEREST, ZS-RELOC): its descriptor and adapter.
import { choiceOf } from "../../policies/rules/choices";
import { landBankingInterestSubsidy, relocationLoanInterestSubsidy, villageLoanInterestSubsidy } from "../../policies/rules/zhongshan-finance";
import { optionalDate, readDate, readDec, requireText } from "../coerce";
import { contextFor } from "../context";
import { amount } from "../outcome";
import { date, defineFunction, money, PROFILE } from "../spec";

type InterestKind = "banking" | "village" | "relocation";

const INTEREST_WORDS: Record<string, InterestKind> = {
  banking: "banking", 收储: "banking", 收储整备: "banking", 收储整备资金: "banking",
  village: "village", 村集体: "village", 前期整理: "village", 土地前期整理贷款: "village",
  relocation: "relocation", 腾挪: "relocation", 腾挪载体: "relocation", 腾挪载体贷款: "relocation",
};

export default defineFunction({
  id: "INTERESTSUBSIDY",
  zh: "利息扶持金额",
  summary: {
    zh: "一个计息期内可获扶持的利息：banking 收储整备资金（至竣工验收、前 3 年全额）、village 村集体前期整理贷款（至土地出让后 3 个月、前 3 年全额）、relocation 腾挪载体贷款（3 年内 50%）；按日计",
    en: "Interest supported for one accrual period: banking (to completion acceptance, first 3 years, in full), village (to 3 months after the land sale, first 3 years, in full), relocation (3 years, 50%); pro rata by day",
  },
  params: [
    { name: "kind", zh: "类别", help: { zh: "banking（收储整备资金）、village（村集体土地前期整理贷款）或 relocation（腾挪载体贷款）", en: "banking, village or relocation" } },
    money("interest", "该期利息", "Interest charged for the period"),
    date("from", "计息起始日", "Period start (counted)"),
    date("to", "计息终止日", "Period end (not counted: 算头不算尾)"),
    date("start_date", "起算日", "banking: date the funds were raised; village, relocation: loan date"),
    date("end_date", "终止事件日", "banking: completion acceptance date; village: land sale date; relocation: unused (blank: not yet)", true),
    PROFILE,
  ],
  returns: { type: "number", unit: "万元", help: { zh: "可获扶持的利息", en: "The interest supported" } },
  rules: ["ZS-INTEREST", "ZS-RELOC"],
  pinned: false,
  examples: [
    { formula: '=LAND.INTERESTSUBSIDY("banking", 100, "2023-01-01", "2024-01-01", "2022-03-01", "2023-02-28", "zhongshan")', result: 16.164383561643834, note: { zh: "至竣工验收（含当日）：365 天中的 59 天", en: "to completion (the day included): 59 of 365 days" } },
    { formula: '=LAND.INTERESTSUBSIDY("village", 100, "2023-01-01", "2024-01-01", "2022-01-01", "2023-03-31", "zhongshan")', result: 49.58904109589041, note: { zh: "至出让后 3 个月（2023-06-30 含）：181 天", en: "to 3 months after the sale (2023-06-30 included): 181 days" } },
    { formula: '=LAND.INTERESTSUBSIDY("relocation", 100, "2023-01-01", "2024-01-01", "2022-06-15", , "zhongshan")', result: 50, note: { zh: "3 年内贴息 50%", en: "50% within the 3 years" } },
    { formula: '=LAND.INTERESTSUBSIDY("banking", 100, "2023-01-01", "2024-01-01", "2019-01-01", , "zhongshan")', result: 0, note: { zh: "前 3 年已过", en: "the first 3 years are over" } },
  ],
  adapter: (args, host) => {
    const kind = choiceOf(INTEREST_WORDS, requireText(args.kind, "kind"), "kind", {
      zh: "banking（收储整备资金）、village（村集体土地前期整理贷款）或 relocation（腾挪载体贷款）",
      en: "banking (land-banking finance), village (village pre-development loan) or relocation (relocation-space loan)",
    });
    const ctx = contextFor(args.profile, host);
    const period = { interest: readDec(args.interest, "interest"), from: readDate(args.from, "from"), to: readDate(args.to, "to") };
    const startDate = readDate(args.start_date, "start_date");
    const endDate = optionalDate(args.end_date, "end_date");
    switch (kind) {
      case "banking":
        return amount(landBankingInterestSubsidy(ctx, { ...period, fundedOn: startDate, completedOn: endDate }));
      case "village":
        return amount(villageLoanInterestSubsidy(ctx, { ...period, loanDate: startDate, landSoldOn: endDate }));
      case "relocation":
        return amount(relocationLoanInterestSubsidy(ctx, { ...period, loanDate: startDate }));
    }
  },
});
