/**
 * Writing a summary sheet with Office.js so that a failure never leaves a half-written workbook:
 * everything is built on a sheet with a temporary name; only when it is complete is the old
 * summary of the same name deleted and the new one renamed into its place. If anything fails,
 * the temporary sheet is deleted in a second Excel.run and the error is passed on.
 *
 * Sync count, whatever the number of rows:
 *   1 sync: the workbook's sheets and tables (names, who owns what);
 *   1 sync: the whole new sheet (values and formats in one assignment, tables, styles, chart);
 *   1 sync: delete the old summary, give the tables and the sheet their names, activate it.
 *   = 3 syncs, plus one per extra chunk of values when they exceed WRITE_BYTES_PER_SYNC (4 MB,
 *   far beyond a plan's summary). A failed attempt adds 2 for the clean-up.
 *
 * A sheet of the same name is only replaced when it holds one of this summary's tables — i.e.
 * phuluc wrote it. Anything else (the plan itself, a colleague's sheet) is refused, never deleted.
 */
import type { Lang } from '../../core/types';
import type { SheetModel } from '../../core/summary/types';
import { columnLetter } from '../../core/text';
import { layoutSheetModel } from '../layout';
import type { SheetLayout } from '../layout';
import { columnAddress, rangeAddress } from './addresses';
import type { OfficeCapabilities } from './capabilities';
import { summarySheetNotOurs } from '../errors';
import { WorkbookActionError } from './errors';
import type { ExcelRunner } from './runner';
import { chunkRows, summaryCells } from './summaryCells';

/** Under Excel on the web's 5 MB request limit, with room for the rest of the batch. */
export const WRITE_BYTES_PER_SYNC = 4_000_000;
/** Excel's column width is set in points; one character of the default font is about 7. */
export const POINTS_PER_CHARACTER = 7;
export const TEMP_SHEET_PREFIX = 'phuluc-tam';

const HEADER_FILL = '#DDEBF7';

/** Excel compares sheet and table names without regard to case. */
function sameName(a: string, b: string): boolean {
  return a.normalize('NFC').toLowerCase() === b.normalize('NFC').toLowerCase();
}

function uniqueName(wanted: string, taken: string[], separator: string): string {
  let name = wanted;
  for (let n = 2; taken.some((t) => sameName(t, name)); n++) name = `${wanted}${separator}${n}`;
  return name;
}


/** Queue the formatting of the new sheet (no sync). */
function queueStyles(sheet: Excel.Worksheet, layout: SheetLayout, caps: OfficeCapabilities) {
  layout.headingRows.forEach((row, i) => {
    const font = sheet.getRange(`A${row}`).format.font;
    font.bold = i === 0;
    font.size = i === 0 ? 14 : 11;
  });
  for (const row of layout.blockTitleRows) {
    const font = sheet.getRange(`A${row}`).format.font;
    font.bold = true;
    font.size = 12;
    font.color = '#1F4E79';
  }
  for (const row of layout.noteRows) sheet.getRange(`A${row}`).format.font.italic = true;
  for (const cell of layout.legendCells) {
    sheet.getRange(rangeAddress({ top: cell.row, left: cell.column, bottom: cell.row, right: cell.column })).format.fill.color = cell.fill;
  }
  layout.widths.forEach((chars, i) => {
    sheet.getRange(columnAddress(i + 1)).format.columnWidth = chars * POINTS_PER_CHARACTER;
  });
  if (caps.freezePanes && layout.headingRows.length > 0) sheet.freezePanes.freezeRows(layout.headingRows.length);
}

/** Queue the chart of states by section (no sync). */
function queueChart(sheet: Excel.Worksheet, layout: SheetLayout) {
  if (!layout.chart) return;
  const { model, data, anchorRow } = layout.chart;
  const chart = sheet.charts.add('ColumnStacked', sheet.getRange(rangeAddress(data.range)), 'Columns');
  chart.title.text = model.title;
  chart.legend.position = 'Bottom';
  const right = columnLetter(Math.max(8, data.range.right + 4));
  chart.setPosition(`A${anchorRow}`, `${right}${anchorRow + 19}`);
  model.series.forEach((series, i) => chart.series.getItemAt(i).format.fill.setSolidColor(series.fill));
}

