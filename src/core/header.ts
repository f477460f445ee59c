/**
 * Finding the header row of a Phụ lục table and mapping its columns to fields (SPEC §1).
 * Names are matched on folded words (no case, diacritics, punctuation), so "Tiến độ", "TIẾN ĐỘ",
 * "Tien do" and "Tiến  độ:" are one name. The table may start anywhere in the first rows/columns,
 * and a two-row header ("Đơn vị thực hiện" over "Chủ trì" | "Phối hợp") is read as one.
 */
import { cellText, foldWords } from './text';
import type { CellValue, ColumnMap, Field, SheetGrid } from './types';

/** How far to look for the header (SPEC: "the first ~30 rows and columns"; a little slack). */
export const HEADER_SCAN_ROWS = 40;
export const HEADER_SCAN_COLUMNS = 40;

/**
 * Header names per field, as regular expressions over folded words. Order matters: the first match
 * wins, so "ket qua san pham" (product) is tried before "ket qua" (status), and "ngay hoan thanh"
 * (completion date) before "thoi gian hoan thanh" (deadline).
 */
const HEADER_PATTERNS: [Field, RegExp][] = [
  ['stt', /^(s\s?tt|tt|so tt|so thu tu|thu tu)$/],
  ['completedOn', /^(ngay|thoi diem) (thuc te )?hoan thanh( thuc te)?$/],
  ['product', /^(ket qua )?san pham( dau ra| du kien| chu yeu)?$|^ket qua (dau ra|du kien)$|^ket qua va san pham$/],
  ['status', /^(ket qua|ket qua thuc hien|tinh hinh thuc hien|trang thai|tinh trang|tinh trang thuc hien|muc do hoan thanh|danh gia ket qua)$/],
  ['deadline', /^(tien do|tien do hoan thanh|tien do thuc hien|thoi gian|thoi gian hoan thanh|thoi gian thuc hien|thoi han|thoi han hoan thanh|thoi han thuc hien|moc thoi gian|thoi gian hoan thanh du kien)$/],
  ['lead', /^((don vi|co quan|bo phan) )?chu tri( thuc hien)?$/],
  ['support', /^((don vi|co quan|bo phan) )?phoi hop( thuc hien)?$/],
  ['assignment', /^phan cong\b|^(don vi|co quan|bo phan) (chu tri )?(va )?(chu tri phoi hop|thuc hien|phu trach)\b|^trach nhiem( thuc hien)?$|^(don vi|co quan) chu tri va phoi hop$|^to chuc thuc hien$/],
  ['task', /^(nhiem vu|noi dung|ten nhiem vu|cong viec|noi dung cong viec|noi dung nhiem vu|nhiem vu giai phap|nhiem vu trong tam|cac nhiem vu)\b/],
  ['note', /^ghi chu$/],
  ['budget', /^(kinh phi|du toan( kinh phi)?|nguon kinh phi|kinh phi thuc hien)$/],
  ['goal', /^muc tieu( cu the)?$/],
  ['activity', /^(hoat dong|cac hoat dong|hoat dong cu the)$/],
];

/** The field a header cell names, or null. */
export function headerField(text: string): Field | null {
  const words = foldWords(text);
  if (!words || words.length > 80) return null;
  for (const [field, pattern] of HEADER_PATTERNS) if (pattern.test(words)) return field;
  return null;
}

export interface HeaderMatch {
  /** 1-based row of the last header row (data starts below it). */
  headerRow: number;
  /** 1-based row of the first header row. */
  headerTop: number;
  columns: ColumnMap;
  /** Header text per column of the table (1-based column → text), for repeated-header detection. */
  headerTexts: Map<number, string>;
  /** The same, folded (foldWords), computed once. */
  headerFolded: Map<number, string>;
  firstColumn: number;
  lastColumn: number;
  /** How many fields were recognised: used to choose between sheets. */
  score: number;
}

function rowFields(values: CellValue[] | undefined, maxColumns: number): Map<number, Field> {
  const found = new Map<number, Field>();
  if (!values) return found;
  const limit = Math.min(values.length, maxColumns);
  for (let c = 0; c < limit; c++) {
    const v = values[c];
    if (typeof v !== 'string') continue;
    const field = headerField(cellText(v));
    if (field) found.set(c + 1, field);
  }
  return found;
}

/** A table needs a task column and something to check it by. */
function isUsable(fields: Set<Field>): boolean {
  const hasTask = fields.has('task') || fields.has('activity');
  const hasCheckable = fields.has('deadline') || fields.has('assignment') || fields.has('lead');
  return hasTask && hasCheckable;
}

