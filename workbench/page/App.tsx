// The workbench page: a toolbar (example, open, download), the name box and formula bar, the
// grid, the sheet tabs, and the real task pane in a 350 px frame beside them, as Excel docks it.
import { useCallback, useEffect, useRef, useState, useSyncExternalStore, type ChangeEvent, type KeyboardEvent } from "react";
import { parseAddress, rectAddress, type Rect } from "../excel/address";
import type { WorkbenchWorkbook } from "../model/workbook";
import { Grid } from "./Grid";

/** Excel's default task pane width. */
export const PANE_WIDTH_PX = 350;

export interface WorkbenchProps {
  book: WorkbenchWorkbook;
  /** The file shown: an example's name or the analyst's file. */
  fileName: string;
  examples: readonly string[];
  /** The number of custom functions the functions bundle associated in the pane, once it has. */
  associated: number | null;
  onOpenExample: (name: string) => void;
  onOpenFile: (file: File) => void;
  onDownload: () => void;
}

export function Workbench({ book, fileName, examples, associated, onOpenExample, onOpenFile, onDownload }: WorkbenchProps) {
  const version = useSyncExternalStore(
    useCallback((l: () => void) => book.subscribe(l), [book]),
    () => book.version(),
  );
  const sheetId = book.activeSheetId();
  const selection = book.selection();
  const sheets = book.sheets();
  const sheetName = book.sheet(sheetId)?.name ?? "";
  const at = selection.sheetId === sheetId ? selection.rect : { row: 0, column: 0, height: 1, width: 1 };
  const input = book.input(sheetId, at.row, at.column);
  const shown = book.shown(sheetId, at.row, at.column);
  const [draft, setDraft] = useState<string | null>(null);
  const [nameBox, setNameBox] = useState<string | null>(null);
  const formulaBar = useRef<HTMLInputElement>(null);
  const gridFocus = useRef<HTMLDivElement>(null);

  // A new selection shows its own content, not the last draft.
  useEffect(() => setDraft(null), [sheetId, at.row, at.column]);

  const select = (rect: Rect) => book.select(sheetId, rect);
  const move = (rows: number, columns: number) =>
    select({ row: Math.max(0, at.row + rows), column: Math.max(0, at.column + columns), height: 1, width: 1 });

  const commit = (rows: number, columns: number) => {
    if (draft !== null) book.type(sheetId, at.row, at.column, draft);
    setDraft(null);
    move(rows, columns);
  };

  const goTo = (text: string) => {
    const parsed = parseAddress(text);
    setNameBox(null);
    if (!parsed) return;
    const target = parsed.sheet !== undefined ? book.sheet(parsed.sheet) : book.sheet(sheetId);
    if (target) book.select(target.id, parsed.rect);
  };

  const onFormulaKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "Enter") {
      e.preventDefault();
      commit(1, 0);
      gridFocus.current?.focus();
    } else if (e.key === "Tab") {
      e.preventDefault();
      commit(0, 1);
      gridFocus.current?.focus();
    } else if (e.key === "Escape") {
      setDraft(null);
      gridFocus.current?.focus();
    }
  };

  // Keys on the grid: arrows move, Delete clears, typing starts an entry in the formula bar.
  const onGridKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const arrows: Record<string, [number, number]> = { ArrowDown: [1, 0], ArrowUp: [-1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1], Enter: [1, 0], Tab: [0, 1] };
    const step = arrows[e.key];
    if (step) {
      e.preventDefault();
      move(...step);
    } else if (e.key === "Delete" || e.key === "Backspace") {
      e.preventDefault();
      book.batch(() => book.clear(sheetId, at, "Contents"));
    } else if (e.key === "F2") {
      e.preventDefault();
      setDraft(input);
      formulaBar.current?.focus();
    } else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      setDraft(e.key);
      formulaBar.current?.focus();
    }
  };

  const onFile = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (file) onOpenFile(file);
    e.target.value = "";
  };

  return (
    <div className="wb-root" data-version={version}>
      <div className="wb-main">
        <div className="wb-toolbar">
          <strong>landrules 工作台 · workbench</strong>
          <span className="wb-badge" title="Excel 替身：见 workbench/README.md / an Excel stand-in: see workbench/README.md">
            Excel 替身 · stand-in
          </span>
          <label>
            示例 · Example{" "}
            <select data-testid="example" value={examples.includes(fileName) ? fileName : ""} onChange={(e) => e.target.value && onOpenExample(e.target.value)}>
              {!examples.includes(fileName) && <option value="">{fileName}</option>}
              {examples.map((x) => (
                <option key={x} value={x}>
                  {x}
                </option>
              ))}
            </select>
          </label>
          <label className="wb-button">
            打开 .xlsx · Open
            <input data-testid="open-file" type="file" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onChange={onFile} hidden />
          </label>
          <button type="button" className="wb-button" data-testid="download" onClick={onDownload}>
            下载 · Download
          </button>
          <span className="wb-file" data-testid="file-name">
            {fileName}
          </span>
          {associated !== null && (
            <span className="wb-file" data-testid="associated" title="任务窗格页的自定义函数包已注册的函数 / functions the pane page's custom-functions bundle associated">
              LAND 函数 · functions {associated}
            </span>
          )}
        </div>
        <div className="wb-formula-row">
          <input
            className="wb-name-box"
            data-testid="name-box"
            aria-label="名称框 · Name box"
            value={nameBox ?? rectAddress(at)}
            onChange={(e) => setNameBox(e.target.value)}
            onFocus={(e) => e.target.select()}
            onKeyDown={(e) => {
              if (e.key === "Enter") {
                e.preventDefault();
                goTo(e.currentTarget.value);
                gridFocus.current?.focus();
              } else if (e.key === "Escape") setNameBox(null);
            }}
            onBlur={() => setNameBox(null)}
          />
          <span className="wb-fx">fx</span>
          <input
            ref={formulaBar}
            className="wb-formula-bar"
            data-testid="formula-bar"
            aria-label="编辑栏 · Formula bar"
            value={draft ?? input}
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={onFormulaKey}
          />
        </div>
        <div className="wb-status" data-testid="cell-error" hidden={!shown.error}>
          {shown.error && (
            <>
              <strong>{shown.error.code}</strong> {shown.error.message}
            </>
          )}
        </div>
        <div className="wb-grid-wrap" ref={gridFocus} tabIndex={-1} onKeyDown={onGridKey}>
          <Grid book={book} sheetId={sheetId} version={version} selection={at} onSelect={select} />
        </div>
        <div className="wb-tabs" role="tablist">
          {sheets.map((s) => (
            <button
              key={s.id}
              type="button"
              role="tab"
              data-testid="sheet-tab"
              aria-selected={s.id === sheetId}
              className={s.id === sheetId ? "wb-tab wb-tab-active" : "wb-tab"}
              onClick={() => book.activateSheet(s.id)}
            >
              {s.name}
            </button>
          ))}
          <span className="wb-sheet-name" hidden>
            {sheetName}
          </span>
        </div>
      </div>
      <iframe className="wb-pane" data-testid="pane" title="任务窗格 · Task pane" src="pane/taskpane.html" style={{ width: PANE_WIDTH_PX }} />
    </div>
  );
}
