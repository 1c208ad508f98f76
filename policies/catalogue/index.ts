import { NAT } from "./nat";
import { NB } from "./nb";
import type { CatalogueSection, RuleImplementation } from "./types";
import { WZ } from "./wz";
import { ZC } from "./zc";
import { ZJ } from "./zj";
import { ZS } from "./zs";

/** Every RULES.md id → the engine functions that apply it. */
export const CATALOGUE: CatalogueSection = { ...ZC, ...WZ, ...ZS, ...NB, ...ZJ, ...NAT };

export type { CatalogueSection, RuleImplementation };
