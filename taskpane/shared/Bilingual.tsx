import type { Bilingual as Text } from "../../policies/schema";
import { useLanguage } from "./language";

/** A label in the pane's language (Chinese unless the analyst chose English); the other language is its tooltip. */
export function Bilingual({ text }: { text: Text }) {
  const { language } = useLanguage();
  const [shown, other] = language === "en" ? [text.en, text.zh] : [text.zh, text.en];
  return (
    <span lang={language === "en" ? "en" : "zh-CN"} title={other}>
      {shown}
    </span>
  );
}

/** An error's message for the analyst: a RuleError's own zh/en, or the message as given. */
export function errorText(error: unknown): Text {
  if (error && typeof error === "object" && "text" in error) {
    const text = (error as { text: unknown }).text;
    if (text && typeof text === "object" && "zh" in text && "en" in text) return errorText(text);
  }
  if (error && typeof error === "object" && "zh" in error && "en" in error) {
    const { zh, en } = error as Text;
    return { zh, en };
  }
  const message = error instanceof Error ? error.message : String(error);
  const [zh, en] = message.includes(" / ") ? message.split(" / ", 2) : [message, ""];
  return { zh: zh!, en: en || message };
}
