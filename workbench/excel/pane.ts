// Loaded on the task pane's page in place of office.js (webpack.workbench.cjs emits it as
// office-js/office.js): finds the workbench page that framed this pane and puts the Office
// stand-in on this window, over that page's workbook. Opened on its own, it leaves Office
// undefined and the pane runs standalone, as in a plain browser.
import type { WorkbookHost } from "./host";
import { installOffice, type InstalledOffice } from "./office";

/** What the workbench page offers its pane (window.landrulesWorkbench). */
export interface WorkbenchBridge {
  host: WorkbookHost;
  /** Told once the pane's page has loaded, with the stand-in and the functions the custom-functions bundle associated. */
  paneConnected(office: InstalledOffice): void;
}

function bridge(): WorkbenchBridge | undefined {
  try {
    return window.parent !== window ? (window.parent as unknown as { landrulesWorkbench?: WorkbenchBridge }).landrulesWorkbench : undefined;
  } catch {
    return undefined;
  }
}

const found = bridge();
if (found) {
  const office = installOffice(found.host, window as unknown as Record<string, unknown>);
  // The functions bundle associates its functions as it runs; by "load" it has.
  window.addEventListener("load", () => found.paneConnected(office));
}
