/**
 * Where each part of a summary SheetModel goes on the sheet. Pure, shared by both adapters so the
 * summary looks the same whether exceljs or Office.js writes it.
 *
 * Layout, top to bottom in columns A…: heading lines, legend (state in words + its colour),
 * then each table block (title row, header row, data rows, optional note), one blank row apart,
 * then the chart's data (sections × states) that the Excel chart is drawn from.
 */
import type { ChartModel, ColumnFormat, ModelCell, SheetModel } from '../core/summary/types';
import type { CellRange } from '../core/types';

export interface TablePlacement {
  name: string;
  /** Header row + data rows, 1-based inclusive. */
  range: CellRange;
  headers: string[];
  formats: ColumnFormat[];
  /** Data rows only (excludes the header row). */
  rows: ModelCell[][];
}

export interface SheetLayout {
  /** Row-major values from A1; ragged rows are allowed. */
  values: ModelCell[][];
  /** Column widths (Excel character units), index 0 = column A. */
  widths: number[];
  /** The sheet title (row 1) and the other heading lines. */
  headingRows: number[];
  /** Rows holding a block title ("1. Theo lĩnh vực"). */
  blockTitleRows: number[];
  /** Notes under tables (italic). */
  noteRows: number[];
  tables: TablePlacement[];
  /** Legend: the cell to fill with each colour (the label sits to its right). */
  legendCells: { row: number; column: number; fill: string }[];
  /** The chart's data table and where to put the chart, or null. */
  chart: { model: ChartModel; data: TablePlacement; anchorRow: number } | null;
}

const MIN_WIDTH = 8;

export function layoutSheetModel(model: SheetModel, lang: 'vi' | 'en' = 'vi'): SheetLayout {
  const values: ModelCell[][] = [];
  const widths: number[] = [];
  const headingRows: number[] = [];
  const blockTitleRows: number[] = [];
  const noteRows: number[] = [];
  const tables: TablePlacement[] = [];
  const legendCells: SheetLayout['legendCells'] = [];
  const put = (row: ModelCell[]) => {
    values.push(row);
    return values.length;
  };
  const widen = (column: number, width: number) => {
    widths[column] = Math.max(widths[column] ?? MIN_WIDTH, width);
  };

  for (const line of model.heading) headingRows.push(put([line]));
  put([]);

  if (model.legend.length > 0) {
    blockTitleRows.push(put([lang === 'vi' ? 'Chú giải màu' : 'Colour legend']));
    for (const entry of model.legend) {
      const row = put([null, entry.label]);
      legendCells.push({ row, column: 1, fill: entry.fill });
    }
    put([]);
  }

  const placeTable = (name: string, headers: string[], formats: ColumnFormat[], rows: ModelCell[][]) => {
    const top = put(headers);
    for (const r of rows) put(r);
    const placement: TablePlacement = {
      name,
      range: { top, left: 1, bottom: top + rows.length, right: headers.length },
      headers,
      formats,
      rows,
    };
    tables.push(placement);
    return placement;
  };

  for (const block of model.blocks) {
    blockTitleRows.push(put([block.title]));
    placeTable(
      block.tableName,
      block.columns.map((c) => c.header),
      block.columns.map((c) => c.format),
      block.rows,
    );
    block.columns.forEach((c, i) => widen(i, c.width));
    if (block.note) noteRows.push(put([block.note]));
    put([]);
  }

  let chart: SheetLayout['chart'] = null;
  if (model.chart && model.chart.categories.length > 0) {
    const c = model.chart;
    blockTitleRows.push(put([c.title]));
    const headers = [lang === 'vi' ? 'Lĩnh vực' : 'Section', ...c.series.map((s) => s.name)];
    const rows = c.categories.map((cat, i) => [cat, ...c.series.map((s) => s.values[i] ?? 0)]);
    const firstName = tables[0]?.name ?? 'PL';
    const data = placeTable(`${firstName}_BieuDo`.slice(0, 250), headers, headers.map((_, i) => (i === 0 ? 'text' : 'integer')), rows);
    put([]);
    chart = { model: c, data, anchorRow: values.length + 1 };
  }

  // The heading and block titles are long single cells: they should not widen column A.
  if (widths.length === 0) widths.push(40);
  for (let i = 0; i < widths.length; i++) widths[i] = widths[i] ?? MIN_WIDTH;
  return { values, widths, headingRows, blockTitleRows, noteRows, tables, legendCells, chart };
}
