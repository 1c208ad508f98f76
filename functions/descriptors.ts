// The formula table: every LAND.* function once, with its names, help, units, rules and
// examples. The Excel entry (functions.ts), the zh-CN metadata, HyperFormula's registration
// and docs/FUNCTIONS-REFERENCE.md are all generated from or checked against this table.
import * as adapters from "./adapters";
import { CATALOGUE_FUNCTIONS } from "./catalogue-functions";
import { explainAdapter, STATUS } from "./explain";
import { money, PROFILE, SCORES, TIER_STATUS_HELP, type FunctionSpec, type ParamSpec } from "./spec";

export type { Bilingual, Example, ExampleResult, FunctionSpec, ParamSpec } from "./spec";

/** Where zh names are looked up by EXPLAIN: id, LAND.id or Chinese name, any case. */
function lookup(name: string): FunctionSpec | undefined {
  const key = name.trim().toUpperCase().replace(/^LAND\./, "");
  return FUNCTIONS.find((f) => f.id === key || f.zh === name.trim() || `LAND.${f.zh}` === name.trim());
}

export const FUNCTIONS: FunctionSpec[] = [
  {
    id: "TIER",
    zh: "亩均分档",
    summary: { zh: "按综合得分在参评企业中的排位分 A/B/C/D 档（并列同档）", en: "Tier A/B/C/D by rank of the score within the population (ties share a tier)" },
    params: [
      { name: "score", zh: "得分", help: { zh: "该企业的综合得分", en: "This enterprise's composite score" }, unit: "分 points" },
      SCORES,
      { name: "status", zh: "数据状态", optional: true, help: TIER_STATUS_HELP },
      PROFILE,
    ],
    returns: { type: "string", help: { zh: "档次 A、B、C 或 D", en: "The tier: A, B, C or D" } },
    rules: ["ZC-TIER", "ZJ-EVAL"],
    pinned: true,
    examples: [
      { formula: '=LAND.TIER(17, SEQUENCE(20), , "zengcheng")', result: "A", note: { zh: "得分 1…20：17–20 为 A", en: "scores 1…20: 17–20 are A" } },
      { formula: '=LAND.TIER(16, SEQUENCE(20), , "zengcheng")', result: "B" },
      { formula: '=LAND.TIER(2, SEQUENCE(20), , "zengcheng")', result: "C" },
      { formula: '=LAND.TIER(1, SEQUENCE(20), , "zengcheng")', result: "D" },
      { formula: '=LAND.TIER(20, SEQUENCE(20), "未上传", "zengcheng")', result: "D", note: { zh: "未主动上传数据 → 直接 D 档", en: "data not submitted → D directly" } },
    ],
    adapter: adapters.TIER,
  },
  {
    id: "TIERS",
    zh: "批量分档",
    summary: { zh: "一次为整列得分分档，结果溢出为一列（1 万行以上用此函数）", en: "Tiers for a whole column of scores in one call, spilled as a column (the fast path for 10,000+ rows)" },
    params: [
      { ...SCORES, help: { zh: "整列得分（空白得分的结果为空白）", en: "The column of scores (a blank score gives a blank result)" } },
      { name: "statuses", zh: "数据状态列", optional: true, range: true, help: { zh: "与得分同样大小的数据状态列（可省略）", en: "Data statuses, the same size as scores (optional)" } },
      PROFILE,
    ],
    returns: { type: "table", help: { zh: "一列档次，逐行与 LAND.TIER 相同", en: "A column of tiers, row by row equal to LAND.TIER" } },
    rules: ["ZC-TIER", "ZJ-EVAL"],
    pinned: true,
    examples: [
      {
        formula: '=LAND.TIERS(SEQUENCE(20), , "zengcheng")',
        result: [..."DCCCBBBBBBBBBBBBAAAA"].map((t) => [t]),
        note: { zh: "得分 1…20：1 为 D，2–4 为 C，5–16 为 B，17–20 为 A", en: "scores 1…20: 1 D, 2–4 C, 5–16 B, 17–20 A" },
      },
    ],
    adapter: adapters.TIERS,
  },
  {
    id: "SCORE",
    zh: "综合得分",
    summary: { zh: "亩均效益综合得分：Σ 权重 × 指标值 ÷ 基准值", en: "Composite per-mu score: Σ weight × value ÷ benchmark" },
    params: [
      { name: "values", zh: "指标值", range: true, help: { zh: "各项指标值", en: "Indicator values" } },
      { name: "benchmarks", zh: "基准值", range: true, help: { zh: "各项指标的基准值（须大于 0，与指标值同样多）", en: "Benchmarks, one per value (each > 0)" } },
      { name: "weights", zh: "权重", range: true, help: { zh: "各项指标的权重（分）", en: "Weights in points, one per value" } },
    ],
    returns: { type: "number", unit: "分 points", help: { zh: "综合得分", en: "The composite score" } },
    rules: ["ZJ-EVAL", "ZC-TIER"],
    pinned: true,
    examples: [
      {
        formula: "=LAND.SCORE({30,100,2,5000,20,0.03}, {24.097,136.16,2.694,4929.81,18.14,0.0302}, {30,20,20,10,10,10})",
        result: 97.98697106338906,
      },
    ],
    adapter: adapters.SCORE,
  },
  {
    id: "IDLEFEE",
    zh: "土地闲置费",
    summary: { zh: "企业原因未动工满一年：土地闲置费 = 20% × 出让或划拨价款；政府原因为 0", en: "Idle-land fee: 20% of the land price once 满一年 (EDATE(agreed_start, 12)) has passed; government-caused → 0" },
    params: [
      { name: "land_price", ...money("出让或划拨价款", "Land price (transfer or allocation)") },
      { name: "agreed_start", zh: "约定动工日期", help: { zh: "约定（或批准）的动工开发日期", en: "Agreed (or approved) start-of-works date" }, unit: "日期 date" },
      { name: "as_of", zh: "评价日", help: { zh: "评价日", en: "Evaluation date" }, unit: "日期 date" },
      { name: "cause", zh: "闲置原因", optional: true, help: { zh: "enterprise（企业，默认）或 government（政府）", en: "enterprise (企业, default) or government (政府)" } },
      PROFILE,
    ],
    returns: { type: "number", unit: "万元", help: { zh: "土地闲置费", en: "The idle-land fee" } },
    rules: ["ZC-IDLE", "NAT-IDLE-FEE", "NAT-IDLE-EXC"],
    pinned: true,
    examples: [
      { formula: '=LAND.IDLEFEE(1000, "2023-03-15", "2024-03-14", , "zengcheng")', result: 0, note: { zh: "未满一年", en: "one year not yet reached" } },
      { formula: '=LAND.IDLEFEE(1000, "2023-03-15", "2024-03-15", , "zengcheng")', result: 200, note: { zh: "满一年（含当日）", en: "满一年 reached on the day" } },
      { formula: '=LAND.IDLEFEE(1000, "2023-03-15", "2025-01-01", "政府", "zengcheng")', result: 0, note: { zh: "政府原因", en: "government-caused" } },
    ],
    adapter: adapters.IDLEFEE,
  },
  {
    id: "BREACHPENALTY",
    zh: "税收违约金",
    summary: { zh: "亩均税收承诺未达：违约金 = max(0, 承诺 − 实际) × 面积", en: "Tax-commitment penalty: max(0, committed − actual) × area" },
    params: [
      { name: "committed_tax_per_mu", zh: "承诺亩均税收", help: { zh: "承诺亩均税收（万元/亩）", en: "Committed tax per mu (万元/亩)" }, unit: "万元/亩" },
      { name: "actual_tax_per_mu", zh: "实际亩均税收", help: { zh: "实际亩均税收（万元/亩）", en: "Actual tax per mu (万元/亩)" }, unit: "万元/亩" },
      { name: "area_mu", zh: "用地面积", help: { zh: "用地面积（亩）", en: "Land area (亩)" }, unit: "亩" },
      PROFILE,
    ],
    returns: { type: "number", unit: "万元", help: { zh: "违约金", en: "The penalty" } },
    rules: ["WZ-BREACH", "ZC-LOWEFF"],
    pinned: true,
    examples: [{ formula: '=LAND.BREACHPENALTY(30, 25, 10, "wenzhou")', result: 50 }],
    adapter: adapters.BREACHPENALTY,
  },
  {
    id: "SUBSIDY",
    zh: "奖补金额",
    summary: {
      zh: "奖补：rent 搬迁租金补助、investment 改造主体奖励、attraction 招商项目奖励、village 村改专项支持",
      en: "Subsidies: rent (relocation rent), investment (redeveloper reward), attraction (introduced-enterprise reward), village (village-park reward)",
    },
    params: [
      { name: "kind", zh: "类别", help: { zh: "rent（租金）、investment（改造主体）、attraction（招商）或 village（村改）", en: "rent, investment, attraction or village" } },
      {
        name: "a",
        zh: "参数a",
        help: {
          zh: "rent：租用面积 ㎡；investment：当年固定资产投资 万元；attraction、village：引进企业当年产值 万元",
          en: "rent: rented floor area ㎡; investment: this year's fixed-asset investment 万元; attraction, village: the enterprise's output that year 万元",
        },
      },
      {
        name: "b",
        zh: "参数b",
        help: {
          zh: "rent：当年补助月数 0–12；investment：计划亩均投资 万元/亩；attraction、village：该企业区级地方经济贡献 万元",
          en: "rent: months in the year 0–12; investment: planned investment per mu 万元/亩; attraction, village: its district-level local economic contribution 万元",
        },
      },
      {
        name: "c",
        zh: "参数c",
        optional: true,
        help: {
          zh: "rent：上一年度区级地方经济贡献 万元；investment、village：第几年（1、2、3…）；attraction：不用",
          en: "rent: previous-year district-level contribution 万元; investment, village: year number (1, 2, 3…); attraction: unused",
        },
      },
      {
        name: "d",
        zh: "参数d",
        optional: true,
        help: { zh: "rent：第几年（默认 1）；investment：已发放金额 万元（默认 0）；其他：不用", en: "rent: year number (default 1); investment: already paid 万元 (default 0); others: unused" },
      },
      PROFILE,
    ],
    returns: { type: "number", unit: "万元", help: { zh: "奖补金额", en: "The subsidy" } },
    rules: ["ZC-SUB-RENT", "ZS-RELOC", "ZC-SUB-INV", "ZC-SUB-ATTR", "ZC-SUB-VIL"],
    pinned: true,
    examples: [
      { formula: '=LAND.SUBSIDY("rent", 1000, 12, 100, , "zengcheng")', result: 12, note: { zh: "10 元/㎡/月 × 1000 ㎡ × 12 月", en: "10 元/㎡/月 × 1000 ㎡ × 12 months" } },
      { formula: '=LAND.SUBSIDY("rent", 1000, 12, 100, , "zhongshan")', result: 7.2, note: { zh: "中山 6 元/㎡/月", en: "Zhongshan 6 元/㎡/月" } },
      { formula: '=LAND.SUBSIDY("rent", 1000, 12, 100, 3, "zengcheng")', result: 0, note: { zh: "补助 2 年，第 3 年为 0", en: "2 years of subsidy; year 3 → 0" } },
      { formula: '=LAND.SUBSIDY("investment", 10000, 600, 1, , "zengcheng")', result: 200, note: { zh: "达到 600 万元/亩（含）", en: "达到 600 万元/亩 includes 600" } },
      { formula: '=LAND.SUBSIDY("investment", 10000, 600, 1, 2900, "zengcheng")', result: 100, note: { zh: "累计不超过 3000 万元", en: "cumulative cap 3000 万元" } },
      { formula: '=LAND.SUBSIDY("attraction", 50000, 3000, , , "zengcheng")', result: 2000, note: { zh: "每家不超过 2000 万元", en: "at most 2000 万元 per enterprise" } },
      { formula: '=LAND.SUBSIDY("village", 10000, 300, 2, , "zengcheng")', result: 300, note: { zh: "不超过当年区级贡献", en: "capped by that year's contribution" } },
    ],
    adapter: adapters.SUBSIDY,
  },
  {
    id: "MINTAX",
    zh: "亩均税收下限",
    summary: { zh: "“工改工”监管协议的亩均税收下限（按区域、是否试点）", en: "Minimum tax per mu for 工改工 supervision, by zone and pilot status" },
    params: [
      { name: "zone", zh: "所在区域", help: { zh: "core（开发区核心区）、multi（一区多园）或 town（其他镇街）", en: "core (开发区核心区), multi (一区多园) or town (其他镇街)" } },
      { name: "pilot", zh: "是否试点", optional: true, help: { zh: "是否试点项目 TRUE/FALSE（默认 FALSE）", en: "Pilot project? TRUE/FALSE (default FALSE)" } },
      PROFILE,
    ],
    returns: { type: "number", unit: "万元/亩", help: { zh: "亩均税收下限（不低于）", en: "The minimum tax per mu (不低于: inclusive)" } },
    rules: ["ZC-GGG"],
    pinned: true,
    examples: [
      { formula: '=LAND.MINTAX("core", TRUE(), "zengcheng")', result: 70 },
      { formula: '=LAND.MINTAX("multi", TRUE(), "zengcheng")', result: 56 },
      { formula: '=LAND.MINTAX("town", TRUE(), "zengcheng")', result: 38.5 },
      { formula: '=LAND.MINTAX("core", FALSE(), "zengcheng")', result: 50 },
      { formula: '=LAND.MINTAX("multi", , "zengcheng")', result: 40 },
      { formula: '=LAND.MINTAX("其他镇街", FALSE(), "增城")', result: 27.5 },
    ],
    adapter: adapters.MINTAX,
  },
  {
    id: "LEASEPRICE",
    zh: "弹性年期地价",
    summary: { zh: "弹性年期出让价 = 全年期价格 × 年限 ÷ 50；一般工业用地不超过 20 年", en: "Flexible-term price = full-term price × years ÷ 50; general industrial land ≤ 20 years" },
    params: [
      { name: "full_term_price", ...money("最高年期价格", "Full-term (50-year) price") },
      { name: "years", zh: "出让年限", help: { zh: "出让年限（年）", en: "Term in years" }, unit: "年" },
      PROFILE,
    ],
    returns: { type: "number", unit: "万元", help: { zh: "该年期的出让价", en: "The price for the term" } },
    rules: ["WZ-TERM"],
    pinned: true,
    examples: [
      { formula: '=LAND.LEASEPRICE(1000, 20, "wenzhou")', result: 400 },
      { formula: '=LAND.LEASEPRICE(1000, 21, "wenzhou")', result: { error: "#NUM!" }, note: { zh: "超过 20 年", en: "over 20 years" } },
    ],
    adapter: adapters.LEASEPRICE,
  },
  {
    id: "BUILDMONTHS",
    zh: "建设周期月数",
    summary: { zh: "按计划投资定建设周期：10 亿元以下 24 个月，10～20 亿元 30 个月，20 亿元以上 36 个月", en: "Construction period by planned investment: ≤ 10 亿 24 months, 10–20 亿 30, ≥ 20 亿 36" },
    params: [{ name: "planned_investment", ...money("计划投资", "Planned investment") }, PROFILE],
    returns: { type: "number", unit: "月", help: { zh: "建设周期上限（月）", en: "The longest construction period (months)" } },
    rules: ["WZ-BUILD"],
    pinned: true,
    examples: [
      { formula: '=LAND.BUILDMONTHS(100000, "wenzhou")', result: 24, note: { zh: "10 亿元以下含 10 亿", en: "10 亿元以下 includes 10 亿" } },
      { formula: '=LAND.BUILDMONTHS(150000, "wenzhou")', result: 30 },
      { formula: '=LAND.BUILDMONTHS(200000, "wenzhou")', result: 36, note: { zh: "20 亿元以上含 20 亿", en: "20 亿元以上 includes 20 亿" } },
    ],
    adapter: adapters.BUILDMONTHS,
  },
  {
    id: "COMPENSATION",
    zh: "物业补偿面积",
    summary: { zh: "收储物业补偿 = 1.2 × 合法面积 + 0.6 × 2009 年前违法面积", en: "Property compensation = 1.2 × lawful + 0.6 × unlawful built before 2009" },
    params: [
      { name: "lawful_m2", zh: "合法建筑面积", help: { zh: "合法建筑面积（㎡）", en: "Lawful floor area (㎡)" }, unit: "㎡" },
      { name: "unlawful_pre2009_m2", zh: "违法建筑面积", help: { zh: "2009 年前建成的违法建筑面积（㎡）", en: "Unlawful floor area built before 2009 (㎡)" }, unit: "㎡" },
      PROFILE,
    ],
    returns: { type: "number", unit: "㎡", help: { zh: "补偿物业面积", en: "Property to compensate, in ㎡" } },
    rules: ["ZC-COMP"],
    pinned: true,
    examples: [{ formula: '=LAND.COMPENSATION(1000, 500, "zengcheng")', result: 1500 }],
    adapter: adapters.COMPENSATION,
  },
  {
    id: "COMPCLASS",
    zh: "违建补偿类别",
    summary: {
      zh: "违法建筑按建成年份的补偿类别：unlawful-pre（2009 年前，按物业 ×0.6）或 unlawful-post（2009 年后，按建安成本补偿货币）",
      en: "Compensation class of an unlawful building by completion year: unlawful-pre (before 2009, property × 0.6) or unlawful-post (after 2009, money at construction cost)",
    },
    params: [{ name: "year_completed", zh: "建成年份", help: { zh: "建成年份", en: "Year completed" }, unit: "年" }, PROFILE],
    returns: { type: "string", help: { zh: "unlawful-pre 或 unlawful-post", en: "unlawful-pre or unlawful-post" } },
    rules: ["ZC-COMP"],
    pinned: false,
    examples: [
      { formula: '=LAND.COMPCLASS(2008, "zengcheng")', result: "unlawful-pre" },
      { formula: '=LAND.COMPCLASS(2009, "zengcheng")', result: "unlawful-pre", note: { zh: "2009 年本身：配置的假定（见 EXPLAIN）", en: "2009 itself: the profile's assumption (see EXPLAIN)" } },
      { formula: '=LAND.COMPCLASS(2010, "zengcheng")', result: "unlawful-post" },
    ],
    adapter: adapters.COMPCLASS,
  },
  {
    id: "MU",
    zh: "平方米换亩",
    summary: { zh: "平方米换算为亩：㎡ × 15 ÷ 10000（精确）", en: "Square metres to mu: ㎡ × 15 ÷ 10000, exact" },
    params: [{ name: "square_metres", zh: "平方米", help: { zh: "面积（㎡）", en: "Area (㎡)" }, unit: "㎡" }],
    returns: { type: "number", unit: "亩", help: { zh: "面积（亩）", en: "Area in mu" } },
    rules: [],
    pinned: true,
    examples: [
      { formula: "=LAND.MU(10000)", result: 15 },
      { formula: "=LAND.MU(2000)", result: 3 },
    ],
    adapter: adapters.MU,
  },
  ...CATALOGUE_FUNCTIONS,
  {
    id: "STATUS",
    zh: "政策状态",
    summary: {
      zh: "政策配置所依据文件在评价日的状态：有效、征求意见稿、已失效或尚未施行",
      en: "The standing of the profile's document on a date: in force, draft, expired or not yet in force",
    },
    params: [
      PROFILE,
      { name: "as_of", zh: "评价日", optional: true, help: { zh: "评价日（默认今天）", en: "Evaluation date (default today)" }, unit: "日期 date" },
    ],
    returns: { type: "string", help: { zh: "状态，如“征求意见稿 draft”", en: "The standing, e.g. “征求意见稿 draft”" } },
    rules: [],
    pinned: false,
    volatile: true,
    examples: [
      { formula: '=LAND.STATUS("wenzhou", "2024-03-15")', result: "有效 in force" },
      { formula: '=LAND.STATUS("wenzhou", "2025-07-01")', result: "已失效 expired", note: { zh: "有效期至 2025-06-30", en: "in force until 2025-06-30" } },
      { formula: '=LAND.STATUS("zengcheng", "2024-03-15")', result: "征求意见稿 draft" },
    ],
    adapter: STATUS,
  },
];

