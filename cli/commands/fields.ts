import { acceptedUnits, FIELDS } from "../../policies/workbook/vocabulary";
import { EXIT } from "../errors";
import type { Io } from "../io";

/**
 * `landrules fields`: every column the product reads, with every header and unit it accepts —
 * the vocabulary WORKBOOK.md asks to be documented in full, printed from the code that matches.
 */
export function fieldsCommand(io: Io, options: { json?: boolean }): number {
  const list = FIELDS.map((f) => ({ field: f.id, zh: f.label.zh, en: f.label.en, unit: f.unit, headers: f.headers, units: acceptedUnits(f) }));
  if (options.json) {
    io.out(JSON.stringify(list, null, 2));
    return EXIT.ok;
  }
  io.out("表头词汇 / header vocabulary — 不分大小写、空格、全角半角括号；括号内为单位 / case, spaces and full-/half-width brackets ignored; a bracket holds the unit");
  for (const f of list) {
    io.out("");
    io.out(`${f.field}  ${f.zh} / ${f.en}${f.unit ? `  [${f.unit}]` : ""}`);
    io.out(`  表头 / headers: ${f.headers.join("、")}`);
    if (f.units.length > 0) io.out(`  单位 / units:   ${f.units.join("、")}（换算为 / converted to ${f.unit}）`);
  }
  io.out("");
  io.out("其他表头不会被猜测：会被报告并保留原样；可用 --map 字段=表头 指定。/ Other headers are reported and left alone, never guessed; assign one with --map field=Header.");
  return EXIT.ok;
}
