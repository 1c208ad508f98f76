import { Button, Caption1, ProgressBar, makeStyles, tokens } from "@fluentui/react-components";
import { Bilingual } from "./Bilingual";
import type { ExcelJob } from "./useExcelJob";

const useStyles = makeStyles({
  root: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) max-content", alignItems: "center", columnGap: tokens.spacingHorizontalS, rowGap: "2px" },
  phase: { gridColumn: "1 / 2" },
});

/** A running job's progress bar with its cancel button; after a cancel, says that nothing was written. */
export function JobProgressBar({ job, testId }: { job: Pick<ExcelJob<unknown>, "busy" | "progress" | "cancelled" | "cancel">; testId: string }) {
  const styles = useStyles();
  if (job.cancelled)
    return (
      <Caption1 data-testid={`${testId}-cancelled`}>
        <Bilingual text={{ zh: "已取消：未写入任何结果，原有工作表保持不变。", en: "Cancelled: nothing was written; existing sheets are unchanged." }} />
      </Caption1>
    );
  if (!job.busy) return null;
  const p = job.progress;
  const value = p && p.total > 0 ? Math.min(1, p.done / p.total) : undefined;
  return (
    <div className={styles.root} data-testid={`${testId}-progress`} role="status">
      <ProgressBar value={value} thickness="large" aria-label="进度 / progress" />
      <Button size="small" onClick={job.cancel} data-testid={`${testId}-cancel`}>
        <Bilingual text={{ zh: "取消", en: "Cancel" }} />
      </Button>
      <Caption1 className={styles.phase}>
        {p ? (
          <Bilingual text={{ zh: `${p.phase.zh}${p.total ? `：${p.done} / ${p.total}` : ""}`, en: `${p.phase.en}${p.total ? `: ${p.done} / ${p.total}` : ""}` }} />
        ) : (
          <Bilingual text={{ zh: "正在开始…", en: "Starting…" }} />
        )}
      </Caption1>
    </div>
  );
}
