import { breachPenalty } from "../rules/breach";
import { buildMonths, leasePrice } from "../rules/lease";
import type { CatalogueSection } from "./types";

// 温州 温政办〔2020〕53号 (wenzhou-2020-53.txt)
export const WZ: CatalogueSection = {
  "WZ-TERM": { kind: "computed", functions: [leasePrice] },
  "WZ-BUILD": { kind: "computed", functions: [buildMonths] },
  "WZ-BREACH": { kind: "computed", functions: [breachPenalty] },
};
