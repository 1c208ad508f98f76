import { rentSubsidy } from "../rules/subsidies";
import type { CatalogueSection } from "./types";

// 中山 中府〔2022〕11号 (zhongshan-2022-11.txt)
export const ZS: CatalogueSection = {
  "ZS-RELOC": { kind: "computed", functions: [rentSubsidy] },
};
