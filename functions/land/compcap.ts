// LAND.COMPCAP · 货币补偿上限 (ZS-COMP): its descriptor and adapter.
import { moneyCompensationCap } from "../../policies/rules/zhongshan-finance";
import { readDec } from "../coerce";
import { contextFor } from "../context";
import { amount } from "../outcome";
import { defineFunction, money, PROFILE } from "../spec";

export default defineFunction({
  id: "COMPCAP",
  zh: "货币补偿上限",
  summary: { zh: "货币补偿上限 = 100% × (工改工出让价款 − 计提的农业土地开发资金)", en: "Money compensation cap = 100% × (工改工 sale price − agricultural-land development fund)" },
  params: [money("land_sale_price", "出让价款", "Land sale price"), money("agricultural_fund", "农业土地开发资金", "Agricultural-land development fund"), PROFILE],
  returns: { type: "number", unit: "万元", help: { zh: "补偿上限", en: "The cap" } },
  rules: ["ZS-COMP"],
  pinned: false,
  examples: [{ formula: '=LAND.COMPCAP(1000, 100, "zhongshan")', result: 900 }],
  adapter: (args, host) =>
    amount(moneyCompensationCap(contextFor(args.profile, host), { landSalePrice: readDec(args.land_sale_price, "land_sale_price"), agriculturalFund: readDec(args.agricultural_fund, "agricultural_fund") })),
});
