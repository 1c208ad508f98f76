import { Button, Caption1, Field, Select } from "@fluentui/react-components";
import { fieldSpec } from "../../policies/workbook/vocabulary";
import { Bilingual } from "../shared/Bilingual";
import { useColumnMappingStyles } from "./ColumnMapping.styles";
import type { ColumnMappingState } from "./useColumnMapping";

/** Lets the analyst say which header holds a field the product could not recognise. */
export function ColumnMapping({ mapping }: { mapping: ColumnMappingState }) {
  const styles = useColumnMappingStyles();
  const chosen = Object.keys(mapping.map);
  const fields = [...new Set([...mapping.missing, ...chosen])] as typeof mapping.missing;
  if (fields.length === 0) return null;
  return (
    <section className={styles.root} aria-label="列映射 / Column mapping" data-testid="column-mapping">
      <Caption1>
        <Bilingual text={{ zh: "列映射：指定下列字段所在的表头", en: "Column mapping: pick the header that holds each field" }} />
      </Caption1>
      {fields.map((field) => {
        const spec = fieldSpec(field);
        return (
          <Field key={field} className={styles.row} label={`${spec.label.zh} · ${spec.label.en}${spec.unit ? `（${spec.unit}）` : ""}`}>
            <Select value={mapping.map[field] ?? ""} onChange={(_, d) => mapping.choose(field, d.value)}>
              <option value="">未指定 · not set</option>
              {mapping.headers.map((h) => (
                <option key={h} value={h}>
                  {h}
                </option>
              ))}
            </Select>
          </Field>
        );
      })}
      {chosen.length > 0 && (
        <Button size="small" appearance="subtle" onClick={mapping.reset}>
          清除映射 · Clear mapping
        </Button>
      )}
    </section>
  );
}
