import { Caption1, Subtitle2 } from "@fluentui/react-components";
import type { Bilingual as Text } from "../../policies/schema";
import { Bilingual } from "./Bilingual";

/** A job card's title and one-paragraph description of what it writes. */
export function JobHeading({ title, description }: { title: Text; description: Text }) {
  return (
    <>
      <Subtitle2 as="h2" block>
        <Bilingual text={title} />
      </Subtitle2>
      <Caption1 block>
        <Bilingual text={description} />
      </Caption1>
    </>
  );
}
