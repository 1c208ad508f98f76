import { Caption1, MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { Bilingual as Text } from "../../policies/schema";
import type { Readiness } from "./readiness";
import { Bilingual } from "./Bilingual";

/** A failed action's message, Chinese first; nothing when there is none. */
export function ErrorNotice({ error }: { error: Text | null }) {
  if (!error) return null;
  return (
    <MessageBar intent="error">
      <MessageBarBody>
        <Bilingual text={error} />
      </MessageBarBody>
    </MessageBar>
  );
}

/** Why a job's buttons are off (outside Excel, no profile, no such rule); nothing when it can run. */
export function NotReadyNotice({ readiness, testId }: { readiness: Readiness; testId: string }) {
  if (readiness.ready) return null;
  return (
    <Caption1 data-testid={testId}>
      <Bilingual text={readiness.why} />
    </Caption1>
  );
}
