import {
  Badge,
  Button,
  Caption1,
  Input,
  Spinner,
  mergeClasses,
} from "@fluentui/react-components";
import { useState } from "react";
import { Bilingual } from "../shared/Bilingual";
import { Disclosure } from "../shared/Disclosure";
import { useText } from "../shared/language";
import { ErrorNotice } from "../shared/Notices";
import type { ParamSummary, ProfileSummary, RuleSummary } from "./profileSummary";
import { useProfileRulesStyles } from "./ProfileSwitcher.styles";
import { useWhatIf, type WhatIfState } from "./useWhatIf";

function editText(p: ParamSummary): string {
  return p.unit === "fraction" && typeof p.value === "number" ? p.shown.zh : String(p.value);
}

/** An editable value: type a new one (Enter or leaving the box saves it), or put the document's back. */
function WhatIfEditor({ param, whatIf }: { param: ParamSummary; whatIf: WhatIfState }) {
  const styles = useProfileRulesStyles();
  const t = useText();
  const [text, setText] = useState<string | null>(null);
  const shown = text ?? editText(param);
  const commit = () => {
    if (text === null) return;
    setText(null);
    void whatIf.change(param.path, text);
  };
  return (
    <span className={styles.line}>
      <Input
        className={styles.edit}
        size="small"
        value={shown}
        onChange={(_, d) => setText(d.value)}
        onBlur={commit}
        onKeyDown={(e) => e.key === "Enter" && commit()}
        aria-label={t({ zh: `修改 ${param.label.zh}`, en: `change ${param.label.en}` })}
        data-testid={`edit-${param.path}`}
        disabled={whatIf.saving !== null}
      />
      {param.unit !== "fraction" && <Caption1>{param.unit}</Caption1>}
      {param.documentValue && (
        <Button size="small" appearance="subtle" onClick={() => void whatIf.revert(param.path)} data-testid={`revert-${param.path}`} disabled={whatIf.saving !== null}>
          <Bilingual text={{ zh: `恢复原文值 ${param.documentValue.shown.zh}`, en: `back to ${param.documentValue.shown.en}` }} />
        </Button>
      )}
      {whatIf.saving === param.path && <Spinner size="extra-tiny" />}
    </span>
  );
}

/** One value of a rule: label, value (or its what-if editor), basis, clause, the dated window, quote and reasons. */
export function ParamItem({ param, whatIf }: { param: ParamSummary; whatIf: WhatIfState }) {
  const styles = useProfileRulesStyles();
  const changed = param.documentValue !== null;
  return (
    <li className={mergeClasses(styles.param, changed && styles.changed)} data-testid={`param-${param.path}`} data-changed={changed ? "yes" : "no"}>
      <span className={styles.line}>
        <Bilingual text={param.label} />
        {param.editable ? (
          <WhatIfEditor param={param} whatIf={whatIf} />
        ) : (
          <span className={styles.value}>
            <Bilingual text={param.shown} />
          </span>
        )}
      </span>
      <span className={styles.line}>
        {changed ? (
          <Badge size="small" appearance="filled" color="important" data-testid={`changed-${param.path}`}>
            <Bilingual text={{ zh: `假设，原文 ${param.documentValue!.shown.zh}`, en: `what-if, document ${param.documentValue!.shown.en}` }} />
          </Badge>
        ) : (
          <Badge size="small" appearance="tint" color={param.basis === "sourced" ? "success" : "warning"}>
            <Bilingual text={param.basis === "sourced" ? { zh: "有原文依据", en: "sourced" } : { zh: "假设", en: "assumed" }} />
          </Badge>
        )}
        <Caption1 className={styles.quiet}>
          <Bilingual text={param.source} />
        </Caption1>
      </span>
      {param.dated && (
        <Caption1 className={styles.quiet} data-testid={`dated-${param.path}`}>
          <Bilingual
            text={
              param.dated.to
                ? { zh: `${param.dated.from} 起施行的取值（${param.dated.to} 起另有新值）`, en: `the value in force from ${param.dated.from} (another from ${param.dated.to})` }
                : { zh: `${param.dated.from} 起施行的取值`, en: `the value in force from ${param.dated.from}` }
            }
          />
        </Caption1>
      )}
      {param.quote && <Caption1 className={styles.quote}>“{param.quote}”</Caption1>}
      {param.reason && (
        <Caption1 className={styles.quiet} data-testid={`reason-${param.path}`}>
          <Bilingual text={{ zh: `假设理由：${param.reason.zh}`, en: `why assumed: ${param.reason.en}` }} />
        </Caption1>
      )}
      {param.overrideReason && (
        <Caption1 className={styles.quiet} data-testid={`override-reason-${param.path}`}>
          <Bilingual text={{ zh: `改动理由：${param.overrideReason.zh}`, en: `why changed: ${param.overrideReason.en}` }} />
        </Caption1>
      )}
    </li>
  );
}

function RuleItem({ rule, whatIf }: { rule: RuleSummary; whatIf: WhatIfState }) {
  const styles = useProfileRulesStyles();
  return (
    <Disclosure
      data-testid={`rule-${rule.id}`}
      header={
        <span className={styles.ruleTitle}>
          <Bilingual text={rule.title} />
          <Caption1 className={styles.quiet}>
            <Bilingual text={rule.source} />
          </Caption1>
          {rule.changed > 0 && (
            <Badge size="small" appearance="filled" color="important">
              <Bilingual text={{ zh: `已改 ${rule.changed}`, en: `${rule.changed} changed` }} />
            </Badge>
          )}
        </span>
      }
    >
      <ul className={styles.params}>
        {rule.params.map((p) => (
          <ParamItem key={p.path} param={p} whatIf={whatIf} />
        ))}
      </ul>
    </Disclosure>
  );
}

/** The profile's rules, collapsed; each opens to its values with unit, clause, quote and basis; editable ones take a what-if. */
export function ProfileRules({ profile }: { profile: ProfileSummary }) {
  const styles = useProfileRulesStyles();
  const whatIf = useWhatIf(profile);
  const { totals } = profile;
  const changed = profile.rules.reduce((n, r) => n + r.changed, 0);
  return (
    <section aria-label="本配置的规则 / Rules in this profile">
      <div className={styles.header}>
        <Caption1 data-testid="rule-totals">
          <Bilingual
            text={{
              zh: `共 ${totals.rules} 条规则，取值 ${totals.sourced} 项有原文依据、${totals.assumed} 项为假设`,
              en: `${totals.rules} rules; ${totals.sourced} values sourced, ${totals.assumed} assumed`,
            }}
          />
        </Caption1>
        {changed > 0 && (
          <Button size="small" onClick={() => void whatIf.revertAll()} data-testid="revert-all" disabled={whatIf.saving !== null}>
            <Bilingual text={{ zh: "全部恢复原文值", en: "All back to the document" }} />
          </Button>
        )}
      </div>
      <ErrorNotice error={whatIf.error} />
      {profile.rules.map((rule) => (
        <RuleItem key={rule.id} rule={rule} whatIf={whatIf} />
      ))}
    </section>
  );
}
