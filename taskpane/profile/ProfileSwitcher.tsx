import {
  Badge,
  Caption1,
  Card,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Spinner,
  Subtitle1,
  Text,
  type BadgeProps,
} from "@fluentui/react-components";
import type { DocumentState } from "../../policies/engine/evaluation";
import type { IsoDate } from "../../policies/engine/dates";
import { Bilingual } from "../shared/Bilingual";
import { ErrorNotice } from "../shared/Notices";
import { ProfileRules } from "./ProfileRules";
import type { ProfileSummary } from "./profileSummary";
import { useProfileSwitcherStyles } from "./ProfileSwitcher.styles";
import { useActiveProfile } from "./useActiveProfile";

const STATUS_COLOUR: Record<DocumentState, BadgeProps["color"]> = {
  "in-force": "success",
  draft: "warning",
  expired: "danger",
  "not-yet-in-force": "informative",
};

function StatusBadge({ profile, place }: { profile: ProfileSummary; place: "choice" | "card" }) {
  const styles = useProfileSwitcherStyles();
  return (
    <Badge className={styles.badge} appearance="filled" color={STATUS_COLOUR[profile.status.state]} data-testid={`${place}-status-${profile.id}`}>
      {profile.statusLabel.zh} · {profile.statusLabel.en}
    </Badge>
  );
}

function DocumentCard({ profile }: { profile: ProfileSummary }) {
  const styles = useProfileSwitcherStyles();
  const doc = profile.document;
  const warning = profile.status.warning;
  return (
    <Card className={styles.document} data-testid="active-profile">
      <Subtitle1 as="h2" block>
        <Bilingual text={profile.name} />
      </Subtitle1>
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
        <dt className={styles.term}>文件 · Document</dt>
        <dd className={styles.value}>{doc.title}</dd>
        <dt className={styles.term}>文号 · No.</dt>
        <dd className={styles.value}>{doc.number ?? "无（征求意见稿） · none (draft)"}</dd>
        <dt className={styles.term}>发文 · Issuer</dt>
        <dd className={styles.value}>{doc.issuer}</dd>
        <dt className={styles.term}>状态 · Status</dt>
        <dd className={styles.value}>
          <StatusBadge profile={profile} place="card" /> <Caption1>评价日 · as of {profile.asOf}</Caption1>
        </dd>
        <dt className={styles.term}>有效期 · Effective</dt>
        <dd className={styles.value}>
          <Bilingual text={profile.window} />
        </dd>
      </dl>
      {doc.note && <Caption1 className={styles.note}>{doc.note}</Caption1>}
      <ProfileRules profile={profile} />
    </Card>
  );
}

/**
 * Chooses the workbook's active profile: the one LAND formulas use when their `profile`
 * argument is omitted. Switching saves the choice in the workbook and recalculates the formulas.
 */
export function ProfileSwitcher({ asOf }: { asOf: IsoDate }) {
  const styles = useProfileSwitcherStyles();
  const { profiles, active, switching, error, choose } = useActiveProfile(asOf);
  return (
    <section className={styles.root} aria-labelledby="profile-switcher-title">
      <Subtitle1 as="h2" block id="profile-switcher-title">
        <Bilingual text={{ zh: "政策配置", en: "Policy profile" }} />
      </Subtitle1>
      <Text size={200}>
        <Bilingual
          text={{
            zh: "未填 profile 参数的 LAND 公式使用此处所选配置；切换后自动重算。",
            en: "LAND formulas without a profile argument use the one chosen here; switching recalculates them.",
          }}
        />
      </Text>
      <RadioGroup
        className={styles.choices}
        value={active?.id ?? ""}
        disabled={switching !== null}
        onChange={(_, data) => void choose(data.value)}
        aria-label="政策配置 / Policy profile"
      >
        {profiles.map((p) => (
          <Radio
            key={p.id}
            value={p.id}
            data-testid={`choose-${p.id}`}
            label={
              <span className={styles.choice}>
                <span>
                  {p.short} <Caption1>{p.name.en}</Caption1>
                </span>
                <StatusBadge profile={p} place="choice" />
              </span>
            }
          />
        ))}
      </RadioGroup>
      {switching && <Spinner size="tiny" label="正在切换并重算… · Switching and recalculating…" />}
      <ErrorNotice error={error} />
      {active ? (
        <DocumentCard profile={active} />
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
