import { Caption1, Title3 } from "@fluentui/react-components";
import type { IsoDate } from "../policies/engine/dates";
import { useAppStyles } from "./App.styles";
import { SheetChecker } from "./jobs/SheetChecker";
import { TierGenerator } from "./jobs/TierGenerator";
import { ColumnMapping } from "./mapping/ColumnMapping";
import { useColumnMapping } from "./mapping/useColumnMapping";
import { ProfileSwitcher } from "./profile/ProfileSwitcher";
import { Bilingual } from "./shared/Bilingual";

export interface AppProps {
  /** The evaluation date: today, on the analyst's calendar. */
  asOf: IsoDate;
  /** False when the pane runs outside Excel (a plain browser): choices are then kept in memory. */
  inExcel: boolean;
}

export function App({ asOf, inExcel }: AppProps) {
  const styles = useAppStyles();
  // One hand-made column mapping for both jobs: they read the same sheet.
  const mapping = useColumnMapping();
  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <Title3 as="h1" block>
          <Bilingual text={{ zh: "产业用地政策规则", en: "landrules" }} />
        </Title3>
        {!inExcel && (
          <Caption1 className={styles.standalone} data-testid="standalone">
            <Bilingual text={{ zh: "未连接 Excel：选择仅保存在本页面", en: "Not in Excel: choices are kept in this page only" }} />
          </Caption1>
        )}
      </header>
      <ProfileSwitcher asOf={asOf} />
      <TierGenerator asOf={asOf} mapping={mapping} />
      <SheetChecker asOf={asOf} mapping={mapping} />
      <ColumnMapping mapping={mapping} />
    </main>
  );
}