/** Find the header in the first rows of a sheet; null when there is no Phụ lục table. */
export function findHeader(grid: SheetGrid): HeaderMatch | null {
  const rows = Math.min(grid.values.length, HEADER_SCAN_ROWS);
  let best: HeaderMatch | null = null;
  for (let r = 0; r < rows; r++) {
    const fields = rowFields(grid.values[r], HEADER_SCAN_COLUMNS);
    if (fields.size < 2) continue;
    const match = buildMatch(grid, r + 1, fields);
    if (!match) continue;
    if (!best || match.score > best.score) best = match;
    // The first complete header is the table's; later ones are page-break repeats.
    if (best && best.score >= 4) break;
  }
  return best;
}

function buildMatch(grid: SheetGrid, row: number, fields: Map<number, Field>): HeaderMatch | null {
  const columns: ColumnMap = {};
  // The first column naming a field wins.
  for (const [col, field] of [...fields.entries()].sort((a, b) => a[0] - b[0])) {
    if (columns[field] === undefined) columns[field] = col;
  }
  let headerRow = row;
  let headerTop = row;

  // Two-row header: the row below names Chủ trì / Phối hợp (or other fields) under a group cell.
  const below = rowFields(grid.values[row], HEADER_SCAN_COLUMNS);
  const belowHasRoles = [...below.values()].some((f) => f === 'lead' || f === 'support');
  if (belowHasRoles && !rowLooksLikeData(grid.values[row])) {
    for (const [col, field] of below) {
      const above = fields.get(col);
      if (above === 'assignment' || above === undefined || above === field) {
        if (above === 'assignment' && columns.assignment === col) delete columns.assignment;
        columns[field] = col;
      }
    }
    headerRow = row + 1;
  }

  if (columns.task === undefined && columns.activity !== undefined) {
    columns.task = columns.activity;
    delete columns.activity;
  }
  const used = new Set(Object.keys(columns) as Field[]);
  if (!isUsable(used)) return null;

  const headerTexts = new Map<number, string>();
  let firstColumn = Infinity;
  let lastColumn = 0;
  for (const r of new Set([headerTop, headerRow])) {
    const values = grid.values[r - 1] ?? [];
    for (let c = 0; c < values.length; c++) {
      const text = cellText(values[c]);
      if (!text) continue;
      if (r === headerRow || !headerTexts.has(c + 1)) headerTexts.set(c + 1, text);
      firstColumn = Math.min(firstColumn, c + 1);
      lastColumn = Math.max(lastColumn, c + 1);
    }
  }
  // Merged header cells (a group cell spanning two columns) widen the table.
  for (const m of grid.merges) {
    if (m.top <= headerRow && m.bottom >= headerTop && m.left >= firstColumn - 1) {
      lastColumn = Math.max(lastColumn, m.right);
    }
  }
  const score = used.size;
  const headerFolded = new Map([...headerTexts].map(([c, t]) => [c, foldWords(t)]));
  return { headerRow, headerTop, columns, headerTexts, headerFolded, firstColumn, lastColumn, score };
}

/** A header row holds names, not a number in the first column and long sentences. */
function rowLooksLikeData(values: CellValue[] | undefined): boolean {
  if (!values) return false;
  return values.some((v) => typeof v === 'number' || (typeof v === 'string' && cellText(v).length > 60));
}

/** Longest cell text a header row plausibly holds; task rows have long sentences. */
const MAX_HEADER_CELL = 60;

/**
 * True when a row repeats the header (page breaks in printed or converted plans). Runs on every row,
 * so it gives up at the first cell no header holds: a number, a date, a long sentence.
 */
export function isRepeatedHeader(values: CellValue[] | undefined, header: HeaderMatch): boolean {
  if (!values) return false;
  // Fast exit for task rows: a repeated header has a header word in the TT column, not a number.
  const sttColumn = header.columns.stt;
  if (sttColumn !== undefined) {
    const stt = values[sttColumn - 1];
    if (stt !== null && stt !== undefined && stt !== '') {
      if (typeof stt !== 'string' || stt.length > MAX_HEADER_CELL || /^\s*[\dIVXLCivxlc.]+\s*$/.test(stt)) return false;
    }
  }
  let same = 0;
  let named = 0;
  let misses = 0;
  for (const [col, folded] of header.headerFolded) {
    const v = values[col - 1];
    if (v === null || v === undefined || v === '') continue;
    if (typeof v !== 'string' || v.length > MAX_HEADER_CELL) return false;
    named++;
    if (v === header.headerTexts.get(col) || (!/^\s*\d+\s*$/.test(v) && sameHeader(v, folded))) same++;
    // A repeated header matches in every named cell but one; a task row fails at once.
    else if (++misses > 1) return false;
  }
  return same >= 2 && same >= named - 1;
}

function sameHeader(value: string, folded: string): boolean {
  const text = cellText(value);
  return foldWords(text) === folded || headerField(text) !== null;
}
