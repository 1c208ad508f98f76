import { makeStyles, tokens } from "@fluentui/react-components";

/**
 * A static panel with a small filled Fluent Card's surface (react-card's styles; the Card
 * component itself, with its focus management, is more script than a static panel needs).
 */
export const usePanelStyles = makeStyles({
  surface: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    overflow: "hidden",
    position: "relative",
    boxSizing: "border-box",
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
    borderRadius: tokens.borderRadiusSmall,
  },
});
