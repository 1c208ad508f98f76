// The types of the formula table, and the argument shared by nearly every function.
import type { Adapter } from "./adapters";

export interface Bilingual {
  zh: string;
  en: string;
}

export interface ParamSpec {
  /** The argument's name as Excel shows it (FUNCTIONS.md), also used in error messages. */
  name: string;
  /** Its Chinese name in the zh-CN metadata. */
  zh: string;
  help: Bilingual;
  unit?: string;
  optional?: boolean;
  /** A range (2-D) rather than a single value. */
  range?: boolean;
}

export type ExampleResult = number | string | boolean | { error: "#VALUE!" | "#NUM!" | "#N/A" } | (string | number)[][];

export interface Example {
  formula: string;
  result: ExampleResult;
  note?: Bilingual;
}

export interface FunctionSpec {
  /** Excel id without the namespace: LAND.TIER → "TIER". */
  id: string;
  /** Chinese display name in the zh-CN metadata (≥ 3 letters, as Excel requires). */
  zh: string;
  summary: Bilingual;
  params: ParamSpec[];
  returns: { type: "number" | "string" | "boolean" | "any" | "table"; help: Bilingual; unit?: string };
  /** RULES.md ids the function applies (the first one a profile has decides). */
  rules: string[];
  /** FUNCTIONS.md pins this function's name, arguments and meaning. */
  pinned: boolean;
  examples: Example[];
  volatile?: boolean;
  adapter: Adapter;
}

export const PROFILE: ParamSpec = {
  name: "profile",
  zh: "政策配置",
  optional: true,
  help: {
    zh: "政策配置：zengcheng、wenzhou、zhongshan、ningbo、zhejiang 或 增城、温州、中山、宁波、浙江（不分大小写）；省略则用任务窗格中选定的配置",
    en: "Policy profile: zengcheng, wenzhou, zhongshan, ningbo, zhejiang or 增城, 温州, 中山, 宁波, 浙江 (any case); omitted → the profile chosen in the task pane",
  },
};

export const SCORES: ParamSpec = {
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

export const money = (zh: string, en: string, optional = false): Omit<ParamSpec, "name"> => ({ zh, help: { zh: `${zh}（万元）`, en: `${en} (万元)` }, unit: "万元", optional });

