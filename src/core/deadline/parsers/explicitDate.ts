/**
 * Calendar days written out: "30/9/2025", "30-9-2025", "30.9.2025", "ngày 5 tháng 12 năm 2025",
 * "2025-09-30", and "30/11" (no year) when a word like "trước"/"ngày" says it is a date.
 */
import type { DayPart, DeadlineParser } from '../types';
import { inRange, parseYear, textBefore } from '../prepare';

// Day, separator, month, the same separator and a year of any length (a short one is reported as
// invalid, never guessed). Not inside a longer number chain: "09/2019/nđ-cp", "0258.3822.123".
const NUMERIC = /(?<![\d/.-])(\d{1,2})\s?([/.-])\s?(\d{1,2})(?:\s?\2\s?(\d+))?(?!\d|\s?[/.-]\s?\d)/g;

// "ngày 5 tháng 12 năm 2025", "ngày 5 tháng 12", "5 tháng 12 năm 2025".
const WORDS = /(?:(?<![a-z])(ngay)\s*|(?<![\d/.-]))(\d{1,2})\s*thang\s*(\d{1,2})(?!\d)(?:\s*,?\s*(?:nam|\/)\s*(\d+)(?!\d))?/g;

const HAS_DIGIT = /\d/;
const ISO = /(?<![\d/.-])(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/g;

// A day/month without a year counts only after a word like these (else "12.5" or "1/2 số hồ sơ"
// would be dates); "30/11" with a slash may also stand alone in its clause.
const BARE_DATE_WORD = /(?:\b(?:truoc|ngay|den|het|han|nhat|vao|tu|hoac|va)|[,(])\s*$/;
const CLAUSE_START = /[\n;]\s*-?\s*$/;
const CLAUSE_END = /^\s*[).]?\s*(?:[\n;]|$)/;

function dayPart(index: number, end: number, day: number, month: number, yearDigits: string | undefined): DayPart {
  const { year, invalid } = parseYear(yearDigits);
  return {
    type: 'day',
    index,
    end,
    day,
    month,
    year,
    invalid: invalid || !inRange(month, 1, 12) || !inRange(day, 1, 31),
    before: false,
  };
}

function isBareDate(before: string, after: string, separator: string): boolean {
  return BARE_DATE_WORD.test(before) || (separator === '/' && CLAUSE_START.test(before) && CLAUSE_END.test(after));
}

export const explicitDateParser: DeadlineParser = {
  name: 'explicitDate',
  parse(text) {
    const parts: DayPart[] = [];
    if (!HAS_DIGIT.test(text)) return parts;
    for (const m of text.matchAll(NUMERIC)) {
      const index = m.index ?? 0;
      const end = index + m[0].length;
      if (m[4] === undefined && !isBareDate(textBefore(text, index), text.slice(end, end + 8), m[2])) continue;
      parts.push(dayPart(index, end, Number(m[1]), Number(m[3]), m[4]));
    }
    for (const m of text.matchAll(WORDS)) {
      if (m[1] === undefined && m[4] === undefined) continue;
      const index = m.index ?? 0;
      parts.push(dayPart(index, index + m[0].length, Number(m[2]), Number(m[3]), m[4]));
    }
    for (const m of text.matchAll(ISO)) {
      const index = m.index ?? 0;
      parts.push(dayPart(index, index + m[0].length, Number(m[3]), Number(m[2]), m[1]));
    }
    return parts;
  },
};
