/**
 * What the buttons do, over any WorkbookPort: check a workbook, colour its rows, clear the colours,
 * write the summary, keep settings. Shared by the task pane (Excel and standalone page) and the
 * command line. Every function returns an Outcome — a value or a plain-words error — and never throws.
 */
import { analyseSheet, isPhulucSummary } from '../core/analyse';
import { buildHighlightRules, type HighlightKey } from '../core/highlight';
import { readSettings, type SettingsReading, type StoredSettings } from '../core/settings';
import { buildSummary, summarySheetModel } from '../core/summary';
import type { Period, Summary } from '../core/summary/types';
import type { AnalyseOptions, Analysis, Field, IsoDate, Lang, SheetGrid, UnitAliases } from '../core/types';
import { unitKey } from '../core/units';
import { WorkbookActionError } from '../port/errors';
import type { WorkbookPort } from '../port/workbook';
import { userError, type UserError } from './errors';

export type { UserError } from './errors';

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: UserError };

export interface CheckOptions {
  /** The sheet to read; default: the active sheet if it holds a table, else the first one that does. */
  sheet?: string;
  asOf: IsoDate;
  planYear?: number;
  dueSoonDays?: number;
  lang: Lang;
  unitAliases?: UnitAliases;
  columnOverrides?: Partial<Record<Field, number | null>>;
}

function fail<T>(error: UserError): Outcome<T> {
  return { ok: false, error };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** An adapter's own plain-words error when it has one, else the generic one with the detail. */
function writeError(error: unknown, lang: Lang): UserError {
  if (error instanceof WorkbookActionError) return { code: 'write_failed', message: error.messageIn(lang) };
  return userError('write_failed', lang, { detail: describe(error) });
}

function analyseOptions(opts: CheckOptions): AnalyseOptions {
  return {
    asOf: opts.asOf,
    planYear: opts.planYear,
    dueSoonDays: opts.dueSoonDays,
    lang: opts.lang,
    unitAliases: opts.unitAliases,
    columnOverrides: opts.columnOverrides,
  };
}

/** Read the workbook's Phụ lục sheet and analyse it. */
export async function checkWorkbook(port: WorkbookPort, opts: CheckOptions): Promise<Outcome<Analysis>> {
  try {
    const sheets = await port.listSheets();
    if (sheets.length === 0) return fail(userError('empty', opts.lang));
    if (opts.sheet !== undefined) {
      if (!sheets.some((s) => s.name === opts.sheet)) {
        return fail(userError('sheet_not_found', opts.lang, { sheet: opts.sheet, sheets: sheets.map((s) => s.name).join(', ') }));
      }
      const result = analyseSheet(await port.readSheet(opts.sheet), analyseOptions(opts));
      return result.ok ? { ok: true, value: result.analysis } : fail(userError('no_table_in_sheet', opts.lang, { sheet: opts.sheet }));
    }
    const active = await port.activeSheetName();
    const order = [...sheets].sort((a, b) => rank(a, active) - rank(b, active));
    let best: { analysis: Analysis; score: number } | null = null;
    for (const info of order) {
      const grid: SheetGrid = await port.readSheet(info.name);
      // phuluc's own summary sheets have task-like tables; they are never the plan.
      if (isPhulucSummary(grid)) continue;
      const result = analyseSheet(grid, analyseOptions(opts));
      if (!result.ok) continue;
      // The active sheet wins when it holds a table; otherwise the sheet with the most tasks.
      if (info.name === active && result.analysis.tasks.length > 0) return { ok: true, value: result.analysis };
      const score = result.analysis.tasks.length + (info.visible ? 0.5 : 0);
      if (!best || score > best.score) best = { analysis: result.analysis, score };
    }
    return best ? { ok: true, value: best.analysis } : fail(userError('no_table', opts.lang));
  } catch (error) {
    if (error instanceof WorkbookActionError) return fail({ code: 'read_failed', message: error.messageIn(opts.lang) });
    return fail(userError('read_failed', opts.lang, { detail: describe(error) }));
  }
}

function rank(sheet: { name: string; visible: boolean }, active: string | null): number {
  if (sheet.name === active) return 0;
  return sheet.visible ? 1 : 2;
}

export interface ColourResult {
  ruleCount: number;
  rowCount: number;
  byKey: Record<HighlightKey, number>;
}

/** Colour overdue, due-soon and unassigned rows (done rows optionally), replacing earlier colours. */
export async function colourRows(
  port: WorkbookPort,
  analysis: Analysis,
  opts: { fills?: Partial<Record<HighlightKey, string>>; includeDone?: boolean; lang?: Lang } = {},
): Promise<Outcome<ColourResult>> {
  const rules = buildHighlightRules(analysis.tasks, analysis, { fills: opts.fills, includeDone: opts.includeDone });
  const byKey: Record<HighlightKey, number> = { overdue: 0, due_soon: 0, unassigned: 0, done: 0 };
  let rowCount = 0;
  for (const rule of rules) {
    byKey[rule.key] += rule.rows.length;
    rowCount += rule.rows.length;
  }
  try {
    await port.applyHighlights(analysis.sheet, rules);
    return { ok: true, value: { ruleCount: rules.length, rowCount, byKey } };
  } catch (error) {
    return fail(writeError(error, opts.lang ?? 'vi'));
  }
}

/** Remove exactly the colours phuluc added; returns how many rules were removed. */
export async function clearColours(port: WorkbookPort, sheet: string, lang: Lang = 'vi'): Promise<Outcome<number>> {
  try {
    return { ok: true, value: await port.clearHighlights(sheet) };
  } catch (error) {
    return fail(writeError(error, lang));
  }
}

/** Build the periodic summary and write it to its own sheet (replacing one of the same name). */
export async function writeSummary(
  port: WorkbookPort,
  analysis: Analysis,
  period: Period,
  opts: { lang: Lang; fills?: Partial<Record<HighlightKey, string>>; unitAliases?: UnitAliases },
): Promise<Outcome<Summary>> {
  const summary = buildSummary(analysis, period, { unitAliases: opts.unitAliases, unitKey, lang: opts.lang });
  const model = { lang: opts.lang, ...summarySheetModel(summary, opts.lang, opts.fills) };
  if (model.name === analysis.sheet) return fail(userError('summary_name_clash', opts.lang, { sheet: model.name }));
  try {
    await port.writeSummarySheet(model);
    return { ok: true, value: summary };
  } catch (error) {
    return fail(writeError(error, opts.lang));
  }
}

/** Settings saved in the workbook (defaults when none, or when they are damaged). */
export async function loadSettings(port: WorkbookPort): Promise<SettingsReading> {
  try {
    return readSettings(await port.readSettings());
  } catch {
    return readSettings(null);
  }
}

export async function saveSettings(port: WorkbookPort, settings: StoredSettings, lang: Lang = 'vi'): Promise<Outcome<void>> {
  try {
    await port.writeSettings(settings);
    return { ok: true, value: undefined };
  } catch (error) {
    return fail(writeError(error, lang));
  }
}
