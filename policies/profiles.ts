import national from "./profiles/national.json";
import ningbo from "./profiles/ningbo.json";
import wenzhou from "./profiles/wenzhou.json";
import zengcheng from "./profiles/zengcheng.json";
import zhejiang from "./profiles/zhejiang.json";
import zhongshan from "./profiles/zhongshan.json";
import { ProfileRegistry, type Profile } from "./registry";

/** The profile files as shipped, one per document (plus the national idle-land rules). */
export const PROFILE_SOURCES: ReadonlyArray<{ label: string; json: unknown }> = [
  { label: "national", json: national },
  { label: "zengcheng", json: zengcheng },
  { label: "wenzhou", json: wenzhou },
  { label: "zhongshan", json: zhongshan },
  { label: "ningbo", json: ningbo },
  { label: "zhejiang", json: zhejiang },
];

/** The five jurisdictions an analyst can choose, in the order the task pane shows them. */
export const JURISDICTIONS = ["zengcheng", "wenzhou", "zhongshan", "ningbo", "zhejiang"] as const;
export type JurisdictionId = (typeof JURISDICTIONS)[number];

/** A fresh registry of the built-in profiles (validated as it loads). */
export function createRegistry(): ProfileRegistry {
  return new ProfileRegistry(PROFILE_SOURCES);
}

export const builtInProfiles: ProfileRegistry = createRegistry();

export function getProfile(name: string, argument = "profile"): Profile {
  return builtInProfiles.get(name, argument);
}

export function jurisdictionProfiles(): Profile[] {
  return JURISDICTIONS.map((id) => builtInProfiles.get(id));
}
