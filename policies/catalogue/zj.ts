import { compositeScore, tier, tiers } from "../rules/tiers";
import type { CatalogueSection } from "./types";

// 浙江省 (zhejiang-2023.txt)
export const ZJ: CatalogueSection = {
  "ZJ-EVAL": { kind: "computed", functions: [compositeScore, tier, tiers] },
};
