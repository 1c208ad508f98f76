// Task pane entry. In Excel it shares one runtime with the LAND custom functions (manifest.xml),
// so the profile chosen here is the one the functions read. Outside Office it runs standalone.
//
// Excel loads the shared-runtime page when a workbook that uses the functions opens, whether or
// not the pane is open: the page then needs only the functions and the engine. The pane's UI
// (React, Fluent UI, the tabs) is a chunk of its own, fetched when the pane is first shown.

/** Waits for Office.js when it is on the page; resolves with whether we are inside Excel. */
async function whenOfficeReady(): Promise<boolean> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return false;
  const ready = Office.onReady().then((info) => info.host === Office.HostType.Excel);
  const timeout = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 5000));
  return Promise.race([ready, timeout]);
}

/** Resolves once the pane is on screen: at once when it is, else on the first sign it was shown. */
function whenShown(): Promise<void> {
  if (document.visibilityState === "visible") return Promise.resolve();
  return new Promise((resolve) => {
    const shown = () => resolve();
    document.addEventListener("visibilitychange", () => document.visibilityState === "visible" && shown());
    try {
      void Office.addin?.onVisibilityModeChanged?.((args) => {
        if (args.visibilityMode === Office.VisibilityMode.taskpane) shown();
      });
    } catch {
      // no shared-runtime visibility events here: the page's own visibility is enough
    }
  });
}

async function start(): Promise<void> {
  const inExcel = await whenOfficeReady();
  await whenShown();
  const container = document.getElementById("root");
  if (!container) throw new Error("taskpane.html has no #root element");
  const { mountPane } = await import(/* webpackChunkName: "pane" */ "./mount.js");
  mountPane(container, inExcel);
}

void start();
