/**
 * Status (SPEC §4): the status cell ("Đã hoàn thành", "Đang thực hiện", "50%", "Chưa thực hiện",
 * "Không thực hiện" …) and the completion-date cell.
 */
import { dateValueToIso, excelSerialToIso, formatViDate, isRealDay, isoFromParts } from './dates';
import { cellText, cleanText, fold } from './text';
import type { CellValue, IsoDate, Status } from './types';

export interface StatusReading {
  status: Status;
  /** False when there was text that says nothing we know (finding status.unrecognized). */
  recognised: boolean;
}

/** A number format's sections without quoted text, escapes and [..] parts (colours, locales, conditions). */
function formatCode(numberFormat: string | null | undefined): string {
  if (!numberFormat) return '';
  return numberFormat
    .replace(/\[(?:h+|m+|s+)\]/gi, 'h') // elapsed time [h]:mm is a duration, not a date
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/_./g, '')
    .replace(/\*./g, '');
}

/** True when the number format shows a date: it has day, month or year tokens ("dd/mm/yyyy", "[$-42A]d mmm yy"). */
export function isDateFormat(numberFormat: string | null | undefined): boolean {
  if (!numberFormat || /^(general|@)$/i.test(numberFormat.trim())) return false;
  const code = formatCode(numberFormat).toLowerCase();
  if (/[dy]/.test(code)) return true;
  // "m" alone is a month unless it sits with hours or seconds ("h:mm", "mm:ss").
  return /m/.test(code) && !/[hs]/.test(code);
}

/** True when the number format shows a percentage ("0%", "0.0%"). */
export function isPercentFormat(numberFormat: string | null | undefined): boolean {
  return formatCode(numberFormat).includes('%');
}

// ---------------------------------------------------------------------------------------------
// Status words (folded, matched at the start of the cell so trailing notes do not matter)

const WORD_END = '(?![\\p{L}\\p{N}])';

function startsWith(words: string[]): RegExp {
  return new RegExp(`^(?:${words.map((w) => w.replace(/ /g, '\\s+')).join('|')})${WORD_END}`, 'u');
}

/** "Chưa …" first: "Chưa hoàn thành" is not done. */
const NOT_STARTED = startsWith(['chua', 'khong hoan thanh', 'not started', 'not yet']);
const CANCELLED = startsWith([
  'khong thuc hien', 'khong trien khai', 'khong tiep tuc', 'da huy', 'huy', 'huy bo', 'tam dung', 'tam ngung',
  'dung thuc hien', 'dung', 'ngung', 'ngung thuc hien', 'bai bo', 'cancelled', 'canceled',
]);
/** "Dừng" is cancelled but "Đúng hạn" (also "dung han" once folded) is not. */
const NOT_DUNG = /^dung\s+(?:han|tien do|thoi han|quy dinh)/u;
const DONE = startsWith([
  'da hoan thanh', 'hoan thanh', 'ht', 'xong', 'da xong', 'da thuc hien xong', 'thuc hien xong', 'hoan tat',
  'da hoan tat', 'da thuc hien', 'done', 'completed', 'complete',
]);
const IN_PROGRESS = startsWith([
  'dang', 'tiep tuc', 'da trien khai', 'hoan thanh mot phan', 'mot phan', 'in progress', 'ongoing',
]);
const PARTLY = /(?<![\p{L}\p{N}])mot phan(?![\p{L}\p{N}])/u;

function fromPercent(percent: number): StatusReading {
  if (!Number.isFinite(percent) || percent < 0 || percent > 100) return { status: 'unknown', recognised: false };
  if (percent >= 100) return { status: 'done', recognised: true };
  if (percent <= 0) return { status: 'not_started', recognised: true };
  return { status: 'in_progress', recognised: true };
}

const NUMBER = /^[+-]?(?:\d+(?:[.,]\d+)?|[.,]\d+)$/;
const PERCENT = /(\d+(?:[.,]\d+)?)\s*%/;

/**
 * The status a cell says. `numberFormat` is the cell's format: a number shown as a percentage
 * (format with "%", e.g. 0.5 → 50%) is read as one. A bare number without such a format says
 * nothing we can trust and is not recognised. Never throws.
 */
