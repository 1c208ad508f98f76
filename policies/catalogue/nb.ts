import { industrialSupplyCheck, rezonedUpgradeAllowed } from "../rules/land-supply";
import { microParkMortgageCheck, microParkShareCheck } from "../rules/micro-parks";
import { farBonusEligibility, minimumFar, mixedUseCheck, newIndustrialFarCheck } from "../rules/ningbo-intensity";
import { mergedParcelTerm } from "../rules/ningbo-merge-term";
import { mayStayInPlace, relocationIndicatorCheck, relocationIndicatorFloor } from "../rules/ningbo-siting";
import { reclamationQuota, regionTargetsCheck, reserveShareCheck, reservedSpace } from "../rules/ningbo-targets";
import { keptBuildingTransferCheck, legacyDirectedSaleEligible } from "../rules/ningbo-legacy";
import { relocationAreaCap, relocationAreaCheck } from "../rules/ningbo-relocation";
import type { CatalogueSection } from "./types";

// 宁波 (ningbo-2023-draft.txt)
export const NB: CatalogueSection = {
  "NB-TARGET": { kind: "checked", functions: [regionTargetsCheck] },
  "NB-RESERVE": { kind: "computed", functions: [reservedSpace, reserveShareCheck] },
  "NB-STAY": { kind: "computed", functions: [mayStayInPlace, rezonedUpgradeAllowed] },
  "NB-FAR": { kind: "checked", functions: [newIndustrialFarCheck, minimumFar] },
  "NB-MIXED": { kind: "checked", functions: [mixedUseCheck] },
  "NB-MERGE-TERM": { kind: "computed", functions: [mergedParcelTerm] },
  "NB-MICRO": { kind: "checked", functions: [microParkShareCheck, microParkMortgageCheck] },
  "NB-RELOC-TAX": { kind: "checked", functions: [relocationIndicatorCheck, relocationIndicatorFloor] },
  "NB-FAR-BONUS": { kind: "computed", functions: [farBonusEligibility] },
  "NB-SUPPLY": { kind: "checked", functions: [industrialSupplyCheck] },
  "NB-RECLAIM": { kind: "computed", functions: [reclamationQuota] },
  "NB-RELOC-AREA": { kind: "checked", functions: [relocationAreaCheck, relocationAreaCap] },
  "NB-LEGACY": { kind: "checked", functions: [keptBuildingTransferCheck, legacyDirectedSaleEligible] },
};
