/**
 * The pane's state and everything it does, in one hook so the components stay small and only
 * render. Every action goes through src/app/actions (which returns values, never throws); anything
 * unexpected still ends as a plain sentence in the message bar, never a stack trace.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  checkWorkbook,
  clearColours,
  colourRows,
  loadSettings,
  saveSettings as saveSettingsAction,
  writeSummary as writeSummaryAction,
  type Outcome,
} from '../app/actions';
import { userError } from '../app/errors';
import { DEFAULT_SETTINGS, fillsOf, type SettingsReading, type StoredSettings } from '../core/settings';
import type { Period, Summary } from '../core/summary/types';
import type { Analysis, Field, IsoDate, Lang } from '../core/types';
import type { WorkbookPort } from '../port/workbook';
import { todayIso } from './dateText';
import { annotatedFileName, offerDownload } from './fileIO';
import { withoutStack } from './plainMessage';
import type { Host } from './host';
import { stringsFor, type Strings } from './strings';

/** A port the standalone page can save back to a file. */
export interface FilePort extends WorkbookPort {
  toBuffer(): Promise<Uint8Array>;
}

export type Intent = 'error' | 'warning' | 'success' | 'info';
export interface PaneMessage {
  intent: Intent;
  text: string;
}

export type ColumnOverrides = Partial<Record<Field, number | null>>;
export type ColourResult = { ruleCount: number; rowCount: number };

const LANG_KEY = 'phuluc.lang';

function storedLang(): Lang | null {
  try {
    const value = window.localStorage.getItem(LANG_KEY);
    return value === 'vi' || value === 'en' ? value : null;
  } catch {
    return null; // storage can be blocked (private mode, Office webviews)
  }
}

function asOfFromSettings(settings: StoredSettings): IsoDate {
  return settings.asOfMode === 'fixed' && settings.asOf ? settings.asOf : todayIso();
}

