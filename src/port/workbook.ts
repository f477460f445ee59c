/**
 * The workbook port: the only way phuluc touches a workbook. Two adapters implement it —
 * src/port/exceljs (files: command line, standalone page, tests) and src/port/office (Excel, Office.js).
 * Core code never sees either; the task pane and the command line get a WorkbookPort and call these.
 *
 * Promise: nothing here changes a value of the user's plan. Highlights are conditional-format rules
 * that phuluc recognises as its own (see core/highlight.ts) so they can be removed exactly.
 */
import type { SheetGrid } from '../core/types';
import type { HighlightRule } from '../core/highlight';
import type { SheetModel } from '../core/summary/types';
import type { StoredSettings } from '../core/settings';

export interface SheetInfo {
  name: string;
  visible: boolean;
}

export interface WorkbookPort {
  /** Sheets in workbook order. */
  listSheets(): Promise<SheetInfo[]>;
  /** The sheet the user is looking at, when the host knows (Excel); null otherwise. */
  activeSheetName(): Promise<string | null>;
  /** Values, number formats and merged areas of the used part of a sheet, anchored at A1. */
  readSheet(name: string): Promise<SheetGrid>;
  /** Replace phuluc's highlight rules on a sheet with these (none of the user's rules is touched). */
  applyHighlights(sheet: string, rules: HighlightRule[]): Promise<void>;
  /** Remove phuluc's highlight rules from a sheet; returns how many were removed. */
  clearHighlights(sheet: string): Promise<number>;
  sheetExists(name: string): Promise<boolean>;
  /** Write (or replace) a summary sheet. On failure the workbook is left as it was. */
  writeSummarySheet(model: SheetModel): Promise<void>;
  /** Settings kept in the workbook so the next colleague sees the same; null when none were saved. */
  readSettings(): Promise<unknown | null>;
  writeSettings(settings: StoredSettings): Promise<void>;
}
