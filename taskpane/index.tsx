// Task pane entry. In Excel it shares one runtime with the LAND custom functions (manifest.xml),
// so the profile chosen here is the one the functions read. Outside Office it runs standalone.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { localToday } from "../policies/engine/dates";
import { App } from "./App";
import { LanguageProvider } from "./shared/language";

/** Waits for Office.js when it is on the page; resolves with whether we are inside Excel. */
async function whenOfficeReady(): Promise<boolean> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return false;
  const ready = Office.onReady().then((info) => info.host === Office.HostType.Excel);
  const timeout = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 5000));
  return Promise.race([ready, timeout]);
}

async function start(): Promise<void> {
  const inExcel = await whenOfficeReady();
  const container = document.getElementById("root");
  if (!container) throw new Error("taskpane.html has no #root element");
  createRoot(container).render(
    <FluentProvider theme={webLightTheme} lang="zh-CN">
      <LanguageProvider>
        <App asOf={localToday()} inExcel={inExcel} />
      </LanguageProvider>
    </FluentProvider>,
  );
}

void start();
