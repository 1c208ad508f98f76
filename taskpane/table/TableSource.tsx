import { Button, Caption1, Select, Spinner } from "@fluentui/react-components";
import { sourceLabel } from "../../addin/tableSource";
import type { FieldId } from "../../policies/workbook/vocabulary";
import { ColumnMapping } from "../mapping/ColumnMapping";
import { Bilingual } from "../shared/Bilingual";
import { useText } from "../shared/language";
import { ErrorNotice } from "../shared/Notices";
import { useTableSourceStyles } from "./TableSource.styles";
import type { TableSourceState } from "./useTableSource";

/** Which sheet and range the job reads: a sheet, the selection or the region around it; our own sheets are not offered. */
export function TableSource({ table, needed }: { table: TableSourceState; needed: readonly FieldId[] }) {
  const styles = useTableSourceStyles();
  const t = useText();
  const { resolved, source } = table;
  const pickable = table.sheets.filter((s) => !s.product);
  const value = source.kind === "sheet" ? source.sheet : source.kind === "active" ? "" : "\u0000range";
  return (
    <section className={styles.root} aria-label={t({ zh: "读取的数据", en: "Table read" })}>
      <div className={styles.pick}>
        <Select
          className={styles.select}
          size="small"
          value={value}
          onChange={(_, d) => void table.pickSheet(d.value === "" ? null : d.value)}
          onFocus={() => void table.refreshSheets()}
          aria-label={t({ zh: "读取的工作表", en: "Sheet to read" })}
          data-testid="source-sheet"
        >
          <option value="">{t({ zh: "当前工作表", en: "Active sheet" })}</option>
          {source.kind === "range" && <option value={"\u0000range"}>{t({ zh: `选定区域 ${source.sheet}!${source.address}`, en: `Range ${source.sheet}!${source.address}` })}</option>}
          {pickable.map((s) => (
            <option key={s.name} value={s.name}>
              {s.name}
            </option>
          ))}
        </Select>
        <Button size="small" onClick={() => void table.pickSelection(false)} data-testid="source-selection">
          <Bilingual text={{ zh: "用选定区域", en: "Selection" }} />
        </Button>
        <Button size="small" onClick={() => void table.pickSelection(true)} data-testid="source-region">
          <Bilingual text={{ zh: "当前区域", en: "Current region" }} />
        </Button>
        {table.busy && <Spinner size="extra-tiny" />}
      </div>
      {resolved && (
        <Caption1 className={styles.where} data-testid="source-where">
          <Bilingual text={{ zh: "读取：", en: "Reads: " }} />
          <span className={styles.address}>{sourceLabel(resolved)}</span>
          {resolved.address && (
            <Bilingual text={{ zh: `（${resolved.rowCount} 行 × ${resolved.columnCount} 列）`, en: ` (${resolved.rowCount} rows × ${resolved.columnCount} columns)` }} />
          )}
        </Caption1>
      )}
      <ErrorNotice error={table.error} />
      <ColumnMapping mapping={table.mapping} needed={needed} />
    </section>
  );
}
