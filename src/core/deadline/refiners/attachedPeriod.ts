/**
 * A period word right before a day in the same clause names a report, and the day is its deadline:
 * "Báo cáo quý I, trước ngày 10/3; 6 tháng đầu năm, trước ngày 10/6" → the days are the milestones.
 */
import type { DeadlineRefiner, Part } from '../types';
import { isDated } from '../types';

const GAP = /^[\s,:(]*(?:(?:truoc|cham nhat|trong|den het|den|han|vao|hoan thanh)\s*)*(?:ngay\s*)?$/;

export const attachedPeriodRefiner: DeadlineRefiner = {
  name: 'attachedPeriod',
  refine(parts, text) {
    const dated = parts.filter(isDated);
    const dropped = new Set<Part>(
      dated.filter((p, i) => {
        const next = dated[i + 1];
        return p.type === 'period' && next?.type === 'day' && GAP.test(text.slice(p.end, next.index));
      }),
    );
    return parts.filter((p) => !dropped.has(p));
  },
};
