import { parseArgs, type ParseArgsConfig } from "node:util";
import { RuleError } from "../policies/engine/errors";
import { ProfileError } from "../policies/registry";
import { EXIT, UsageError } from "./errors";
import type { Io } from "./io";

export const USAGE = `landrules — 工业用地政策规则（亩均论英雄、闲置土地、工改工）/ industrial-land policy rules

用法 / usage:
  landrules profiles [--as-of DATE] [--json]
  landrules fields [--json]          表头词汇与单位 / the header vocabulary and units
  landrules tiers  <in.xlsx> --profile P --out <out.xlsx> [--sheet S] [--map field=Header …] [--as-of DATE] [--year YYYY]
  landrules check  <in.xlsx> --profile P --out <out.xlsx> [--sheet S] [--map field=Header …] [--as-of DATE] [--mark]
                   --mark：在副本的数据表中标出问题单元格（底色和批注，数值不变；原有批注保留，追加在后）/ mark the offending cells in the copy (fill and note, values untouched; an existing note is kept and ours added after it)
                   每次核查先清除上次的标记 / every check first removes the marks of the last one
  tiers/check/recalc: --force 覆盖不是 landrules 输出的已有文件 / overwrite an existing --out that is not a landrules output
               --clear-marks 清除 landrules 的标记（仅清除我们的）/ remove landrules' cell marks (only ours)
  landrules recalc <in.xlsx> --out <out.xlsx> [--profile P] [--as-of DATE] [--force]
  landrules eval "=LAND.MU(666.67)" [--profile P] [--as-of DATE]

  P: {PROFILES}
     或配置文件 / or a profile file: --profile ./my-county.json（{ id, base, names, reason, overrides }；见 policies/README.md）
     LANDRULES_PROFILE_PATH=dir[:dir…] 另加配置目录 / adds profile directories
  DATE: 2024-03-15（默认今天 / default today）
  --year YYYY  tiers 的评价年度（默认评价日的上一年；县级方案如 {SCHEMES} 按年度取参数）/ evaluation year (default: the year before DATE; county schemes take that year's parameters)
  --header-row N  表头所在行（默认自动识别）/ header row (found automatically by default)

退出码 / exit codes: 0 成功 / success · 1 有核查问题 / findings (check)，或 eval 结果为错误值 / or an error value (eval) · 2 用法或输入错误 / usage or unreadable input
输入文件从不改动 / the input file is never modified.`;

/** The help, with the profiles listed from the data (loaded only when the help is shown). */
export function usage(): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only when the help is shown
  const options = require("./options") as typeof import("./options");
  return USAGE.replace("{PROFILES}", options.profileChoices()).replace("{SCHEMES}", options.schemeProfiles().join("、"));
}

const TABLE_OPTIONS = {
  profile: { type: "string", short: "p" },
  sheet: { type: "string", short: "s" },
  map: { type: "string", short: "m", multiple: true },
  "as-of": { type: "string" },
  out: { type: "string", short: "o" },
  "header-row": { type: "string" },
} as const;

// --force: overwrite an existing --out that is not an earlier output of ours; --clear-marks: remove our cell marks.
const OUTPUT_OPTIONS = { force: { type: "boolean" }, "clear-marks": { type: "boolean" } } as const;

type Command = (io: Io, args: string[]) => Promise<number> | number;

function parse<T extends NonNullable<ParseArgsConfig["options"]>>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    const msg = (e as Error).message.split("\n")[0]!;
    throw new UsageError(`参数错误：${msg}`, `bad arguments: ${msg}`);
  }
}

function oneInput(positionals: string[], command: string): string {
  if (positionals.length === 0) throw new UsageError(`${command} 需要一个输入文件 <in.xlsx>`, `${command} needs an input file <in.xlsx>`);
  if (positionals.length > 1) throw new UsageError(`${command} 只接受一个输入文件，收到：${positionals.join(" ")}`, `${command} takes one input file, got: ${positionals.join(" ")}`);
  return positionals[0]!;
}

