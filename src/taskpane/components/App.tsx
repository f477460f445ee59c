/**
 * The task pane: header with the language switch, the standalone file bar, progress and messages,
 * and four tabs. The same component runs inside Excel and on the standalone page; what differs
 * comes from the Host and the WorkbookPort it is given.
 */
import {
  FluentProvider,
  Select,
  Tab,
  TabList,
  Text,
  makeStyles,
  teamsHighContrastTheme,
  tokens,
  webDarkTheme,
  webLightTheme,
  type Theme,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { WorkbookPort } from '../../port/workbook';
import { browserTheme, type Host, type ThemeKind } from '../host';
import { PaneContext } from '../paneContext';
import { usePane } from '../usePane';
import { CheckPanel } from './CheckPanel';
import { ColourPanel } from './ColourPanel';
import { FileBar } from './FileBar';
import { SettingsPanel } from './SettingsPanel';
import { StatusArea } from './StatusArea';
import { SummaryPanel } from './SummaryPanel';

const THEMES: Record<ThemeKind, Theme> = { light: webLightTheme, dark: webDarkTheme, contrast: teamsHighContrastTheme };

type TabKey = 'check' | 'colour' | 'summary' | 'settings';

const useStyles = makeStyles({
  provider: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground1 },
  page: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    boxSizing: 'border-box',
  },
  wide: { maxWidth: '1100px', margin: '0 auto' },
  header: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', justifyContent: 'space-between', gap: tokens.spacingHorizontalM },
  titles: { display: 'flex', flexDirection: 'column' },
  lang: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  tabs: { flexWrap: 'wrap' },
});

/** Follow high contrast and dark mode when they change while the pane is open (standalone). */
function useThemeKind(host: Host): ThemeKind {
  const [kind, setKind] = useState<ThemeKind>(host.theme);
  useEffect(() => {
    if (host.kind !== 'standalone' || !window.matchMedia) return;
    const queries = ['(forced-colors: active)', '(prefers-color-scheme: dark)'].map((q) => window.matchMedia(q));
    const update = () => setKind(browserTheme());
    queries.forEach((q) => q.addEventListener?.('change', update));
    return () => queries.forEach((q) => q.removeEventListener?.('change', update));
  }, [host.kind]);
  return kind;
}

export interface AppProps {
  host: Host;
  /** The live workbook in Excel; null on the standalone page until a file is opened. */
  port: WorkbookPort | null;
}

export function App({ host, port }: AppProps) {
  const pane = usePane(host, port);
  const { t, lang } = pane;
  const styles = useStyles();
  const themeKind = useThemeKind(host);
  const [tab, setTab] = useState<TabKey>('check');
  const standalone = host.kind === 'standalone';

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = `phuluc — ${t.appTitle}`;
  }, [lang, t]);

  return (
    <PaneContext.Provider value={pane}>
      {/* No className on the provider: Fluent copies it onto its popup portals, which must stay small. */}
      <FluentProvider theme={THEMES[themeKind]}>
        <div className={styles.provider}>
          <main className={`${styles.page} ${standalone ? styles.wide : ''}`}>
            <header className={styles.header}>
              <div className={styles.titles}>
                <Text as="h1" size={500} weight="semibold" style={{ margin: 0 }}>
                  {t.appTitle}
                </Text>
                <Text size={200}>{t.appSubtitle}</Text>
              </div>
              <div className={styles.lang}>
                <label htmlFor="phuluc-lang">
                  <Text size={200}>{t.languageLabel}</Text>
                </label>
                <Select id="phuluc-lang" size="small" value={lang} onChange={(_, d) => pane.chooseLang(d.value === 'en' ? 'en' : 'vi')}>
                  <option value="vi">{t.langVi}</option>
                  <option value="en">{t.langEn}</option>
                </Select>
              </div>
            </header>
            {standalone && <FileBar />}
            <StatusArea />
            <TabList
              className={styles.tabs}
              aria-label={t.tabsLabel}
              selectedValue={tab}
              onTabSelect={(_, d) => setTab(d.value as TabKey)}
            >
              <Tab value="check" id="tab-check">{t.tabCheck}</Tab>
              <Tab value="colour" id="tab-colour">{t.tabColour}</Tab>
              <Tab value="summary" id="tab-summary">{t.tabSummary}</Tab>
              <Tab value="settings" id="tab-settings">{t.tabSettings}</Tab>
            </TabList>
            <section role="tabpanel" aria-labelledby={`tab-${tab}`}>
              {tab === 'check' && <CheckPanel />}
              {tab === 'colour' && <ColourPanel />}
              {tab === 'summary' && <SummaryPanel />}
              {tab === 'settings' && <SettingsPanel />}
            </section>
          </main>
        </div>
      </FluentProvider>
    </PaneContext.Provider>
  );
}
