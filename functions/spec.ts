// The shape of one LAND.* function: its descriptor (names, help, units, rules, examples) and
// its adapter, defined together in one module under functions/land/ (see functions/README.md).
import { jurisdictionProfiles } from "../policies/profiles";
import type { RawArg } from "./cells";
import type { FunctionHost } from "./host";
import type { Outcome } from "./outcome";

export interface Bilingual {
  zh: string;
  en: string;
}

export interface ParamSpec<N extends string = string> {
  /** The argument's name as Excel shows it (FUNCTIONS.md), the adapter's key, and the name in error messages. */
  readonly name: N;
  /** Its Chinese name in the zh-CN metadata. */
  zh: string;
  help: Bilingual;
  unit?: string;
  optional?: boolean;
  /** A range (2-D, "matrix" in Excel's metadata) rather than a single value. */
  range?: boolean;
}

export type ExampleResult = number | string | boolean | { error: "#VALUE!" | "#NUM!" | "#N/A" } | (string | number)[][];

/** A documented call and its result: an executable vector (evaluated in HyperFormula by the tests). */
export interface Example {
  formula: string;
  result: ExampleResult;
  note?: Bilingual;
}

/**
 * How big a spilled result is, declared so HyperFormula can size it before evaluating (Excel
 * sizes dynamic arrays itself): one row per cell of an argument's range, or a fixed block.
 */
export type Spill = { rowsLike: string } | { rows: number; columns: number };

export type Returns =
  | { type: "number" | "string" | "boolean" | "any"; help: Bilingual; unit?: string }
  | { type: "table"; help: Bilingual; unit?: string; spill: Spill };

/** A function's arguments by name, as the host handed them over (omitted → null). */
export type Args<P extends readonly ParamSpec[]> = { readonly [K in P[number]["name"]]: RawArg };

interface Described<P extends readonly ParamSpec[]> {
  /** Excel id without the namespace: LAND.TIER → "TIER". */
  id: string;
  /** Chinese display name in the zh-CN metadata (≥ 3 letters, as Excel requires). */
  zh: string;
  summary: Bilingual;
  params: P;
  returns: Returns;
  /** RULES.md ids the function applies (the first one a profile has decides). */
  rules: string[];
  /** FUNCTIONS.md pins this function's name, arguments and meaning. */
  pinned: boolean;
  examples: Example[];
  volatile?: boolean;
}

/** One module's export: the descriptor with an adapter that reads its arguments by name. */
export interface FunctionDefinition<P extends readonly ParamSpec[]> extends Described<P> {
  adapter(args: Args<P>, host: FunctionHost): Outcome;
}

/** A definition as the table holds it (names erased to string). */
export interface FunctionSpec extends Described<readonly ParamSpec[]> {
  adapter(args: Readonly<Record<string, RawArg>>, host: FunctionHost): Outcome;
}

/**
 * Defines a LAND function. The parameter names are inferred from `params`, so the adapter's
 * `args.score` is checked against the descriptor: a misspelt or missing argument does not compile.
 */
export function defineFunction<const P extends readonly ParamSpec[]>(definition: FunctionDefinition<P>): FunctionSpec {
  return definition as unknown as FunctionSpec;
}

// ── Arguments many functions share ───────────────────────────────────────────────────────

/** The profiles an analyst can name, from the registry (the same list the task pane offers). */
function profileChoices(): Bilingual {
  const profiles = jurisdictionProfiles();
  const ids = profiles.map((p) => p.id).join(", ");
  const short = profiles.map((p) => p.names.short);
  return {
    zh: `政策配置：${profiles.map((p) => p.id).join("、")} 或 ${short.join("、")}（不分大小写）；省略则用任务窗格中选定的配置`,
    en: `Policy profile: ${ids} or ${short.join(", ")} (any case); omitted → the profile chosen in the task pane`,
  };
}

export const PROFILE: ParamSpec<"profile"> = { name: "profile", zh: "政策配置", optional: true, help: profileChoices() };

export const SCORES: ParamSpec<"scores"> = {
  name: "scores",
  zh: "评价范围",
  range: true,
  help: { zh: "参评企业的得分区域（空白和文本不计入）", en: "The population's scores, a range (blanks and text are ignored)" },
  unit: "分 points",
};

export const TIER_STATUS_HELP: Bilingual = {
  zh: "数据状态：空白、未上传（missing）或造假（falsified）；后两者直接定为 D 档",
  en: "Data status: blank, missing (未上传) or falsified (造假); the last two are tier D whatever the score",
};

export const money = <N extends string>(name: N, zh: string, en: string, optional = false): ParamSpec<N> => ({ name, zh, help: { zh: `${zh}（万元）`, en: `${en} (万元)` }, unit: "万元", optional });
export const date = <N extends string>(name: N, zh: string, en: string, optional = false): ParamSpec<N> => ({ name, zh, help: { zh, en }, unit: "日期 date", optional });
export const flag = <N extends string>(name: N, zh: string, en: string, fallback: boolean): ParamSpec<N> => ({
  name,
  zh,
  optional: true,
  help: { zh: `${zh}？TRUE/FALSE（默认 ${fallback ? "TRUE" : "FALSE"}）`, en: `${en}? TRUE/FALSE (default ${fallback ? "TRUE" : "FALSE"})` },
});
export const perMu = <N extends string>(name: N, zh: string, en: string, optional = false): ParamSpec<N> => ({ name, zh, help: { zh: `${zh}（万元/亩）`, en: `${en} (万元/亩)` }, unit: "万元/亩", optional });
export const mu = <N extends string>(name: N, zh: string, en: string): ParamSpec<N> => ({ name, zh, help: { zh: `${zh}（亩）`, en: `${en} (亩)` }, unit: "亩" });
export const m2 = <N extends string>(name: N, zh: string, en: string, optional = false): ParamSpec<N> => ({ name, zh, help: { zh: `${zh}（㎡）`, en: `${en} (㎡)` }, unit: "㎡", optional });
export const share = <N extends string>(name: N, zh: string, en: string, optional = false): ParamSpec<N> => ({ name, zh, help: { zh: `${zh}（0–1，如 0.07 = 7%）`, en: `${en} (0–1, e.g. 0.07 = 7%)` }, unit: "分数 fraction", optional });
export const count = <N extends string>(name: N, zh: string, en: string): ParamSpec<N> => ({ name, zh, help: { zh, en }, unit: "个" });
export const tierArg = <N extends string>(name: N, zh: string, en: string): ParamSpec<N> => ({ name, zh, optional: true, help: { zh: `${zh}：A、B、C、D（或 A档…），空白为未评价`, en: `${en}: A, B, C or D (also A档…); blank: not rated` } });
export const DATE_RESULT = { type: "number" as const, unit: "日期 date" };
