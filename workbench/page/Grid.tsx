// The workbook grid: only the rows and columns in view are in the page (@tanstack/react-virtual),
// so a 100,000-row sheet scrolls as lightly as a 20-row one. Cells show what the workbook shows
// (number formats applied, fills, bold, error codes with their message on hover, a corner mark
// for a comment); clicking selects, dragging or shift-clicking selects a block.
import { useVirtualizer } from "@tanstack/react-virtual";
import { useEffect, useRef, type CSSProperties, type MouseEvent } from "react";
import { cellAddress, columnLetters, type Rect } from "../excel/address";
import type { WorkbenchWorkbook } from "../model/workbook";

export const ROW_PX = 22;
const HEADER_PX = 22;
const ROW_HEADER_PX = 52;
const pointsToPx = (points: number) => Math.max(4, Math.round((points * 4) / 3));

export interface GridProps {
  book: WorkbenchWorkbook;
  sheetId: string;
  /** Grows with each change of the workbook, so the grid repaints. */
  version: number;
  selection: Rect;
  onSelect: (rect: Rect) => void;
}

function rectOf(a: { row: number; column: number }, b: { row: number; column: number }): Rect {
  const row = Math.min(a.row, b.row);
  const column = Math.min(a.column, b.column);
  return { row, column, height: Math.abs(a.row - b.row) + 1, width: Math.abs(a.column - b.column) + 1 };
}

