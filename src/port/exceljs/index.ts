export { openXlsx, plainValue, SETTINGS_SHEET } from './excelJsWorkbook';
export type { ExcelJsWorkbook, OpenFailure, OpenResult } from './excelJsWorkbook';
export { renderSummarySheet } from './summarySheet';
