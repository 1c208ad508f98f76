import type { Finding } from "../engine/checks";
import type { Dec } from "../engine/decimal";
import { LOW_EFFICIENCY_LIST, TIER_QUOTAS } from "../catalogue/concepts";
import { Evaluation, type Context } from "../engine/evaluation";
import { findingOf } from "../rules/findings";
import { newIndustrialFarCheck, mixedUseCheck, parseNingboArea } from "../rules/ningbo-intensity";
import { supervisionCheck } from "../rules/supervision";
import { forcedDFinding, type Tier } from "../rules/tiers";
import { rulesImplementing } from "../profiles";
import { parseAgreementKind, rectificationCheck } from "../rules/zengcheng-compliance";
import { lowEfficiencyListing } from "../rules/zengcheng-lowefficiency";
import { preemptionRequired, type PreemptionGround } from "../rules/wenzhou-stock";
import { ancillaryCheck, parkProjectAreaCheck, parseRenewalType, selfHoldCheck, singleProjectCheck, type RenewalType } from "../rules/zhongshan-planning";
import type { Bilingual } from "../schema";
import type { TableRow } from "./table";
import { normalizeHeader, type FieldId } from "./vocabulary";

/** What a check may know about the whole population besides its own row. */
export interface PopulationFacts {
  /** The tier each row got on this run (when the table allows scoring). */
  tierOf(row: TableRow): Tier | null;
}

/**
 * One checked rule of a profile applied to the rows of an enterprise table, through the
 * engine's own function for the rule. It runs when the profile has the rule and the table
 * has every column in `needs`.
 */
export interface SheetCheck {
  /** `RULE-ID`, or a name when it serves several rules. */
  id: string;
  /** Candidate rule ids, first match wins (as in the engine's Evaluation). */
  rules: readonly string[];
  title: Bilingual;
  /** Columns the table must have for the check to run at all. */
  needs: readonly FieldId[];
  /** Also needs this run's tiers. */
  needsTiers?: boolean;
  /** Whether the row is one the rule is about (e.g. a 工改工 project); others are skipped. */
  inScope(row: TableRow, population: PopulationFacts): boolean;
  /** Values a row in scope must have; a blank one gives a notice instead of a verdict. */
  required: readonly FieldId[];
  /** The findings for a row in scope with its required values ([] = passes). */
  run(ctx: Context, row: TableRow, population: PopulationFacts): Finding[];
}

/** 增城 二(六)17 is about “工改工” projects (pilot or not); 工改M0 is another regime. */
function isGongGaiGong(row: TableRow): boolean {
  const t = row.values.project_type;
  return t !== undefined && normalizeHeader(t).includes("工改工");
}

function renewalType(row: TableRow): RenewalType | null {
  try {
    return parseRenewalType(row.values.project_type ?? null);
  } catch {
    return null;
  }
}

/** 增城 二(六)17 through supervisionCheck: FAR ≥ 2.0; 亩均税收 by zone and pilot; pilots' 亩均投资/产值 ≥ 70% of the guide. */
const zengchengSupervision: SheetCheck = {
  id: "ZC-GGG",
  rules: ["ZC-GGG"],
  title: { zh: "“工改工”产业监管要求", en: "工改工 supervision thresholds" },
  needs: ["project_type", "zone", "far", "tax", "area_mu"],
  inScope: isGongGaiGong,
  required: ["zone"],
  run: (ctx, row) => {
    const { far, tax, area_mu: area, output, investment } = row.values;
    const perMu = (x: Dec | undefined) => (x !== undefined && area !== undefined ? x.div(area) : null);
    return supervisionCheck(ctx, {
      zone: row.values.zone!,
      // A blank 是否试点 reads as not a pilot, as LAND.MINTAX's default.
      pilot: row.values.pilot ?? false,
      far: far ?? null,
      taxPerMu: perMu(tax),
      outputPerMu: perMu(output),
      investmentPerMu: perMu(investment),
      // 《广州市工业用地指南（2018 年版）》 values are not in the sources: per-project columns.
      guideOutputPerMu: row.values.guide_output_per_mu ?? null,
      guideInvestmentPerMu: row.values.guide_investment_per_mu ?? null,
    }).value;
  },
};

