/**
 * Reporting periods (SPEC §6): calendar quarters, the CCHC report periods with their cut-off day,
 * and custom ranges — each resolved to inclusive dates, a label in words and a summary sheet name.
 *
 * Sheet names stay Vietnamese whatever the display language: the sheet belongs to the workbook,
 * which is Vietnamese, and the same period must always give the same sheet name so that running the
 * summary again (from a pane in English or the command line) replaces that sheet instead of adding one.
 */
import { addDays, formatViDate, isIsoDate, isoFromParts, lastDayOfMonthIso } from '../dates';
import { toRoman } from '../text';
import type { IsoDate, Lang } from '../types';
import type { Period, PeriodCode } from './types';

export const DEFAULT_CUTOFF_DAY = 15;

/** Codes the command line accepts, in the order they are listed in help texts. */
export const PERIOD_CODES: readonly Exclude<PeriodCode, 'custom'>[] = [
  'q1',
  'q2',
  'q3',
  'q4',
  'cchc-q1',
  'cchc-6t',
  'cchc-q3',
  'cchc-year',
];

export interface ResolvePeriodOptions {
  /** Day of the month the CCHC periods are cut off on, 1–28 (default 15). */
  cutoffDay?: number;
  /** Only for 'custom'. */
  from?: IsoDate;
  to?: IsoDate;
  lang?: Lang;
}

/** First and last month (1–12) each CCHC period reports on, and its name in words. */
const CCHC_PERIODS: Record<'cchc-q1' | 'cchc-6t' | 'cchc-q3' | 'cchc-year', { first: number; last: number; short: string }> = {
  'cchc-q1': { first: 1, last: 3, short: 'CCHC-Q1' },
  'cchc-6t': { first: 1, last: 6, short: '6T' },
  'cchc-q3': { first: 7, last: 9, short: 'CCHC-Q3' },
  'cchc-year': { first: 1, last: 12, short: 'Năm' },
};

const SHEET_PREFIX = 'Tổng hợp';
const SHEET_NAME_MAX = 31;
const FORBIDDEN_IN_SHEET_NAME = /[/\\?*[\]:]/g;

/**
 * Make any text a valid Excel sheet name: / \ ? * [ ] : become '-', spaces are tidied, apostrophes
 * cannot open or close the name, at most 31 characters (UTF-16 units, as Excel counts), never empty.
 */
export function safeSheetName(name: string): string {
  let cleaned = name
    .normalize('NFC')
    .replace(FORBIDDEN_IN_SHEET_NAME, '-')
    .replace(/[\u0000-\u001f\s]+/g, ' ')
    .trim()
    .replace(/^'+|'+$/g, '')
    .trim();
  if (cleaned.length > SHEET_NAME_MAX) {
    let cut = '';
    for (const ch of cleaned) {
      if (cut.length + ch.length > SHEET_NAME_MAX) break;
      cut += ch;
    }
    cleaned = cut.replace(/'+$/g, '').trim();
  }
  // "History" is reserved by Excel.
  if (cleaned.toLowerCase() === 'history') cleaned = `${cleaned} (1)`;
  return cleaned.length > 0 ? cleaned : SHEET_PREFIX;
}

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < 1900 || year > 9998) throw new RangeError(`not a plan year: ${year}`);
}

function checkCutoff(day: number): void {
  if (!Number.isInteger(day) || day < 1 || day > 28) throw new RangeError(`cut-off day must be 1–28: ${day}`);
}

function rangeText(from: IsoDate, to: IsoDate): string {
  return `${formatViDate(from)} – ${formatViDate(to)}`;
}

/** "01.07-30.09.2025" within one year, "15.12.2024-14.06.2025" across two. */
function compactRange(from: IsoDate, to: IsoDate): string {
  const [fy, fm, fd] = from.split('-');
  const [ty, tm, td] = to.split('-');
  return fy === ty ? `${fd}.${fm}-${td}.${tm}.${ty}` : `${fd}.${fm}.${fy}-${td}.${tm}.${ty}`;
}

function calendarQuarter(code: 'q1' | 'q2' | 'q3' | 'q4', year: number, lang: Lang): Period {
  const quarter = Number(code[1]);
  const firstMonth = quarter * 3 - 2;
  const roman = toRoman(quarter);
  return {
    code,
    from: isoFromParts(year, firstMonth, 1),
    to: lastDayOfMonthIso(year, firstMonth + 2),
    label: lang === 'vi' ? `Quý ${roman}/${year}` : `Q${quarter} ${year}`,
    sheetName: safeSheetName(`${SHEET_PREFIX} Q${quarter}-${year}`),
  };
}

/**
 * A CCHC period runs from day C of the month before its first month to the day before day C of
 * its last month (C = 15: Quý I is 15/12 of the previous year – 14/3). With C = 1 that day before
 * is the last day of the month before, so consecutive periods still meet without a gap.
 */