export function Grid({ book, sheetId, version, selection, onSelect }: GridProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const anchor = useRef<{ row: number; column: number } | null>(null);
  const dragging = useRef(false);
  const extent = book.extent(sheetId);
  // Frozen rows stay at the top while the rest scrolls under them (at most what fits comfortably).
  const frozen = Math.min(book.frozen(sheetId).rows, 40);
  const rows = Math.max(200, extent.rows + 50);
  const columns = Math.max(26, extent.columns + 6);

  // The headers take the first HEADER_PX / ROW_HEADER_PX: padding, so a cell scrolled to is not under them.
  const rowV = useVirtualizer({
    count: rows,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_PX,
    overscan: 8,
    paddingStart: HEADER_PX,
    scrollPaddingStart: HEADER_PX + frozen * ROW_PX,
  });
  const colV = useVirtualizer({
    horizontal: true,
    count: columns,
    paddingStart: ROW_HEADER_PX,
    scrollPaddingStart: ROW_HEADER_PX,
    getScrollElement: () => scroller.current,
    estimateSize: (i) => pointsToPx(book.columnWidth(sheetId, i)),
    overscan: 3,
  });

  // Column widths live in the workbook: measure again when it changes or another sheet shows.
  useEffect(() => colV.measure(), [version, sheetId, colV]);

  // Keep the selected cell in view when something else (the name box, the add-in) moves it.
  useEffect(() => {
    rowV.scrollToIndex(selection.row, { align: "auto" });
    colV.scrollToIndex(selection.column, { align: "auto" });
  }, [selection.row, selection.column, sheetId, rowV, colV]);

  useEffect(() => {
    const up = () => (dragging.current = false);
    window.addEventListener("mouseup", up);
    return () => window.removeEventListener("mouseup", up);
  }, []);

  const down = (e: MouseEvent, row: number, column: number) => {
    e.preventDefault();
    scroller.current?.focus();
    if (e.shiftKey && anchor.current) onSelect(rectOf(anchor.current, { row, column }));
    else {
      anchor.current = { row, column };
      onSelect({ row, column, height: 1, width: 1 });
    }
    dragging.current = true;
  };
  const enter = (row: number, column: number) => {
    if (dragging.current && anchor.current) onSelect(rectOf(anchor.current, { row, column }));
  };

  const scrollLeft = colV.scrollOffset ?? 0;
  const scrollTop = rowV.scrollOffset ?? 0;
  const inSelection = (r: number, c: number) => r >= selection.row && r < selection.row + selection.height && c >= selection.column && c < selection.column + selection.width;
  const filter = book.autoFilter(sheetId);

  const columnsInView = colV.getVirtualItems();
  // A frozen row sits just under the column headers wherever the sheet is scrolled.
  const frozenTop = (index: number) => scrollTop + HEADER_PX + index * ROW_PX;
  const rowsInView = [
    ...rowV.getVirtualItems().filter((vr) => vr.index >= frozen),
    ...Array.from({ length: frozen }, (_, index) => ({ index, start: frozenTop(index), size: ROW_PX, frozen: true })),
  ] as { index: number; start: number; size: number; frozen?: boolean }[];
  const cells = rowsInView.flatMap((vr) => {
    const row = columnsInView.map((vc) => book.shown(sheetId, vr.index, vc.index));
    return columnsInView.map((vc, j) => {
      const shown = row[j]!;
      const address = cellAddress(vr.index, vc.index);
      const selected = inSelection(vr.index, vc.index);
      // Text runs on over empty cells to its right, as in Excel (numbers and errors do not).
      let reach = vc.size;
      if (shown.kind === "String") for (let k = j + 1; k < row.length && row[k]!.kind === "Empty" && !row[k]!.format.fill; k++) reach += columnsInView[k]!.size;
      const style: CSSProperties = {
        top: vr.start,
        left: vc.start,
        width: vc.size,
        height: vr.size,
        background: shown.format.fill ?? (selected ? "#e8f0fe" : undefined),
        fontWeight: shown.format.bold ? 700 : undefined,
        fontStyle: shown.format.italic ? "italic" : undefined,
        color: shown.format.fontColor,
        textAlign: shown.kind === "Double" ? "right" : shown.kind === "Boolean" || shown.kind === "Error" ? "center" : "left",
        overflow: reach > vc.size ? "visible" : "hidden",
        outline: selected && selection.row === vr.index && selection.column === vc.index ? "2px solid #107c41" : undefined,
        zIndex: vr.frozen ? 2 : selected ? 1 : undefined,
        borderBottom: vr.frozen && vr.index === frozen - 1 ? "2px solid #8a8a8a" : undefined,
      };
      const title = shown.error ? `${shown.error.code} ${shown.error.message}` : shown.comment;
      const filterButton = filter && vr.index === filter.row && vc.index >= filter.column && vc.index < filter.column + filter.width;
      return (
        <div
          key={address}
          className="wb-cell"
          data-cell={address}
          data-error={shown.error ? shown.error.code : undefined}
          data-fill={shown.format.fill}
          data-comment={shown.comment !== undefined ? "yes" : undefined}
          data-filter={filterButton ? "yes" : undefined}
          title={title}
          style={style}
          onMouseDown={(e) => down(e, vr.index, vc.index)}
          onMouseEnter={() => enter(vr.index, vc.index)}
        >
          {reach > vc.size ? <span className="wb-run" style={{ width: reach - 6 }}>{shown.text}</span> : shown.text}
          {shown.comment !== undefined && <span className="wb-comment-mark" aria-hidden />}
        </div>
      );
    });
  });

  return (
    <div ref={scroller} className="wb-grid" data-testid="grid" tabIndex={0}>
      <div style={{ position: "relative", width: colV.getTotalSize(), height: rowV.getTotalSize() }}>
        {/* Under the frozen rows, hiding the rows scrolled beneath them (the frozen cells stay transparent, so text runs on). */}
        {frozen > 0 && <div className="wb-frozen-band" style={{ top: frozenTop(0), left: 0, width: colV.getTotalSize(), height: frozen * ROW_PX }} />}
        {cells}
        {colV.getVirtualItems().map((vc) => (
          <div
            key={`c${vc.index}`}
            className="wb-header"
            style={{ top: scrollTop, left: vc.start, width: vc.size, height: HEADER_PX, background: vc.index >= selection.column && vc.index < selection.column + selection.width ? "#d3e3d9" : undefined }}
          >
            {columnLetters(vc.index)}
          </div>
        ))}
        {rowsInView.map((vr) => (
          <div
            key={`r${vr.index}`}
            className="wb-header"
            style={{ top: vr.start, left: scrollLeft, width: ROW_HEADER_PX, height: vr.size, background: vr.index >= selection.row && vr.index < selection.row + selection.height ? "#d3e3d9" : undefined }}
          >
            {vr.index + 1}
          </div>
        ))}
        <div className="wb-header wb-corner" style={{ top: scrollTop, left: scrollLeft, width: ROW_HEADER_PX, height: HEADER_PX }} />
      </div>
    </div>
  );
}
