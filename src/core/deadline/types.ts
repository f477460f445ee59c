/**
 * The pieces of the deadline grammar (SPEC §2), in the manner of chrono-node: parsers find parts
 * in the folded text, refiners clean the list of parts up, a classifier turns them into a Deadline.
 * Extend the grammar by adding a parser or a refiner to the lists in ./grammar.ts.
 */
import type { DeadlineContext } from '../types';

interface PartSpan {
  /** Offset of the first character in the folded text. */
  index: number;
  /** Offset just after the last character in the folded text. */
  end: number;
}

/** A calendar day: "30/9/2025", "ngày 5 tháng 12 năm 2025", "Trước 30/11". */
export interface DayPart extends PartSpan {
  type: 'day';
  day: number;
  month: number;
  /** The year written, or null when the text gives none (a refiner fills it in). */
  year: number | null;
  /** Written but impossible: day/month out of range, a truncated or 2-digit year. */
  invalid: boolean;
  /** "trước …": due is the day before. */
  before: boolean;
}

/** A run of whole months: a quarter, a month range, a half year, a year. */
export interface PeriodPart extends PartSpan {
  type: 'period';
  fromMonth: number;
  toMonth: number;
  year: number | null;
  invalid: boolean;
  /** "trước tháng 12/2025": due is the day before the period starts. */
  before: boolean;
}

export type DatedPart = DayPart | PeriodPart;

/** Words that say the task has no fixed day: "Thường xuyên", "Theo quy định", "05 ngày kể từ …". */
export interface MarkerPart extends PartSpan {
  type: 'recurring' | 'conditional' | 'relative';
}

export type Part = DatedPart | MarkerPart;

export interface DeadlineParser {
  readonly name: string;
  /** Every part this pattern finds in the folded text (lower case, no diacritics, lines kept). */
  parse(text: string, ctx: DeadlineContext): Part[];
}

export interface DeadlineRefiner {
  readonly name: string;
  /** Takes and returns parts sorted by index; may drop, change or add parts. Must not mutate its input. */
  refine(parts: Part[], text: string, ctx: DeadlineContext): Part[];
}

export interface DeadlineGrammar {
  parsers: readonly DeadlineParser[];
  refiners: readonly DeadlineRefiner[];
}

export function isDated(part: Part): part is DatedPart {
  return part.type === 'day' || part.type === 'period';
}