/** 增城 二(一)2 (and the Zhejiang county practice the profiles cite): data not uploaded or falsified → D directly. */
const dataStatus: SheetCheck = {
  id: "DATA-STATUS",
  rules: rulesImplementing(TIER_QUOTAS),
  title: { zh: "数据上传状态", en: "data submission status" },
  needs: ["data_status"],
  inScope: (row) => row.values.data_status !== undefined && row.values.data_status !== "ok",
  required: [],
  // The finding is the tier rule's own forced D (rules/tiers.ts), not a second reading of the profile.
  run: (ctx, row) => {
    const status = row.values.data_status!;
    const finding = forcedDFinding(ctx, status, row.shown("data_status") ?? status);
    return finding ? [finding] : [];
  },
};

/** 增城 二(三)6 through lowEfficiencyListing: this run's D tier puts the land on the list (exclusions are not in the table). */
const lowEfficiency: SheetCheck = {
  id: "ZC-LOWEFF",
  rules: ["ZC-LOWEFF"],
  title: { zh: "低效工业用地范围", en: "low-efficiency land list" },
  needs: [],
  needsTiers: true,
  inScope: (row, population) => population.tierOf(row) !== null,
  required: [],
  run: (ctx, row, population) => lowEfficiencyByTier(ctx, population.tierOf(row)),
};

// The table gives the listing nothing but the tier, so each tier's findings are made once per run (a finding is copied where it is placed).
const LOW_EFFICIENCY_BY_TIER = new WeakMap<Context, Map<Tier | null, Finding[]>>();

function lowEfficiencyByTier(ctx: Context, tier: Tier | null): Finding[] {
  const byTier = LOW_EFFICIENCY_BY_TIER.get(ctx) ?? new Map<Tier | null, Finding[]>();
  LOW_EFFICIENCY_BY_TIER.set(ctx, byTier);
  let findings = byTier.get(tier);
  if (!findings) byTier.set(tier, (findings = lowEfficiencyFindings(ctx, tier)));
  return findings;
}

function lowEfficiencyFindings(ctx: Context, tier: Tier | null): Finding[] {
  const decision = lowEfficiencyListing(ctx, { tier, districtNamed: false, exclusions: {} });
  if (!decision.value.listed) return [];
  const ev = new Evaluation(ctx, LOW_EFFICIENCY_LIST);
  return [
    findingOf(ev, {
      param: "listedTier",
      field: "tier",
      value: tier ?? "",
      threshold: `档次 ≠ ${ev.text("listedTier")}`,
      severity: "notice",
      message: {
        zh: `${decision.value.reason.zh}；如属重大项目、链主企业、已按协议缴纳差额或经区政府豁免，则不列入`,
        en: `${decision.value.reason.en}; not listed if a strategic project, chain leader, shortfall paid, or exempted by the district`,
      },
    }),
  ];
}

/** 增城 二(四)10–11 through rectificationCheck: agreed output reached 80% / 50%, or the watch list. */
const zengchengCompliance: SheetCheck = {
  id: "ZC-COMPLY",
  rules: ["ZC-COMPLY"],
  title: { zh: "项目履约整改", en: "agreement rectification" },
  needs: ["agreement", "output", "agreed_output"],
  inScope: (row) => row.values.agreement !== undefined,
  required: [],
  run: (ctx, row) =>
    rectificationCheck(ctx, {
      agreement: parseAgreementKind(row.values.agreement, "agreement"),
      actualOutput: row.values.output ?? null,
      agreedOutput: row.values.agreed_output ?? null,
      watchListed: row.values.watch_listed ?? false,
    }).value,
};

