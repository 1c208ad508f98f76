import { makeStyles, tokens } from "@fluentui/react-components";

export const useProfileSwitcherStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  choices: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  choice: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  badge: { whiteSpace: "nowrap", flexShrink: 0 },
  document: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  facts: {
    display: "grid",
    gridTemplateColumns: "max-content 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground3, whiteSpace: "nowrap" },
  value: { margin: 0, overflowWrap: "anywhere" },
  note: { color: tokens.colorNeutralForeground3 },
});

export const useProfileRulesStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  rule: {
    display: "grid",
    gridTemplateColumns: "1fr max-content",
    columnGap: tokens.spacingHorizontalS,
    paddingBlock: tokens.spacingVerticalXXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  id: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground2 },
  counts: { display: "flex", gap: tokens.spacingHorizontalXXS, alignItems: "start" },
  included: { gridColumn: "1 / -1", color: tokens.colorNeutralForeground3 },
});
