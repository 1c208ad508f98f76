import { Button, Caption1, Card, Checkbox, MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import type { IsoDate } from "../../policies/engine/dates";
import type { ColumnMappingState } from "../mapping/useColumnMapping";
import { Bilingual } from "../shared/Bilingual";
import { JobHeading } from "../shared/JobHeading";
import { ErrorNotice, NotReadyNotice } from "../shared/Notices";
import { useSheetCheckerStyles } from "./SheetChecker.styles";
import { useSheetChecker } from "./useSheetChecker";

/** Writes the check report (WORKBOOK.md) for the active sheet and marks the cells it is about. */
export function SheetChecker({ asOf, mapping }: { asOf: IsoDate; mapping: ColumnMappingState }) {
  const styles = useSheetCheckerStyles();
  const { readiness, check, cleared, markCells, setMarkCells, runCheck, clear } = useSheetChecker(asOf, mapping);
  const report = check.result?.report;
  const error = check.error ?? cleared.error;
  return (
    <Card className={styles.root} data-testid="sheet-checker">
      <JobHeading
        title={{ zh: "检查企业数据表", en: "Check the enterprise table" }}
        description={{
          zh: "按当前配置逐行核查当前工作表，问题清单写入新工作表；标记只改填充色和批注，可随时清除。",
          en: "Checks every row of the active sheet with the active profile into a new report sheet; marks only set fills and comments and can be cleared.",
        }}
      />
      <Checkbox checked={markCells} onChange={(_, d) => setMarkCells(d.checked === true)} label="标记问题单元格 · Mark offending cells" />
      <div className={styles.actions}>
        <Button appearance="primary" disabled={!readiness.ready || check.busy} onClick={() => void runCheck()}>
          检查 · Check
        </Button>
        <Button disabled={!readiness.ready || cleared.busy} onClick={() => void clear()}>
          清除标记 · Clear marks
        </Button>
        {(check.busy || cleared.busy) && <Spinner size="tiny" />}
      </div>
      <NotReadyNotice readiness={readiness} testId="check-not-ready" />
      <ErrorNotice error={error} />
      {cleared.result !== null && !cleared.busy && (
        <Caption1>
          <Bilingual text={{ zh: `已清除 ${cleared.result} 处标记`, en: `${cleared.result} mark(s) cleared` }} />
        </Caption1>
      )}
      {report && check.result && (
        <MessageBar intent={report.findings.length > 0 ? "warning" : "success"}>
          <MessageBarBody>
            <Bilingual
              text={{
                zh: `已写入“${check.result.written.name}”：检查 ${report.rowsChecked} 行，通过 ${report.rowsPassing} 行，问题 ${report.findings.length} 条，标记 ${check.result.marked} 处`,
                en: `wrote "${check.result.written.name}": ${report.rowsChecked} rows checked, ${report.rowsPassing} passing, ${report.findings.length} findings, ${check.result.marked} cells marked`,
              }}
            />
            <ul className={styles.rules}>
              {report.byRule.map((r) => (
                <li key={r.rule}>
                  <Caption1>
                    {r.rule} {r.citation}：违规 {r.violations} · 提示 {r.notices}
                  </Caption1>
                </li>
              ))}
              {report.coverage
                .filter((c) => !c.ran)
                .map((c) => (
                  <li key={c.check.id} className={styles.notRun}>
                    <Caption1>
                      {c.check.id} 未运行 · not run：<Bilingual text={c.why!} />
                    </Caption1>
                  </li>
                ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
    </Card>
  );
}
