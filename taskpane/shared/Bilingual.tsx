import { makeStyles, tokens } from "@fluentui/react-components";
import type { Bilingual as Text } from "../../policies/schema";

const useStyles = makeStyles({
  en: { color: tokens.colorNeutralForeground3, marginLeft: tokens.spacingHorizontalXS, fontSize: "0.9em" },
});

/** Chinese first, English after it in a quieter tone: the product's rule for every label. */
export function Bilingual({ text }: { text: Text }) {
  const styles = useStyles();
  return (
    <>
      <span lang="zh-CN">{text.zh}</span>
      <span lang="en" className={styles.en}>
        {text.en}
      </span>
    </>
  );
}

/** An error's message for the analyst: a RuleError's own zh/en, or the message as given. */
export function errorText(error: unknown): Text {
  if (error && typeof error === "object" && "zh" in error && "en" in error) {
    const { zh, en } = error as Text;
    return { zh, en };
  }
  const message = error instanceof Error ? error.message : String(error);
  const [zh, en] = message.includes(" / ") ? message.split(" / ", 2) : [message, ""];
  return { zh: zh!, en: en || message };
}
