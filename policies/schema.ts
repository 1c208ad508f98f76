import { z } from "zod";
import { isBlankText, type FreeText } from "./engine/bilingual";
import { compareIsoDates, isIsoDate } from "./engine/dates";
import { ProfileError, type ProfileIssue } from "./registry";
import { evaluationSchema } from "./schemes/schema";
export type { ParamData, Profile, ResolvedRule, SourceDocument } from "./registry";
export type { Bilingual, FreeText } from "./engine/bilingual";
export { valueKind } from "./engine/values";

// The shape of a profile FILE (zod): what `policies/profiles/*.json`, a county's derived file
// and `--profile ./my-county.json` must look like. The tree mirrors the document: profile →
// rules (keyed by the RULES.md id, each naming the concept it implements) → parameters, each
// with its citation, unit and basis. Value domains (a share in [0, 1], a period ≥ 0, …) belong
// to the concepts (engine/concept.ts, declared beside the rules) and are checked when the
// registry resolves the data (registry.ts), so the browser bundle, which loads files already
// validated by the build, needs this module only for nothing.

/** A rule id: the document's prefix, then words, e.g. ZC-TIER, NB-MERGE-TERM, HY-TIER. */
export const RULE_ID = /^[A-Z]{2,6}-[A-Z0-9]+(-[A-Z0-9]+)*$/;
export const PROFILE_ID = /^[a-z][a-z0-9-]*$/;
export const CONCEPT_ID = /^[a-z][a-z0-9-]*$/;
const PARAM_NAME = /^[a-z][A-Za-z0-9]*(\.[A-Za-z0-9_]+)*$/;
/** `RULE-ID.paramName`, the key of an override. */
export const OVERRIDE_KEY = /^([A-Z]{2,6}-[A-Z0-9]+(?:-[A-Z0-9]+)*)\.([a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9_]+)*)$/;

const isoDate = z.string().refine(isIsoDate, { message: "expected a date YYYY-MM-DD (year 1900–9999)" });
const bilingual = z.object({ zh: z.string().min(1), en: z.string().min(1) }).strict();
/**
 * Free text the analyst reads (a reason, a note): `{ zh, en }`, Chinese first, as every shipped
 * profile writes it (test/profiles/bilingual-text.test.ts); one string, as an older or
 * hand-written file (a what-if saved in a workbook, a county's file) may, is read as written.
 */
const freeText = z.union([z.string().min(1), bilingual], { error: "expected text, or { zh, en }" });
const rawValue = z.union([z.number().finite(), z.string().min(1), z.boolean()], { error: "expected a number, text or true/false" });
const basis = z.enum(["sourced", "assumed"]);

/** One value of a dated parameter: in force from `from` until the next entry's `from` (as OpenFisca parameters). */
const datedValueSchema = z
  .object({
    from: isoDate,
    value: rawValue,
    /** `file clause` of the text that gives this value. */
    citation: z.string().min(1),
    quote: z.string().optional(),
    basis: basis.optional(),
    reason: freeText.optional(),
  })
  .strict();

/** One number, text or flag from (or assumed beside) the document; or several, by date. */
const paramFields = z
  .object({
    value: rawValue.optional(),
    /** Values by date, oldest first; each cites its own text. Instead of `value`. */
    values: z.array(datedValueSchema).min(1).optional(),
    unit: z.string().min(1),
    label: bilingual,
    basis,
    /** `file clause`, e.g. `zengcheng-2022-draft.txt 二(一)2` (each dated value may have its own). */
    citation: z.string().min(1).optional(),
    /** The words of the clause that give the value, in the original. */
    quote: z.string().optional(),
    /** Why an assumed value is what it is (required when basis is assumed), `{ zh, en }`. */
    reason: freeText.optional(),
    /** For a threshold: whether the value is a floor or a ceiling, and if the boundary counts. */
    bound: z.enum(["min", "max"]).optional(),
    inclusive: z.boolean().optional(),
    /** 原则上: a default the analyst may override in a derived profile. */
    editable: z.boolean().optional(),
  })
  .strict();

