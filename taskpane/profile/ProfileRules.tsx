import { Badge, Caption1, Subtitle2, Text } from "@fluentui/react-components";
import { Bilingual } from "../shared/Bilingual";
import type { ProfileSummary } from "./profileSummary";
import { useProfileRulesStyles } from "./ProfileSwitcher.styles";

/** The rules a profile applies, each with its clause and how many of its values are sourced or assumed. */
export function ProfileRules({ profile }: { profile: ProfileSummary }) {
  const styles = useProfileRulesStyles();
  const { totals } = profile;
  return (
    <section aria-label="本配置的规则 / Rules in this profile">
      <Subtitle2 as="h3" block>
        <Bilingual text={{ zh: "本配置的规则", en: "Rules in this profile" }} />
      </Subtitle2>
      <Caption1 as="p" block data-testid="rule-totals">
        <Bilingual
          text={{
            zh: `共 ${totals.rules} 条规则，取值 ${totals.sourced} 项有原文依据、${totals.assumed} 项为假设`,
            en: `${totals.rules} rules; ${totals.sourced} values sourced, ${totals.assumed} assumed`,
          }}
        />
      </Caption1>
      <ul className={styles.list}>
        {profile.rules.map((rule) => (
          <li key={rule.id} className={styles.rule}>
            <Text size={200}>
              <span className={styles.id}>{rule.id}</span> {rule.clause} <Bilingual text={rule.title} />
            </Text>
            <span className={styles.counts}>
              <Badge size="small" appearance="tint" color="success" title={`${rule.sourced} 项有原文依据 / sourced`}>
                {rule.sourced}
              </Badge>
              {rule.assumed > 0 && (
                <Badge size="small" appearance="tint" color="warning" title={`${rule.assumed} 项为假设 / assumed`}>
                  {rule.assumed}
                </Badge>
              )}
            </span>
            {rule.includedFrom && (
              <Caption1 className={styles.included}>
                <Bilingual text={{ zh: `引自《${rule.includedFrom}》`, en: "applied from another document" }} />
              </Caption1>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