export function parseStatus(text: string | null, numberFormat?: string | null): StatusReading {
  const clean = typeof text === 'string' ? cleanText(text) : '';
  if (!clean) return { status: 'unknown', recognised: true };
  const folded = fold(clean).replace(/^[\s\-–—•+*.:]+/u, '');
  if (!folded) return { status: 'unknown', recognised: false };

  if (NUMBER.test(folded)) {
    if (!isPercentFormat(numberFormat)) return { status: 'unknown', recognised: false };
    return fromPercent(Number(folded.replace(',', '.')) * 100);
  }

  if (NOT_STARTED.test(folded)) return { status: 'not_started', recognised: true };
  if (CANCELLED.test(folded) && !NOT_DUNG.test(folded)) return { status: 'cancelled', recognised: true };

  const percentMatch = PERCENT.exec(folded);
  const percent = percentMatch ? Number(percentMatch[1].replace(',', '.')) : null;
  if (DONE.test(folded)) {
    // "Hoàn thành 80%" / "Hoàn thành một phần" are on the way, not done.
    if ((percent !== null && percent < 100) || PARTLY.test(folded)) return { status: 'in_progress', recognised: true };
    return { status: 'done', recognised: true };
  }
  if (IN_PROGRESS.test(folded)) return { status: 'in_progress', recognised: true };
  if (percent !== null) return fromPercent(percent);
  return { status: 'unknown', recognised: false };
}

// ---------------------------------------------------------------------------------------------
// Completion date

export interface CompletionDateReading {
  date: IsoDate | null;
  /** True when the cell holds something that is not a real day (finding completed_on.invalid). */
  invalid: boolean;
  /** The cell as text (a date cell as dd/mm/yyyy), for messages. */
  text: string;
}

const EMPTY: CompletionDateReading = { date: null, invalid: false, text: '' };

function yearOf(text: string): number {
  const y = Number(text);
  return text.length <= 2 ? 2000 + y : y;
}

/** Completion dates outside these years are typing or conversion mistakes. */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2200;

function dayOrInvalid(year: number, month: number, day: number, text: string): CompletionDateReading {
  if (year < FIRST_YEAR || year > LAST_YEAR || !isRealDay(year, month, day)) return { date: null, invalid: true, text };
  return { date: isoFromParts(year, month, day), invalid: false, text };
}

/** A day read from a date cell, or invalid when there is none or it is out of range. */
function fromCellDay(iso: IsoDate | null, text: string): CompletionDateReading {
  const year = iso ? Number(iso.slice(0, iso.indexOf('-', 1))) : NaN;
  if (!iso || !(year >= FIRST_YEAR && year <= LAST_YEAR)) return { date: null, invalid: true, text };
  return { date: iso, invalid: false, text: formatViDate(iso) };
}

/**
 * Read a completion-date cell: a Date (exceljs, UTC midnight), an Excel serial with a date format
 * (Office.js), or text "10/07/2025", "10-7-2025", "10.07.2025", "2025-07-10", "ngày 10 tháng 7 năm
 * 2025" (words around the date are allowed). A number without a date format, impossible days
 * (31/02/2025) and text without a date are invalid. Empty → no date, not invalid.
 */
export function parseCompletionDate(value: CellValue, numberFormat?: string | null): CompletionDateReading {
  if (value === null || value === undefined) return EMPTY;
  if (value instanceof Date) {
    const iso = dateValueToIso(value);
    return fromCellDay(iso, iso ?? '');
  }
  if (typeof value === 'number') {
    return fromCellDay(isDateFormat(numberFormat) ? excelSerialToIso(value) : null, cellText(value));
  }
  if (typeof value !== 'string') return { date: null, invalid: true, text: cellText(value) };

  const text = cleanText(value).replace(/\n/g, ' ');
  if (!text) return EMPTY;
  const folded = fold(text);

  const iso = /(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/.exec(folded);
  if (iso) return dayOrInvalid(Number(iso[1]), Number(iso[2]), Number(iso[3]), text);

  const words = /ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4})/.exec(folded);
  if (words) return dayOrInvalid(Number(words[3]), Number(words[2]), Number(words[1]), text);

  const dmy = /(?<![\d/.-])(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4}|\d{2})(?![\d/.-])/.exec(folded);
  if (dmy) return dayOrInvalid(yearOf(dmy[4]), Number(dmy[3]), Number(dmy[1]), text);

  return { date: null, invalid: true, text };
}