/** 中山 三(十四) through selfHoldCheck: self-held share ≥ 20%, and only with the conditions met. */
const zhongshanSelfHold: SheetCheck = {
  id: "ZS-SELFHOLD",
  rules: ["ZS-SELFHOLD"],
  title: { zh: "自持比例", en: "self-held share" },
  needs: ["project_type", "area_mu", "self_held_share", "agreed_tax_per_mu"],
  inScope: (row) => row.values.self_held_share !== undefined && renewalType(row) !== null,
  required: ["area_mu"],
  run: (ctx, row) =>
    selfHoldCheck(ctx, {
      areaMu: row.values.area_mu!,
      renewalType: renewalType(row)!,
      agreedTaxPerMu: row.values.agreed_tax_per_mu ?? null,
      priorityIndustry: row.values.priority_industry ?? false,
      selfHeldShare: row.values.self_held_share!,
      roomUnitsM2: [],
      buyerIsEnterprise: null,
      registrationDate: null,
      transferDate: null,
      resplit: false,
    }).value,
};

/** 中山 三(十五) through ancillaryCheck: ancillary floor share ≤ 20% for a 30 亩以上 工改工 with ≤ 7% ancillary land. */
const zhongshanAncillary: SheetCheck = {
  id: "ZS-ANCIL",
  rules: ["ZS-ANCIL"],
  title: { zh: "配套设施比例", en: "ancillary facilities share" },
  needs: ["project_type", "area_mu", "ancillary_land_share", "ancillary_floor_share"],
  inScope: (row) => row.values.ancillary_floor_share !== undefined && renewalType(row) !== null,
  required: ["area_mu", "ancillary_land_share"],
  run: (ctx, row) =>
    ancillaryCheck(ctx, {
      areaMu: row.values.area_mu!,
      renewalType: renewalType(row)!,
      ancillaryLandShare: row.values.ancillary_land_share!,
      ancillaryFloorShare: row.values.ancillary_floor_share!,
    }).value,
};

/** 宁波 二(六) through newIndustrialFarCheck: FAR ≥ 2.0 市区 / 1.5 县（市）; R&D floor ≤ 15% when given. */
const ningboFar: SheetCheck = {
  id: "NB-FAR",
  rules: ["NB-FAR"],
  title: { zh: "新增工业用地容积率", en: "plot ratio of new industrial land" },
  needs: ["far", "area_type"],
  inScope: (row) => row.values.far !== undefined,
  required: ["area_type"],
  run: (ctx, row) => {
    const { rd_floor_m2: rd, total_floor_m2: total } = row.values;
    return newIndustrialFarCheck(ctx, {
      far: row.values.far!,
      area: parseNingboArea(row.values.area_type, "area_type"),
      specialRequirement: false,
      rdFloorM2: rd !== undefined && total !== undefined ? rd : null,
      totalFloorM2: total ?? null,
    }).value;
  },
};

/** 宁波 二(七) through mixedUseCheck: industrial floor area ≥ 50% of the total in mixed industrial land. */
const ningboMixed: SheetCheck = {
  id: "NB-MIXED",
  rules: ["NB-MIXED"],
  title: { zh: "混合产业用地工业建筑面积占比", en: "industrial share of mixed industrial land" },
  needs: ["industrial_floor_m2", "total_floor_m2"],
  inScope: (row) => row.values.industrial_floor_m2 !== undefined,
  required: ["total_floor_m2"],
  run: (ctx, row) => mixedUseCheck(ctx, row.values.industrial_floor_m2!, row.values.total_floor_m2!).value,
};

/** 中山 一(三) through singleProjectCheck: before the area plan is approved, a single project needs 30 亩以上（含本数）. */
const zhongshanSingleProject: SheetCheck = {
  id: "ZS-UNIT",
  rules: ["ZS-UNIT"],
  title: { zh: "单个项目先行改造", en: "single project ahead of the area plan" },
  needs: ["area_mu", "area_plan_approved"],
  inScope: (row) => row.values.area_mu !== undefined,
  required: ["area_plan_approved"],
  run: (ctx, row) => singleProjectCheck(ctx, row.values.area_mu!, row.values.area_plan_approved!).value,
};

