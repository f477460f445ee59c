/**
 * Checks on the numbering of sections (I, II, III …) and tasks (TT), SPEC §5.
 * Task numbering is either continuous over the table or restarts in each section; both are normal,
 * so duplicates and gaps are judged within the scheme the table actually uses.
 */
import { romanValue, toRoman } from './text';
import type { FindingCode } from './types';

export interface NumberingIssue {
  code: FindingCode;
  row: number;
  params: Record<string, string | number>;
}

export function checkSectionNumbering(sections: { row: number; numeral: string }[]): NumberingIssue[] {
  const issues: NumberingIssue[] = [];
  let previous = null as { value: number; numeral: string } | null;
  for (const s of sections) {
    const value = romanValue(s.numeral);
    if (value === null) continue;
    const expected: number = previous ? previous.value + 1 : 1;
    if (value !== expected) {
      issues.push({
        code: 'section.numbering',
        row: s.row,
        params: { numeral: s.numeral, previous: previous?.numeral ?? '—', expected: toRoman(expected) },
      });
    }
    previous = { value, numeral: s.numeral };
  }
  return issues;
}

export interface NumberedTask {
  row: number;
  stt: string | null;
  section: string | null;
  /** Rows that share one merged TT cell carry the same key and are one number, not duplicates. */
  mergeKey: number | null;
}

/** Does numbering restart in each section? True when some later section starts again at 1. */
export function numberingRestarts(tasks: NumberedTask[]): boolean {
  const firstInSection = new Map<string | null, number>();
  for (const t of tasks) {
    const n = integerStt(t.stt);
    if (n === null || firstInSection.has(t.section)) continue;
    firstInSection.set(t.section, n);
  }
  const firsts = [...firstInSection.values()];
  return firsts.length > 1 && firsts.slice(1).some((n) => n === 1);
}

export function integerStt(stt: string | null): number | null {
  if (!stt) return null;
  const m = /^(\d+)[.)]?$/.exec(stt.trim());
  return m ? Number(m[1]) : null;
}

export function checkTaskNumbering(tasks: NumberedTask[]): NumberingIssue[] {
  const restarts = numberingRestarts(tasks);
  const issues: NumberingIssue[] = [];
  const seen = new Map<string, { row: number; mergeKey: number | null }>();
  let previous: { n: number; section: string | null } | null = null;
  for (const t of tasks) {
    if (!t.stt) continue;
    const scope = restarts ? `${t.section ?? ''}|` : '';
    const key = scope + t.stt.replace(/[.)]$/, '');
    const earlier = seen.get(key);
    if (earlier && (earlier.mergeKey === null || earlier.mergeKey !== t.mergeKey)) {
      issues.push({ code: 'stt.duplicate', row: t.row, params: { stt: t.stt, firstRow: earlier.row } });
    } else if (!earlier) {
      seen.set(key, { row: t.row, mergeKey: t.mergeKey });
    }
    const n = integerStt(t.stt);
    if (n === null) continue;
    const newSection = previous !== null && previous.section !== t.section;
    if (previous !== null && !(restarts && newSection)) {
      if (n > previous.n + 1) issues.push({ code: 'stt.gap', row: t.row, params: { previous: previous.n, stt: n } });
    }
    if (earlier && earlier.mergeKey !== null && earlier.mergeKey === t.mergeKey) continue;
    previous = { n, section: t.section };
  }
  return issues;
}
