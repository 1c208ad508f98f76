import { breachPenalty, buybackPrice, terminationAtAcceptance } from "../rules/breach";
import { buildMonths, constructionSchedule, leasePrice, leaseTermCheck, startOfWorksCheck } from "../rules/lease";
import { bidPriceCap, bidWinner, commitmentPeriodEnd } from "../rules/wenzhou-bid";
import { evaluationSchedule, nextEvaluation } from "../rules/wenzhou-evaluation";
import { clusterCheck, mortgageCap, preemptionRequired } from "../rules/wenzhou-stock";
import type { CatalogueSection } from "./types";

// 温州 温政办〔2020〕53号 (wenzhou-2020-53.txt)
export const WZ: CatalogueSection = {
  "WZ-TERM": { kind: "computed", functions: [leasePrice, leaseTermCheck] },
  "WZ-BUILD": { kind: "computed", functions: [buildMonths, constructionSchedule, startOfWorksCheck] },
  "WZ-BID": { kind: "computed", functions: [bidPriceCap, bidWinner, commitmentPeriodEnd] },
  "WZ-BREACH": { kind: "computed", functions: [breachPenalty, terminationAtAcceptance, buybackPrice] },
  "WZ-EVAL": { kind: "computed", functions: [evaluationSchedule, nextEvaluation] },
  "WZ-CLUSTER": { kind: "checked", functions: [clusterCheck] },
  "WZ-PREEMPT": { kind: "computed", functions: [preemptionRequired, mortgageCap] },
};
