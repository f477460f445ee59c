/**
 * "Thêm cột theo dõi": two columns after the plan's table so colleagues can record progress in a
 * form phuluc reads back without guessing — "Tình hình thực hiện" (a drop-down of the four
 * statuses) and "Ngày hoàn thành" (a date cell, dd/mm/yyyy). Needs data validation (ExcelApi 1.8).
 *
 * The header names and the list values are always Vietnamese — they are what the sheet reader
 * recognises (SPEC §1, §4); `lang` only changes the messages, prompts and errors.
 * Never overwrites: if any cell of the two columns (header row to last row) holds something,
 * nothing is written and a clear error says where. 2 syncs: check, then write.
 */
import type { Lang } from '../../core/types';
import { STATUS_LABELS } from '../../core/i18n';
import { rangeAddress } from './addresses';
import { capabilityReason, officeCapabilities } from './capabilities';
import type { OfficeCapabilities } from './capabilities';
import { syncExpectingSheet, WorkbookActionError } from './errors';
import { excelRun } from './runner';
import type { ExcelRunner } from './runner';

export const TRACKING_HEADERS = ['Tình hình thực hiện', 'Ngày hoàn thành'] as const;
export const TRACKING_STATUS_VALUES = [
  STATUS_LABELS.done.vi,
  STATUS_LABELS.in_progress.vi,
  STATUS_LABELS.not_started.vi,
  STATUS_LABELS.cancelled.vi,
];
export const TRACKING_DATE_FORMAT = 'dd/mm/yyyy';
const STATUS_WIDTH_CHARS = 20;
const DATE_WIDTH_CHARS = 14;
const POINTS_PER_CHARACTER = 7;

const BORDER_EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as const;

export interface TrackingDependencies {
  run?: ExcelRunner;
  capabilities?: OfficeCapabilities;
}

const WORDS = {
  statusPrompt: {
    vi: 'Chọn tình hình thực hiện của nhiệm vụ.',
    en: 'Choose how far the task has got.',
  },
  statusAlert: {
    vi: 'Nên chọn một giá trị trong danh sách để phuluc hiểu đúng.',
    en: 'Pick a value from the list so phuluc reads it correctly.',
  },
  datePrompt: { vi: 'Nhập ngày hoàn thành, dạng dd/mm/yyyy.', en: 'Enter the completion date, as dd/mm/yyyy.' },
  dateAlert: {
    vi: 'Ô này cần một ngày (dd/mm/yyyy) từ năm 2000 đến 2100.',
    en: 'This cell needs a date (dd/mm/yyyy) between 2000 and 2100.',
  },
} satisfies Record<string, Record<Lang, string>>;

