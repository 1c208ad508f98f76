import { Evaluation, type Context } from "../engine/evaluation";
import { INDICATORS, isIndicatorKey } from "../rules/indicators";
import { TIER_QUOTAS } from "../catalogue/concepts";
import type { SchemeDocuments } from "./figures";
import type { Scheme } from "./schema";

// A profile without schemes of its own (增城 ZC-TIER, the Zhejiang ZJ-EVAL defaults) is one
// scheme too: one list of every firm, the profile's weights.* indicators with its benchmark
// method, its aShare / bLine / dShare quota lines (counts rounded down, as LAND.TIER) and its
// forcedD flags. So one engine and one sheet serve every profile.

const SOURCE = "profile";

/** The profile's tier rule as a scheme for an evaluation year, with the one document it cites. */
export function defaultScheme(ctx: Context, year: number): { scheme: Scheme; documents: SchemeDocuments } {
  const ev: Evaluation = new Evaluation(ctx, TIER_QUOTAS);
  const rule = ev.rule;
  const cited = (name: string) => {
    const p = ev.param(name);
    return { basis: p.basis, source: SOURCE, clause: rule.clause, ...(p.quote ? { quote: p.quote } : {}), ...(p.reason ? { reason: p.reason } : {}) };
  };
  const figure = (name: string) => ({ value: ev.param(name).value as number | string, ...cited(name) });
  const method = ev.text("benchmarkMethod");
  const indicators = Object.keys(rule.params).flatMap((name): Scheme["lists"][number]["indicators"] => {
    const key = name.startsWith("weights.") ? name.slice("weights.".length) : "";
    if (!isIndicatorKey(key) || ev.num(name).isZero()) return [];
    const spec = INDICATORS[key];
    return [
      {
        id: key,
        label: spec.label,
        numerator: spec.numerator,
        denominator: spec.denominator,
        unit: spec.unit,
        direction: "higher",
        weight: figure(name),
        benchmark: { method: method === "aggregate" ? "aggregate" : "mean", over: "list", cite: cited("benchmarkMethod") },
        // As the tier rule reads its indicators (rules/indicators.ts): a negative figure is not scored.
        negative: "missing",
        missing: { policy: "unscored" },
      },
    ];
  });
  const line = (tier: "A" | "B" | "D", name: string) => ({ tier, share: figure(name), inclusive: true, rounding: "floor" as const });
  const forced = (status: "missing" | "falsified") =>
    ev.has(`forcedD.${status}`) && ev.flag(`forcedD.${status}`) ? { [status]: { tier: "D" as const, inBase: false, cite: cited(`forcedD.${status}`) } } : {};
  // Built from parameters the profile schema already validated, so no validator runs here (and
  // none ships in the add-in bundle); the schema's defaults are written out instead.
  const scheme: Scheme = {
    year,
    title: { zh: `${ctx.profile.names.short} ${rule.title.zh}`, en: `${ctx.profile.names.en}: ${rule.title.en}` },
    source: SOURCE,
    lists: [
      {
        id: "all",
        label: { zh: "全部企业", en: "all enterprises" },
        select: [],
        indicators,
        adjustments: [],
        bands: { kind: "shares", top: [line("A", "aShare"), line("B", "bLine")], bottom: [line("D", "dShare")], rest: "C" },
      },
    ],
    vetoes: [],
    classes: [],
    dataStatus: { ...forced("missing"), ...forced("falsified") },
  };
  const doc = rule.document;
  return { scheme, documents: { [SOURCE]: { title: doc.title, short: doc.short.zh, issuer: doc.issuer, published: doc.effective.from } } };
}
