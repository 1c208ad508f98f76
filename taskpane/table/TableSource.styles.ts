import { makeStyles, tokens } from "@fluentui/react-components";

export const useTableSourceStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  pick: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalXS },
  select: { minWidth: "9em", flexGrow: 1 },
  where: { fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
  address: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold },
});
