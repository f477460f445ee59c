/**
 * Reading a sheet through Office.js in a number of round trips that does not grow with the rows.
 *
 * Sync count (documented contract, checked by readSheet.test.ts):
 *   1 sync: the sheet and its used range (values only, so formatted empty rows do not count);
 *   then 1 sync per group of row blocks, a group holding at most CELLS_PER_SYNC cells.
 *   Block rows R = min(ROWS_PER_READ, ⌊CELLS_PER_SYNC / C⌋) for C columns (anchored at A1),
 *   blocks B = ⌈rows / R⌉, blocks per group G = max(1, ⌊CELLS_PER_SYNC / (R × C)⌋):
 *     syncs = 1 + ⌈B / G⌉   — e.g. 2 syncs for anything up to 10,000 rows × 20 columns.
 *   Merged areas (ExcelApi 1.13) are queued with the first group and cost no extra sync. When Excel
 *   cannot list them (over 512 areas) that group is read again without them: 1 more sync, merges [].
 *   An empty sheet costs 1 sync.
 * If Excel on the web rejects a group as too large (5 MB per response) or hands back null values
 * (it does that instead of failing for big reads), that group is split in two and read again: only
 * then does the count grow, and only for that sheet.
 */
import type { CellRange, CellValue, SheetGrid } from '../../core/types';
import { parseAreas, rangeAddress } from './addresses';
import { syncExpectingSheet, WorkbookActionError } from './errors';

/** Rows per block: 5k–20k rows per read is what works on every host (OFFICE-NOTES). */
export const ROWS_PER_READ = 10_000;
/**
 * Cells per round trip. Excel refuses reads over 5,000,000 cells and, on the web, responses over 5 MB;
 * values plus number formats of 200,000 cells of a typical plan stay around or below that.
 */
export const CELLS_PER_SYNC = 200_000;

export interface RowSpan {
  /** 1-based sheet rows, inclusive. */
  top: number;
  bottom: number;
}

/** How a sheet of `rows` × `columns` (counted from A1) is read: groups of row blocks, one sync per group. */
export function planRead(rows: number, columns: number): RowSpan[][] {
  if (rows <= 0 || columns <= 0) return [];
  const blockRows = Math.max(1, Math.min(ROWS_PER_READ, Math.floor(CELLS_PER_SYNC / columns)));
  const blocksPerGroup = Math.max(1, Math.floor(CELLS_PER_SYNC / (blockRows * columns)));
  const groups: RowSpan[][] = [];
  let group: RowSpan[] = [];
  for (let top = 1; top <= rows; top += blockRows) {
    group.push({ top, bottom: Math.min(rows, top + blockRows - 1) });
    if (group.length === blocksPerGroup) {
      groups.push(group);
      group = [];
    }
  }
  if (group.length > 0) groups.push(group);
  return groups;
}

const PAYLOAD_ERROR_CODES = new Set(['RequestPayloadSizeLimitExceeded', 'ResponsePayloadSizeLimitExceeded']);

/** True for the errors that mean "ask for less at a time". */
export function isPayloadError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code === 'string' && PAYLOAD_ERROR_CODES.has(code)) return true;
  return typeof message === 'string' && /payload size|size limit|too large/i.test(message);
}

function toCellValue(value: unknown): CellValue {
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return String(value);
}

interface Grid {
  values: CellValue[][];
  numberFormats: (string | null)[][];
}

export async function readSheetIn(context: Excel.RequestContext, name: string, readMerges: boolean): Promise<SheetGrid> {
  const sheet = context.workbook.worksheets.getItem(name);
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load('rowIndex,columnIndex,rowCount,columnCount');
  await syncExpectingSheet(context, name);
  if (used.isNullObject) return { name, values: [], numberFormats: [], merges: [] };

  // Anchored at A1: the grid covers the rows and columns above and left of the used range too.
  const rows = used.rowIndex + used.rowCount;
  const columns = used.columnIndex + used.columnCount;
  const grid: Grid = { values: new Array(rows), numberFormats: new Array(rows) };
  const whole = rangeAddress({ top: 1, left: 1, bottom: rows, right: columns });
  let merges: CellRange[] | null = readMerges ? null : [];

  const readSpans = async (spans: RowSpan[]): Promise<void> => {
    const ranges = spans.map((span) => {
      const range = sheet.getRange(rangeAddress({ top: span.top, left: 1, bottom: span.bottom, right: columns }));
      range.load('values,numberFormat');
      return range;
    });
    // Queued with the first group that succeeds; re-queued after a failed attempt.
    const areas = merges === null ? sheet.getRange(whole).getMergedAreasOrNullObject() : null;
    areas?.load('address');
    try {
      await context.sync();
    } catch (error) {
      if (isPayloadError(error)) return readSmaller(spans);
      if (!areas) throw error;
      // Excel gives up on ranges with more than 512 merged areas (PDF conversions have thousands):
      // read without them, as Excel before 1.13 would, rather than not at all.
      merges = [];
      return readSpans(spans);
    }
    if (areas) merges = areas.isNullObject ? [] : parseAreas(areas.address);
    if (ranges.some((range) => !Array.isArray(range.values))) return readSmaller(spans);
    spans.forEach((span, i) => {
      const values = ranges[i].values;
      const formats = ranges[i].numberFormat;
      for (let r = 0; r <= span.bottom - span.top; r++) {
        grid.values[span.top - 1 + r] = (values[r] ?? []).map(toCellValue);
        grid.numberFormats[span.top - 1 + r] = (formats?.[r] ?? []).map((f: unknown) => (typeof f === 'string' ? f : null));
      }
    });
  };

  const readSmaller = async (spans: RowSpan[]): Promise<void> => {
    if (spans.length > 1) {
      const half = Math.ceil(spans.length / 2);
      await readSpans(spans.slice(0, half));
      await readSpans(spans.slice(half));
      return;
    }
    const [span] = spans;
    if (span.bottom === span.top) {
      throw new WorkbookActionError('sheet.too_large', {
        vi: `Trang tính "${name}" có dòng ${span.top} quá lớn để Excel gửi sang phần bổ trợ.`,
        en: `Row ${span.top} of sheet "${name}" is too large for Excel to hand to the add-in.`,
      });
    }
    const middle = Math.floor((span.top + span.bottom) / 2);
    await readSpans([{ top: span.top, bottom: middle }]);
    await readSpans([{ top: middle + 1, bottom: span.bottom }]);
  };

  for (const group of planRead(rows, columns)) await readSpans(group);
  return { name, values: grid.values, numberFormats: grid.numberFormats, merges: merges ?? [] };
}