// Each command's module is loaded when the command runs, not at start: `profiles` and
// `fields` need neither exceljs nor HyperFormula, and `tiers` and `check` never load
// HyperFormula and the LAND functions (about 0.7 s of every run).
/* eslint-disable @typescript-eslint/no-require-imports -- loaded on first use, as said above */
const load = {
  profiles: () => require("./commands/profiles") as typeof import("./commands/profiles"),
  fields: () => require("./commands/fields") as typeof import("./commands/fields"),
  tiers: () => require("./commands/tiers") as typeof import("./commands/tiers"),
  check: () => require("./commands/check") as typeof import("./commands/check"),
  recalc: () => require("./commands/recalc") as typeof import("./commands/recalc"),
  eval: () => require("./commands/eval") as typeof import("./commands/eval"),
};
/* eslint-enable @typescript-eslint/no-require-imports */

const COMMANDS: Record<string, Command> = {
  profiles: (io, args) => {
    const { values } = parse(args, { "as-of": { type: "string" }, json: { type: "boolean" } });
    return load.profiles().profilesCommand(io, values);
  },
  fields: (io, args) => {
    const { values } = parse(args, { json: { type: "boolean" } });
    return load.fields().fieldsCommand(io, values);
  },
  tiers: (io, args) => {
    const { values, positionals } = parse(args, { ...TABLE_OPTIONS, ...OUTPUT_OPTIONS, year: { type: "string" } });
    return load.tiers().tiersCommand(io, oneInput(positionals, "tiers"), values);
  },
  check: (io, args) => {
    const { values, positionals } = parse(args, { ...TABLE_OPTIONS, ...OUTPUT_OPTIONS, mark: { type: "boolean" } });
    return load.check().checkCommand(io, oneInput(positionals, "check"), values);
  },
  recalc: (io, args) => {
    const { values, positionals } = parse(args, { profile: TABLE_OPTIONS.profile, "as-of": TABLE_OPTIONS["as-of"], out: TABLE_OPTIONS.out, force: OUTPUT_OPTIONS.force });
    return load.recalc().recalcCommand(io, oneInput(positionals, "recalc"), values);
  },
  eval: (io, args) => {
    const { values, positionals } = parse(args, { profile: TABLE_OPTIONS.profile, "as-of": TABLE_OPTIONS["as-of"] });
    if (positionals.length !== 1) throw new UsageError('eval 需要一个公式，如 landrules eval "=LAND.MU(666.67)"', 'eval takes one formula, e.g. landrules eval "=LAND.MU(666.67)"');
    return load.eval().evalCommand(io, positionals[0]!, values);
  },
};

/** Runs one command line; returns the exit code. Every failure is one clear line on stderr. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const [command, ...args] = argv;
  if (command === undefined || command === "help" || command === "--help" || command === "-h") {
    io.out(usage());
    return command === undefined ? EXIT.usage : EXIT.ok;
  }
  const handler = COMMANDS[command];
  try {
    if (!handler) throw new UsageError(`未知命令“${command}”；可用：${Object.keys(COMMANDS).join("、")}`, `unknown command "${command}"; commands are ${Object.keys(COMMANDS).join(", ")}`);
    return await handler(io, [...args]);
  } catch (e) {
    // A rule the profile lacks (#N/A) reaching this far is a usage error too: wrong profile for the job.
    if (e instanceof UsageError || e instanceof RuleError) {
      io.err(`landrules: 错误 / error: ${e.zh} / ${e.en}`);
      return EXIT.usage;
    }
    // A profile file that does not load (shipped, or in LANDRULES_PROFILE_PATH): its first bad value, one line.
    if (e instanceof ProfileError) {
      const [first, ...rest] = e.issues;
      const where = first ? `${first.path}: ${first.message}` : e.message;
      io.err(`landrules: 错误 / error: 政策配置不能加载 / a profile does not load: ${where}${rest.length ? ` (+${rest.length})` : ""}`);
      return EXIT.usage;
    }
    throw e;
  }
}
