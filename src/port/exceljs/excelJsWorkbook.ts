/**
 * The workbook port over exceljs: .xlsx files for the command line, the standalone page and tests.
 * Works on an in-memory copy; nothing reaches a file until the caller writes toBuffer() somewhere.
 */
import ExcelJS from 'exceljs';
import { isPhulucRuleFormula, type HighlightRule } from '../../core/highlight';
import type { StoredSettings } from '../../core/settings';
import type { SheetModel } from '../../core/summary/types';
import type { CellRange, CellValue, SheetGrid } from '../../core/types';
import { summarySheetNotOurs } from '../errors';
import type { SheetInfo, WorkbookPort } from '../workbook';
import { renderSummarySheet } from './summarySheet';

export type OpenFailure = 'not_xlsx' | 'legacy_xls' | 'unreadable' | 'empty';

export type OpenResult = { ok: true; workbook: ExcelJsWorkbook } | { ok: false; reason: OpenFailure; detail: string };

export interface ExcelJsWorkbook extends WorkbookPort {
  /** The .xlsx bytes of the workbook as it is now. */
  toBuffer(): Promise<Uint8Array>;
  /** The underlying exceljs workbook (tests, the command line's checks). */
  readonly raw: ExcelJS.Workbook;
}

/** Hidden sheet that carries phuluc's settings in a file (exceljs cannot write Office add-in settings). */
export const SETTINGS_SHEET = 'phuluc_settings';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** Open .xlsx bytes. Never throws: a file that is not a readable .xlsx gives a reason instead. */
export async function openXlsx(data: ArrayBuffer | Uint8Array): Promise<OpenResult> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (startsWith(bytes, OLE_MAGIC)) return { ok: false, reason: 'legacy_xls', detail: 'OLE2 (.xls) file' };
  if (!startsWith(bytes, ZIP_MAGIC)) return { ok: false, reason: 'not_xlsx', detail: 'not a zip container' };
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's typings want its own Buffer type; a Uint8Array is what it reads in node and the browser.
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (error) {
    return { ok: false, reason: 'unreadable', detail: error instanceof Error ? error.message : String(error) };
  }
  if (workbook.worksheets.filter((ws) => ws.name !== SETTINGS_SHEET).length === 0) {
    return { ok: false, reason: 'empty', detail: 'no worksheet' };
  }
  return { ok: true, workbook: wrap(workbook) };
}

/** Plain value of an exceljs cell value (rich text, formulas, hyperlinks, errors unwrapped). */
export function plainValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText)) return value.richText.map((r) => r.text).join('');
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as ExcelJS.CellFormulaValue).result;
      if (result === undefined || result === null) return null;
      if (typeof result === 'object' && !(result instanceof Date)) return 'error' in result ? String(result.error) : null;
      return result as CellValue;
    }
    if ('hyperlink' in value) return plainValue((value as ExcelJS.CellHyperlinkValue).text as ExcelJS.CellValue);
    if ('error' in value) return String((value as ExcelJS.CellErrorValue).error);
  }
  return null;
}

function mergesOf(ws: ExcelJS.Worksheet): CellRange[] {
  // _merges is exceljs's own index (master address → range); `model.merges` would rebuild every row.
  const index = (ws as unknown as { _merges?: Record<string, { model: CellRange }> })._merges ?? {};
  return Object.values(index).map((m) => ({ top: m.model.top, left: m.model.left, bottom: m.model.bottom, right: m.model.right }));
}

function readGrid(ws: ExcelJS.Worksheet): SheetGrid {
  const values: CellValue[][] = [];
  const numberFormats: (string | null)[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const rowValues: CellValue[] = [];
    const rowFormats: (string | null)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      // A merged area's value belongs to its top-left cell only, as in Excel.
      if (cell.type === ExcelJS.ValueType.Merge) return;
      rowValues[col - 1] = plainValue(cell.value);
      rowFormats[col - 1] = cell.numFmt ?? null;
    });
    for (let c = 0; c < rowValues.length; c++) {
      if (rowValues[c] === undefined) rowValues[c] = null;
      if (rowFormats[c] === undefined) rowFormats[c] = null;
    }
    values[rowNumber - 1] = rowValues;
    numberFormats[rowNumber - 1] = rowFormats;
  });
  for (let r = 0; r < values.length; r++) {
    if (!values[r]) values[r] = [];
    if (!numberFormats[r]) numberFormats[r] = [];
  }
  return { name: ws.name, values, numberFormats, merges: mergesOf(ws) };
}

function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

function isOurs(cf: ExcelJS.ConditionalFormattingOptions): boolean {
  return cf.rules.some((rule) => 'formulae' in rule && (rule.formulae ?? []).some((f: unknown) => isPhulucRuleFormula(String(f))));
}

