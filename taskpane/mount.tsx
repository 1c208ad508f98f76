// The pane's UI: React, Fluent UI and the four tabs. Loaded by index.tsx when the pane is shown.
import { FluentProvider } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { localToday } from "../policies/engine/dates";
import { App } from "./App";
import { LanguageProvider } from "./shared/language";

/**
 * The theme is webLightTheme, applied by the page's stylesheet fluent-theme.css (CSS variables on
 * :root, written by the build): the provider gets no tokens of its own to write, and the theme's
 * palettes stay out of the script.
 */
const THEME_FROM_STYLESHEET = {};

export function mountPane(container: HTMLElement, inExcel: boolean): void {
  createRoot(container).render(
    <FluentProvider theme={THEME_FROM_STYLESHEET} lang="zh-CN">
      <LanguageProvider>
        <App asOf={localToday()} inExcel={inExcel} />
      </LanguageProvider>
    </FluentProvider>,
  );
}
