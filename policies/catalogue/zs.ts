import { rentSubsidy } from "../rules/subsidies";
import {
  consolidationReward,
  landBankingInterestSubsidy,
  moneyCompensationCap,
  relocationLoanInterestSubsidy,
  swapPriceDifference,
  villageLoanInterestSubsidy,
} from "../rules/zhongshan-finance";
import {
  ancillaryCheck,
  ancillaryFloorShareCap,
  parkProjectAreaCheck,
  prefabNotice,
  residentialFloorAreaCheck,
  selfHoldCheck,
  selfHoldMinShare,
  singleProjectCheck,
} from "../rules/zhongshan-planning";
import { planApprovalCheck, planApprovalLastDay } from "../rules/zhongshan-approval";
import { villageTransferConsent, villageTransferConsentCheck } from "../rules/zhongshan-consent";
import type { CatalogueSection } from "./types";

// 中山 中府〔2022〕11号 (zhongshan-2022-11.txt)
export const ZS: CatalogueSection = {
  "ZS-UNIT": { kind: "checked", functions: [singleProjectCheck] },
  "ZS-INTEREST": { kind: "computed", functions: [landBankingInterestSubsidy, villageLoanInterestSubsidy] },
  "ZS-COMP": { kind: "computed", functions: [moneyCompensationCap] },
  "ZS-CONSOL": { kind: "computed", functions: [consolidationReward, parkProjectAreaCheck] },
  "ZS-RELOC": { kind: "computed", functions: [rentSubsidy, relocationLoanInterestSubsidy] },
  "ZS-SELFHOLD": { kind: "checked", functions: [selfHoldCheck, selfHoldMinShare] },
  "ZS-ANCIL": { kind: "checked", functions: [ancillaryCheck, ancillaryFloorShareCap] },
  "ZS-SWAP": { kind: "computed", functions: [swapPriceDifference, residentialFloorAreaCheck] },
  "ZS-PREFAB": { kind: "checked", functions: [prefabNotice] },
  "ZS-PLAN": { kind: "checked", functions: [planApprovalCheck, planApprovalLastDay] },
  "ZS-CONSENT": { kind: "checked", functions: [villageTransferConsentCheck, villageTransferConsent] },
};
