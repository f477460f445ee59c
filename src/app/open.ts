/**
 * Opening .xlsx bytes (command line, standalone page). Kept apart from actions.ts so the Excel
 * add-in's bundle does not carry exceljs, which it never uses.
 */
import type { Lang } from '../core/types';
import { openXlsx, type ExcelJsWorkbook } from '../port/exceljs';
import type { Outcome } from './actions';
import { userError } from './errors';

export async function openWorkbook(data: ArrayBuffer | Uint8Array, lang: Lang): Promise<Outcome<ExcelJsWorkbook>> {
  const opened = await openXlsx(data);
  if (opened.ok) return { ok: true, value: opened.workbook };
  return { ok: false, error: userError(opened.reason, lang, { detail: opened.detail }) };
}
