import { documentStatus } from "../../policies/engine/evaluation";
import { builtInProfiles } from "../../policies/profiles";
import { reasonLine } from "../../policies/citations";
import { paramOn, type ParamData, type Profile } from "../../policies/registry";
import { both } from "../../policies/workbook/layout";
import { EXIT } from "../errors";
import type { Io } from "../io";
import { asOfOption } from "../options";

const STATE: Record<string, string> = { "in-force": "现行有效 / in force", draft: "征求意见稿 / draft", expired: "已失效 / expired", "not-yet-in-force": "尚未施行 / not yet in force" };

/** A parameter's value in force on the date; before its first date, "—". */
const valueOn = (p: ParamData, asOf: string): ParamData["value"] | "—" => paramOn(p, asOf)?.param.value ?? "—";

/** The listed profiles in their data's order, then the others (national, county files) by id. */
function ordered(): Profile[] {
  const listed = builtInProfiles.listed();
  return [...listed, ...builtInProfiles.list().filter((p) => !listed.includes(p)).sort((a, b) => a.id.localeCompare(b.id))];
}

/** `landrules profiles`: each profile with its document (the version in force on the date), its standing, and its effective window. */
export function profilesCommand(io: Io, options: { "as-of"?: string; json?: boolean }): number {
  const asOf = asOfOption(options["as-of"], io);
  const list = ordered().map((p) => {
    const status = documentStatus(p.document, asOf);
    const doc = status.document;
    return {
      id: p.id,
      name: p.names.zh,
      short: p.names.short,
      listed: p.listed !== null,
      derivedFrom: p.derivedFrom,
      // The values in force on the date (a dated parameter's latest may not be), the reason Chinese first.
      overrides: p.overrides.map((o) => ({ path: o.path, from: valueOn(o.from, asOf), to: valueOn(o.to, asOf), reason: reasonLine(o.reason) })),
      document: doc.title,
      version: doc.version ?? null,
      versions: (p.document.versions ?? [p.document]).length,
      number: doc.number,
      source: doc.source,
      status: status.state,
      effective: doc.effective,
      rules: [...p.rules.keys()],
      warning: status.warning,
    };
  });
  if (options.json) {
    io.out(JSON.stringify({ asOf, profiles: list }, null, 2));
    return EXIT.ok;
  }
  io.out(`政策配置 / Profiles（评价日 / as of ${asOf}）`);
  for (const p of list) {
    io.out("");
    io.out(`${p.id}  ${p.name}（${p.short}）${p.derivedFrom ? `  基于 / based on ${p.derivedFrom}` : ""}`);
    io.out(`  文件 / document: ${p.document}${p.number ? `（${p.number}）` : ""}${p.version ? ` — ${p.version.zh} / ${p.version.en}${p.versions > 1 ? `（共 ${p.versions} 个版本 / ${p.versions} versions）` : ""}` : ""}`);
    io.out(`  状态 / status:   ${STATE[p.status]}；有效期 / effective ${p.effective.from ?? "—"} … ${p.effective.to ?? "—"}`);
    if (p.warning) io.out(`  ⚠ ${both(p.warning)}`);
    io.out(`  规则 / rules (${p.rules.length}): ${p.rules.join(" ")}`);
    for (const o of p.overrides) io.out(`  覆盖 / override ${o.path}: ${String(o.from)} → ${String(o.to)}（${o.reason}）`);
  }
  return EXIT.ok;
}