export function usePane(host: Host, initialPort: WorkbookPort | null) {
  const [port, setPort] = useState<WorkbookPort | null>(initialPort);
  const [fileName, setFileName] = useState<string | null>(null);
  const [settings, setSettings] = useState<StoredSettings>(DEFAULT_SETTINGS);
  const [langChoice, setLangChoice] = useState<Lang | null>(() => (host.kind === 'standalone' ? storedLang() : null));
  const [asOf, setAsOf] = useState<IsoDate>(() => todayIso());
  const [planYear, setPlanYear] = useState<number | null>(null);
  const [columnOverrides, setColumnOverrides] = useState<ColumnOverrides>({});
  const [analysis, setAnalysis] = useState<Analysis | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<PaneMessage | null>(null);
  const [focusRow, setFocusRow] = useState<number | null>(null);
  /** After the first check, changing the date, year or columns checks again by itself. */
  const [autoCheck, setAutoCheck] = useState(false);
  /** Bumped whenever another workbook is opened, so the same parameters still check the new one. */
  const [portVersion, setPortVersion] = useState(0);

  const lang: Lang = langChoice ?? settings.lang ?? host.displayLanguage ?? 'vi';
  const t: Strings = stringsFor(lang);

  const busyToken = useRef<object | null>(null);
  const checkSeq = useRef(0);
  const lastCheckKey = useRef<string | null>(null);

  /** Run one action with a progress label; unexpected exceptions become a plain message. */
  const work = useCallback(
    async <T,>(label: string, job: () => Promise<T>): Promise<T | null> => {
      const token = {};
      busyToken.current = token;
      setBusy(label);
      try {
        return await job();
      } catch (error) {
        console.error('phuluc:', error);
        setMessage({ intent: 'error', text: t.unexpectedError });
        return null;
      } finally {
        if (busyToken.current === token) setBusy(null);
      }
    },
    [t],
  );

  /** Outcome → value, or a message in the bar and null. */
  const valueOf = useCallback(<T,>(outcome: Outcome<T>): T | null => {
    if (outcome.ok) return outcome.value;
    setMessage({ intent: 'error', text: withoutStack(outcome.error.message) });
    return null;
  }, []);

  const checkParams = { asOf, planYear, columnOverrides, dueSoonDays: settings.dueSoonDays, unitAliases: settings.unitAliases, lang };
  const checkKey = JSON.stringify({ ...checkParams, portVersion });

  const analysisRef = useRef<Analysis | null>(null);
  analysisRef.current = analysis;

  /**
   * Check the workbook. The button looks for the table afresh (the active sheet in Excel); automatic
   * re-checks after a change of date, year or column stay on the sheet already analysed, since the
   * column corrections belong to it.
   */
  const runCheck = useCallback(async (opts: { sameSheet?: boolean } = {}) => {
    if (!port) return;
    const previous = analysisRef.current;
    const seq = ++checkSeq.current;
    lastCheckKey.current = checkKey;
    setAutoCheck(true);
    const outcome = await work(t.busyChecking, () =>
      checkWorkbook(port, {
        sheet: opts.sameSheet ? previous?.sheet : undefined,
        asOf,
        planYear: planYear ?? undefined,
        dueSoonDays: settings.dueSoonDays,
        lang,
        unitAliases: settings.unitAliases,
        columnOverrides,
      }),
    );
    if (seq !== checkSeq.current || !outcome) return; // a newer check started meanwhile
    const value = valueOf(outcome);
    setAnalysis(value);
    if (value) setMessage((m) => (m?.intent === 'error' ? null : m));
    // Another sheet: the column corrections made for the previous one do not apply.
    if (value && previous && value.sheet !== previous.sheet && Object.keys(columnOverrides).length > 0) setColumnOverrides({});
  }, [port, checkKey, work, valueOf, t]);

  useEffect(() => {
    if (autoCheck && port && lastCheckKey.current !== checkKey) void runCheck({ sameSheet: true });
  }, [autoCheck, port, checkKey, runCheck]);

  /** Settings kept in the workbook decide the language, as-of date and plan year when it opens. */
  const applySettings = useCallback(
    (reading: SettingsReading) => {
      setSettings(reading.settings);
      setAsOf(asOfFromSettings(reading.settings));
      setPlanYear(reading.settings.planYear);
      const shown = langChoice ?? reading.settings.lang ?? host.displayLanguage ?? 'vi';
      if (reading.ignored.length > 0) {
        setMessage({ intent: 'warning', text: stringsFor(shown).settingsIgnored(reading.ignored.join(', ')) });
      }
    },
    [langChoice, host.displayLanguage],
  );

  // Excel: the workbook is there from the start.
  useEffect(() => {
    if (initialPort) void work(t.busyStarting, async () => applySettings(await loadSettings(initialPort)));
  }, []); // once, at start

  const openFile = useCallback(
    async (file: File) => {
      setMessage(null);
      await work(t.busyOpening, async () => {
        const bytes = new Uint8Array(await file.arrayBuffer());
        const { openXlsx } = await import(/* webpackChunkName: "exceljs-port" */ '../port/exceljs');
        const opened = await openXlsx(bytes);
        if (!opened.ok) {
          console.warn('phuluc: cannot open', file.name, opened.reason, opened.detail);
          const text =
            opened.reason === 'not_xlsx'
              ? t.notXlsx(file.name)
              : opened.reason === 'unreadable'
                ? t.fileUnreadable(file.name)
                : userError(opened.reason, lang).message;
          setMessage({ intent: 'error', text });
          return;
        }
        const workbook = opened.workbook;
        const reading = await loadSettings(workbook);
        // All at once, after the last await: the automatic check must see the new file and its settings together.
        setAnalysis(null);
        setColumnOverrides({});
        setFocusRow(null);
        applySettings(reading);
        setFileName(file.name);
        setPort(workbook);
        setPortVersion((v) => v + 1);
        setAutoCheck(true);
      });
    },
    [work, t, lang, applySettings],
  );

  const download = useCallback(async () => {
    if (!port || !fileName || !('toBuffer' in port)) return;
    const name = annotatedFileName(fileName);
    const done = await work(t.busyDownload, async () => {
      offerDownload(await (port as FilePort).toBuffer(), name);
      return true;
    });
    if (done) setMessage({ intent: 'success', text: t.downloaded(name) });
  }, [port, fileName, work, t]);

  const colour = useCallback(
    async (includeDone: boolean): Promise<ColourResult | null> => {
      if (!port || !analysis) return null;
      const outcome = await work(t.busyColouring, () =>
        colourRows(port, analysis, { fills: fillsOf(settings), includeDone }),
      );
      const value = outcome && valueOf(outcome);
      if (value) setMessage({ intent: 'success', text: t.coloured(value.rowCount) });
      return value ?? null;
    },
    [port, analysis, settings, work, valueOf, t],
  );

  const clear = useCallback(async () => {
    if (!port || !analysis) return;
    const outcome = await work(t.busyClearing, () => clearColours(port, analysis.sheet));
    const removed = outcome && valueOf(outcome);
    if (removed !== null && removed !== undefined) setMessage({ intent: 'success', text: t.cleared(removed) });
  }, [port, analysis, work, valueOf, t]);

  const sheetExists = useCallback(async (name: string) => (port ? port.sheetExists(name) : false), [port]);

  const writeSummary = useCallback(
    async (period: Period): Promise<Summary | null> => {
      if (!port || !analysis) return null;
      const outcome = await work(t.busySummary, () =>
        writeSummaryAction(port, analysis, period, { lang, fills: fillsOf(settings), unitAliases: settings.unitAliases }),
      );
      const summary = outcome && valueOf(outcome);
      if (summary) setMessage({ intent: 'success', text: t.summaryWritten(summary.period.sheetName) });
      return summary ?? null;
    },
    [port, analysis, lang, settings, work, valueOf, t],
  );

  const saveSettings = useCallback(
    async (next: StoredSettings): Promise<boolean> => {
      if (!port) return false;
      const outcome = await work(t.busySaving, () => saveSettingsAction(port, next));
      if (!outcome || !outcome.ok) {
        if (outcome) valueOf(outcome);
        return false;
      }
      setSettings(next);
      setPlanYear(next.planYear);
      if (next.asOfMode === 'fixed' && next.asOf) setAsOf(next.asOf);
      setMessage({ intent: 'success', text: stringsFor(langChoice ?? next.lang ?? host.displayLanguage ?? 'vi').settingsSaved });
      return true;
    },
    [port, work, valueOf, t, langChoice, host.displayLanguage],
  );

  const chooseLang = useCallback(
    (next: Lang) => {
      setLangChoice(next);
      if (host.kind === 'standalone') {
        try {
          window.localStorage.setItem(LANG_KEY, next);
        } catch {
          /* not kept: fine */
        }
      }
    },
    [host.kind],
  );

  /** Go to a finding's or task's cell: in Excel select it, on the page show the task row. */
  const goTo = useCallback(
    async (row: number | null, column: string | null) => {
      if (row === null || !analysis) return;
      const letter = column ?? 'A';
      const selected = await host.selectCell(analysis.sheet, `${letter}${row}`);
      if (!selected) setFocusRow(row);
    },
    [host, analysis],
  );

  const setColumnOverride = useCallback((field: Field, column: number | null) => {
    setColumnOverrides((current) => ({ ...current, [field]: column }));
  }, []);

  return useMemo(
    () => ({
      host, port, fileName, settings, lang, t, asOf, planYear, columnOverrides, analysis, busy, message, focusRow,
      setAsOf, setPlanYear, setColumnOverride, resetColumns: () => setColumnOverrides({}), setMessage, setFocusRow,
      setAnalysis, chooseLang, runCheck, openFile, download, colour, clear, sheetExists, writeSummary, saveSettings,
      goTo, work, valueOf,
    }),
    [host, port, fileName, settings, lang, t, asOf, planYear, columnOverrides, analysis, busy, message, focusRow,
      chooseLang, runCheck, openFile, download, colour, clear, sheetExists, writeSummary, saveSettings, goTo, work, valueOf],
  );
}

export type Pane = ReturnType<typeof usePane>;
