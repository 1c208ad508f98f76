import { z } from "zod";
import { isIsoDate } from "./engine/dates";

// The shape of a jurisdiction profile. The tree mirrors the document: profile → rules (keyed
// by the RULES.md id) → parameters, each with its citation, unit and basis.

export const RULE_ID = /^(ZC|WZ|ZS|NB|ZJ|NAT)-[A-Z0-9]+(-[A-Z0-9]+)*$/;
const PARAM_NAME = /^[a-z][A-Za-z0-9]*(\.[A-Za-z0-9_]+)*$/;

const isoDate = z.string().refine(isIsoDate, { message: "expected an ISO date YYYY-MM-DD" });
const bilingual = z.object({ zh: z.string().min(1), en: z.string().min(1) }).strict();

const FRACTION = /^\d+\/\d+$/;

/** What a parameter value is read as: a number (or an exact fraction "1/3"), a flag, or text. */
export function valueKind(value: number | string | boolean): "number" | "flag" | "text" {
  if (typeof value === "number" || (typeof value === "string" && FRACTION.test(value))) return "number";
  return typeof value === "boolean" ? "flag" : "text";
}

/** One number, text or flag from (or assumed beside) the document. */
const paramFields = z
  .object({
    value: z.union([z.number().finite(), z.string().min(1), z.boolean()]),
    unit: z.string().min(1),
    label: bilingual,
    basis: z.enum(["sourced", "assumed"]),
    /** `file clause`, e.g. `zengcheng-2022-draft.txt 二(一)2`. */
    citation: z.string().min(1),
    /** The words of the clause that give the value, in the original. */
    quote: z.string().optional(),
    /** Why an assumed value is what it is (required when basis is assumed). */
    reason: z.string().optional(),
    /** For a threshold: whether the value is a floor or a ceiling, and if the boundary counts. */
    bound: z.enum(["min", "max"]).optional(),
    inclusive: z.boolean().optional(),
    /** 原则上: a default the analyst may override in a derived profile. */
    editable: z.boolean().optional(),
  })
  .strict();

export const paramSchema = paramFields.superRefine((p, ctx) => {
    if (p.basis === "assumed" && !p.reason?.trim())
      ctx.addIssue({ code: "custom", path: ["reason"], message: "an assumed value must name its reason" });
    if (p.bound !== undefined && p.inclusive === undefined)
      ctx.addIssue({ code: "custom", path: ["inclusive"], message: "a threshold must say whether its boundary is inclusive" });
    if (p.bound !== undefined && valueKind(p.value) !== "number")
      ctx.addIssue({ code: "custom", path: ["value"], message: "a threshold's value must be a number or an exact fraction such as \"1/3\"" });
  });

export const ruleSchema = z
  .object({
    clause: z.string().min(1),
    title: bilingual,
    kind: z.enum(["computed", "checked"]),
    /** What the clause decides, in one line. */
    summary: z.string().min(1),
    params: z.record(z.string().regex(PARAM_NAME, "parameter names are camelCase, dotted for tables"), paramSchema),
  })
  .strict();

const documentSchema = z
  .object({
    title: z.string().min(1),
    /** 文号, e.g. 温政办〔2020〕53号; null for a draft that has none. */
    number: z.string().nullable(),
    issuer: z.string().min(1),
    /** File in policies/sources/ (or a named outside text for the national rules). */
    source: z.string().min(1),
    status: z.enum(["draft", "in-force"]),
    effective: z.object({ from: isoDate.nullable(), to: isoDate.nullable() }).strict(),
    note: z.string().optional(),
  })
  .strict()
  .refine((d) => !d.effective.from || !d.effective.to || d.effective.from <= d.effective.to, {
    message: "effective.from must not be after effective.to",
    path: ["effective"],
  });

export const profileSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/),
    names: z.object({ zh: z.string().min(1), en: z.string().min(1), short: z.string().min(1), aliases: z.array(z.string()) }).strict(),
    /** Ids of the rule prefix this document owns (ZC, WZ, …). */
    prefix: z.enum(["ZC", "WZ", "ZS", "NB", "ZJ", "NAT"]),
    document: documentSchema,
    /** Rules this profile applies from another document (e.g. 闲置土地处置办法), with why. */
    includes: z
      .array(z.object({ profile: z.string().min(1), rules: z.array(z.string().regex(RULE_ID)).min(1), reason: z.string().min(1) }).strict())
      .default([]),
    rules: z.record(z.string().regex(RULE_ID, "rule ids follow RULES.md, e.g. ZC-TIER"), ruleSchema),
  })
  .strict()
  .superRefine((p, ctx) => {
    for (const id of Object.keys(p.rules))
      if (!id.startsWith(p.prefix + "-"))
        ctx.addIssue({ code: "custom", path: ["rules", id], message: `rule ${id} does not belong to a ${p.prefix} document` });
  });

/** A what-if or county profile: another profile with named values replaced. */
export const derivedProfileSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/),
    extends: z.string().min(1),
    names: z.object({ zh: z.string().min(1), en: z.string().min(1) }).strict(),
    reason: z.string().min(1),
    /** `RULE-ID.paramName` → the fields that change. */
    overrides: z.record(
      z.string().regex(/^(ZC|WZ|ZS|NB|ZJ|NAT)-[A-Z0-9-]+\.[a-z][A-Za-z0-9._]*$/, "override keys are RULE-ID.paramName"),
      paramFields.partial().extend({ reason: z.string().min(1) }).strict(),
    ),
  })
  .strict();

export type ParamData = z.infer<typeof paramSchema>;
export type RuleData = z.infer<typeof ruleSchema>;
export type ProfileData = z.infer<typeof profileSchema>;
export type DerivedProfileData = z.infer<typeof derivedProfileSchema>;
export type Bilingual = { zh: string; en: string };