/** EXPLAIN passes on as many arguments as the longest function takes. */
const EXPLAIN_ARGS = Math.max(...FUNCTIONS.map((f) => f.params.length));

/** LAND.EXPLAIN's own entry, last: it explains any function above. */
FUNCTIONS.push({
  id: "EXPLAIN",
  zh: "计算说明",
  summary: {
    zh: "结果说明卡：规则、条款、参数（有出处/假定）、判定步骤和警告（征求意见稿、已失效）",
    en: "The result card: rule, clause, parameters (sourced/assumed), deciding steps and warnings (draft, expired)",
  },
  params: [
    { name: "function_name", zh: "函数名", help: { zh: "要说明的函数名，如 \"TIER\"", en: 'The function to explain, e.g. "TIER"' } },
    ...Array.from({ length: EXPLAIN_ARGS }, (_, i): ParamSpec => ({
      name: `arg${i + 1}`,
      zh: `参数${i + 1}`,
      optional: true,
      range: true,
      help: { zh: `该函数的第 ${i + 1} 个参数`, en: `That function's argument ${i + 1}` },
    })),
  ],
  returns: { type: "table", help: { zh: "三列表：项目、取值、说明", en: "A three-column table: item, value, detail" } },
  rules: [],
  pinned: false,
  examples: [{ formula: '=LAND.EXPLAIN("BUILDMONTHS", 100000, "wenzhou")', result: [["函数 function", "LAND.BUILDMONTHS"], ["结果 result", 24]], note: { zh: "前两行", en: "the first two rows" } }],
  adapter: explainAdapter(lookup, () => FUNCTIONS.filter((f) => f.id !== "EXPLAIN").map((f) => f.id).join(", ")),
});

export function functionSpec(id: string): FunctionSpec {
  const f = FUNCTIONS.find((x) => x.id === id);
  if (!f) throw new Error(`no LAND.${id}`);
  return f;
}
