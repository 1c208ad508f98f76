import type * as z from "zod/mini";
import type { Bilingual } from "./bilingual";
import type { NumValue } from "./values";

// A concept is what a rule implements (issue 7 item 2): "tier-quotas", "idle-fee",
// "rent-subsidy", … A profile's rule declares its concept(s) in the data; code finds the rule
// by concept, never by a per-jurisdiction list of rule ids. The concept declares its
// parameters, each with its value domain (item 5), so code reads them by a typed name and a
// profile with a wrong type, an out-of-range value or an unknown name is refused at load.

export type ParamShape = Readonly<Record<string, z.ZodMiniType>>;

export interface Concept<S extends ParamShape = ParamShape> {
  /** The id profiles name in a rule's `concept`, e.g. "tier-quotas". */
  readonly id: string;
  /** What it decides, for messages ("profile X has no <topic> rule"). */
  readonly topic: Bilingual;
  /** Parameter name → value domain; `.optional()` where a document may leave it out. */
  readonly params: S;
}

export function concept<const S extends ParamShape>(id: string, topic: Bilingual, params: S): Concept<S> {
  return { id, topic, params };
}

type ValueOf<S extends ParamShape, K extends keyof S> = Exclude<z.infer<S[K]>, undefined>;
type Keys<S> = keyof S & string;

/** Parameter names of the concept whose values are numbers (or exact fractions). */
export type NumKey<S extends ParamShape> = { [K in Keys<S>]: ValueOf<S, K> extends NumValue ? K : never }[Keys<S>];
/** Parameter names whose values are flags. */
export type FlagKey<S extends ParamShape> = { [K in Keys<S>]: ValueOf<S, K> extends boolean ? K : never }[Keys<S>];
/** Parameter names whose values are text (or one of a set of words). */
export type TextKey<S extends ParamShape> = { [K in Keys<S>]: ValueOf<S, K> extends string ? (ValueOf<S, K> extends NumValue ? never : K) : never }[Keys<S>];
/** Any parameter name of the concept. */
export type ParamKey<S extends ParamShape> = Keys<S>;
/** The value type of one parameter (e.g. the words of a choice). */
export type ParamValue<S extends ParamShape, K extends Keys<S>> = ValueOf<S, K>;

/** A table of concepts by id (null prototype: a concept id is never an inherited name). */
export type ConceptTable = ReadonlyMap<string, Concept>;

export function conceptTable(concepts: readonly Concept[]): ConceptTable {
  const table = new Map<string, Concept>();
  for (const c of concepts) {
    const known = table.get(c.id);
    if (known && known !== c) throw new Error(`two concepts named ${c.id}`);
    table.set(c.id, c);
  }
  return table;
}

export interface ValueIssue {
  /** Dotted path below the rule, e.g. `params.aShare.values.1.value`. */
  path: string;
  message: string;
}

/** Whether the domain accepts a missing value (declared `.optional()`). */
export function isOptional(domain: z.ZodMiniType): boolean {
  return domain.safeParse(undefined).success;
}

/** The merged parameter domains of a rule's concepts (null prototype). */
export function domainsOf(concepts: readonly Concept[]): Record<string, z.ZodMiniType> {
  const domains: Record<string, z.ZodMiniType> = Object.create(null);
  for (const c of concepts) for (const [name, d] of Object.entries(c.params)) domains[name] = d;
  return domains;
}

/** One value against its domain: the first issue's message, or null when it is accepted. */
export function valueIssue(domain: z.ZodMiniType, value: unknown): string | null {
  const r = domain.safeParse(value);
  return r.success ? null : (r.error.issues[0]?.message ?? "invalid value");
}
