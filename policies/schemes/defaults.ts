import type { EvaluationData, Scheme } from "./schema";

// The schema's defaults, written out. In Node a profile file is parsed by the zod schema, which
// fills them in; the add-in and workbench bundles load the files the build already validated
// without that schema, so the raw JSON arrives here. A test holds this to the schema's own
// parse of every shipped profile.

type Loose<T> = { [K in keyof T]?: unknown };

const over = <T extends object>(x: T): T => ({ over: "list", ...x });

function benchmarkWithDefaults(b: Scheme["lists"][number]["indicators"][number]["benchmark"]) {
  return b.method === "mean" || b.method === "aggregate" || b.method === "minmax" ? over(b) : b;
}

function missingWithDefaults(m: Loose<Scheme["lists"][number]["indicators"][number]["missing"]> | undefined) {
  const missing = (m ?? { policy: "unscored" }) as Scheme["lists"][number]["indicators"][number]["missing"];
  return missing.policy === "averagePoints" ? over(missing) : missing;
}

/** A scheme as the schema parses it: every defaulted member present. */
export function schemeWithDefaults(raw: Scheme): Scheme {
  return {
    ...raw,
    lists: raw.lists.map((list) => ({
      ...list,
      indicators: list.indicators.map((ind) => ({
        ...ind,
        benchmark: benchmarkWithDefaults(ind.benchmark),
        missing: missingWithDefaults(ind.missing),
        negative: ind.negative ?? "score",
      })),
      adjustments: list.adjustments ?? [],
    })),
    vetoes: raw.vetoes ?? [],
    classes: (raw.classes ?? []).map((c) => ({ ...c, aliases: c.aliases ?? [] })),
  };
}

const normalised = new WeakMap<EvaluationData, EvaluationData>();

/** The evaluation member with the schema's defaults (computed once per profile data). */
export function evaluationWithDefaults(raw: EvaluationData): EvaluationData {
  let done = normalised.get(raw);
  if (!done) {
    done = { ...raw, schemes: raw.schemes.map(schemeWithDefaults) };
    normalised.set(raw, done);
  }
  return done;
}
