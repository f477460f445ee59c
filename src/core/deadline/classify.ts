/**
 * From refined parts to a Deadline (SPEC §2). Precedence:
 * 1. no text → missing; 2. a dated part that is no real day → invalid (the due date cannot be known);
 * 3. a recurring word with only periods ("Thường xuyên trong năm 2025") → recurring;
 * 4. dated parts → date / period / multiple (they beat conditional and relative words);
 * 5. relative, then recurring, then conditional words; 6. anything else → unrecognized.
 */
import type { Deadline, DeadlineContext, DeadlineKind, FindingCode, IsoDate } from '../types';
import { addDays, isoFromParts, isRealDay, lastDayOfMonthIso } from '../dates';
import type { DatedPart, Part } from './types';
import { isDated } from './types';

/** The last day a dated part allows, or null when it names no real day. */
export function partDue(part: DatedPart, planYear: number): IsoDate | null {
  if (part.invalid) return null;
  const year = part.year ?? planYear;
  if (!Number.isInteger(year) || year < 1000 || year > 9999) return null;
  if (part.type === 'day') {
    if (!isRealDay(year, part.month, part.day)) return null;
    const day = isoFromParts(year, part.month, part.day);
    return part.before ? addDays(day, -1) : day;
  }
  return part.before ? addDays(isoFromParts(year, part.fromMonth, 1), -1) : lastDayOfMonthIso(year, part.toMonth);
}

function result(text: string, kind: DeadlineKind, findings: FindingCode[] = [], due: IsoDate | null = null, milestones: IsoDate[] = []): Deadline {
  return { text, kind, due, milestones, findings };
}

const HAS_CONTENT = /[\p{L}\p{N}]/u;

export function classify(parts: readonly Part[], text: string, ctx: DeadlineContext): Deadline {
  if (!HAS_CONTENT.test(text)) return result(text, 'missing', ['deadline.missing']);
  const dated = parts.filter(isDated);
  const has = (type: Part['type']) => parts.some((p) => p.type === type);

  if (dated.length > 0) {
    const dues = dated.map((p) => partDue(p, ctx.planYear));
    if (dues.some((d) => d === null)) return result(text, 'invalid', ['deadline.invalid_date']);
    if (has('recurring') && dated.every((p) => p.type === 'period' && !p.before)) return result(text, 'recurring');
    const milestones = [...new Set(dues as IsoDate[])].sort();
    const due = milestones[milestones.length - 1];
    const findings: FindingCode[] = Number(due.slice(0, 4)) === ctx.planYear ? [] : ['deadline.outside_plan_year'];
    if (milestones.length > 1) return result(text, 'multiple', findings, due, milestones);
    const single = dated.every((p) => p.type === 'period' && !p.before) ? 'period' : 'date';
    return result(text, single, findings, due);
  }
  if (has('relative')) return result(text, 'relative');
  if (has('recurring')) return result(text, 'recurring');
  if (has('conditional')) return result(text, 'conditional');
  return result(text, 'unrecognized', ['deadline.unrecognized']);
}
