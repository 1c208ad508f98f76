// LAND.RENEWALFUND · 腾笼换鸟经费 (ZJ-FUND): its descriptor and adapter.
import { minimumRenewalFund } from "../../policies/rules/zhejiang-fund";
import { readDec } from "../coerce";
import { contextFor } from "../context";
import { amount } from "../outcome";
import { defineFunction, money, PROFILE } from "../spec";

export default defineFunction({
  id: "RENEWALFUND",
  zh: "腾笼换鸟经费",
  summary: { zh: "“腾笼换鸟”专项经费下限：年度土地出让收入的 0.5% 以上", en: "Minimum 腾笼换鸟 fund: 0.5% of the year's land-sale revenue" },
  params: [money("land_sale_revenue", "年度土地出让收入", "The year's land-sale revenue"), PROFILE],
  returns: { type: "number", unit: "万元", help: { zh: "应安排的最低经费", en: "The least to set aside" } },
  rules: ["ZJ-FUND"],
  pinned: false,
  examples: [{ formula: '=LAND.RENEWALFUND(100000, "zhejiang")', result: 500 }],
  adapter: (args, host) => amount(minimumRenewalFund(contextFor(args.profile, host), readDec(args.land_sale_revenue, "land_sale_revenue"))),
});