export async function addTrackingColumns(
  sheetName: string,
  after: number,
  headerRow: number,
  lastRow: number,
  lang: Lang,
  dependencies: TrackingDependencies = {},
): Promise<void> {
  const run = dependencies.run ?? excelRun;
  const caps = dependencies.capabilities ?? officeCapabilities();
  if (!caps.dataValidation) {
    throw new WorkbookActionError('feature.unsupported', {
      vi: capabilityReason('dataValidation', 'vi'),
      en: capabilityReason('dataValidation', 'en'),
    });
  }
  const statusColumn = after + 1;
  const dateColumn = after + 2;
  const dataTop = headerRow + 1;
  const dataBottom = Math.max(lastRow, dataTop);

  await run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    const target = sheet.getRange(rangeAddress({ top: headerRow, left: statusColumn, bottom: dataBottom, right: dateColumn }));
    // Formulas, not values: a formula showing "" is still something we must not overwrite.
    target.load('formulas');
    const lastHeader = sheet.getRange(rangeAddress({ top: headerRow, left: after, bottom: headerRow, right: after }));
    const borders = caps.copyFormats ? [] : BORDER_EDGES.map((edge) => lastHeader.format.borders.getItem(edge));
    if (!caps.copyFormats) {
      lastHeader.load('format/fill/color,format/font/bold,format/font/color,format/font/name,format/font/size,format/wrapText,format/horizontalAlignment,format/verticalAlignment');
      for (const border of borders) border.load('style,color,weight');
    }
    await syncExpectingSheet(context, sheetName);

    const occupied = firstOccupied(target.formulas);
    if (occupied) {
      const address = rangeAddress({
        top: headerRow + occupied.row,
        left: statusColumn + occupied.column,
        bottom: headerRow + occupied.row,
        right: statusColumn + occupied.column,
      });
      throw new WorkbookActionError('columns.not_empty', {
        vi: `Không thêm được cột theo dõi: ô ${address} đã có dữ liệu. phuluc không ghi đè dữ liệu của bạn — hãy để trống hai cột ngay sau bảng.`,
        en: `Tracking columns not added: cell ${address} already holds data. phuluc never overwrites your data — leave the two columns right after the table empty.`,
      });
    }

    const header = sheet.getRange(rangeAddress({ top: headerRow, left: statusColumn, bottom: headerRow, right: dateColumn }));
    header.values = [[...TRACKING_HEADERS]];
    if (caps.copyFormats) {
      header.copyFrom(lastHeader, 'Formats');
    } else {
      const from = lastHeader.format;
      const to = header.format;
      if (from.fill.color) to.fill.color = from.fill.color;
      // null means "mixed" in Excel and cannot be written back: copy only what is definite.
      if (from.font.bold !== null) to.font.bold = from.font.bold;
      if (from.font.color) to.font.color = from.font.color;
      if (from.font.name) to.font.name = from.font.name;
      if (from.font.size) to.font.size = from.font.size;
      if (from.wrapText !== null) to.wrapText = from.wrapText;
      if (from.horizontalAlignment) to.horizontalAlignment = from.horizontalAlignment;
      if (from.verticalAlignment) to.verticalAlignment = from.verticalAlignment;
      BORDER_EDGES.forEach((edge, i) => {
        const source = borders[i];
        if (!source.style || source.style === 'None') return;
        const border = to.borders.getItem(edge);
        border.style = source.style;
        border.color = source.color;
        border.weight = source.weight;
      });
    }

    const rows = dataBottom - dataTop + 1;
    const status = sheet.getRange(rangeAddress({ top: dataTop, left: statusColumn, bottom: dataBottom, right: statusColumn }));
    status.dataValidation.clear();
    status.dataValidation.rule = { list: { inCellDropDown: true, source: TRACKING_STATUS_VALUES.join(',') } };
    status.dataValidation.prompt = { showPrompt: true, title: TRACKING_HEADERS[0], message: WORDS.statusPrompt[lang] };
    // A warning, not a stop: "Đang thực hiện (80%)" is still worth keeping if someone types it.
    status.dataValidation.errorAlert = { showAlert: true, style: 'Warning', title: TRACKING_HEADERS[0], message: WORDS.statusAlert[lang] };

    const date = sheet.getRange(rangeAddress({ top: dataTop, left: dateColumn, bottom: dataBottom, right: dateColumn }));
    date.numberFormat = Array.from({ length: rows }, () => [TRACKING_DATE_FORMAT]);
    date.dataValidation.clear();
    date.dataValidation.rule = { date: { operator: 'Between', formula1: '2000-01-01', formula2: '2100-12-31' } };
    date.dataValidation.prompt = { showPrompt: true, title: TRACKING_HEADERS[1], message: WORDS.datePrompt[lang] };
    date.dataValidation.errorAlert = { showAlert: true, style: 'Stop', title: TRACKING_HEADERS[1], message: WORDS.dateAlert[lang] };

    status.format.columnWidth = STATUS_WIDTH_CHARS * POINTS_PER_CHARACTER;
    date.format.columnWidth = DATE_WIDTH_CHARS * POINTS_PER_CHARACTER;
    await context.sync();
  });
}

/** Row and column (0-based, within the range) of the first cell that holds anything. */
function firstOccupied(formulas: unknown[][]): { row: number; column: number } | null {
  for (let r = 0; r < formulas.length; r++) {
    for (let c = 0; c < formulas[r].length; c++) {
      const v = formulas[r][c];
      if (v !== '' && v !== null && v !== undefined) return { row: r, column: c };
    }
  }
  return null;
}
