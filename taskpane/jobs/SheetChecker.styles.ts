import { makeStyles, tokens } from "@fluentui/react-components";

export const useSheetCheckerStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  actions: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  rules: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  notRun: { color: tokens.colorNeutralForeground3 },
});
