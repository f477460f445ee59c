/**
 * The periodic summary (SPEC §6) computed from an analysis: counts by section and by lead unit,
 * and the lists of overdue, due-in-period and unassigned tasks.
 *
 * Counting rules — what the numbers in the report promise:
 * - States are those of the analysis, i.e. as of analysis.asOf (not as of the period's end). A task
 *   finished after the period counts as done if it is done on the as-of date.
 * - total: every task of the plan, cancelled ones included (the plan lists them).
 * - cancelled: tasks in state cancelled. They are never "due" and never in a rate's denominator.
 * - dueInPeriod: not cancelled, due date within [period.from, period.to].
 * - dueByEnd: not cancelled, due date ≤ period.to (earlier periods' tasks included).
 * - doneOnTime: done_early + done_on_time among dueByEnd; doneLate: done_late among dueByEnd.
 * - overdue, inProgressOnTime (due_soon + on_track), recurring (ongoing), noFixedDeadline
 *   (no_fixed_deadline + no_deadline), done (any done_* state): over all tasks, by state.
 *   These five and cancelled split total exactly: done + overdue + inProgressOnTime + recurring
 *   + noFixedDeadline + cancelled = total.
 * - rateDueByEnd = (done tasks among dueByEnd) / dueByEnd; rateAll = done / (total − cancelled);
 *   null when the denominator is 0.
 * - By section: in the order of the sheet; tasks before the first section form a group with numeral
 *   null, "(Không thuộc mục)". Two sections with the same numeral share one line (the tasks only
 *   know the numeral). The section lines add up to the totals.
 * - By lead unit: a task counts once for each of its lead units (so the unit lines may add up to more
 *   than the totals); spellings of one unit are grouped by unitKey. Tasks without a lead unit are
 *   counted in `withoutLead`.
 * - Overdue list: state overdue, most days overdue first (days = asOf − due).
 * - Due-in-period list: the dueInPeriod tasks, by due date.
 * - Unassigned list: no lead unit and not cancelled (a cancelled task needs no one), as the colouring does.
 */
import { daysBetween } from '../dates';
import { isDoneState } from '../highlight';
import { foldWords } from '../text';
import type { Analysis, Task, TaskState, UnitAliases } from '../types';
import type { Period, SectionSummary, Summary, SummaryCounts, TaskLine, UnitSummary } from './types';

export type UnitKeyFn = (name: string, aliases?: UnitAliases) => string;

export interface BuildSummaryOptions {
  unitAliases?: UnitAliases;
  /** Grouping key of a unit name (src/core/units.ts provides the real one); default foldUnitKey. */
  unitKey?: UnitKeyFn;
  lang?: 'vi' | 'en';
}

export const NO_SECTION_TITLE = { vi: '(Không thuộc mục)', en: '(No section)' } as const;

/**
 * Default grouping: case, diacritics, spacing and punctuation ignored; an alias folds to its
 * canonical name.
 */
export function foldUnitKey(name: string, aliases?: UnitAliases): string {
  const key = foldWords(name);
  if (aliases) {
    for (const [canonical, others] of Object.entries(aliases)) {
      if (foldWords(canonical) === key || others.some((other) => foldWords(other) === key)) return foldWords(canonical);
    }
  }
  return key;
}

/** Running counts; rates are worked out at the end. */
interface Tally {
  total: number;
  dueInPeriod: number;
  dueByEnd: number;
  doneDueByEnd: number;
  doneOnTime: number;
  doneLate: number;
  overdue: number;
  inProgressOnTime: number;
  recurring: number;
  noFixedDeadline: number;
  done: number;
  cancelled: number;
}

function emptyTally(): Tally {
  return {
    total: 0,
    dueInPeriod: 0,
    dueByEnd: 0,
    doneDueByEnd: 0,
    doneOnTime: 0,
    doneLate: 0,
    overdue: 0,
    inProgressOnTime: 0,
    recurring: 0,
    noFixedDeadline: 0,
    done: 0,
    cancelled: 0,
  };
}

function isDueInPeriod(task: Task, period: Period): boolean {
  const due = task.deadline.due;
  return task.state !== 'cancelled' && due !== null && due >= period.from && due <= period.to;
}

function addTask(tally: Tally, task: Task, period: Period): void {
  const { state } = task;
  const due = task.deadline.due;
  tally.total++;
  if (state === 'cancelled') {
    tally.cancelled++;
    return;
  }
  const done = isDoneState(state);
  if (done) tally.done++;
  if (state === 'overdue') tally.overdue++;
  if (state === 'due_soon' || state === 'on_track') tally.inProgressOnTime++;
  if (state === 'ongoing') tally.recurring++;
  if (state === 'no_fixed_deadline' || state === 'no_deadline') tally.noFixedDeadline++;
  if (due === null || due > period.to) return;
  tally.dueByEnd++;
  if (due >= period.from) tally.dueInPeriod++;
  if (done) tally.doneDueByEnd++;
  if (state === 'done_early' || state === 'done_on_time') tally.doneOnTime++;
  if (state === 'done_late') tally.doneLate++;
}

function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

