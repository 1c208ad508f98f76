import { makeStyles, tokens } from "@fluentui/react-components";

export const useSheetCheckerStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  actions: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  notRun: { color: tokens.colorNeutralForeground3 },
});

export const useFindingsStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  filter: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  // The count keeps its line; the rule filter takes the rest, its long titles cut by the select itself.
  count: { flexShrink: 0, whiteSpace: "nowrap" },
  ruleFilter: { flexGrow: 1, minWidth: 0 },
  scroller: {
    height: "260px",
    overflowY: "auto",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  item: {
    position: "absolute",
    left: 0,
    width: "100%",
    boxSizing: "border-box",
    display: "flex",
    flexDirection: "column",
    gap: "1px",
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    textAlign: "left",
    cursor: "pointer",
    fontSize: tokens.fontSizeBase200,
    backgroundColor: "transparent",
    borderTop: "none",
    borderLeft: "none",
    borderRight: "none",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  line: { display: "flex", gap: tokens.spacingHorizontalXS, alignItems: "baseline", overflow: "hidden", whiteSpace: "nowrap" },
  // What may not fit a line ends in an ellipsis (the whole text is the row's tooltip).
  rest: { minWidth: 0, overflow: "hidden", textOverflow: "ellipsis" },
  single: { display: "block", overflow: "hidden", whiteSpace: "nowrap", textOverflow: "ellipsis" },
  where: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground2 },
  quiet: { color: tokens.colorNeutralForeground3, overflow: "hidden", textOverflow: "ellipsis" },
  violation: { color: tokens.colorPaletteRedForeground1 },
  notice: { color: tokens.colorPaletteBlueForeground2 },
});
