import { Badge, Button, Caption1, MessageBar, MessageBarBody, Spinner, Subtitle2 } from "@fluentui/react-components";
import type { FormulaExplanation, TierRowExplanation } from "../../addin/explain";
import { readable } from "../../functions/explain";
import type { Trace } from "../../policies/engine/evaluation";
import { reasonShown } from "../../policies/citations";
import { builtInProfiles } from "../../policies/profiles";
import { paramOn } from "../../policies/registry";
import { Bilingual } from "../shared/Bilingual";
import { useText } from "../shared/language";
import { ErrorNotice } from "../shared/Notices";
import { citationText, fieldLabel, valueText, withoutFileNames } from "../shared/present";
import { usePanelStyles } from "../shared/panel.styles";
import { useExplainStyles } from "./ExplainPanel.styles";
import { useExplain } from "./useExplain";

const STATE: Record<Trace["profile"]["state"], { zh: string; en: string }> = {
  "in-force": { zh: "现行有效", en: "in force" },
  draft: { zh: "征求意见稿", en: "draft" },
  expired: { zh: "已失效", en: "expired" },
  "not-yet-in-force": { zh: "尚未施行", en: "not yet in force" },
};

function shownResult(value: unknown): string {
  if (Array.isArray(value)) return `${value.length} × ${value[0]?.length ?? 0}`;
  if (typeof value === "number") return readable(String(value));
  return String(value);
}

/** A result's trace: rule, clause, profile, the parameters used (basis, clause, quote, reasons), inputs, steps, warnings. */
export function TraceView({ trace, explanation }: { trace: Trace; explanation: FormulaExplanation }) {
  const styles = useExplainStyles();
  const rule = builtInProfiles.find(trace.profile.id)?.rules.get(trace.rule);
  const argNames = new Map(explanation.args.map((a) => [a.name, a.zh] as const));
  const steps = trace.decidedBy;
  return (
    <>
      <dl className={styles.facts} data-testid="explain-trace">
        <dt className={styles.term}>
          <Bilingual text={{ zh: "规则", en: "Rule" }} />
        </dt>
        <dd className={styles.value}>
          <Bilingual text={trace.title} />
        </dd>
        <dt className={styles.term}>
          <Bilingual text={{ zh: "条款", en: "Clause" }} />
        </dt>
        <dd className={styles.value} data-testid="explain-clause">
          <Bilingual text={citationText(trace.citation)} />
        </dd>
        <dt className={styles.term}>
          <Bilingual text={{ zh: "配置", en: "Profile" }} />
        </dt>
        <dd className={styles.value}>
          {trace.profile.name} · <Bilingual text={STATE[trace.profile.state]} />
          {trace.profile.derivedFrom && (
            <Bilingual
              text={{
                zh: `（派生自 ${builtInProfiles.find(trace.profile.derivedFrom)?.names.short ?? trace.profile.derivedFrom}）`,
                en: ` (derived from ${builtInProfiles.find(trace.profile.derivedFrom)?.names.en ?? trace.profile.derivedFrom})`,
              }}
            />
          )}
        </dd>
      </dl>
      {trace.params.length > 0 && (
        <section aria-label="参数 / Parameters" data-testid="explain-params">
          <Caption1 block>
            <Bilingual text={{ zh: "参数", en: "Parameters" }} />
          </Caption1>
          <dl className={styles.facts}>
            {trace.params.map((p) => {
              // The quote of the value in force on the result's date (a dated parameter has one per value).
              const stored = rule?.params[p.name];
              const quote = stored && paramOn(stored, trace.profile.asOf)?.param.quote;
              return (
                <div key={p.name} style={{ display: "contents" }}>
                  <dt className={styles.term}>
                    <Bilingual text={p.label} />
                  </dt>
                  <dd className={styles.value}>
                    <strong>
                      <Bilingual text={valueText(p.value, p.unit)} />
                    </strong>{" "}
                    {p.unit !== "fraction" && p.unit !== "flag" && p.unit !== "ratio" ? p.unit : ""}{" "}
                    <Badge size="small" appearance="tint" color={p.overridden ? "important" : p.basis === "sourced" ? "success" : "warning"}>
                      <Bilingual text={p.overridden ? { zh: "假设情景", en: "what-if" } : p.basis === "sourced" ? { zh: "有原文依据", en: "sourced" } : { zh: "假设", en: "assumed" }} />
                    </Badge>{" "}
                    <Caption1>
                      <Bilingual text={citationText(p.citation)} />
                    </Caption1>
                    {quote && (
                      <Caption1 block className={styles.quote}>
                        “{quote}”
                      </Caption1>
                    )}
                    {p.basis === "assumed" && p.reason && !p.overridden && (
                      <Caption1 block>
                        <Bilingual text={reasonShown(p.reason)} />
                      </Caption1>
                    )}
                    {p.overridden && p.overrideReason && (
                      <Caption1 block data-testid={`explain-override-reason-${p.name}`}>
                        <Bilingual text={reasonShown(p.overrideReason)} />
                      </Caption1>
                    )}
                  </dd>
                </div>
              );
            })}
          </dl>
        </section>
      )}
      {Object.keys(trace.inputs).length > 0 && (
        <dl className={styles.facts} data-testid="explain-inputs">
          {Object.entries(trace.inputs).map(([name, value]) => (
            <div key={name} style={{ display: "contents" }}>
              <dt className={styles.term}>{argNames.get(name) ?? <Bilingual text={fieldLabel(name)} />}</dt>
              <dd className={styles.value}>{readable(value)}</dd>
            </div>
          ))}
        </dl>
      )}
      {steps.length > 0 && (
        <section aria-label="判定 / Decided by" data-testid="explain-steps">
          <Caption1 block>
            <Bilingual text={{ zh: "判定过程（最后一步为决定性边界）", en: "How it was decided (the last step is the deciding boundary)" }} />
          </Caption1>
          <ol className={styles.steps}>
            {steps.map((s, i) => (
              <li key={i} className={i === steps.length - 1 ? styles.deciding : undefined} data-testid={i === steps.length - 1 ? "explain-deciding" : undefined}>
                {readable(s)}
              </li>
            ))}
          </ol>
        </section>
      )}
      {trace.warnings.map((w, i) => (
        <MessageBar key={i} intent="warning" data-testid="explain-warning">
          <MessageBarBody>
            <Bilingual text={withoutFileNames(w)} />
          </MessageBarBody>
        </MessageBar>
      ))}
    </>
  );
}

