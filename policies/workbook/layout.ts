import { documentStatus, type Context } from "../engine/evaluation";
import type { Bilingual } from "../schema";
import { isProductTitle, productSheetName, SHEET_MARKER, type SheetLine } from "./product-sheet";

export { SHEET_MARKER };

/** What an output cell holds: text, a number, or nothing. */
export type OutCell = string | number | null;

/** A1 of a sheet the product wrote starts with SHEET_MARKER: a re-run replaces only such a sheet, never an analyst's. */
export const isProductSheet = isProductTitle;

const STATE_WORDS: Record<string, Bilingual> = {
  "in-force": { zh: "现行有效", en: "in force" },
  draft: { zh: "征求意见稿", en: "draft" },
  expired: { zh: "已失效", en: "expired" },
  "not-yet-in-force": { zh: "尚未施行", en: "not yet in force" },
};

export const both = (b: Bilingual): string => `${b.zh} / ${b.en}`;

/** The header block every output sheet starts with: profile, document and its standing, date, version. */
export function documentLines(ctx: Context, version: string): SheetLine[] {
  return documentBlock(ctx, version).map(([label, value]) => ({ label: String(label), value: value ?? null, warning: String(label).startsWith("⚠") }));
}

/** documentLines as label/value cells. */
export function documentBlock(ctx: Context, version: string): OutCell[][] {
  const doc = ctx.profile.document;
  const status = documentStatus(doc, ctx.asOf);
  const window = `${doc.effective.from ?? "—"} … ${doc.effective.to ?? "—"}`;
  const rows: OutCell[][] = [
    ["政策配置 / Profile", `${ctx.profile.id}（${ctx.profile.names.zh}）`],
    ["依据文件 / Document", `${doc.title}${doc.number ? `（${doc.number}）` : ""}`],
    ["文件状态 / Status", `${both(STATE_WORDS[status.state]!)}；有效期 ${window}`],
    ["评价日 / Evaluation date", ctx.asOf],
  ];
  if (ctx.profile.derivedFrom) rows.push(["派生自 / Derived from", `${ctx.profile.derivedFrom}（覆盖 ${ctx.profile.overrides.length} 项）`]);
  if (status.warning) rows.push(["⚠ 提示 / Warning", both(status.warning)]);
  rows.push(["产品版本 / Version", `landrules ${version}`]);
  return rows;
}

/** Up to 31 characters, none of \ / ? * [ ] : (Excel's sheet-name rules). */
export const sheetName = productSheetName;
