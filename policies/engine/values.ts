import * as z from "zod/mini";
import { dec, type Dec } from "./decimal";
import { isIsoDate } from "./dates";

// The domains a parameter value may take (issue 7 item 5). zod/mini: the browser bundle
// checks what-if values with these and carries no other validator. A concept declares each of its
// parameters with one of these; a profile file, a derived profile and a what-if are refused
// at load when a value falls outside. Small on purpose: the browser bundle checks what-if
// values with it and ships no profile-file schema.

/** An exact fraction written as text, e.g. "1/3" (三分之一 is not a double). */
export type Fraction = `${number}/${number}`;
/** A numeric parameter value: a JSON number or an exact fraction. */
export type NumValue = number | Fraction;

const FRACTION = /^\d+\/[1-9]\d*$/;

export function isFraction(v: unknown): v is Fraction {
  return typeof v === "string" && FRACTION.test(v);
}

/** The exact value of a numeric parameter. */
export function numValue(v: NumValue): Dec {
  if (typeof v === "number") return dec(v);
  const [n, d] = v.split("/");
  return dec(n!).div(d!);
}

const NUMERIC = 'expected a number or an exact fraction such as "1/3"';
const numeric = z.union([z.number({ error: NUMERIC }).check(z.refine(Number.isFinite, { error: NUMERIC })), z.string({ error: NUMERIC }).check(z.regex(FRACTION, { error: NUMERIC }))], {
  error: NUMERIC,
}) as unknown as z.ZodMiniType<NumValue>;

function bounded(min: number | null, max: number | null, message: string, integer = false): z.ZodMiniType<NumValue> {
  return numeric.check(
    z.refine((v: NumValue) => {
      if (typeof v !== "number" && !isFraction(v)) return true; // the type's own issue is reported
      const x = numValue(v);
      return (min === null || x.gte(min)) && (max === null || x.lte(max)) && (!integer || x.isInteger());
    }, { error: message }),
  );
}

/** The value domains, by what a parameter measures. */
export const V = {
  /** A share of a whole: 0 … 1 (20% = 0.2). */
  share: bounded(0, 1, "a share must be between 0 and 1"),
  /** Money, an area, a tax or investment per 亩, a physical quantity: ≥ 0. */
  amount: bounded(0, null, "an amount must not be negative"),
  /** A rate (元/㎡/月, 元/㎡) or a factor (倍, FAR): ≥ 0. */
  rate: bounded(0, null, "a rate or factor must not be negative"),
  /** A period in whole months: ≥ 0. */
  months: bounded(0, null, "a period in months must be a whole number ≥ 0", true),
  /** A period in years: ≥ 0. */
  years: bounded(0, null, "a period in years must not be negative"),
  /** A count (firms, holders, milestones, days): a whole number ≥ 0. */
  count: bounded(0, null, "a count must be a whole number ≥ 0", true),
  /** An indicator weight (points): ≥ 0. */
  weight: bounded(0, null, "a weight must not be negative"),
  /** A calendar year, 1900 … 9999. */
  year: bounded(1900, 9999, "a year must be a whole number from 1900 to 9999", true),
  /** A flag. */
  flag: z.boolean({ error: "expected true or false" }),
  /** Free text (shown, or parsed by the rule). */
  text: z.string({ error: "expected text" }).check(z.minLength(1, { error: "expected text" })),
  /** A calendar date as ISO text. */
  date: z.string({ error: "expected a date YYYY-MM-DD" }).check(z.refine(isIsoDate, { error: "expected a date YYYY-MM-DD (year 1900–9999)" })),
  /** One of the words listed. */
  choice: <const T extends readonly [string, ...string[]]>(...words: T) => z.enum(words, { error: `expected one of ${words.join(", ")}` }),
};

/** A parameter some documents give and others leave out (the rule checks `ev.has`). */
export const optional = z.optional;

/** The kind a value is read as: number (or exact fraction), flag or text. */
export function valueKind(value: unknown): "number" | "flag" | "text" {
  if (typeof value === "number" || isFraction(value)) return "number";
  return typeof value === "boolean" ? "flag" : "text";
}
