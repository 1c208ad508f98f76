import type { IsoDate } from "../policies/engine/dates";
import type { Context } from "../policies/engine/evaluation";
import { builtInProfiles, jurisdictionProfiles } from "../policies/profiles";
import type { Profile } from "../policies/registry";
import { CellError, type RawArg } from "./cells";
import { readText } from "./coerce";
import type { FunctionHost } from "./host";

/** The profiles an analyst can choose, from the registry: "zengcheng（增城）、…" and "zengcheng, …". */
function choices(): { zh: string; en: string } {
  const profiles = jurisdictionProfiles();
  return { zh: profiles.map((p) => `${p.id}（${p.names.short}）`).join("、"), en: profiles.map((p) => p.id).join(", ") };
}

/**
 * The `profile` argument (id or Chinese short name, any case), else the workbook's active
 * profile; with neither, #N/A telling the analyst what to do.
 */
export function resolveProfile(arg: RawArg, host: FunctionHost): Profile {
  const named = readText(arg, "profile");
  if (named !== null) return builtInProfiles.get(named, "profile");
  const active = host.activeProfile();
  if (active !== null && active.trim() !== "") return builtInProfiles.get(active, "active profile");
  const ids = choices();
  throw new CellError(
    "#N/A",
    `profile：未选择政策配置。请在任务窗格中选择，或在最后一个参数 profile 中填写 ${ids.zh} / profile: no profile chosen. Choose one in the task pane, or pass the last argument profile: ${ids.en}`,
  );
}

/** The profile and the evaluation date a rule runs with (today unless the function takes a date). */
export function contextFor(profileArg: RawArg, host: FunctionHost, asOf?: IsoDate): Context {
  return { profile: resolveProfile(profileArg, host), asOf: asOf ?? host.today() };
}