function countsOf(tally: Tally): SummaryCounts {
  return {
    total: tally.total,
    dueInPeriod: tally.dueInPeriod,
    dueByEnd: tally.dueByEnd,
    doneOnTime: tally.doneOnTime,
    doneLate: tally.doneLate,
    overdue: tally.overdue,
    inProgressOnTime: tally.inProgressOnTime,
    recurring: tally.recurring,
    noFixedDeadline: tally.noFixedDeadline,
    done: tally.done,
    cancelled: tally.cancelled,
    rateDueByEnd: ratio(tally.doneDueByEnd, tally.dueByEnd),
    rateAll: ratio(tally.done, tally.total - tally.cancelled),
  };
}

function taskLine(task: Task): TaskLine {
  return {
    row: task.row,
    stt: task.stt,
    section: task.section,
    task: task.task,
    deadlineText: task.deadline.text,
    due: task.deadline.due,
    state: task.state,
    lead: [...task.lead],
  };
}

interface SectionGroup {
  numeral: string | null;
  title: string;
  tally: Tally;
  states: Partial<Record<TaskState, number>>;
}

function summariseSections(analysis: Analysis, period: Period, lang: 'vi' | 'en'): SectionSummary[] {
  const groups = new Map<string | null, SectionGroup>();
  const open = (numeral: string | null, title: string): SectionGroup => {
    let group = groups.get(numeral);
    if (!group) {
      group = { numeral, title, tally: emptyTally(), states: {} };
      groups.set(numeral, group);
    }
    return group;
  };
  // Tasks before the first section come first in the sheet, so their group leads the table.
  if (analysis.tasks.some((task) => task.section === null)) open(null, NO_SECTION_TITLE[lang]);
  for (const section of analysis.sections) open(section.numeral, section.title);
  for (const task of analysis.tasks) {
    const group = open(task.section, '');
    addTask(group.tally, task, period);
    group.states[task.state] = (group.states[task.state] ?? 0) + 1;
  }
  return [...groups.values()].map((g) => ({ numeral: g.numeral, title: g.title, states: g.states, ...countsOf(g.tally) }));
}

interface UnitGroup {
  tally: Tally;
  spellings: Map<string, number>;
  firstSeen: number;
}

function summariseUnits(
  tasks: Task[],
  period: Period,
  unitKey: UnitKeyFn,
  aliases: UnitAliases | undefined,
): UnitSummary[] {
  const groups = new Map<string, UnitGroup>();
  for (const task of tasks) {
    const keys = new Set<string>();
    for (const raw of task.lead) {
      const name = raw.trim();
      const key = unitKey(name, aliases);
      if (!key) continue;
      let group = groups.get(key);
      if (!group) {
        group = { tally: emptyTally(), spellings: new Map(), firstSeen: groups.size };
        groups.set(key, group);
      }
      group.spellings.set(name, (group.spellings.get(name) ?? 0) + 1);
      // A task naming the same unit twice ("VP Sở; Văn phòng Sở") counts once for it.
      if (!keys.has(key)) {
        keys.add(key);
        addTask(group.tally, task, period);
      }
    }
  }
  const canonicalByKey = new Map<string, string>();
  for (const canonical of Object.keys(aliases ?? {})) canonicalByKey.set(unitKey(canonical, aliases), canonical);
  const lines = [...groups.entries()].map(([key, group]) => {
    let name = canonicalByKey.get(key);
    if (!name) {
      // The most used spelling; Map keeps first-seen order, so ties go to the first one.
      let best = -1;
      for (const [spelling, uses] of group.spellings) {
        if (uses > best) {
          best = uses;
          name = spelling;
        }
      }
    }
    return { unit: name ?? key, firstSeen: group.firstSeen, ...countsOf(group.tally) };
  });
  lines.sort((a, b) => b.total - a.total || a.unit.localeCompare(b.unit, 'vi') || a.firstSeen - b.firstSeen);
  return lines.map(({ firstSeen: _firstSeen, ...line }) => line);
}

export function buildSummary(analysis: Analysis, period: Period, opts: BuildSummaryOptions = {}): Summary {
  const { tasks, asOf } = analysis;
  const lang = opts.lang ?? 'vi';
  const totals = emptyTally();
  const withoutLead = emptyTally();
  for (const task of tasks) {
    addTask(totals, task, period);
    if (task.lead.length === 0) addTask(withoutLead, task, period);
  }

  const overdue = tasks
    .filter((task) => task.state === 'overdue' && task.deadline.due !== null)
    .map((task) => ({ ...taskLine(task), daysOverdue: daysBetween(task.deadline.due as string, asOf) }))
    .sort((a, b) => b.daysOverdue - a.daysOverdue || a.row - b.row);

  const dueInPeriod = tasks
    .filter((task) => isDueInPeriod(task, period))
    .map(taskLine)
    .sort((a, b) => (a.due as string).localeCompare(b.due as string) || a.row - b.row);

  const unassigned = tasks.filter((task) => task.lead.length === 0 && task.state !== 'cancelled').map(taskLine);

  return {
    period,
    asOf,
    planYear: analysis.planYear,
    sheet: analysis.sheet,
    totals: countsOf(totals),
    bySection: summariseSections(analysis, period, lang),
    byLead: summariseUnits(tasks, period, opts.unitKey ?? foldUnitKey, opts.unitAliases),
    withoutLead: countsOf(withoutLead),
    overdue,
    dueInPeriod,
    unassigned,
  };
}
