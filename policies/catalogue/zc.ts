import { breachPenalty } from "../rules/breach";
import { compensationArea, unlawfulBuildingClass } from "../rules/compensation";
import { idleFee } from "../rules/idle";
import { attractionSubsidy, investmentSubsidy, rentSubsidy, villageSubsidy } from "../rules/subsidies";
import { minTaxPerMu } from "../rules/supervision";
import { compositeScore, tier, tiers } from "../rules/tiers";
import type { CatalogueSection } from "./types";

// 增城 (zengcheng-2022-draft.txt)
export const ZC: CatalogueSection = {
  "ZC-TIER": { kind: "computed", functions: [tier, tiers, compositeScore] },
  "ZC-IDLE": { kind: "computed", functions: [idleFee] },
  "ZC-LOWEFF": { kind: "checked", functions: [breachPenalty] },
  "ZC-GGG": { kind: "checked", functions: [minTaxPerMu] },
  "ZC-COMP": { kind: "computed", functions: [compensationArea, unlawfulBuildingClass] },
  "ZC-SUB-INV": { kind: "computed", functions: [investmentSubsidy] },
  "ZC-SUB-ATTR": { kind: "computed", functions: [attractionSubsidy] },
  "ZC-SUB-RENT": { kind: "computed", functions: [rentSubsidy] },
  "ZC-SUB-VIL": { kind: "computed", functions: [villageSubsidy] },
};
