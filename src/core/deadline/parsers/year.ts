/**
 * Year-long and half-year periods: "Năm 2025", "Trong năm 2025", "Cả năm", "Cuối năm",
 * "Trong 06 tháng đầu năm 2024", "6 tháng cuối năm".
 */
import type { DeadlineParser, PeriodPart } from '../types';
import { inRange, textBefore } from '../prepare';
import { periodPart } from './period';

const HALF = /(?<!\d)(\d{1,2})\s*thang\s*(dau|cuoi)(?:\s*nam)?(?:\s*\/?\s*(\d+)(?!\d|[/.-]\d))?/g;

// "Năm 2024-2025" runs to the end of the later year.
const YEAR = /(?<![a-z])nam\s*(\d+)(?:\s*-\s*(\d{4}))?(?!\d|[/.-]\d)/g;
// "năm 2024" is a deadline only at the start of a clause or after a time word; after a noun it names
// the thing ("Kế hoạch CCHC năm 2024", "TTHC năm 2024").
const YEAR_CUE = /(?:[\n;(:,+*\u2022-]|\b(?:trong|ca|den|het|suot|truoc|cuoi|vao|hoan thanh))\s*$/;

const WHOLE_YEAR = /(?<![a-z])(ca|cuoi)\s*nam(?![a-z]|\s*\d)/g;

export const halfYearParser: DeadlineParser = {
  name: 'halfYear',
  parse(text) {
    const parts: PeriodPart[] = [];
    if (!text.includes('thang')) return parts;
    for (const m of text.matchAll(HALF)) {
      const months = Number(m[1]);
      if (!inRange(months, 1, 12)) continue;
      const index = m.index ?? 0;
      const first = m[2] === 'dau';
      parts.push(periodPart(index, index + m[0].length, first ? 1 : 13 - months, first ? months : 12, m[3]));
    }
    return parts;
  },
};

export const yearParser: DeadlineParser = {
  name: 'year',
  parse(text) {
    const parts: PeriodPart[] = [];
    if (!text.includes('nam')) return parts;
    for (const m of text.matchAll(YEAR)) {
      const index = m.index ?? 0;
      if (!YEAR_CUE.test(textBefore(text, index))) continue;
      parts.push(periodPart(index, index + m[0].length, 1, 12, m[2] ?? m[1]));
    }
    for (const m of text.matchAll(WHOLE_YEAR)) {
      const index = m.index ?? 0;
      parts.push(periodPart(index, index + m[0].length, m[1] === 'ca' ? 1 : 12, 12, undefined));
    }
    return parts;
  },
};
