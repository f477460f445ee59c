/**
 * Drawing a summary SheetModel on an exceljs worksheet: real Excel tables with header styles,
 * column widths, number formats, a frozen heading and the colour legend. exceljs cannot draw charts,
 * so files get the chart's data table; the Excel add-in adds the chart itself.
 */
import type ExcelJS from 'exceljs';
import type { ColumnFormat, ModelCell, SheetModel } from '../../core/summary/types';
import { layoutSheetModel, type TablePlacement } from '../layout';

const NUMBER_FORMATS: Record<ColumnFormat, string | undefined> = {
  text: '@',
  integer: '0',
  percent: '0.0%',
  date: 'dd/mm/yyyy',
};

function cellValue(value: ModelCell, format: ColumnFormat): ExcelJS.CellValue {
  if (value === null) return null;
  if (format === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const [y, m, d] = value.split('-').map(Number);
    return new Date(Date.UTC(y, m - 1, d));
  }
  return value;
}

function solid(hex: string): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${hex.replace('#', '').toUpperCase()}` } };
}

/** Unique, non-empty header names: Excel tables require them. */
function tableHeaders(headers: string[]): string[] {
  const seen = new Map<string, number>();
  return headers.map((h, i) => {
    const base = h.trim() || `Cột ${i + 1}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base} (${n})`;
  });
}

function addTable(ws: ExcelJS.Worksheet, table: TablePlacement): void {
  const headers = tableHeaders(table.headers);
  const rows = table.rows.length > 0 ? table.rows : [headers.map(() => null)];
  ws.addTable({
    name: table.name,
    ref: `A${table.range.top}`,
    headerRow: true,
    totalsRow: false,
    style: { theme: 'TableStyleMedium2', showRowStripes: true },
    columns: headers.map((name) => ({ name, filterButton: true })),
    rows: rows.map((r) => headers.map((_, i) => cellValue(r[i] ?? null, table.formats[i] ?? 'text'))),
  });
  table.formats.forEach((format, i) => {
    const numFmt = NUMBER_FORMATS[format];
    if (!numFmt || format === 'text') return;
    for (let r = table.range.top + 1; r <= table.range.top + rows.length; r++) ws.getCell(r, i + 1).numFmt = numFmt;
  });
  for (let c = 1; c <= headers.length; c++) {
    const cell = ws.getCell(table.range.top, c);
    cell.font = { bold: true, color: { argb: 'FFFFFFFF' } };
    cell.alignment = { wrapText: true, vertical: 'middle' };
  }
  for (let r = table.range.top + 1; r <= table.range.top + rows.length; r++) {
    for (let c = 1; c <= headers.length; c++) ws.getCell(r, c).alignment = { wrapText: true, vertical: 'top' };
  }
}

export function renderSummarySheet(ws: ExcelJS.Worksheet, model: SheetModel): void {
  const layout = layoutSheetModel(model, model.lang ?? 'vi');
  const inTable = new Set<number>();
  for (const t of layout.tables) for (let r = t.range.top; r <= t.range.bottom; r++) inTable.add(r);

  layout.values.forEach((row, i) => {
    const r = i + 1;
    if (inTable.has(r)) return;
    row.forEach((value, c) => {
      if (value !== null && value !== undefined) ws.getCell(r, c + 1).value = value;
    });
  });
  for (const t of layout.tables) addTable(ws, t);

  layout.headingRows.forEach((r, i) => {
    ws.getCell(r, 1).font = i === 0 ? { bold: true, size: 14 } : { italic: i > 0, size: 11 };
  });
  for (const r of layout.blockTitleRows) ws.getCell(r, 1).font = { bold: true, size: 12 };
  for (const r of layout.noteRows) ws.getCell(r, 1).font = { italic: true, size: 10 };
  for (const cell of layout.legendCells) {
    const c = ws.getCell(cell.row, cell.column);
    c.fill = solid(cell.fill);
    c.border = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } };
  }
  layout.widths.forEach((width, i) => {
    ws.getColumn(i + 1).width = width;
  });
  ws.views = [{ state: 'frozen', ySplit: layout.headingRows.length, xSplit: 0 }];
}
