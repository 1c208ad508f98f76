import { mergeClasses } from "@fluentui/react-components";
import { ChevronRightRegular } from "@fluentui/react-icons";
import { useId, useState, type ReactNode } from "react";
import { useDisclosureStyles } from "./Disclosure.styles";

/**
 * A header that shows or hides what is under it (the WAI-ARIA disclosure pattern: a button with
 * aria-expanded). The pane's collapsed lists (a profile's rules, the column mapping) need no more
 * than this of Fluent's Accordion, whose motion and item context are 6 KB of script.
 */
export function Disclosure({
  header,
  defaultOpen = false,
  children,
  "data-testid": testId,
  headerTestId,
}: {
  header: ReactNode;
  defaultOpen?: boolean;
  children: ReactNode;
  "data-testid"?: string;
  headerTestId?: string;
}) {
  const styles = useDisclosureStyles();
  const [open, setOpen] = useState(defaultOpen);
  const panelId = useId();
  return (
    <div data-testid={testId}>
      <button type="button" className={mergeClasses(styles.header, styles.focus)} aria-expanded={open} aria-controls={panelId} onClick={() => setOpen((o) => !o)} data-testid={headerTestId}>
        <span className={mergeClasses(styles.icon, open && styles.open)} aria-hidden>
          <ChevronRightRegular />
        </span>
        {header}
      </button>
      {open && (
        <div id={panelId} className={styles.panel}>
          {children}
        </div>
      )}
    </div>
  );
}
