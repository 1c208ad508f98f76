import { z } from "zod";
import { isBlankText, type FreeText } from "../engine/bilingual";
import { isIsoDate } from "../engine/dates";
import { DATE_FIELDS, FLAG_FIELDS, NUMBER_FIELDS, TEXT_FIELDS } from "../workbook/vocabulary";

// 亩均 evaluation schemes as profile data (issue 8): a profile's optional `evaluation` member.
// A scheme is one evaluation year of one county: its lists (populations), each with its
// indicators, weights, benchmarks, adjustments and bands. Every number is a `figure`: sourced
// from a named document and clause (a county notice, a policy text) or assumed with its reason.

const bilingual = z.object({ zh: z.string().min(1), en: z.string().min(1) }).strict();
/** A reason or note: `{ zh, en }` (one string is read as written). */
const freeText = z.union([z.string().min(1), bilingual], { error: "expected text, or { zh, en }" });
const isoDate = z.string().refine(isIsoDate, { message: "expected an ISO date YYYY-MM-DD" });

/** An exact number: a JSON number, a decimal string ("24.097") or a fraction ("1/3"). */
const EXACT = /^-?(\d+(\.\d+)?|\d+\/[1-9]\d*)$/;
const exact = z.union([z.number().finite(), z.string().regex(EXACT, "expected a decimal such as \"24.097\" or a fraction such as \"1/3\"")]);

/** Where a figure comes from: a key of `evaluation.documents`, and the clause or table in it. */
const citedFields = {
  basis: z.enum(["sourced", "assumed"]),
  /** A key of evaluation.documents. */
  source: z.string().min(1),
  /** The clause, item or table of that document (shown to the analyst with the document's short title). */
  clause: z.string().min(1),
  /** The document's own words. */
  quote: z.string().optional(),
  /** Why an assumed figure is what it is (required when basis is assumed), `{ zh, en }`. */
  reason: freeText.optional(),
};

function assumedNeedsReason(p: { basis: string; reason?: FreeText | undefined }, ctx: z.RefinementCtx): void {
  if (p.basis === "assumed" && isBlankText(p.reason)) ctx.addIssue({ code: "custom", path: ["reason"], message: "an assumed figure must name its reason" });
}

/** A citation without a number (a rule the document states, e.g. 不设上限). */
export const citedSchema = z.object(citedFields).strict().superRefine(assumedNeedsReason);

/** One number of a scheme, with its source. */
export const figureSchema = z
  .object({ value: exact, ...citedFields })
  .strict()
  .superRefine(assumedNeedsReason);

const numberField = z.enum(NUMBER_FIELDS);
const anyField = z.enum([...NUMBER_FIELDS, ...TEXT_FIELDS, ...FLAG_FIELDS, ...DATE_FIELDS]);
const tier = z.enum(["A", "B", "C", "D"]);

/** A document a scheme cites: a county notice or a policy text. */
const documentSchema = z
  .object({
    title: z.string().min(1),
    /** What the analyst sees beside a clause, e.g. 黄岩 2022 年度评价公示. */
    short: z.string().min(1),
    issuer: z.string().min(1),
    /** Publication date, when known. */
    published: isoDate.nullable(),
    note: freeText.optional(),
  })
  .strict();

/**
 * Which firms a list takes: every condition must hold. Numeric comparisons say their
 * inclusivity in their name (民法典 第1259条: 以上/以下 include the number, 不足/超过 exclude it).
 */
const conditionSchema = z.union([
  z.object({ field: anyField, oneOf: z.array(z.string().min(1)).min(1), cite: citedSchema }).strict(),
  z.object({ field: anyField, is: z.enum(["blank", "present"]), cite: citedSchema }).strict(),
  z
    .object({ field: numberField, atLeast: figureSchema.optional(), atMost: figureSchema.optional(), above: figureSchema.optional(), below: figureSchema.optional() })
    .strict()
    .refine((c) => [c.atLeast, c.atMost, c.above, c.below].some((x) => x !== undefined), { message: "a numeric condition needs atLeast, atMost, above or below" }),
]);

/** How an indicator's benchmark is set. */
const benchmarkSchema = z.discriminatedUnion("method", [
  /** A value the county published for the year: points = weight × value ÷ benchmark (黄岩). */
  z.object({ method: z.literal("published"), value: figureSchema }).strict(),
  /** The mean of the firms' own values over the list (or group) with the data. */
  z.object({ method: z.literal("mean"), over: z.enum(["list", "group"]).default("list"), cite: citedSchema }).strict(),
  /** Σ numerator ÷ Σ denominator over the list (or group). */
  z.object({ method: z.literal("aggregate"), over: z.enum(["list", "group"]).default("list"), cite: citedSchema }).strict(),
  /** k × the prior year's mean, the mean being the county's published figure (淮安 2024: about 2 ×). */
  z.object({ method: z.literal("priorMean"), k: figureSchema, priorMean: figureSchema }).strict(),
  /** Min–max scaling (旌德): weight × [base + span × (x − min) ÷ (max − min)] ÷ 100. */
  z.object({ method: z.literal("minmax"), base: figureSchema, span: figureSchema, over: z.enum(["list", "group"]).default("list") }).strict(),
]);

