import Decimal from "decimal.js";
import type { Dec } from "../engine/decimal";
import { edate, type IsoDate } from "../engine/dates";
import type { Tier } from "../rules/tiers";
import type { Bilingual } from "../schema";
import type { RowValues } from "../workbook/table";
import { citedReason, figureValue, type SchemeDocuments } from "./figures";
import type { Scheme, SchemeClass, SchemeCondition, SchemeList } from "./schema";

// Who is in which list and group, and who is not ranked at all (class, veto, data status).

/** A cell's text as the scheme compares it: NFKC, trimmed, lower case, no inner spaces; a flag cell reads 是 / 否. */
export function wordOf(x: unknown): string {
  if (x === null || x === undefined) return "";
  if (typeof x === "boolean") return x ? "是" : "否";
  return String(x).normalize("NFKC").trim().toLowerCase().replace(/[\s\u3000]/g, "");
}

const isBlank = (x: unknown) => x === null || x === undefined || (typeof x === "string" && x.trim() === "");

function numberOf(values: RowValues, field: string): Dec | null {
  const v = (values as Record<string, unknown>)[field];
  return Decimal.isDecimal(v) ? (v as Dec) : null;
}

/** One list condition (民法典 第1259条: atLeast/atMost include the number, above/below exclude it). */
export function conditionHolds(c: SchemeCondition, values: RowValues): boolean {
  const v = (values as Record<string, unknown>)[c.field];
  if ("oneOf" in c) return c.oneOf.some((w) => wordOf(w) === wordOf(v)) && !isBlank(v);
  if ("is" in c) return c.is === "blank" ? isBlank(v) : !isBlank(v);
  const x = numberOf(values, c.field);
  if (x === null) return false;
  if (c.atLeast && !x.gte(figureValue(c.atLeast))) return false;
  if (c.atMost && !x.lte(figureValue(c.atMost))) return false;
  if (c.above && !x.gt(figureValue(c.above))) return false;
  if (c.below && !x.lt(figureValue(c.below))) return false;
  return true;
}

/** The first list whose conditions all hold. */
export function listOf(scheme: Scheme, values: RowValues): SchemeList | null {
  return scheme.lists.find((l) => l.select.every((c) => conditionHolds(c, values))) ?? null;
}

/** The group a firm is ranked in, or null when the list does not group; undefined when its value is in no group. */
export function groupOf(list: SchemeList, values: RowValues): string | null | undefined {
  if (!list.groupBy) return null;
  const w = wordOf((values as Record<string, unknown>)[list.groupBy.field]);
  if (w === "") return undefined;
  return list.groupBy.groups.find((g) => g.values.some((v) => wordOf(v) === w) || wordOf(g.label.zh) === w || g.id === w)?.id;
}

/** A firm that is not ranked, and why: its tier (forced or managed-as) or none. */
export interface Exclusion {
  status: "forced" | "class" | "notEvaluated" | "unscored";
  tier: Tier | null;
  inBase: boolean;
  reason: Bilingual;
  /** The firm's own figures are not to be shown as a total (data not uploaded or falsified). */
  noTotal?: true;
  /** The not-evaluated class it is in (T, 不定等级 …), by the scheme's code. */
  classCode?: string;
}

/** The class written in evaluated_class, or found from `started` (投产不满 N 年 at the end of the year). */
export function classOf(scheme: Scheme, values: RowValues, documents: SchemeDocuments): Exclusion | null {
  const written = wordOf(values.evaluated_class);
  const asClass = (c: SchemeClass, why: Bilingual): Exclusion => ({ status: "class", tier: c.managedAs, inBase: c.inBase, reason: why, classCode: c.code });
  if (written !== "") {
    const c = scheme.classes.find((k) => [k.code, k.label.zh, k.label.en, ...k.aliases].some((w) => wordOf(w) === written));
    if (!c) {
      const known = scheme.classes.map((k) => `${k.code}（${k.label.zh}）`).join("、") || "无 / none";
      return {
        status: "notEvaluated",
        tier: null,
        inBase: false,
        reason: { zh: `评价类别“${String(values.evaluated_class)}”不是本方案的类别（${known}），未评价`, en: `class "${String(values.evaluated_class)}" is not one of this scheme's (${known}); not evaluated` },
      };
    }
    const managed = c.managedAs ? `，按 ${c.managedAs} 档管理` : "";
    return asClass(c, citedReason(`${c.code} 类（${c.label.zh}），不参与排名${managed}`, `class ${c.code} (${c.label.en}): not ranked${c.managedAs ? `, managed as ${c.managedAs}` : ""}`, c.cite, documents));
  }
  const started = values.started as IsoDate | undefined;
  if (started) {
    const yearEnd = `${scheme.year}-12-31` as IsoDate;
    for (const c of scheme.classes) {
      if (!c.startedWithinYears) continue;
      const years = figureValue(c.startedWithinYears);
      // 投产不满 N 年: the N years are complete on EDATE(started, 12·N); not yet at the year's end → the class.
      if (edate(started, years.times(12).toNumber()) > yearEnd)
        return asClass(
          c,
          citedReason(`${started} 投产，至 ${yearEnd} 不满 ${years.toFixed()} 年，列入 ${c.code} 类（${c.label.zh}），不参与排名`, `in production since ${started}, under ${years.toFixed()} years at ${yearEnd}: class ${c.code} (${c.label.en}), not ranked`, c.startedWithinYears, documents),
        );
    }
  }
  return null;
}

/** 一票否决: the first veto column with an event written in it. */
export function vetoOf(scheme: Scheme, values: RowValues, documents: SchemeDocuments): Exclusion | null {
  for (const v of scheme.vetoes) {
    const event = (values as Record<string, unknown>)[v.field];
    if (isBlank(event)) continue;
    return { status: "forced", tier: v.tier, inBase: v.inBase, reason: citedReason(`一票否决（${String(event)}），直接列为 ${v.tier} 档`, `veto (${String(event)}): ${v.tier} directly`, v.cite, documents) };
  }
  return null;
}

/** WORKBOOK.md data_status under the scheme: 未上传 / 造假 → the scheme's tier (or not evaluated). */
export function dataStatusOf(scheme: Scheme, values: RowValues, documents: SchemeDocuments): Exclusion | null {
  const status = values.data_status;
  if (!status || status === "ok") return null;
  const what = status === "missing" ? { zh: "未上传数据", en: "data not uploaded" } : { zh: "数据弄虚作假", en: "falsified data" };
  const rule = scheme.dataStatus?.[status];
  if (!rule) return { status: "unscored", tier: null, inBase: false, reason: { zh: `${what.zh}，本方案未规定处理，不计分`, en: `${what.en}; the scheme says nothing of it, not scored` }, noTotal: true };
  if (rule.tier === null) return { status: "notEvaluated", tier: null, inBase: rule.inBase, reason: citedReason(`${what.zh}，不参与评价`, `${what.en}: not evaluated`, rule.cite, documents), noTotal: true };
  return { status: "forced", tier: rule.tier, inBase: rule.inBase, reason: citedReason(`${what.zh}，直接列为 ${rule.tier} 档`, `${what.en} → ${rule.tier} directly`, rule.cite, documents), noTotal: true };
}
