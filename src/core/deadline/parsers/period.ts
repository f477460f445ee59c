/**
 * Quarters and months: "Quý I/2025", "quý 1 năm 2025", "Q1/2025", "Quý II, III/2025",
 * "Tháng 12/2025", "tháng 3 năm 2025", "Tháng 01-03/2025", "từ tháng 3 đến tháng 6/2025".
 */
import type { DeadlineParser, PeriodPart } from '../types';
import { inRange, parseYear } from '../prepare';

const QUARTER_NUMBERS: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };
const NUMERAL = String.raw`(?:iv|iii|ii|i|[1-4])(?![a-z0-9])`;
const LIST_JOIN = String.raw`\s*(?:,|-|&|\bva\b|\bden\b)\s*`;
// "quý v" is no quarter: only I–IV / 1–4 are numerals here.
const QUARTER = new RegExp(
  String.raw`(?<![a-z0-9])(?:quy\s*(${NUMERAL})|q([1-4])(?![a-z0-9]))` +
    String.raw`((?:${LIST_JOIN}(?:quy\s*)?${NUMERAL})*)` +
    String.raw`(?:\s*(?:\/|-|,?\s*nam)\s*(\d+)(?!\d|[/.-]\d))?`,
  'g',
);
const NUMERALS_IN_LIST = /(iv|iii|ii|i|[1-4])(?![a-z0-9])/g;

// The second month of a range must not be the month of a date ("tháng 3, 15/12").
const MONTH = new RegExp(
  String.raw`(?<![a-z])thang\s*(\d{1,2})(?!\d)` +
    String.raw`(?:${LIST_JOIN}(?:thang\s*)?(\d{1,2})(?!\d|\s?[/.-]\s?\d{1,2}(?!\d)))?` +
    String.raw`(?:\s*(?:\/|-|\.|,?\s*nam)\s*(\d+)(?!\d|[/.-]\d))?`,
  'g',
);

export function periodPart(index: number, end: number, fromMonth: number, toMonth: number, yearDigits: string | undefined): PeriodPart {
  const { year, invalid } = parseYear(yearDigits);
  return { type: 'period', index, end, fromMonth, toMonth, year, invalid, before: false };
}

export const quarterParser: DeadlineParser = {
  name: 'quarter',
  parse(text) {
    const parts: PeriodPart[] = [];
    if (!text.includes('q')) return parts;
    for (const m of text.matchAll(QUARTER)) {
      const quarters = [QUARTER_NUMBERS[m[1] ?? m[2]]];
      for (const n of (m[3] ?? '').matchAll(NUMERALS_IN_LIST)) quarters.push(QUARTER_NUMBERS[n[1]]);
      const index = m.index ?? 0;
      const first = Math.min(...quarters);
      const last = Math.max(...quarters);
      parts.push(periodPart(index, index + m[0].length, first * 3 - 2, last * 3, m[4]));
    }
    return parts;
  },
};

export const monthParser: DeadlineParser = {
  name: 'month',
  parse(text) {
    const parts: PeriodPart[] = [];
    if (!text.includes('thang')) return parts;
    for (const m of text.matchAll(MONTH)) {
      const from = Number(m[1]);
      const to = m[2] === undefined ? from : Number(m[2]);
      const valid = inRange(from, 1, 12) && inRange(to, from, 12);
      // "Trong tháng 13" is no month; with a year written ("tháng 13/2025") it is a wrong date.
      if (!valid && m[3] === undefined) continue;
      const index = m.index ?? 0;
      const part = periodPart(index, index + m[0].length, valid ? from : 1, valid ? to : 12, m[3]);
      parts.push(valid ? part : { ...part, invalid: true });
    }
    return parts;
  },
};