/** 中山 二(八) through parkProjectAreaCheck: inside the 万亩千亩 parks, projects 小于 30 亩 are no longer accepted. */
const zhongshanParkSize: SheetCheck = {
  id: "ZS-CONSOL",
  rules: ["ZS-CONSOL"],
  title: { zh: "万亩千亩产业园项目面积", en: "project size inside 万亩千亩 parks" },
  needs: ["area_mu", "inside_park"],
  inScope: (row) => row.values.inside_park === true,
  required: ["area_mu"],
  run: (ctx, row) => parkProjectAreaCheck(ctx, row.values.area_mu!, true).value,
};

const PREEMPTION_GROUNDS: Record<PreemptionGround, { field: FieldId; zh: string; en: string }> = {
  "investment-below-agreed": { field: "investment", zh: "亩均投资未达到约定标准", en: "investment per mu below the agreed standard" },
  "tax-below-agreed": { field: "tax", zh: "亩均税收未达到约定标准", en: "tax per mu below the agreed standard" },
  "before-production-deadline": { field: "transfer_date", zh: "在约定达产期限之前转让", en: "transfer before the agreed production deadline" },
  "seller-rated": { field: "last_year_tier", zh: "转让方上年度亩均论英雄评价为 C、D 类", en: "the seller was rated C or D last year" },
};

/** 温州 三(五)14 through preemptionRequired: a transfer on which the government must use its pre-emption right. */
const wenzhouPreemption: SheetCheck = {
  id: "WZ-PREEMPT",
  rules: ["WZ-PREEMPT"],
  title: { zh: "政府优先收购", en: "government pre-emption" },
  needs: ["transfer_date"],
  inScope: (row) => row.values.transfer_date !== undefined,
  required: [],
  run: (ctx, row) => {
    const v = row.values;
    const perMu = (x: Dec | undefined) => (x !== undefined && v.area_mu !== undefined ? x.div(v.area_mu) : null);
    const decision = preemptionRequired(ctx, {
      investmentPerMu: perMu(v.investment),
      agreedInvestmentPerMu: v.agreed_investment_per_mu ?? null,
      taxPerMu: perMu(v.tax),
      agreedTaxPerMu: v.agreed_tax_per_mu ?? null,
      transferDate: v.transfer_date!,
      productionDeadline: v.production_deadline ?? null,
      sellerLastYearTier: v.last_year_tier ?? null,
    }).value;
    if (!decision.required) return [];
    const grounds = decision.grounds.map((g) => PREEMPTION_GROUNDS[g]);
    const first = grounds[0]!.field;
    return [
      {
        rule: "WZ-PREEMPT",
        citation: ruleCitation(ctx, "WZ-PREEMPT"),
        field: first,
        value: row.shown(first) ?? "",
        threshold: "须由政府优先收购 / government must pre-empt",
        severity: "violation",
        message: {
          zh: `${grounds.map((g) => g.zh).join("；")}：转让时政府必须行使优先收购权`,
          en: `${grounds.map((g) => g.en).join("; ")}: the government must pre-empt this transfer`,
        },
      },
    ];
  },
};

/** `source-file clause` of a profile's rule, for findings built outside an Evaluation. */
export function ruleCitation(ctx: Context, rule: string): string {
  const r = ctx.profile.rules.get(rule)!;
  return `${r.document.source} ${r.clause}`;
}

/** Every sheet check the product has; the report runs those the profile and the table allow. */
export const SHEET_CHECKS: readonly SheetCheck[] = [
  dataStatus,
  zengchengSupervision,
  zengchengCompliance,
  lowEfficiency,
  zhongshanSelfHold,
  zhongshanAncillary,
  ningboFar,
  ningboMixed,
  zhongshanSingleProject,
  zhongshanParkSize,
  wenzhouPreemption,
];
