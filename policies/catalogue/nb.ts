import type { CatalogueSection } from "./types";

// 宁波 (ningbo-2023-draft.txt)
export const NB: CatalogueSection = {};
