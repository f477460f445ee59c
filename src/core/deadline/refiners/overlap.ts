/**
 * Of overlapping dated parts keep the longest: "ngày 5 tháng 12 năm 2025" is one day, not also
 * "tháng 12 năm 2025"; "6 tháng cuối năm" is not also "cuối năm". Markers are left alone.
 */
import type { DatedPart, DeadlineRefiner, Part } from '../types';
import { isDated } from '../types';

export const overlapRefiner: DeadlineRefiner = {
  name: 'overlap',
  refine(parts) {
    const dated = parts.filter(isDated).sort((a, b) => a.index - b.index || b.end - b.index - (a.end - a.index));
    const kept: DatedPart[] = [];
    let reach = -1;
    for (const part of dated) {
      if (part.index < reach) continue;
      kept.push(part);
      reach = part.end;
    }
    return sortParts([...kept, ...parts.filter((p) => !isDated(p))]);
  },
};

export function sortParts(parts: Part[]): Part[] {
  return parts.sort((a, b) => a.index - b.index || a.end - b.end);
}