/** What an indicator does for a firm that lacks its data (a blank, or a zero divisor). */
const missingSchema = z.discriminatedUnion("policy", [
  /** No score at all (the firm is listed unscored, never as 0). */
  z.object({ policy: z.literal("unscored"), cite: citedSchema.optional() }).strict(),
  /** The average points of this indicator over the firms of the list (or group) that have it (黄岩 排放). */
  z.object({ policy: z.literal("averagePoints"), over: z.enum(["list", "group"]).default("list"), cite: citedSchema }).strict(),
  /** A fixed number of points taken off instead of the indicator's points (e.g. −3 for missing energy data). */
  z.object({ policy: z.literal("deduct"), points: figureSchema }).strict(),
  /** The firm goes to D directly. */
  z.object({ policy: z.literal("forceD"), cite: citedSchema }).strict(),
  /** The firm is not evaluated (listed with the reason, never ranked). */
  z.object({ policy: z.literal("notEvaluated"), cite: citedSchema }).strict(),
]);

const SLUG = /^[a-z][a-z0-9_]*$/;

export const indicatorSchema = z
  .object({
    id: z.string().regex(SLUG),
    label: bilingual,
    numerator: numberField,
    /** null: the field itself is the indicator. */
    denominator: numberField.nullable(),
    unit: z.string().min(1),
    /** higher: more is better (points = weight × value ÷ benchmark); lower: less is better (weight × benchmark ÷ value). */
    direction: z.enum(["higher", "lower"]),
    weight: figureSchema,
    benchmark: benchmarkSchema,
    /** The most points the indicator can give (e.g. 1.5 × its weight). */
    cap: figureSchema.optional(),
    missing: missingSchema.default({ policy: "unscored" }),
    /** A negative numerator (a loss-making firm's value added): scored as the formula gives it, or treated as missing data. */
    negative: z.enum(["score", "missing"]).default("score"),
  })
  .strict();

/** Points per unit of a column: the first unit, then each further one (温岭 出租 deductions). */
const adjustmentPointsSchema = z.union([
  z.object({ first: figureSchema, eachFurther: figureSchema }).strict(),
  z.object({ each: figureSchema }).strict(),
]);

export const adjustmentSchema = z
  .object({
    id: z.string().regex(SLUG),
    label: bilingual,
    /** A count or number column (tenants, certifications, …). */
    field: numberField,
    kind: z.enum(["bonus", "deduction"]),
    points: adjustmentPointsSchema,
    /** The most points the adjustment can give or take; `{ none: … }` cites that there is no limit. */
    cap: z.union([figureSchema, z.object({ none: z.literal(true), cite: citedSchema }).strict()]),
  })
  .strict();

/** One cumulative share line: the tier takes the places up to share × N (ties never split). */
const shareLineSchema = z
  .object({
    tier,
    share: figureSchema,
    /** Whether the place exactly at share × N belongs to this tier (含). */
    inclusive: z.boolean(),
    /** How share × N becomes a count of places. */
    rounding: z.enum(["floor", "round", "ceil"]),
  })
  .strict();

const bandsSchema = z.discriminatedUnion("kind", [
  /**
   * Cumulative shares from the top (A, then B down to its line, …) and from the bottom (D);
   * the rest is `rest`. A run of tied scores joins a tier only when all of it fits.
   */
  z.object({ kind: z.literal("shares"), top: z.array(shareLineSchema).min(1), bottom: z.array(shareLineSchema), rest: tier }).strict(),
  /** Score lines: the first tier whose line the total reaches (inclusive) or passes. */
  z
    .object({
      kind: z.literal("scoreLines"),
      lines: z.array(z.object({ tier, min: figureSchema, inclusive: z.boolean() }).strict()).min(1),
      rest: tier,
    })
    .strict(),
]);

/** Ranking within groups of a text column (温岭: 5 industry groups); values not listed are not evaluated. */
const groupingSchema = z
  .object({
    field: anyField,
    groups: z.array(z.object({ id: z.string().regex(SLUG), label: bilingual, values: z.array(z.string().min(1)).min(1) }).strict()).min(1),
    cite: citedSchema,
  })
  .strict();

export const listSchema = z
  .object({
    id: z.string().regex(SLUG),
    label: bilingual,
    /** Every condition must hold; lists are tried in order and a firm joins the first that takes it. */
    select: z.array(conditionSchema),
    groupBy: groupingSchema.optional(),
    indicators: z.array(indicatorSchema).min(1),
    adjustments: z.array(adjustmentSchema).default([]),
    bands: bandsSchema,
  })
  .strict();

