/**
 * The workbook port over Office.js (Excel 2021+, Microsoft 365, Excel on the web). Each action is
 * one Excel.run with a fixed number of round trips, whatever the number of rows:
 *   listSheets, activeSheetName, sheetExists, readSettings, writeSettings: 1 sync;
 *   readSheet: 2 syncs up to 10,000 rows × 20 columns (formula in readSheet.ts);
 *   applyHighlights / clearHighlights: at most 3 (highlights.ts);
 *   writeSummarySheet: 3 (summarySheet.ts).
 */
import type { Lang } from '../../core/types';
import type { StoredSettings } from '../../core/settings';
import type { SheetInfo, WorkbookPort } from '../workbook';
import { officeCapabilities } from './capabilities';
import type { OfficeCapabilities } from './capabilities';
import { applyHighlightsIn, clearHighlightsIn } from './highlights';
import { readSheetIn } from './readSheet';
import { excelRun } from './runner';
import type { ExcelRunner } from './runner';
import { writeSummarySheetWith } from './summarySheet';

/** Key of phuluc's settings in the workbook's settings (ExcelApi 1.4); the value is a JSON string. */
export const SETTINGS_KEY = 'phuluc.settings';

export interface OfficeWorkbookOptions {
  /** Detected at each action when not given — after Office.onReady, whenever the port was made (tests pass their own). */
  capabilities?: OfficeCapabilities;
  /** Language of the few words the summary layout adds (legend title, chart column). */
  lang?: Lang;
}

export function createOfficeWorkbook(run: ExcelRunner = excelRun, options: OfficeWorkbookOptions = {}): WorkbookPort {
  const caps = (): OfficeCapabilities => options.capabilities ?? officeCapabilities();
  const lang = options.lang ?? 'vi';

  return {
    listSheets: () =>
      run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load('items/name,items/visibility');
        await context.sync();
        return sheets.items.map((sheet): SheetInfo => ({ name: sheet.name, visible: sheet.visibility === 'Visible' }));
      }),

    activeSheetName: () =>
      run(async (context) => {
        const sheet = context.workbook.worksheets.getActiveWorksheet();
        sheet.load('name');
        await context.sync();
        return sheet.name ?? null;
      }),

    // Without ExcelApi 1.13 merges come back empty: the reading works, vertical merges count for their first row only.
    readSheet: (name) => run((context) => readSheetIn(context, name, caps().mergedAreas)),

    applyHighlights: (sheet, rules) => run((context) => applyHighlightsIn(context, sheet, rules)),

    clearHighlights: (sheet) => run((context) => clearHighlightsIn(context, sheet)),

    sheetExists: (name) =>
      run(async (context) => {
        const sheet = context.workbook.worksheets.getItemOrNullObject(name);
        await context.sync();
        return !sheet.isNullObject;
      }),

    writeSummarySheet: (model) => writeSummarySheetWith(run, caps(), model, lang),

    readSettings: () =>
      run(async (context) => {
        const setting = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
        setting.load('value');
        await context.sync();
        if (setting.isNullObject) return null;
        return parseStoredValue(setting.value);
      }),

    writeSettings: (settings: StoredSettings) =>
      run(async (context) => {
        // add() replaces an existing value of the same key.
        context.workbook.settings.add(SETTINGS_KEY, JSON.stringify(settings));
        await context.sync();
      }),
  };
}

/** The stored JSON string as data; an unreadable value counts as none (core/settings falls back to defaults). */
function parseStoredValue(value: unknown): unknown | null {
  if (typeof value !== 'string') return value ?? null;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return null;
  }
}
