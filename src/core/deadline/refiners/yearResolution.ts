/**
 * Fill in missing years: from the next dated part when the two are joined ("trước 15/3 và 15/9/2025",
 * "tháng 3 và quý II/2025"), else the plan year ("Quý I", "Trước 30/11").
 */
import type { DatedPart, DeadlineRefiner } from '../types';
import { isDated } from '../types';

const JOIN = /^\s*(?:,|-|\bva\b|\bden\b|\bhoac\b)?\s*(?:(?:truoc|ngay|den het|den|het)\s*)*$/;

export const yearResolutionRefiner: DeadlineRefiner = {
  name: 'yearResolution',
  refine(parts, text, ctx) {
    const resolved = new Map<DatedPart, DatedPart>();
    let next: DatedPart | null = null;
    for (let i = parts.length - 1; i >= 0; i--) {
      const part = parts[i];
      if (!isDated(part)) continue;
      let year: number | null = part.year;
      if (year === null && !part.invalid) {
        const joinedYear: number | null = next !== null && JOIN.test(text.slice(part.end, next.index)) ? next.year : null;
        year = joinedYear ?? ctx.planYear;
      }
      const filled: DatedPart = year === part.year ? part : { ...part, year };
      resolved.set(part, filled);
      next = filled;
    }
    return parts.map((p) => (isDated(p) ? (resolved.get(p) ?? p) : p));
  },
};
