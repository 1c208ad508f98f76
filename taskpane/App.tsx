import { Button, Caption1, Spinner, Tab, TabList } from "@fluentui/react-components";
import { lazy, Suspense, useState, type ReactNode } from "react";
import type { IsoDate } from "../policies/engine/dates";
import { useAppStyles } from "./App.styles";
import { ProfileSwitcher } from "./profile/ProfileSwitcher";
import { Bilingual } from "./shared/Bilingual";
import { useLanguage, useText } from "./shared/language";
import { useTableSource } from "./table/useTableSource";

export interface AppProps {
  /** The evaluation date: today, on the analyst's calendar. */
  asOf: IsoDate;
  /** False when the pane runs outside Excel (a plain browser): choices are then kept in memory. */
  inExcel: boolean;
}

const HIDDEN = { display: "none" } as const;

type TabId = "profile" | "tiers" | "check" | "explain";

const TABS: { id: TabId; text: { zh: string; en: string } }[] = [
  { id: "profile", text: { zh: "配置", en: "Profile" } },
  { id: "tiers", text: { zh: "分档", en: "Tiers" } },
  { id: "check", text: { zh: "核查", en: "Check" } },
  { id: "explain", text: { zh: "解释", en: "Explain" } },
];

// The first tab (配置) ships with the pane; the other tabs' code is fetched the first time the tab is
// opened, each as a chunk of its own (webpack.config.cjs counts them), so showing the pane loads only what it shows.
const TierGenerator = lazy(() => import(/* webpackChunkName: "tab-tiers" */ "./jobs/TierGenerator.js").then((m) => ({ default: m.TierGenerator })));
const SheetChecker = lazy(() => import(/* webpackChunkName: "tab-check" */ "./jobs/SheetChecker.js").then((m) => ({ default: m.SheetChecker })));
const ExplainPanel = lazy(() => import(/* webpackChunkName: "tab-explain" */ "./explain/ExplainPanel.js").then((m) => ({ default: m.ExplainPanel })));

/** A lazily loaded tab's content, with a small spinner while its code arrives. */
function TabContent({ children }: { children: ReactNode }) {
  const t = useText();
  return <Suspense fallback={<Spinner size="tiny" label={t({ zh: "正在加载…", en: "Loading…" })} data-testid="tab-loading" />}>{children}</Suspense>;
}

/** The pane: four jobs behind one row of tabs (every one reachable at 350 px without scrolling). */
export function App({ asOf, inExcel }: AppProps) {
  const styles = useAppStyles();
  const t = useText();
  const { language, setLanguage } = useLanguage();
  const [tab, setTab] = useState<TabId>("profile");
  // Tabs opened so far: a tab's panel mounts on first open and then stays mounted.
  const [opened, setOpened] = useState<ReadonlySet<TabId>>(() => new Set(["profile"]));
  const open = (id: TabId) => {
    setTab(id);
    setOpened((was) => (was.has(id) ? was : new Set(was).add(id)));
  };
  // One table source and per-sheet mapping for both jobs: they read the same table.
  const table = useTableSource(inExcel);
  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <div className={styles.titleLine}>
          <h1 className={styles.title}>
            <Bilingual text={{ zh: "产业用地政策规则", en: "landrules" }} />
          </h1>
          <Button
            size="small"
            appearance="subtle"
            aria-pressed={language === "en"}
            className={language === "en" ? styles.languagePressed : undefined}
            onClick={() => setLanguage(language === "en" ? "zh" : "en")}
            aria-label={language === "en" ? "切换到中文" : "Switch to English"}
            data-testid="language-toggle"
          >
            {language === "en" ? "中文" : "English"}
          </Button>
        </div>
        {!inExcel && (
          <Caption1 className={styles.standalone} data-testid="standalone">
            <Bilingual text={{ zh: "未连接 Excel：选择仅保存在本页面", en: "Not in Excel: choices are kept in this page only" }} />
          </Caption1>
        )}
        <TabList className={styles.tabs} size="small" selectedValue={tab} onTabSelect={(_, d) => open(d.value as TabId)} aria-label={t({ zh: "任务", en: "Jobs" })}>
          {TABS.map((x) => (
            <Tab key={x.id} value={x.id} data-testid={`tab-${x.id}`}>
              {t(x.text)}
            </Tab>
          ))}
        </TabList>
      </header>
      {/* Every panel opened stays mounted (a running job, its result and the findings survive a tab switch); only one shows. */}
      <div className={styles.panel} role="tabpanel" hidden={tab !== "profile"} style={tab === "profile" ? undefined : HIDDEN} data-testid="panel-profile">
        <ProfileSwitcher asOf={asOf} />
      </div>
      <div className={styles.panel} role="tabpanel" hidden={tab !== "tiers"} style={tab === "tiers" ? undefined : HIDDEN} data-testid="panel-tiers">
        {opened.has("tiers") && (
          <TabContent>
            <TierGenerator asOf={asOf} table={table} />
          </TabContent>
        )}
      </div>
      <div className={styles.panel} role="tabpanel" hidden={tab !== "check"} style={tab === "check" ? undefined : HIDDEN} data-testid="panel-check">
        {opened.has("check") && (
          <TabContent>
            <SheetChecker asOf={asOf} table={table} />
          </TabContent>
        )}
      </div>
      <div className={styles.panel} role="tabpanel" hidden={tab !== "explain"} style={tab === "explain" ? undefined : HIDDEN} data-testid="panel-explain">
        {opened.has("explain") && (
          <TabContent>
            <ExplainPanel active={tab === "explain"} />
          </TabContent>
        )}
      </div>
    </main>
  );
}
