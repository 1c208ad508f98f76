import { makeStyles, tokens } from "@fluentui/react-components";

export const useColumnMappingStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  row: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1.2fr)", alignItems: "center", columnGap: tokens.spacingHorizontalS, fontSize: tokens.fontSizeBase200 },
  missing: { color: tokens.colorPaletteRedForeground1 },
  hand: { color: tokens.colorBrandForeground1 },
});
