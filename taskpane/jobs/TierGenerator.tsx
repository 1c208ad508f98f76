import { Badge, Button, Card, MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import type { IsoDate } from "../../policies/engine/dates";
import type { ColumnMappingState } from "../mapping/useColumnMapping";
import { Bilingual } from "../shared/Bilingual";
import { JobHeading } from "../shared/JobHeading";
import { ErrorNotice, NotReadyNotice } from "../shared/Notices";
import { useTierGeneratorStyles } from "./TierGenerator.styles";
import { useTierGenerator } from "./useTierGenerator";

/** Writes the ranked tier sheet (WORKBOOK.md) for the enterprise table on the active sheet. */
export function TierGenerator({ asOf, mapping }: { asOf: IsoDate; mapping: ColumnMappingState }) {
  const styles = useTierGeneratorStyles();
  const { readiness, busy, result, error, generate } = useTierGenerator(asOf, mapping);
  return (
    <Card className={styles.root} data-testid="tier-generator">
      <JobHeading
        title={{ zh: "生成分档表", en: "Tier sheet" }}
        description={{
          zh: "按当前配置对当前工作表的企业排名分档，结果写入新工作表（不改动原表）。",
          en: "Ranks the enterprises on the active sheet with the active profile into a new sheet (your data is not touched).",
        }}
      />
      <div className={styles.actions}>
        <Button appearance="primary" disabled={!readiness.ready || busy} onClick={() => void generate()}>
          生成 · Generate
        </Button>
        {busy && <Spinner size="tiny" label="正在分档… · Ranking…" />}
      </div>
      <NotReadyNotice readiness={readiness} testId="tier-not-ready" />
      <ErrorNotice error={error} />
      {result && (
        <MessageBar intent={result.inputIssues > 0 ? "warning" : "success"}>
          <MessageBarBody>
            <Bilingual
              text={{
                zh: `已写入工作表“${result.written.name}”（${result.written.replaced ? "替换了上次的结果" : "新建"}），共 ${result.enterprises} 家企业`,
                en: `wrote sheet "${result.written.name}" (${result.written.replaced ? "replacing the last run" : "new"}), ${result.enterprises} enterprises`,
              }}
            />
            <div className={styles.counts}>
              {(["A", "B", "C", "D"] as const).map((t) => (
                <Badge key={t} appearance="tint">
                  {t} {result.counts[t]}
                </Badge>
              ))}
              <Badge appearance="tint" color="danger">
                直接 D · forced D {result.counts.forced}
              </Badge>
              {result.inputIssues > 0 && (
                <Badge appearance="tint" color="warning">
                  无法读取 · unreadable {result.inputIssues}
                </Badge>
              )}
            </div>
          </MessageBarBody>
        </MessageBar>
      )}
    </Card>
  );
}