export async function writeSummarySheetWith(
  run: ExcelRunner,
  caps: OfficeCapabilities,
  model: SheetModel,
  lang: Lang,
): Promise<void> {
  const layout = layoutSheetModel(model, lang);
  const cells = summaryCells(layout);
  const chunks = chunkRows(cells, WRITE_BYTES_PER_SYNC);
  const attempt: { tempName: string | null } = { tempName: null };
  try {
    await run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name,items/position');
      const tables = context.workbook.tables;
      tables.load('items/name,items/worksheet/name');
      await context.sync();

      const old = sheets.items.find((sheet) => sameName(sheet.name, model.name)) ?? null;
      const tablesOutsideOld: string[] = [];
      const oldTables: string[] = [];
      for (const table of tables.items) {
        (old && sameName(table.worksheet.name, old.name) ? oldTables : tablesOutsideOld).push(table.name);
      }
      if (old && !layout.tables.some((t) => oldTables.some((name) => sameName(name, t.name)))) throw summarySheetNotOurs(old.name);

      const tempName = uniqueName(TEMP_SHEET_PREFIX, sheets.items.map((s) => s.name), '-');
      attempt.tempName = tempName;
      const sheet = sheets.add(tempName);
      const { width } = cells;
      for (let i = 0; i < chunks.length; i++) {
        const { top, bottom } = chunks[i];
        const range = sheet.getRange(rangeAddress({ top, left: 1, bottom, right: width }));
        // Formats first: text cells must be text before their value arrives (see summaryCells.ts).
        range.numberFormat = cells.numberFormats.slice(top - 1, bottom);
        range.values = cells.values.slice(top - 1, bottom);
        if (i < chunks.length - 1) await context.sync();
      }

      // Tables get Excel's automatic names now (the old sheet still holds the real ones) and are
      // renamed once it is gone. A name used by a table elsewhere gets a suffix.
      const chosen: string[] = [];
      const named: { table: Excel.Table; name: string }[] = [];
      for (const placement of layout.tables) {
        const address = rangeAddress(placement.range);
        const header = sheet.getRange(rangeAddress({ ...placement.range, bottom: placement.range.top }));
        header.format.wrapText = true;
        header.format.verticalAlignment = 'Center';
        if (placement.rows.length === 0) {
          // Excel cannot make a table of a header alone without taking the row below into it.
          header.format.font.bold = true;
          header.format.fill.color = HEADER_FILL;
          continue;
        }
        const table = sheet.tables.add(sheet.getRange(address), true);
        const body = sheet.getRange(rangeAddress({ ...placement.range, top: placement.range.top + 1 }));
        body.format.wrapText = true;
        body.format.verticalAlignment = 'Top';
        const name = uniqueName(placement.name, [...tablesOutsideOld, ...chosen], '_');
        chosen.push(name);
        named.push({ table, name });
      }
      queueStyles(sheet, layout, caps);
      queueChart(sheet, layout);
      await context.sync();

      if (old) old.delete();
      for (const { table, name } of named) table.name = name;
      sheet.name = model.name;
      if (old) sheet.position = old.position;
      sheet.activate();
      await context.sync();
    });
  } catch (error) {
    const tempName = attempt.tempName;
    if (tempName) await deleteSheetIfPresent(run, tempName).catch(() => undefined);
    throw error;
  }
}

async function deleteSheetIfPresent(run: ExcelRunner, name: string): Promise<void> {
  await run(async (context) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(name);
    await context.sync();
    if (sheet.isNullObject) return;
    sheet.delete();
    await context.sync();
  });
}
