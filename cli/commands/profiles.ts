import { documentStatus } from "../../policies/engine/evaluation";
import { builtInProfiles } from "../../policies/profiles";
import { both } from "../../policies/workbook/layout";
import { EXIT } from "../errors";
import type { Io } from "../io";
import { asOfOption } from "../options";

const STATE: Record<string, string> = { "in-force": "现行有效 / in force", draft: "征求意见稿 / draft", expired: "已失效 / expired", "not-yet-in-force": "尚未施行 / not yet in force" };

/** `landrules profiles`: each profile with its document, its standing on the date, and its effective window. */
export function profilesCommand(io: Io, options: { "as-of"?: string; json?: boolean }): number {
  const asOf = asOfOption(options["as-of"], io);
  const list = builtInProfiles.list().map((p) => {
    const status = documentStatus(p.document, asOf);
    return {
      id: p.id,
      name: p.names.zh,
      short: p.names.short,
      document: p.document.title,
      number: p.document.number,
      source: p.document.source,
      status: status.state,
      effective: p.document.effective,
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
    io.out(`${p.id}  ${p.name}（${p.short}）`);
    io.out(`  文件 / document: ${p.document}${p.number ? `（${p.number}）` : ""}`);
    io.out(`  来源 / source:   ${p.source}`);
    io.out(`  状态 / status:   ${STATE[p.status]}；有效期 / effective ${p.effective.from ?? "—"} … ${p.effective.to ?? "—"}`);
    if (p.warning) io.out(`  ⚠ ${both(p.warning)}`);
    io.out(`  规则 / rules (${p.rules.length}): ${p.rules.join(" ")}`);
  }
  return EXIT.ok;
}
