/**
 * Reading the Tiến độ (deadline) cell, SPEC §2. parseDeadline never throws and never guesses:
 * what it cannot read is 'unrecognized'.
 */
import type { Deadline, DeadlineContext, IsoDate } from '../types';
import { isIsoDate } from '../dates';
import { cleanText } from '../text';
import type { DeadlineGrammar, Part } from './types';
import { classify } from './classify';
import { defaultGrammar } from './grammar';
import { prepareText } from './prepare';
import { sortParts } from './refiners/overlap';

export type { DatedPart, DayPart, DeadlineGrammar, DeadlineParser, DeadlineRefiner, MarkerPart, Part, PeriodPart } from './types';
export { isDated } from './types';
export { defaultGrammar, defaultParsers, defaultRefiners } from './grammar';
export { classify, partDue } from './classify';
export { prepareText, textBefore, parseYear } from './prepare';

/** Run a grammar's parsers and refiners over a text; the parts are what the classifier sees. */
export function findParts(folded: string, ctx: DeadlineContext, grammar: DeadlineGrammar = defaultGrammar): Part[] {
  let parts = sortParts(grammar.parsers.flatMap((parser) => parser.parse(folded, ctx)));
  for (const refiner of grammar.refiners) parts = refiner.refine(parts, folded, ctx);
  return parts;
}

/** A deadline reader for another grammar (the default one plus extra parsers, say). */
export function createDeadlineParser(grammar: DeadlineGrammar): (text: string, ctx: DeadlineContext) => Deadline {
  return (text, ctx) => {
    // Callers in plain JavaScript (the task pane reading Office values) may hand over null.
    const { clean, folded } = prepareText(typeof text === 'string' ? text : '');
    return classify(findParts(folded, ctx, grammar), clean, ctx);
  };
}

const readWithDefaultGrammar = createDeadlineParser(defaultGrammar);

/** Read a Tiến độ cell's text; `ctx.planYear` supplies the year the text leaves out. */
export function parseDeadline(text: string, ctx: DeadlineContext): Deadline {
  return readWithDefaultGrammar(text, ctx);
}

/** A cell that holds a real Excel date: that day is the deadline. */
export function deadlineFromDay(day: IsoDate, text: string, ctx: DeadlineContext): Deadline {
  const shown = cleanText(text);
  if (!isIsoDate(day)) return { text: shown, kind: 'invalid', due: null, milestones: [], findings: ['deadline.invalid_date'] };
  const outside = Number(day.slice(0, 4)) !== ctx.planYear;
  return { text: shown, kind: 'date', due: day, milestones: [], findings: outside ? ['deadline.outside_plan_year'] : [] };
}
