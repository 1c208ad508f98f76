import { Button, Caption1, Select } from "@fluentui/react-components";
import { FIELDS, type FieldId } from "../../policies/workbook/vocabulary";
import { Bilingual } from "../shared/Bilingual";
import { Disclosure } from "../shared/Disclosure";
import { useText } from "../shared/language";
import { ErrorNotice } from "../shared/Notices";
import { useColumnMappingStyles } from "./ColumnMapping.styles";
import type { ColumnMappingState } from "./useColumnMapping";

/**
 * The detected column mapping of the sheet a job reads: each recognised field with its header,
 * each needed field the sheet lacks; any of them can be set by hand (kept for this sheet only).
 */
export function ColumnMapping({ mapping, needed }: { mapping: ColumnMappingState; needed: readonly FieldId[] }) {
  const styles = useColumnMappingStyles();
  const t = useText();
  const detected = mapping.detected;
  if (!mapping.sheet || !detected) return null;
  const chosen = Object.keys(mapping.map) as FieldId[];
  const fields = FIELDS.map((f) => f.id).filter((id) => detected.columns[id] || needed.includes(id) || chosen.includes(id));
  const missing = fields.filter((f) => !detected.columns[f]).length;
  return (
    <Disclosure
      key={mapping.sheet}
      defaultOpen={missing > 0}
      headerTestId="mapping-header"
      header={
        <Bilingual
          text={{
            zh: `列映射（${mapping.sheet}）：识别 ${fields.length - missing} 列${missing ? `，缺 ${missing} 列` : ""}`,
            en: `Columns (${mapping.sheet}): ${fields.length - missing} recognised${missing ? `, ${missing} missing` : ""}`,
          }}
        />
      }
    >
      <section className={styles.root} aria-label={t({ zh: "列映射", en: "Column mapping" })} data-testid="column-mapping">
        {fields.map((field) => {
          const spec = FIELDS.find((f) => f.id === field)!;
          const column = detected.columns[field];
          return (
            <div key={field} className={styles.row} data-testid={`map-${field}`}>
              <span className={column ? (column.byHand ? styles.hand : undefined) : styles.missing}>
                <Bilingual text={spec.label} />
                {spec.unit ? `（${spec.unit}）` : ""}
              </span>
              <Select
                size="small"
                value={mapping.map[field] ?? column?.header ?? ""}
                onChange={(_, d) => void mapping.choose(field, d.value)}
                aria-label={t({ zh: `${spec.label.zh}所在的表头`, en: `header holding ${spec.label.en}` })}
              >
                <option value="">{t({ zh: "未指定", en: "not set" })}</option>
                {mapping.headers.map((h) => (
                  <option key={h} value={h}>
                    {h}
                  </option>
                ))}
              </Select>
            </div>
          );
        })}
        <ErrorNotice error={mapping.error} />
        {chosen.length > 0 && (
          <Button size="small" appearance="subtle" onClick={() => void mapping.reset()} data-testid="mapping-reset">
            <Bilingual text={{ zh: `清除本表的手工映射（${chosen.length}）`, en: `Clear this sheet's hand mapping (${chosen.length})` }} />
          </Button>
        )}
        <Caption1>
          <Bilingual text={{ zh: "手工映射只用于本工作表，并保存在工作簿中。", en: "A hand mapping applies to this sheet only and is saved in the workbook." }} />
        </Caption1>
      </section>
    </Disclosure>
  );
}
