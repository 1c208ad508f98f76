import { makeStyles, tokens } from "@fluentui/react-components";

export const useAppStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalM,
    minHeight: "100vh",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground2,
  },
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  standalone: { color: tokens.colorNeutralForeground3 },
});