/** A forced tier from a column: 一票否决 (any event written in the veto column) → D. */
const vetoSchema = z
  .object({
    field: anyField,
    tier,
    /** Whether the vetoed firm counts in N for the quota lines. */
    inBase: z.boolean(),
    cite: citedSchema,
  })
  .strict();

/** A not-evaluated class written in the evaluated_class column (T, 不定等级, …) or found from `started`. */
const classSchema = z
  .object({
    code: z.string().min(1),
    label: bilingual,
    /** Other words analysts write for it. */
    aliases: z.array(z.string().min(1)).default([]),
    /** Whether the class counts in N for the quota lines (济宁高新区 2024: T counts). */
    inBase: z.boolean(),
    /** The tier it is managed as, if any (不定等级 managed as B); null: no tier. */
    managedAs: tier.nullable(),
    /** Firms in production for less than this many years at the end of the evaluation year join the class (淮安 2024: 2). */
    startedWithinYears: figureSchema.optional(),
    cite: citedSchema,
  })
  .strict();

/** WORKBOOK.md data_status: what 未上传 / 造假 mean under this scheme. */
const dataStatusSchema = z
  .object({
    missing: z.object({ tier: tier.nullable(), inBase: z.boolean(), cite: citedSchema }).strict().optional(),
    falsified: z.object({ tier: tier.nullable(), inBase: z.boolean(), cite: citedSchema }).strict().optional(),
  })
  .strict();

export const schemeSchema = z
  .object({
    /** The evaluation year: the year whose data is scored (黄岩 2022 results, published 2023). */
    year: z.number().int().min(2000).max(2100),
    title: bilingual,
    /** The document the scheme as a whole comes from (a key of evaluation.documents). */
    source: z.string().min(1),
    lists: z.array(listSchema).min(1),
    vetoes: z.array(vetoSchema).default([]),
    classes: z.array(classSchema).default([]),
    dataStatus: dataStatusSchema.optional(),
  })
  .strict();

export const evaluationSchema = z
  .object({
    documents: z.record(z.string().regex(/^[a-z][a-z0-9-]*$/), documentSchema),
    /** A profile rule that decides who is evaluated in which year (增城 ZC-SCOPE). */
    scope: z.object({ rule: z.string().min(1) }).strict().optional(),
    /** One scheme per evaluation year; none: the profile's ZC-TIER / ZJ-EVAL parameters are the scheme. */
    schemes: z.array(schemeSchema),
  })
  .strict()
  .superRefine((e, ctx) => {
    const years = new Set<number>();
    e.schemes.forEach((s, i) => {
      if (years.has(s.year)) ctx.addIssue({ code: "custom", path: ["schemes", i, "year"], message: `two schemes for ${s.year}` });
      years.add(s.year);
    });
    // Every `source` anywhere in the tree must name a document.
    const walk = (node: unknown, path: (string | number)[]): void => {
      if (Array.isArray(node)) return node.forEach((x, i) => walk(x, [...path, i]));
      if (node === null || typeof node !== "object") return;
      for (const [k, v] of Object.entries(node)) {
        if (k === "source" && typeof v === "string" && !Object.hasOwn(e.documents, v))
          ctx.addIssue({ code: "custom", path: [...path, k], message: `no document "${v}" in evaluation.documents` });
        else walk(v, [...path, k]);
      }
    };
    walk(e.schemes, ["schemes"]);
    for (const [i, s] of e.schemes.entries())
      for (const [j, list] of s.lists.entries()) {
        const ids = new Set<string>();
        for (const [k, ind] of list.indicators.entries()) {
          if (ids.has(ind.id)) ctx.addIssue({ code: "custom", path: ["schemes", i, "lists", j, "indicators", k, "id"], message: `duplicate indicator ${ind.id}` });
          ids.add(ind.id);
          const needsGroup = ("over" in ind.benchmark && ind.benchmark.over === "group") || ("over" in ind.missing && ind.missing.over === "group");
          if (needsGroup && !list.groupBy) ctx.addIssue({ code: "custom", path: ["schemes", i, "lists", j, "indicators", k], message: "a group benchmark needs the list's groupBy" });
        }
      }
  });

export type Figure = z.infer<typeof figureSchema>;
export type Cited = z.infer<typeof citedSchema>;
export type SchemeCondition = z.infer<typeof conditionSchema>;
export type SchemeIndicator = z.infer<typeof indicatorSchema>;
export type SchemeAdjustment = z.infer<typeof adjustmentSchema>;
export type SchemeBands = z.infer<typeof bandsSchema>;
export type ShareLine = z.infer<typeof shareLineSchema>;
export type SchemeList = z.infer<typeof listSchema>;
export type SchemeClass = z.infer<typeof classSchema>;
export type SchemeVeto = z.infer<typeof vetoSchema>;
export type Scheme = z.infer<typeof schemeSchema>;
export type EvaluationData = z.infer<typeof evaluationSchema>;
export type EvaluationDocument = z.infer<typeof documentSchema>;
