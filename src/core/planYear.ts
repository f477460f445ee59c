/**
 * The plan year (SPEC §1): the user's word first, then the year the deadlines agree on, then the
 * title's. A title can name another year than the plan (an appendix "năm 2020" for 2021 tasks),
 * so explicit deadline years outvote it, and the difference is reported.
 */
import { fold } from './text';
import type { PlanYearSource } from './types';

const YEAR = /(?:^|[^\d])((?:19|20)\d{2})(?!\d)/g;

/** Years written in a text ("năm 2025", "30/9/2025", "Quý I/2025"). */
export function yearsIn(text: string): number[] {
  const years: number[] = [];
  for (const m of text.matchAll(YEAR)) years.push(Number(m[1]));
  return years;
}

/** The year a title names: "năm YYYY" first, otherwise the latest year written. */
export function titleYear(lines: string[]): number | null {
  for (const line of lines) {
    const m = /nam ((?:19|20)\d{2})(?!\d)/.exec(fold(line));
    if (m) return Number(m[1]);
  }
  const all = lines.flatMap(yearsIn);
  return all.length ? Math.max(...all) : null;
}

/** The most common year among the deadlines that write one (ties → the later year). */
export function deadlineYear(deadlineTexts: string[]): number | null {
  const counts = new Map<number, number>();
  for (const text of deadlineTexts) {
    for (const y of new Set(yearsIn(text))) counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  let best: number | null = null;
  let bestCount = 0;
  for (const [year, count] of counts) {
    if (count > bestCount || (count === bestCount && best !== null && year > best)) {
      best = year;
      bestCount = count;
    }
  }
  return best;
}

export interface PlanYearChoice {
  year: number;
  source: PlanYearSource;
  /** The title's year when it differs from the year chosen. */
  conflictingTitleYear: number | null;
}

export function choosePlanYear(opts: {
  userYear?: number;
  titleLines: string[];
  deadlineTexts: string[];
  asOfYear: number;
}): PlanYearChoice {
  const fromTitle = titleYear(opts.titleLines);
  const fromDeadlines = deadlineYear(opts.deadlineTexts);
  if (opts.userYear) return { year: opts.userYear, source: 'user', conflictingTitleYear: null };
  if (fromDeadlines !== null) {
    const conflict = fromTitle !== null && fromTitle !== fromDeadlines ? fromTitle : null;
    // A title year that deadlines also use often enough is the plan's (improvement plans list last year's dates).
    if (conflict !== null && fromTitle !== null) {
      const titleUses = opts.deadlineTexts.filter((t) => yearsIn(t).includes(fromTitle)).length;
      const topUses = opts.deadlineTexts.filter((t) => yearsIn(t).includes(fromDeadlines)).length;
      if (titleUses * 2 >= topUses) return { year: fromTitle, source: 'title', conflictingTitleYear: null };
    }
    return { year: fromDeadlines, source: 'deadlines', conflictingTitleYear: conflict };
  }
  if (fromTitle !== null) return { year: fromTitle, source: 'title', conflictingTitleYear: null };
  return { year: opts.asOfYear, source: 'asOf', conflictingTitleYear: null };
}