export const paramSchema = paramFields.superRefine((p, ctx) => {
  if ((p.value === undefined) === (p.values === undefined))
    ctx.addIssue({ code: "custom", path: ["value"], message: "a parameter has either one value or dated values, not both or neither" });
  if (p.values === undefined && p.citation === undefined) ctx.addIssue({ code: "custom", path: ["citation"], message: "a parameter must cite its clause" });
  const assumedWithoutReason = (b: string | undefined, r: FreeText | undefined) => b === "assumed" && isBlankText(r);
  if (assumedWithoutReason(p.basis, p.reason) && !(p.values && p.values.every((v) => !isBlankText(v.reason))))
    ctx.addIssue({ code: "custom", path: ["reason"], message: "an assumed value must name its reason" });
  (p.values ?? []).forEach((v, i) => {
    if (assumedWithoutReason(v.basis, v.reason)) ctx.addIssue({ code: "custom", path: ["values", i, "reason"], message: "an assumed value must name its reason" });
    const before = p.values![i - 1];
    if (before && compareIsoDates(before.from, v.from) >= 0)
      ctx.addIssue({ code: "custom", path: ["values", i, "from"], message: `dated values must be in date order (${v.from} is not after ${before.from})` });
  });
  if (p.bound !== undefined && p.inclusive === undefined)
    ctx.addIssue({ code: "custom", path: ["inclusive"], message: "a threshold must say whether its boundary is inclusive" });
});

export const ruleSchema = z
  .object({
    clause: z.string().min(1),
    title: bilingual,
    kind: z.enum(["computed", "checked"]),
    /** The concept(s) the rule implements, e.g. "tier-quotas"; code finds the rule by concept. */
    concept: z.union([z.string().regex(CONCEPT_ID), z.array(z.string().regex(CONCEPT_ID)).min(1)]),
    /** What the clause decides, in one line: a note for the file's reader (the bundle leaves it out, nothing shows it). */
    summary: z.string().min(1),
    params: z.record(z.string().regex(PARAM_NAME, "parameter names are camelCase, dotted for tables"), paramSchema),
  })
  .strict();

export const documentSchema = z
  .object({
    title: z.string().min(1),
    /**
     * What the analyst reads beside a clause, e.g. {zh: 增城存量工业用地办法（征求意见稿）, en: …}:
     * every citation, warning and report names the document by this, never by its file.
     */
    short: bilingual,
    /** Which text this is when a profile carries several (征求意见稿 / 正式文本 / 修订). */
    version: bilingual.optional(),
    /** 文号, e.g. 温政办〔2020〕53号; null for a draft that has none. */
    number: z.string().nullable(),
    issuer: z.string().min(1),
    /** File in policies/sources/ (or a named outside text for the national rules). */
    source: z.string().min(1),
    status: z.enum(["draft", "in-force"]),
    effective: z.object({ from: isoDate.nullable(), to: isoDate.nullable() }).strict(),
    note: freeText.optional(),
  })
  .strict()
  .refine((d) => !d.effective.from || !d.effective.to || compareIsoDates(d.effective.from, d.effective.to) <= 0, {
    message: "effective.from must not be after effective.to",
    path: ["effective"],
  });

/** Where the profile appears in the task pane's picker, the CLI's list and the help; absent: not listed (e.g. national). */
const listingSchema = z.object({ order: z.number().finite() }).strict();

const profileNames = z.object({ zh: z.string().min(1), en: z.string().min(1), short: z.string().min(1), aliases: z.array(z.string().min(1)) }).strict();

export const profileSchema = z
  .object({
    id: z.string({ error: "a profile id is text" }).regex(PROFILE_ID, "a profile id is lower-case letters, digits and -"),
    names: profileNames,
    listed: listingSchema.optional(),
    /**
     * The rule-id prefix of the document the rules come from (ZC, WZ, …). A county that follows
     * a city's document keeps that prefix and its rule ids; one that adds rules of its own lists
     * both (["HY", "ZJ"]).
     */
    prefix: z.union([z.string().regex(/^[A-Z]{2,6}$/), z.array(z.string().regex(/^[A-Z]{2,6}$/)).min(1)]),
    /** The document, or its versions (draft, adopted text, a successor), each with its window. */
    document: z.union([documentSchema, z.array(documentSchema).min(1)]),
    /** Rules this profile applies from another document (e.g. 闲置土地处置办法), with why. */
    includes: z
      .array(z.object({ profile: z.string().min(1), rules: z.array(z.string().regex(RULE_ID)).min(1), reason: freeText }).strict())
      .default([]),
    rules: z.record(z.string().regex(RULE_ID, "rule ids follow RULES.md, e.g. ZC-TIER"), ruleSchema),
    /** 亩均 evaluation schemes (policies/schemes/schema.ts). */
    evaluation: evaluationSchema.optional(),
  })
  .strict()
  .superRefine((p, ctx) => {
    const prefixes = typeof p.prefix === "string" ? [p.prefix] : p.prefix;
    for (const id of Object.keys(p.rules))
      if (!prefixes.some((x) => id.startsWith(x + "-")))
        ctx.addIssue({ code: "custom", path: ["rules", id], message: `rule ${id} does not belong to a ${prefixes.join("/")} document (prefix ${prefixes.join(", ")})` });
  });

