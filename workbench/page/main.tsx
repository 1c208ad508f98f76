// The workbench page's entry: opens an example workbook (or ?example=NAME), offers it to the task
// pane frame as the workbook behind the Excel stand-in, and renders the grid beside the pane.
// Workbench only (HyperFormula, exceljs); never part of what ships to Excel.
import ExcelJS from "exceljs";
import { createRoot } from "react-dom/client";
import type { InstalledOffice } from "../excel/office";
import type { WorkbenchBridge } from "../excel/pane";
import type { WorkbenchWorkbook } from "../model/workbook";
import { readWorkbook, writeWorkbook } from "../model/xlsx";
import { Workbench } from "./App";

declare const WORKBENCH_EXAMPLES: string[];
const DEFAULT_EXAMPLE = "enterprises-zengcheng.xlsx";

const root = createRoot(document.getElementById("root")!);
let opened = 0;
let current: { book: WorkbenchWorkbook; fileName: string } | null = null;
let associated: number | null = null;

const bridge: WorkbenchBridge & { book: () => WorkbenchWorkbook | null } = {
  get host() {
    if (!current) throw new Error("the workbench has no workbook open yet");
    return current.book;
  },
  book: () => current?.book ?? null,
  paneConnected(office: InstalledOffice) {
    associated = office.associated.size;
    render();
  },
};
(window as unknown as { landrulesWorkbench: typeof bridge }).landrulesWorkbench = bridge;

function render(): void {
  if (!current) return;
  root.render(
    <Workbench
      key={opened}
      book={current.book}
      fileName={current.fileName}
      examples={WORKBENCH_EXAMPLES}
      associated={associated}
      onOpenExample={(name) => void openExample(name)}
      onOpenFile={(file) => void file.arrayBuffer().then((data) => open(data, file.name))}
      onDownload={() => void download()}
    />,
  );
}

async function open(data: ArrayBuffer, fileName: string): Promise<void> {
  try {
    const book = await readWorkbook(ExcelJS, data);
    current = { book, fileName };
    opened++;
    associated = null;
    render();
  } catch (e) {
    window.alert(`无法打开 ${fileName}：${e instanceof Error ? e.message : e}\ncould not open ${fileName}`);
  }
}

async function openExample(name: string): Promise<void> {
  const response = await fetch(`examples/${encodeURIComponent(name)}`);
  if (!response.ok) throw new Error(`examples/${name}: HTTP ${response.status}`);
  await open(await response.arrayBuffer(), name);
  const url = new URL(location.href);
  url.searchParams.set("example", name);
  history.replaceState(null, "", url);
}

async function download(): Promise<void> {
  if (!current) return;
  const data = await writeWorkbook(ExcelJS, current.book);
  const blob = new Blob([data], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
  const a = document.createElement("a");
  a.href = URL.createObjectURL(blob);
  a.download = current.fileName.replace(/\.xlsx$/i, "") + "-workbench.xlsx";
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

void openExample(new URLSearchParams(location.search).get("example") ?? DEFAULT_EXAMPLE);
