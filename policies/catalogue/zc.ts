import { breachPenalty } from "../rules/breach";
import { compensationArea, compensationPackage, unlawfulBuildingClass, unlawfulPost2009Money } from "../rules/compensation";
import { buybackCompensationCheck, idleFee } from "../rules/idle";
import { attractionSubsidy, investmentClawback, investmentSubsidy, rentSubsidy, villageSubsidy } from "../rules/subsidies";
import { minTaxPerMu, supervisionCheck } from "../rules/supervision";
import { compositeScore, scoreEnterprises, tier, tiers, tierSheet } from "../rules/tiers";
import { rectificationCheck } from "../rules/zengcheng-compliance";
import { lateRectificationOutcome } from "../rules/zengcheng-rectify";
import { evaluationScope } from "../rules/zengcheng-scope";
import { rectificationDealingCheck, subsidyBar } from "../rules/zengcheng-support";
import { lowEfficiencyListing } from "../rules/zengcheng-lowefficiency";
import { pilotProject } from "../rules/zengcheng-pilot";
import { splitTransferCheck } from "../rules/zengcheng-split";
import type { CatalogueSection } from "./types";

// 增城 (zengcheng-2022-draft.txt)
export const ZC: CatalogueSection = {
  "ZC-TIER": { kind: "computed", functions: [tier, tiers, compositeScore, scoreEnterprises, tierSheet] },
  "ZC-IDLE": { kind: "computed", functions: [idleFee, buybackCompensationCheck] },
  "ZC-LOWEFF": { kind: "computed", functions: [lowEfficiencyListing, breachPenalty] },
  "ZC-COMPLY": { kind: "checked", functions: [rectificationCheck] },
  "ZC-PILOT": { kind: "computed", functions: [pilotProject] },
  "ZC-GGG": { kind: "checked", functions: [supervisionCheck, minTaxPerMu] },
  "ZC-SPLIT": { kind: "checked", functions: [splitTransferCheck] },
  "ZC-COMP": { kind: "computed", functions: [compensationArea, unlawfulBuildingClass, unlawfulPost2009Money, compensationPackage] },
  "ZC-SUB-INV": { kind: "computed", functions: [investmentSubsidy, investmentClawback] },
  "ZC-SUB-ATTR": { kind: "computed", functions: [attractionSubsidy] },
  "ZC-SUB-RENT": { kind: "computed", functions: [rentSubsidy] },
  "ZC-SUB-VIL": { kind: "computed", functions: [villageSubsidy] },
  "ZC-SCOPE": { kind: "computed", functions: [evaluationScope] },
  "ZC-NOSUPPORT": { kind: "computed", functions: [subsidyBar, rectificationDealingCheck] },
  "ZC-RECTIFY": { kind: "computed", functions: [lateRectificationOutcome] },
};