/** An override: the bare value, or the value (or dated values) with its reason and citation. */
const overrideSchema = z.union([
  rawValue,
  z
    .object({
      value: rawValue.optional(),
      values: z.array(datedValueSchema).min(1).optional(),
      reason: freeText.optional(),
      citation: z.string().min(1).optional(),
      quote: z.string().optional(),
      basis: basis.optional(),
      label: bilingual.optional(),
    })
    .strict()
    .refine((o) => (o.value === undefined) !== (o.values === undefined), { message: "an override gives value or values" }),
]);

/**
 * A county's own numbers or a what-if: another profile (`base`; the earlier key `extends` is
 * read the same) with named values replaced, e.g.
 * `{ "id": "my-county", "base": "zengcheng", "names": {…}, "reason": "…", "overrides": { "ZC-TIER.aShare": 0.25 } }`.
 */
export const derivedProfileSchema = z
  .object({
    id: z.string({ error: "a profile id is text" }).regex(PROFILE_ID, "a profile id is lower-case letters, digits and -"),
    base: z.string().min(1).optional(),
    extends: z.string().min(1).optional(),
    names: z.object({ zh: z.string().min(1), en: z.string().min(1), short: z.string().min(1).optional(), aliases: z.array(z.string().min(1)).optional() }).strict(),
    listed: listingSchema.optional(),
    /** Why it differs from its base, `{ zh, en }` (a single string is read as written). */
    reason: freeText,
    overrides: z.record(z.string().regex(OVERRIDE_KEY, "override keys are RULE-ID.paramName"), overrideSchema).default({}),
    evaluation: evaluationSchema.optional(),
  })
  .strict()
  .refine((d) => (d.base === undefined) !== (d.extends === undefined), { message: "a derived profile names its base profile (base)", path: ["base"] });

export type DatedValueData = z.infer<typeof datedValueSchema>;
export type ParamFileData = z.infer<typeof paramSchema>;
export type RuleData = z.infer<typeof ruleSchema>;
export type DocumentData = z.infer<typeof documentSchema>;
export type ProfileData = z.infer<typeof profileSchema>;
export type DerivedProfileData = z.infer<typeof derivedProfileSchema>;
export type OverrideData = z.infer<typeof overrideSchema>;
/** A file: a whole profile, or a derived one. */
export type ProfileFileData = ProfileData | DerivedProfileData;

function issuesOf(error: z.ZodError, label: string): ProfileIssue[] {
  return error.issues.map((i) => ({ path: [label, ...i.path.map(String)].join("."), message: i.message }));
}

/**
 * Own keys named __proto__ anywhere in the file (JSON.parse makes them; zod's records drop
 * them silently, which would load a file with a value missing): refused with their path.
 */
function protoKeys(json: unknown, path: string): ProfileIssue[] {
  if (typeof json !== "object" || json === null) return [];
  const here = Object.hasOwn(json, "__proto__") ? [{ path: `${path}.__proto__`, message: "__proto__ is not a name a profile may use" }] : [];
  return [...here, ...Object.entries(json).flatMap(([k, v]) => protoKeys(v, `${path}.${k}`))];
}

function refuseProtoKeys(json: unknown, label: string): void {
  const issues = protoKeys(json, label);
  if (issues.length > 0) throw new ProfileError(label, issues);
}

export function isDerivedFile(json: unknown): boolean {
  return typeof json === "object" && json !== null && (Object.hasOwn(json, "base") || Object.hasOwn(json, "extends"));
}

/** Validates a whole-profile file's structure (value domains are checked when it is resolved). */
export function parseProfileData(json: unknown, label = "profile"): ProfileData {
  refuseProtoKeys(json, label);
  const parsed = profileSchema.safeParse(json);
  if (!parsed.success) throw new ProfileError(label, issuesOf(parsed.error, label));
  return parsed.data;
}

/** Validates a derived-profile file's structure. */
export function parseDerivedProfileData(json: unknown, label = "derived"): DerivedProfileData {
  refuseProtoKeys(json, label);
  const parsed = derivedProfileSchema.safeParse(json);
  if (!parsed.success) throw new ProfileError(label, issuesOf(parsed.error, label));
  return parsed.data;
}

/** Either kind of file: one with `base` (or `extends`) is derived. */
export function parseProfileFile(json: unknown, label = "profile"): ProfileFileData {
  return isDerivedFile(json) ? parseDerivedProfileData(json, label) : parseProfileData(json, label);
}
