import { DetailedCellError } from "hyperformula";
import { fixedHost } from "../../functions/host";
import { buildLandHyperFormula } from "../../functions/hyperformula";
import { EXIT, UsageError } from "../errors";
import type { Io } from "../io";
import { toEngineFormula } from "../formula-text";
import { asOfOption, profileOption } from "../options";

export interface EvalOptions {
  profile?: string;
  "as-of"?: string;
}

function show(v: unknown): string {
  if (v === null || v === undefined) return "";
  return String(v);
}

/** `landrules eval "=LAND.MU(666.67)"`: one result, or the error and its message (exit 1). */
export function evalCommand(io: Io, formula: string, options: EvalOptions): number {
  const asOf = asOfOption(options["as-of"], io);
  const profile = options.profile === undefined ? null : profileOption(options.profile, true).id;
  const text = formula.trim().startsWith("=") ? formula.trim() : `=${formula.trim()}`;
  const hf = buildLandHyperFormula({ eval: [[`=${toEngineFormula(text.slice(1))}`]] }, fixedHost(profile, asOf));
  try {
    const at = { sheet: 0, row: 0, col: 0 };
    const value = hf.getCellValue(at);
    if (value instanceof DetailedCellError) {
      if (value.value === "#ERROR!") throw new UsageError(`公式无法解析：${formula}（${value.message}）`, `the formula cannot be parsed: ${formula} (${value.message})`);
      io.out(`${value.value} ${value.message}`.trim());
      return EXIT.findings;
    }
    const { height, width } = hf.getSheetDimensions(0);
    if (height * width > 1) {
      for (let r = 0; r < height; r++) io.out(Array.from({ length: width }, (_, c) => show(hf.getCellValue({ sheet: 0, row: r, col: c }))).join("\t"));
      return EXIT.ok;
    }
    io.out(show(value));
    return EXIT.ok;
  } finally {
    hf.destroy();
  }
}
