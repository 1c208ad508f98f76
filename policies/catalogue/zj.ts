import { industrialSupplyCheck, rezonedUpgradeAllowed } from "../rules/land-supply";
import { microParkShareCheck } from "../rules/micro-parks";
import { compositeScore, tier, tiers } from "../rules/tiers";
import { minimumRenewalFund, renewalFundCheck } from "../rules/zhejiang-fund";
import { scatteredParcelMergeCheck } from "../rules/zhejiang-merge";
import type { CatalogueSection } from "./types";

// 浙江省 (zhejiang-2023.txt)
export const ZJ: CatalogueSection = {
  "ZJ-SUPPLY": { kind: "checked", functions: [industrialSupplyCheck, rezonedUpgradeAllowed] },
  "ZJ-MERGE": { kind: "checked", functions: [scatteredParcelMergeCheck] },
  "ZJ-MICRO": { kind: "checked", functions: [microParkShareCheck] },
  "ZJ-FUND": { kind: "computed", functions: [minimumRenewalFund, renewalFundCheck] },
  "ZJ-EVAL": { kind: "computed", functions: [compositeScore, tier, tiers] },
};
