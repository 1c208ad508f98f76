import { idleFee } from "../rules/idle";
import type { CatalogueSection } from "./types";

// 闲置土地处置办法 (国土资源部令第53号)
export const NAT: CatalogueSection = {
  "NAT-IDLE-FEE": { kind: "computed", functions: [idleFee] },
  "NAT-IDLE-EXC": { kind: "computed", functions: [idleFee] },
};
