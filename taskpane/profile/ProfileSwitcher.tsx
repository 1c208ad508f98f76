import { Badge, Caption1, MessageBar, MessageBarBody, MessageBarTitle, Select, Spinner, Text, type BadgeProps } from "@fluentui/react-components";
import type { DocumentState } from "../../policies/engine/evaluation";
import type { IsoDate } from "../../policies/engine/dates";
import { Bilingual } from "../shared/Bilingual";
import { useText } from "../shared/language";
import { ErrorNotice } from "../shared/Notices";
import { ProfileRules } from "./ProfileRules";
import type { ProfileSummary } from "./profileSummary";
import { usePanelStyles } from "../shared/panel.styles";
import { useProfileSwitcherStyles } from "./ProfileSwitcher.styles";
import { useActiveProfile } from "./useActiveProfile";

const STATUS_COLOUR: Record<DocumentState, BadgeProps["color"]> = {
  "in-force": "success",
  draft: "warning",
  expired: "danger",
  "not-yet-in-force": "informative",
};

function StatusBadge({ profile }: { profile: ProfileSummary }) {
  const styles = useProfileSwitcherStyles();
  return (
    <Badge className={styles.badge} appearance="filled" color={STATUS_COLOUR[profile.status.state]} data-testid={`card-status-${profile.id}`}>
      <Bilingual text={profile.statusLabel} />
    </Badge>
  );
}

function DocumentCard({ profile }: { profile: ProfileSummary }) {
  const styles = useProfileSwitcherStyles();
  const panel = usePanelStyles();
  const doc = profile.document;
  const warning = profile.status.warning;
  return (
    <div className={panel.surface} data-testid="active-profile">
      {warning && (
        <MessageBar intent={profile.status.state === "expired" ? "error" : "warning"} data-testid="status-warning">
          <MessageBarBody>
            <MessageBarTitle>
              <Bilingual text={profile.statusLabel} />
            </MessageBarTitle>
            <Bilingual text={warning} />
          </MessageBarBody>
        </MessageBar>
      )}
      <dl className={styles.facts}>
        <dt className={styles.term}>
          <Bilingual text={{ zh: "文件", en: "Document" }} />
        </dt>
        <dd className={styles.value}>{doc.title}</dd>
        <dt className={styles.term}>
          <Bilingual text={{ zh: "文号", en: "No." }} />
        </dt>
        <dd className={styles.value}>{doc.number ?? <Bilingual text={{ zh: "无（征求意见稿）", en: "none (draft)" }} />}</dd>
        {profile.version && (
          <>
            <dt className={styles.term}>
              <Bilingual text={{ zh: "版本", en: "Version" }} />
            </dt>
            <dd className={styles.value}>
              <Bilingual text={profile.version} />
            </dd>
          </>
        )}
        <dt className={styles.term}>
          <Bilingual text={{ zh: "状态", en: "Status" }} />
        </dt>
        <dd className={styles.value}>
          <StatusBadge profile={profile} />{" "}
          <Caption1>
            <Bilingual text={{ zh: `评价日 ${profile.asOf}`, en: `as of ${profile.asOf}` }} />
          </Caption1>
        </dd>
        <dt className={styles.term}>
          <Bilingual text={{ zh: "有效期", en: "Effective" }} />
        </dt>
        <dd className={styles.value}>
          <Bilingual text={profile.window} />
        </dd>
        {profile.derived && (
          <>
            <dt className={styles.term}>
              <Bilingual text={{ zh: "派生自", en: "Derived from" }} />
            </dt>
            <dd className={styles.value} data-testid="derived-from">
              <Bilingual text={{ zh: `${profile.derived.from}，改动 ${profile.derived.overrides} 项`, en: `${profile.derived.from}, ${profile.derived.overrides} value(s) changed` }} />
            </dd>
            {profile.derived.reason && (
              <>
                <dt className={styles.term}>
                  <Bilingual text={{ zh: "派生理由", en: "Why" }} />
                </dt>
                <dd className={styles.value} data-testid="derived-reason">
                  <Bilingual text={profile.derived.reason} />
                </dd>
              </>
            )}
          </>
        )}
      </dl>
    </div>
  );
}

function choiceLabel(p: ProfileSummary, t: (b: { zh: string; en: string }) => string): string {
  const number = p.document.number ? ` · ${p.document.number}` : "";
  return `${t({ zh: p.short, en: p.name.en })}${number} · ${t(p.statusLabel)}`;
}

/**
 * Chooses the workbook's active profile: the one LAND formulas use when their `profile`
 * argument is omitted. Switching saves the choice in the workbook and recalculates the formulas.
 */
export function ProfileSwitcher({ asOf }: { asOf: IsoDate }) {
  const styles = useProfileSwitcherStyles();
  const t = useText();
  const { profiles, saved, active, switching, error, problems, choose } = useActiveProfile(asOf);
  const shipped = profiles;
  return (
    <section className={styles.root} aria-label={t({ zh: "政策配置", en: "Policy profile" })}>
      <div className={styles.pick}>
        <Text size={200}>
          <Bilingual
            text={{
              zh: "未填 profile 参数的 LAND 公式使用此处所选配置；切换后自动重算。",
              en: "LAND formulas without a profile argument use the one chosen here; switching recalculates them.",
            }}
          />
        </Text>
        <Select
          value={active?.id ?? ""}
          disabled={switching !== null}
          onChange={(_, data) => void choose(data.value)}
          aria-label={t({ zh: "政策配置", en: "Policy profile" })}
          data-testid="profile-select"
        >
          {!active && <option value="">{t({ zh: "请选择政策配置…", en: "Choose a profile…" })}</option>}
          {shipped.map((p) => (
            <option key={p.id} value={p.id} data-testid={`choose-${p.id}`}>
              {choiceLabel(p, t)}
            </option>
          ))}
          {saved.length > 0 && (
            <optgroup label={t({ zh: "本工作簿的派生配置", en: "Derived profiles in this workbook" })}>
              {saved.map((p) => (
                <option key={p.id} value={p.id} data-testid={`choose-${p.id}`}>
                  {`${t(p.name)} · ${t(p.statusLabel)}`}
                </option>
              ))}
            </optgroup>
          )}
        </Select>
      </div>
      {switching && <Spinner size="tiny" label={t({ zh: "正在切换并重算…", en: "Switching and recalculating…" })} />}
      <ErrorNotice error={error} />
      {problems.map((p) => (
        <ErrorNotice key={p.id} error={p.message} />
      ))}
      {active ? (
        <>
          <DocumentCard profile={active} />
          <ProfileRules profile={active} />
        </>
      ) : (
        <MessageBar intent="info" data-testid="no-active-profile">
          <MessageBarBody>
            <Bilingual
              text={{
                zh: "尚未选择配置：省略 profile 参数的公式需要先在此选择。",
                en: "No profile chosen yet: formulas that omit the profile argument need one chosen here.",
              }}
            />
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
