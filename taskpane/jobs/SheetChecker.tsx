import { Button, Caption1, Checkbox, MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import type { IsoDate } from "../../policies/engine/dates";
import { Bilingual } from "../shared/Bilingual";
import { JobProgressBar } from "../shared/JobProgress";
import { JobHeading } from "../shared/JobHeading";
import { useText } from "../shared/language";
import { ErrorNotice, NotReadyNotice } from "../shared/Notices";
import { analystText } from "../shared/present";
import { TableSource } from "../table/TableSource";
import type { TableSourceState } from "../table/useTableSource";
import { FindingsList } from "./FindingsList";
import { useSheetCheckerStyles } from "./SheetChecker.styles";
import { useSheetChecker } from "./useSheetChecker";

/** Writes the check report (WORKBOOK.md) for the chosen table, lists its findings and marks the cells they are about. */
export function SheetChecker({ asOf, table }: { asOf: IsoDate; table: TableSourceState }) {
  const styles = useSheetCheckerStyles();
  const t = useText();
  const { readiness, check, cleared, markCells, setMarkCells, runCheck, clear } = useSheetChecker(asOf, table);
  const result = check.result;
  const report = result?.report;
  const error = check.error ?? cleared.error;
  const flagged = report ? report.rowsChecked - report.rowsPassing : 0;
  return (
    <section className={styles.root} data-testid="sheet-checker">
      <JobHeading
        title={{ zh: "核查企业数据表", en: "Check the enterprise table" }}
        description={{
          zh: "按当前配置逐行核查所选数据表，问题清单写入新工作表；标记只改填充色和批注，可随时清除。",
          en: "Checks every row of the chosen table with the active profile into a new report sheet; marks only set fills and comments and can be cleared.",
        }}
      />
      <TableSource table={table} needed={[]} />
      <Checkbox checked={markCells} onChange={(_, d) => setMarkCells(d.checked === true)} label={t({ zh: "标记问题单元格", en: "Mark offending cells" })} />
      <div className={styles.actions}>
        <Button appearance="primary" disabled={!readiness.ready || check.busy} onClick={() => void runCheck()} data-testid="check-run">
          <Bilingual text={{ zh: "核查", en: "Check" }} />
        </Button>
        <Button disabled={!readiness.ready || cleared.busy} onClick={() => void clear()} data-testid="check-clear">
          <Bilingual text={{ zh: "清除标记", en: "Clear marks" }} />
        </Button>
        {cleared.busy && <Spinner size="tiny" />}
      </div>
      <JobProgressBar job={check} testId="check" />
      <NotReadyNotice readiness={readiness} testId="check-not-ready" />
      <ErrorNotice error={error && error.zh !== table.error?.zh ? error : null} />
      {cleared.result !== null && !cleared.busy && (
        <Caption1>
          <Bilingual text={{ zh: `已清除 ${cleared.result} 处标记`, en: `${cleared.result} mark(s) cleared` }} />
        </Caption1>
      )}
      {report && result && (
        <>
          <MessageBar intent={report.findings.length > 0 ? "warning" : "success"} data-testid="check-result">
            <MessageBarBody>
              <Bilingual
                text={{
                  zh: `读取 ${result.read.where}，已写入“${result.written.name}”：核查 ${report.rowsChecked} 行 = 通过 ${report.rowsPassing} + 有问题 ${flagged}；问题 ${report.findings.length} 条，标记 ${result.marked} 处`,
                  en: `read ${result.read.where}, wrote "${result.written.name}": ${report.rowsChecked} rows = ${report.rowsPassing} passing + ${flagged} with findings; ${report.findings.length} findings, ${result.marked} cells marked`,
                }}
              />
              {report.coverage
                .filter((c) => !c.ran)
                .map((c) => (
                  <Caption1 key={c.check.id} block className={styles.notRun}>
                    <Bilingual text={{ zh: `${c.check.title.zh} 未运行：`, en: `${c.check.title.en} not run: ` }} />
                    <Bilingual text={analystText(c.why!)} />
                  </Caption1>
                ))}
            </MessageBarBody>
          </MessageBar>
          {report.findings.length > 0 && (
            <FindingsList
              findings={result.findings}
              rules={report.byRule.map((r) => ({ rule: r.rule, citation: r.citation, count: r.violations + r.notices }))}
            />
          )}
        </>
      )}
    </section>
  );
}
