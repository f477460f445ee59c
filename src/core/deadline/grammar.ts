/** The default deadline grammar: the parsers and refiners run in this order. */
import type { DeadlineGrammar } from './types';
import { explicitDateParser } from './parsers/explicitDate';
import { monthParser, quarterParser } from './parsers/period';
import { halfYearParser, yearParser } from './parsers/year';
import { conditionalParser, recurringParser, relativeParser } from './parsers/keywords';
import { documentReferenceRefiner } from './refiners/documentReference';
import { overlapRefiner } from './refiners/overlap';
import { beforeRefiner, startAnchorRefiner } from './refiners/modifiers';
import { attachedPeriodRefiner } from './refiners/attachedPeriod';
import { yearResolutionRefiner } from './refiners/yearResolution';

export const defaultParsers = [
  explicitDateParser,
  quarterParser,
  monthParser,
  halfYearParser,
  yearParser,
  recurringParser,
  conditionalParser,
  relativeParser,
] as const;

export const defaultRefiners = [
  documentReferenceRefiner,
  overlapRefiner,
  startAnchorRefiner,
  beforeRefiner,
  attachedPeriodRefiner,
  yearResolutionRefiner,
] as const;

export const defaultGrammar: DeadlineGrammar = { parsers: defaultParsers, refiners: defaultRefiners };