/** exceljs keeps a sheet's rules in `conditionalFormattings`, which its typings do not declare. */
type WithRules = { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] };
function rulesOf(ws: ExcelJS.Worksheet): WithRules {
  const holder = ws as unknown as WithRules;
  if (!Array.isArray(holder.conditionalFormattings)) holder.conditionalFormattings = [];
  return holder;
}

function ownsSummary(ws: ExcelJS.Worksheet, model: SheetModel): boolean {
  const tables = Object.keys((ws as unknown as { tables?: Record<string, unknown> }).tables ?? {});
  return model.blocks.some((b) => tables.includes(b.tableName));
}

function wrap(workbook: ExcelJS.Workbook): ExcelJsWorkbook {
  const sheet = (name: string): ExcelJS.Worksheet => {
    const ws = workbook.getWorksheet(name);
    if (!ws) throw new Error(`Sheet not found: ${name}`);
    return ws;
  };

  const port: ExcelJsWorkbook = {
    raw: workbook,

    async listSheets(): Promise<SheetInfo[]> {
      return workbook.worksheets
        .filter((ws) => ws.name !== SETTINGS_SHEET)
        .map((ws) => ({ name: ws.name, visible: ws.state === undefined || ws.state === 'visible' }));
    },

    async activeSheetName(): Promise<string | null> {
      const active = (workbook.views?.[0] as { activeTab?: number } | undefined)?.activeTab;
      return active !== undefined ? workbook.worksheets[active]?.name ?? null : null;
    },

    async readSheet(name: string): Promise<SheetGrid> {
      return readGrid(sheet(name));
    },

    async applyHighlights(name: string, rules: HighlightRule[]): Promise<void> {
      const ws = rulesOf(sheet(name));
      const keep = ws.conditionalFormattings.filter((cf) => !isOurs(cf));
      // Ours go last with the lowest precedence numbers so they show over plain fills but the user's
      // own rules keep their relative order.
      const added: ExcelJS.ConditionalFormattingOptions[] = rules.map((rule, i) => ({
        ref: rule.range,
        rules: [
          {
            type: 'expression',
            priority: i + 1,
            formulae: [rule.formula],
            style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(rule.fill) } } },
          },
        ],
      }));
      ws.conditionalFormattings = [...keep, ...added];
    },

    async clearHighlights(name: string): Promise<number> {
      const ws = rulesOf(sheet(name));
      const before = ws.conditionalFormattings.length;
      ws.conditionalFormattings = ws.conditionalFormattings.filter((cf) => !isOurs(cf));
      return before - ws.conditionalFormattings.length;
    },

    async sheetExists(name: string): Promise<boolean> {
      return workbook.getWorksheet(name) !== undefined;
    },

    async writeSummarySheet(model: SheetModel): Promise<void> {
      const old = workbook.getWorksheet(model.name);
      // Replace only a summary phuluc wrote (it holds one of this summary's tables), never a user's sheet.
      if (old && !ownsSummary(old, model)) throw summarySheetNotOurs(model.name);
      const position = old ? workbook.worksheets.indexOf(old) : workbook.worksheets.length;
      const tempName = `~phuluc ${Date.now() % 100000}`;
      const ws = workbook.addWorksheet(tempName);
      try {
        renderSummarySheet(ws, model);
      } catch (error) {
        workbook.removeWorksheet(ws.id);
        throw error;
      }
      if (old) workbook.removeWorksheet(old.id);
      ws.name = model.name;
      // Keep a replaced summary where it was; a new one goes after the plan's sheets.
      const order = workbook.worksheets.filter((w) => w !== ws);
      order.splice(Math.min(position, order.length), 0, ws);
      order.forEach((w, i) => {
        (w as unknown as { orderNo: number }).orderNo = i + 1;
      });
    },

    async readSettings(): Promise<unknown | null> {
      const ws = workbook.getWorksheet(SETTINGS_SHEET);
      const text = ws ? plainValue(ws.getCell('A1').value) : null;
      if (typeof text !== 'string') return null;
      try {
        return JSON.parse(text) as unknown;
      } catch {
        return null;
      }
    },

    async writeSettings(settings: StoredSettings): Promise<void> {
      const ws = workbook.getWorksheet(SETTINGS_SHEET) ?? workbook.addWorksheet(SETTINGS_SHEET, { state: 'veryHidden' });
      ws.getCell('A1').value = JSON.stringify(settings);
    },

    async toBuffer(): Promise<Uint8Array> {
      const buffer = await workbook.xlsx.writeBuffer();
      return new Uint8Array(buffer as ArrayBuffer);
    },
  };
  return port;
}
