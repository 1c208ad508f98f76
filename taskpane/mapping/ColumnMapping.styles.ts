import { makeStyles, tokens } from "@fluentui/react-components";

export const useColumnMappingStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "grid", gridTemplateColumns: "1fr 1fr", alignItems: "center", columnGap: tokens.spacingHorizontalS },
});
