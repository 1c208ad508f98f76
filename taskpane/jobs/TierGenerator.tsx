import { Badge, Button, Field, MessageBar, MessageBarBody, Select } from "@fluentui/react-components";
import type { IsoDate } from "../../policies/engine/dates";
import { Bilingual } from "../shared/Bilingual";
import { JobProgressBar } from "../shared/JobProgress";
import { JobHeading } from "../shared/JobHeading";
import { ErrorNotice, NotReadyNotice } from "../shared/Notices";
import { TableSource } from "../table/TableSource";
import type { TableSourceState } from "../table/useTableSource";
import { useTierGeneratorStyles } from "./TierGenerator.styles";
import { useTierGenerator } from "./useTierGenerator";

/** Writes the ranked tier sheet (WORKBOOK.md) for the chosen enterprise table. */
export function TierGenerator({ asOf, table }: { asOf: IsoDate; table: TableSourceState }) {
  const styles = useTierGeneratorStyles();
  const job = useTierGenerator(asOf, table);
  const { readiness, busy, result, error } = job;
  const counts = result?.counts;
  const total = counts ? counts.A + counts.B + counts.C + counts.D + counts.unscored : 0;
  return (
    <section className={styles.root} data-testid="tier-generator">
      <JobHeading
        title={{ zh: "生成分档表", en: "Tier sheet" }}
        description={{
          zh: "按当前配置对所选数据表的企业排名分档，结果写入新工作表（不改动原表）。",
          en: "Ranks the enterprises of the chosen table with the active profile into a new sheet (your data is not touched).",
        }}
      />
      <TableSource table={table} needed={job.needed} />
      {job.year !== null && (
        <Field
          size="small"
          label={<Bilingual text={{ zh: "评价年度（按该年度方案的参数评分）", en: "Evaluation year (that year's scheme)" }} />}
        >
          <Select size="small" value={String(job.year)} onChange={(_, d) => job.setYear(Number(d.value))} data-testid="tier-year">
            {job.years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={!readiness.ready || busy} onClick={() => void job.generate()} data-testid="tier-generate">
          <Bilingual text={{ zh: "生成分档表", en: "Generate" }} />
        </Button>
      </div>
      <JobProgressBar job={job} testId="tier" />
      <NotReadyNotice readiness={readiness} testId="tier-not-ready" />
      {/* The table's own refusal is already shown above, under the table picker. */}
      <ErrorNotice error={error && error.zh !== table.error?.zh ? error : null} />
      {result && counts && (
        <MessageBar intent={result.inputIssues > 0 ? "warning" : "success"} data-testid="tier-result">
          <MessageBarBody>
            <Bilingual
              text={{
                zh: `读取 ${result.read.where}，已写入工作表“${result.written.name}”（${result.written.replaced ? "替换了上次的结果" : "新建"}）：共 ${result.enterprises} 家企业`,
                en: `read ${result.read.where}, wrote sheet "${result.written.name}" (${result.written.replaced ? "replacing the last run" : "new"}): ${result.enterprises} enterprises`,
              }}
            />
            <div className={styles.counts} data-testid="tier-counts" data-total={total}>
              {(["A", "B", "C", "D"] as const).map((t) => (
                <Badge key={t} appearance="tint">
                  {t} {counts[t]}
                </Badge>
              ))}
              <Badge appearance="tint" color="informative">
                <Bilingual text={{ zh: `未评分 ${counts.unscored}`, en: `unscored ${counts.unscored}` }} />
              </Badge>
              <Badge appearance="tint" color="danger">
                <Bilingual text={{ zh: `其中直接 D 档 ${counts.forced}`, en: `of which forced D ${counts.forced}` }} />
              </Badge>
              {result.inputIssues > 0 && (
                <Badge appearance="tint" color="warning">
                  <Bilingual text={{ zh: `无法读取的单元格 ${result.inputIssues}`, en: `unreadable cells ${result.inputIssues}` }} />
                </Badge>
              )}
            </div>
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
