// The pane's UI: React, Fluent UI and the four tabs. Loaded by index.tsx when the pane is shown.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { localToday } from "../policies/engine/dates";
import { App } from "./App";
import { LanguageProvider } from "./shared/language";

export function mountPane(container: HTMLElement, inExcel: boolean): void {
  createRoot(container).render(
    <FluentProvider theme={webLightTheme} lang="zh-CN">
      <LanguageProvider>
        <App asOf={localToday()} inExcel={inExcel} />
      </LanguageProvider>
    </FluentProvider>,
  );
}
