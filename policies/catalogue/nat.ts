import { idleFee } from "../rules/idle";
import { idleDelayExcuse, idleLandStatus } from "../rules/idle-definition";
import type { CatalogueSection } from "./types";

// 闲置土地处置办法 (国土资源部令第53号)
export const NAT: CatalogueSection = {
  "NAT-IDLE-DEF": { kind: "computed", functions: [idleLandStatus] },
  "NAT-IDLE-EXC": { kind: "computed", functions: [idleDelayExcuse, idleFee] },
  "NAT-IDLE-FEE": { kind: "computed", functions: [idleFee] },
};
