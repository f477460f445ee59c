/**
 * Words just before a dated part that change its meaning:
 * - "trước (ngày) X": due the day before X (strictly before), and so for the days listed after it
 *   ("trước 15/6 và 15/12");
 * - "từ / kể từ / bắt đầu / sau (ngày) X": X is a start, not a deadline, so the part is dropped
 *   (a range "từ tháng 3 đến tháng 6/2025" is one part and keeps its end).
 */
import type { DatedPart, DeadlineRefiner } from '../types';
import { isDated } from '../types';
import { textBefore } from '../prepare';

const BEFORE = /\btruoc\s*(?:ngay\s*)?$/;
const START = /(?<![a-z])(?:ke tu|tinh tu|bat dau(?: tu)?|tu|sau)\s*(?:ngay\s*)?$/;
const RANGE_INSIDE = /-|\bden\b/;

const LIST_JOIN = /^\s*(?:,|\bva\b|\bhoac\b)\s*(?:ngay\s*)?$/;

export const beforeRefiner: DeadlineRefiner = {
  name: 'before',
  refine(parts, text) {
    let previous: DatedPart | null = null;
    return parts.map((p) => {
      if (!isDated(p)) return p;
      const listed = previous !== null && previous.before && previous.type === p.type && LIST_JOIN.test(text.slice(previous.end, p.index));
      const refined = listed || BEFORE.test(textBefore(text, p.index)) ? { ...p, before: true } : p;
      previous = refined;
      return refined;
    });
  },
};

export const startAnchorRefiner: DeadlineRefiner = {
  name: 'startAnchor',
  refine: (parts, text) =>
    parts.filter((p) => {
      if (!isDated(p)) return true;
      if (!START.test(textBefore(text, p.index))) return true;
      return p.type === 'period' && RANGE_INSIDE.test(text.slice(p.index, p.end));
    }),
};