function cchcPeriod(code: keyof typeof CCHC_PERIODS, year: number, cutoffDay: number, lang: Lang): Period {
  const { first, last, short } = CCHC_PERIODS[code];
  const from = first === 1 ? isoFromParts(year - 1, 12, cutoffDay) : isoFromParts(year, first - 1, cutoffDay);
  const to = addDays(isoFromParts(year, last, cutoffDay), -1);
  const range = rangeText(from, to);
  const labels: Record<typeof code, Record<Lang, string>> = {
    'cchc-q1': { vi: `Báo cáo quý I năm ${year} (${range})`, en: `CCHC report Q1 ${year} (${range})` },
    'cchc-6t': { vi: `Báo cáo 6 tháng năm ${year} (${range})`, en: `CCHC six-month report ${year} (${range})` },
    'cchc-q3': { vi: `Báo cáo quý III năm ${year} (${range})`, en: `CCHC report Q3 ${year} (${range})` },
    'cchc-year': { vi: `Báo cáo năm ${year} (${range})`, en: `CCHC annual report ${year} (${range})` },
  };
  return { code, from, to, label: labels[code][lang], sheetName: safeSheetName(`${SHEET_PREFIX} ${short}-${year}`) };
}

function customPeriod(from: IsoDate | undefined, to: IsoDate | undefined, lang: Lang): Period {
  if (!from || !to || !isIsoDate(from) || !isIsoDate(to)) {
    throw new RangeError(`a custom period needs two real dates YYYY-MM-DD: ${from ?? '?'}..${to ?? '?'}`);
  }
  if (from > to) throw new RangeError(`the period starts after it ends: ${from}..${to}`);
  const label =
    lang === 'vi'
      ? `Từ ${formatViDate(from)} đến ${formatViDate(to)}`
      : `From ${formatViDate(from)} to ${formatViDate(to)}`;
  return { code: 'custom', from, to, label, sheetName: safeSheetName(`${SHEET_PREFIX} ${compactRange(from, to)}`) };
}

/** The dates, label and sheet name of a period. Throws RangeError on a bad year, cut-off day or custom range. */
export function resolvePeriod(code: PeriodCode, year: number, opts: ResolvePeriodOptions = {}): Period {
  const lang = opts.lang ?? 'vi';
  switch (code) {
    case 'q1':
    case 'q2':
    case 'q3':
    case 'q4':
      checkYear(year);
      return calendarQuarter(code, year, lang);
    case 'cchc-q1':
    case 'cchc-6t':
    case 'cchc-q3':
    case 'cchc-year': {
      checkYear(year);
      const cutoffDay = opts.cutoffDay ?? DEFAULT_CUTOFF_DAY;
      checkCutoff(cutoffDay);
      return cchcPeriod(code, year, cutoffDay, lang);
    }
    case 'custom':
      return customPeriod(opts.from, opts.to, lang);
  }
}

export type PeriodArgResult = { ok: true; period: Period } | { ok: false; error: string };

const ARG_HELP = 'q1|q2|q3|q4|cchc-q1|cchc-6t|cchc-q3|cchc-year|YYYY-MM-DD..YYYY-MM-DD';

/**
 * Read the command line's --period value. Errors are one line for a person, in `lang`
 * (an optional fourth parameter; the CLI passes its --lang).
 */
export function parsePeriodArg(arg: string, year: number, cutoffDay?: number, lang: Lang = 'vi'): PeriodArgResult {
  const text = arg.trim().toLowerCase();
  const say = (vi: string, en: string): PeriodArgResult => ({ ok: false, error: lang === 'vi' ? vi : en });
  if (cutoffDay !== undefined && (!Number.isInteger(cutoffDay) || cutoffDay < 1 || cutoffDay > 28)) {
    return say(`Ngày chốt số liệu phải từ 1 đến 28 (đang là ${cutoffDay}).`, `The cut-off day must be 1–28 (got ${cutoffDay}).`);
  }
  if (!Number.isInteger(year) || year < 1900 || year > 9998) {
    return say(`Năm kế hoạch không hợp lệ: ${year}.`, `Not a valid plan year: ${year}.`);
  }
  if ((PERIOD_CODES as readonly string[]).includes(text)) {
    return { ok: true, period: resolvePeriod(text as PeriodCode, year, { cutoffDay, lang }) };
  }
  const range = /^(\d{4}-\d{2}-\d{2})\s*\.\.\s*(\d{4}-\d{2}-\d{2})$/.exec(text);
  if (range) {
    const [, from, to] = range;
    for (const day of [from, to]) {
      if (!isIsoDate(day)) return say(`Ngày không tồn tại: ${day}.`, `Not a real date: ${day}.`);
    }
    if (from > to) {
      return say(`Kỳ báo cáo bắt đầu (${from}) sau ngày kết thúc (${to}).`, `The period starts (${from}) after it ends (${to}).`);
    }
    return { ok: true, period: resolvePeriod('custom', year, { from, to, lang }) };
  }
  return say(`Không hiểu kỳ báo cáo "${arg}"; dùng: ${ARG_HELP}.`, `Unknown period "${arg}"; use: ${ARG_HELP}.`);
}

/** The calendar quarter that holds `asOf`, or Q1 / Q4 when `asOf` is before / after the plan year. */
export function defaultPeriodFor(asOf: IsoDate, planYear: number): PeriodCode {
  if (!isIsoDate(asOf)) throw new RangeError(`not an ISO date: ${asOf}`);
  const year = Number(asOf.slice(0, 4));
  if (year < planYear) return 'q1';
  if (year > planYear) return 'q4';
  const month = Number(asOf.slice(5, 7));
  return (['q1', 'q2', 'q3', 'q4'] as const)[Math.floor((month - 1) / 3)];
}
