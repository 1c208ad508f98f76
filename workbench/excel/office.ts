// The Office.js stand-in the workbench puts on the task pane's page instead of office.js: the
// globals Office, Excel, CustomFunctions and OfficeExtension, as far as addin/, taskpane/ and
// functions/ use them, over the workbench workbook in the parent page. Never shipped to Excel.
import { StandInError } from "./client";
import type { WorkbookHost } from "./host";
import { standInRun } from "./workbook";

/** The ExcelApi requirement sets the stand-in answers yes to (what addin/ and taskpane/ ask for). */
export const EXCEL_API_VERSION = "1.17";

function versionAtMost(version: string, max: string): boolean {
  const [a1 = 0, a2 = 0] = version.split(".").map(Number);
  const [b1 = 0, b2 = 0] = max.split(".").map(Number);
  return a1 < b1 || (a1 === b1 && a2 <= b2);
}

type AsyncCallback = (result: Office.AsyncResult<void>) => void;

/** Office.context.document.settings: a copy taken when the page opens; saveAsync stores it in the workbook. */
export class StandInSettings implements Pick<Office.Settings, "get" | "set" | "remove" | "saveAsync" | "refreshAsync"> {
  private values: Map<string, unknown>;
  constructor(private readonly host: WorkbookHost) {
    this.values = host.settings();
  }
  get(name: string): unknown {
    return this.values.has(name) ? structuredClone(this.values.get(name)) : null;
  }
  set(name: string, value: unknown): void {
    // Settings are stored as JSON, as Office does.
    this.values.set(name, JSON.parse(JSON.stringify(value ?? null)));
  }
  remove(name: string): void {
    this.values.delete(name);
  }
  saveAsync(...args: unknown[]): void {
    const callback = args.find((a): a is AsyncCallback => typeof a === "function");
    this.host.saveSettings(new Map(this.values)).then(
      () => callback?.(asyncResult("succeeded")),
      (e: unknown) => callback?.(asyncResult("failed", e instanceof Error ? e.message : String(e))),
    );
  }
  refreshAsync(...args: unknown[]): void {
    const callback = args.find((a): a is (r: Office.AsyncResult<Office.Settings>) => void => typeof a === "function");
    this.values = this.host.settings();
    setTimeout(() => callback?.({ status: "succeeded", value: this, asyncContext: undefined } as unknown as Office.AsyncResult<Office.Settings>), 0);
  }
}

function asyncResult(status: "succeeded" | "failed", message?: string): Office.AsyncResult<void> {
  return {
    status,
    value: undefined,
    asyncContext: undefined,
    ...(status === "failed" ? { error: { code: 5001, name: "Internal Error", message: message ?? "" } } : {}),
  } as unknown as Office.AsyncResult<void>;
}

/** CustomFunctions.Error as Excel's runtime has it: a code (#VALUE!, …) and an optional message. */
class StandInFunctionError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message ?? "");
    this.name = "CustomFunctions.Error";
  }
}

const ERROR_CODE = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
  busy: "#BUSY!",
  connect: "#CONNECT!",
  gettingData: "#GETTING_DATA",
};

export interface InstalledOffice {
  settings: StandInSettings;
  /** The functions the custom-functions bundle associated, by id. */
  associated: Map<string, (...args: unknown[]) => unknown>;
}

/** Puts Office, Excel, CustomFunctions and OfficeExtension on `target` (the pane's window). */
export function installOffice(host: WorkbookHost, target: Record<string, unknown> = globalThis as unknown as Record<string, unknown>): InstalledOffice {
  const settings = new StandInSettings(host);
  const associated = new Map<string, (...args: unknown[]) => unknown>();
  const ready = { host: "Excel", platform: "OfficeOnline" };
  const context = {
    host: "Excel",
    platform: "OfficeOnline",
    displayLanguage: "zh-CN",
    contentLanguage: "zh-CN",
    document: { settings, url: "workbench.xlsx", mode: "ReadWrite" },
    requirements: {
      isSetSupported: (name: string, version?: string) => (name === "ExcelApi" ? versionAtMost(version ?? "1.1", EXCEL_API_VERSION) : name === "CustomFunctionsRuntime" || name === "SharedRuntime"),
    },
  };
  target.Office = {
    onReady: (callback?: (info: typeof ready) => void) =>
      new Promise((resolve) =>
        setTimeout(() => {
          callback?.(ready);
          resolve(ready);
        }, 0),
      ),
    initialize: undefined,
    context,
    HostType: { Excel: "Excel", Word: "Word", PowerPoint: "PowerPoint", Outlook: "Outlook", OneNote: "OneNote", Project: "Project", Access: "Access" },
    PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac", iOS: "iOS", Android: "Android", Universal: "Universal" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    VisibilityMode: { hidden: "Hidden", taskpane: "Taskpane" },
    // The shared runtime's pane controls: the workbench's pane is always shown.
    addin: {
      onVisibilityModeChanged: (_handler: (args: { visibilityMode: string }) => void) => Promise.resolve(() => Promise.resolve()),
      showAsTaskpane: () => Promise.resolve(),
      hide: () => Promise.resolve(),
    },
  };
  target.Excel = {
    run: standInRun(host),
    CalculationType: { recalculate: "Recalculate", full: "Full", fullRebuild: "FullRebuild" },
    ClearApplyTo: { all: "All", formats: "Formats", contents: "Contents", hyperlinks: "Hyperlinks", removeHyperlinks: "RemoveHyperlinks", resetContents: "ResetContents" },
    RangeValueType: { unknown: "Unknown", empty: "Empty", string: "String", integer: "Integer", double: "Double", boolean: "Boolean", error: "Error", richValue: "RichValue" },
    ErrorCodes: Object.fromEntries(
      ["PropertyNotLoaded", "RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded", "InvalidArgument", "ItemNotFound", "ItemAlreadyExists", "InvalidOperation", "InvalidReference", "GeneralException"].map((c) => [
        c[0]!.toLowerCase() + c.slice(1),
        c,
      ]),
    ),
  };
  target.CustomFunctions = {
    associate: (idOrMap: string | Record<string, (...args: unknown[]) => unknown>, fn?: (...args: unknown[]) => unknown) => {
      if (typeof idOrMap === "string") associated.set(idOrMap.toUpperCase(), fn!);
      else for (const [id, f] of Object.entries(idOrMap)) associated.set(id.toUpperCase(), f);
    },
    Error: StandInFunctionError,
    ErrorCode: ERROR_CODE,
  };
  target.OfficeExtension = { Error: StandInError, ErrorCodes: (target.Excel as { ErrorCodes: unknown }).ErrorCodes };
  return { settings, associated };
}