function FormulaView({ e }: { e: FormulaExplanation }) {
  const styles = useExplainStyles();
  const panel = usePanelStyles();
  const t = useText();
  const outcome = e.outcome;
  return (
    <div className={panel.surface} data-testid="explain-formula">
      <Subtitle2>
        LAND.{e.spec.id} · {e.spec.zh}
      </Subtitle2>
      <Caption1>
        <Bilingual text={e.spec.summary} />
      </Caption1>
      <dl className={styles.facts}>
        <dt className={styles.term}>
          <Bilingual text={{ zh: "结果", en: "Result" }} />
        </dt>
        <dd className={styles.value} data-testid="explain-result">
          {outcome ? shownResult(outcome.value) : shownResult(e.cell.value)}
        </dd>
        {e.args
          .filter((a) => a.text !== "")
          .map((a) => (
            <div key={a.name} style={{ display: "contents" }}>
              <dt className={styles.term}>{t({ zh: a.zh, en: a.name })}</dt>
              <dd className={styles.value}>
                <code>{a.text}</code>
                {a.shown !== a.text && a.shown !== "" ? ` = ${a.shown}` : ""}
              </dd>
            </div>
          ))}
      </dl>
      {e.unevaluated.length > 0 && (
        <MessageBar intent="info">
          <MessageBarBody>
            <Bilingual
              text={{
                zh: `参数 ${e.unevaluated.join("、")} 是表达式，窗格无法重算；请改为单元格引用，或用 =LAND.EXPLAIN(…) 查看`,
                en: `argument(s) ${e.unevaluated.join(", ")} are expressions the pane cannot evaluate; use a cell reference, or =LAND.EXPLAIN(…)`,
              }}
            />
          </MessageBarBody>
        </MessageBar>
      )}
      {e.error && <ErrorNotice error={{ zh: e.error.split(" / ")[0]!, en: e.error.split(" / ")[1] ?? e.error }} />}
      {outcome?.trace && <TraceView trace={outcome.trace} explanation={e} />}
      {outcome?.notes && outcome.notes.length > 0 && (
        <dl className={styles.facts} data-testid="explain-notes">
          {outcome.notes.map(([item, value, detail], i) => (
            <div key={i} style={{ display: "contents" }}>
              <dt className={styles.term}>{item}</dt>
              <dd className={styles.value}>
                {readable(value)} {detail && <Caption1>{readable(detail)}</Caption1>}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}

const fmt = (x: number | null) => (x === null ? "—" : readable(String(x)));

function TierRowView({ e }: { e: TierRowExplanation }) {
  const styles = useExplainStyles();
  const panel = usePanelStyles();
  const t = useText();
  return (
    <div className={panel.surface} data-testid="explain-tier-row">
      <Subtitle2>{e.enterprise}</Subtitle2>
      <dl className={styles.facts}>
        <dt className={styles.term}>
          <Bilingual text={{ zh: "档次", en: "Tier" }} />
        </dt>
        <dd className={styles.value} data-testid="explain-tier">
          {e.tier || "—"}
          {e.rank !== null && <Bilingual text={{ zh: `（第 ${e.rank} 名）`, en: ` (rank ${e.rank})` }} />}
        </dd>
        <dt className={styles.term}>
          <Bilingual text={{ zh: "综合得分", en: "Score" }} />
        </dt>
        <dd className={styles.value} data-testid="explain-score">
          {fmt(e.score)}
        </dd>
        {e.reason && (
          <>
            <dt className={styles.term}>
              <Bilingual text={{ zh: "说明", en: "Reason" }} />
            </dt>
            <dd className={styles.value}>{e.reason}</dd>
          </>
        )}
      </dl>
      <table className={styles.table} data-testid="explain-breakdown">
        <thead>
          <tr>
            <th className={styles.th}>{t({ zh: "指标", en: "Indicator" })}</th>
            <th className={styles.th}>{t({ zh: "值", en: "Value" })}</th>
            <th className={styles.th}>{t({ zh: "权重", en: "Weight" })}</th>
            <th className={styles.th}>{t({ zh: "基准", en: "Benchmark" })}</th>
            <th className={styles.th}>{t({ zh: "得分", en: "Points" })}</th>
          </tr>
        </thead>
        <tbody>
          {e.parts.map((p) => (
            <tr key={p.label}>
              <td>{t({ zh: p.label.split(" / ")[0]!, en: p.label.split(" / ")[1] ?? p.label })}</td>
              <td className={styles.num}>{fmt(p.value)}</td>
              <td className={styles.num}>{fmt(p.weight)}</td>
              <td className={styles.num}>{fmt(p.benchmark)}</td>
              <td className={styles.num}>{fmt(p.points)}</td>
            </tr>
          ))}
          <tr>
            <td colSpan={4}>{t({ zh: "合计 Σ 权重 × 值 ÷ 基准", en: "Σ weight × value ÷ benchmark" })}</td>
            <td className={styles.num} data-testid="explain-total">
              {fmt(e.total)}
            </td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}

/** The explain tab: the selected cell's LAND trace, or a tier-sheet firm's score breakdown. */
export function ExplainPanel({ active }: { active: boolean }) {
  const styles = useExplainStyles();
  const { explanation, busy, error, explain } = useExplain(active);
  return (
    <section className={styles.root} data-testid="explain">
      <div className={styles.bar}>
        <Button size="small" appearance="primary" onClick={() => void explain()} data-testid="explain-run">
          <Bilingual text={{ zh: "解释所选单元格", en: "Explain the selected cell" }} />
        </Button>
        {busy && <Spinner size="extra-tiny" />}
        {explanation && (
          <Caption1 className={styles.cell} data-testid="explain-cell">
            {explanation.cell.sheet}!{explanation.cell.address} {explanation.cell.formula}
          </Caption1>
        )}
      </div>
      <ErrorNotice error={error} />
      {explanation?.kind === "formula" && <FormulaView e={explanation} />}
      {explanation?.kind === "tier-row" && <TierRowView e={explanation} />}
      {(!explanation || explanation.kind === "none") && (
        <Caption1 data-testid="explain-none">
          <Bilingual
            text={{
              zh: "选中一个含 LAND 公式的单元格查看其依据；选中分档表中某企业的一行查看其得分构成。",
              en: "Select a cell with a LAND formula to see why it is what it is; select a firm's line on a tier sheet to see its score.",
            }}
          />
        </Caption1>
      )}
    </section>
  );
}
