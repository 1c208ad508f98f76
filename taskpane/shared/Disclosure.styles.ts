import { createFocusOutlineStyle, makeStyles, tokens, typographyStyles } from "@fluentui/react-components";

/** A small Fluent AccordionHeader and AccordionPanel's look (react-accordion's styles), without the accordion's script. */
export const useDisclosureStyles = makeStyles({
  header: {
    boxSizing: "border-box",
    display: "flex",
    alignItems: "center",
    width: "100%",
    minHeight: "32px",
    margin: 0,
    // A header of two lines (a rule's title over its clause) gets a little air above and below.
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalMNudge}`,
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorTransparentBackground,
    color: tokens.colorNeutralForeground1,
    cursor: "pointer",
    textAlign: "start",
    ...typographyStyles.body1,
    fontSize: tokens.fontSizeBase200,
    fontFamily: "inherit",
  },
  focus: createFocusOutlineStyle(),
  icon: { display: "flex", alignItems: "center", paddingRight: tokens.spacingHorizontalS, fontSize: tokens.fontSizeBase500, transitionProperty: "transform", transitionDuration: tokens.durationFast },
  open: { transform: "rotate(90deg)" },
  panel: { margin: `0 ${tokens.spacingHorizontalM}` },
});
