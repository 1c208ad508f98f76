import { Caption1, Select, mergeClasses } from "@fluentui/react-components";
import { useVirtualizer } from "@tanstack/react-virtual";
import { useMemo, useRef, useState } from "react";
import { selectCell } from "../../addin/selection";
import type { ListedFinding } from "../../addin/enterpriseJobs";
import { Bilingual } from "../shared/Bilingual";
import { useText } from "../shared/language";
import { ErrorNotice } from "../shared/Notices";
import { analystText, citationText, fieldLabel } from "../shared/present";
import { errorText } from "../shared/Bilingual";
import { useFindingsStyles } from "./SheetChecker.styles";
import type { Bilingual as Text } from "../../policies/schema";

// Four lines: where and whose, the document and clause, the value against the threshold, the message.
const ROW_HEIGHT = 74;

/** A finding as the analyst reads it: where, which rule by document and clause, the value against the threshold. */
export function findingLines(f: ListedFinding): { where: string; source: Text; field: Text; value: string; threshold: string; message: Text } {
  return {
    where: f.address || "—",
    source: citationText(f.citation),
    field: fieldLabel(f.field),
    value: f.value,
    threshold: analystText({ zh: f.threshold, en: f.threshold }).zh,
    message: analystText(f.message),
  };
}

/**
 * The check's findings, virtualised (a report may hold 100,000 of them), filterable by rule.
 * Clicking one selects its cell on the table's sheet.
 */
export function FindingsList({ findings, rules }: { findings: readonly ListedFinding[]; rules: { rule: string; citation: string; count: number }[] }) {
  const styles = useFindingsStyles();
  const t = useText();
  const [rule, setRule] = useState("");
  const [error, setError] = useState<Text | null>(null);
  const shown = useMemo(() => (rule ? findings.filter((f) => f.rule === rule) : findings), [findings, rule]);
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: shown.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 6 });

  const go = async (f: ListedFinding) => {
    setError(null);
    if (!f.address) return;
    try {
      await selectCell(f.sheet, f.address);
    } catch (e) {
      setError(errorText(e));
    }
  };

  return (
    <section className={styles.root} aria-label={t({ zh: "问题清单", en: "Findings" })} data-testid="findings">
      <div className={styles.filter}>
        <Caption1 className={styles.count}>
          <Bilingual text={{ zh: `问题 ${shown.length} 条`, en: `${shown.length} finding(s)` }} />
        </Caption1>
        <Select className={styles.ruleFilter} size="small" value={rule} onChange={(_, d) => setRule(d.value)} aria-label={t({ zh: "按规则筛选", en: "Filter by rule" })} data-testid="findings-rule">
          <option value="">{t({ zh: "全部规则", en: "All rules" })}</option>
          {rules.map((r) => (
            <option key={r.rule} value={r.rule}>
              {`${t(citationText(r.citation))}（${r.count}）`}
            </option>
          ))}
        </Select>
      </div>
      <div ref={scroller} className={styles.scroller} data-testid="findings-scroller">
        <div style={{ height: virtualizer.getTotalSize(), position: "relative" }}>
          {virtualizer.getVirtualItems().map((item) => {
            const f = shown[item.index]!;
            const lines = findingLines(f);
            return (
              <button
                type="button"
                key={item.key}
                className={styles.item}
                style={{ top: item.start, height: ROW_HEIGHT }}
                onClick={() => void go(f)}
                data-testid="finding"
                data-cell={`${f.sheet}!${f.address}`}
                title={`${lines.message.zh}\n${lines.message.en}`}
              >
                <span className={styles.line}>
                  <span className={styles.where}>{lines.where}</span>
                  <span className={f.severity === "violation" ? styles.violation : styles.notice}>
                    <Bilingual text={f.severity === "violation" ? { zh: "违规", en: "violation" } : { zh: "提示", en: "notice" }} />
                  </span>
                  <span className={mergeClasses(styles.rest, styles.quiet)}>{f.enterprise}</span>
                </span>
                <span className={styles.single}>
                  <Bilingual text={lines.source} />
                </span>
                <span className={styles.line}>
                  <Bilingual text={lines.field} />
                  <span className={styles.rest}>
                    {lines.value || "—"} · <Bilingual text={{ zh: "要求", en: "needs" }} /> {lines.threshold}
                  </span>
                </span>
                <span className={mergeClasses(styles.single, styles.quiet)}>
                  <Bilingual text={lines.message} />
                </span>
              </button>
            );
          })}
        </div>
      </div>
      <ErrorNotice error={error} />
    </section>
  );
}
