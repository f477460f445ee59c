/**
 * Which rows to colour, and the conditional-format rules that colour them.
 *
 * Rules rather than cell fills: a rule lies over the user's own fills without changing them, one
 * rule covers any number of rows, and phuluc can find and remove exactly its own rules later —
 * every formula carries the marker N("phuluc:…"), which is 0 and so changes nothing in the result.
 */
import { columnLetter } from './text';
import type { Task, TaskState } from './types';

export type HighlightKey = 'overdue' | 'due_soon' | 'unassigned' | 'done';

/** Defaults chosen to stay readable with black text, distinct for the common colour-vision deficiencies. */
export const DEFAULT_HIGHLIGHT_FILLS: Record<HighlightKey, string> = {
  overdue: '#F4B6B6',
  due_soon: '#FFE08A',
  unassigned: '#C9C3E6',
  done: '#C6E7C6',
};

/** One row gets one colour: the first key in this order that applies. */
export const HIGHLIGHT_PRIORITY: HighlightKey[] = ['overdue', 'unassigned', 'due_soon', 'done'];

export const HIGHLIGHT_MARKER = 'phuluc:';

/** Rows per rule: keeps each formula well inside Excel's 8,192-character limit. */
export const ROWS_PER_RULE = 800;

export interface HighlightOptions {
  fills?: Partial<Record<HighlightKey, string>>;
  /** Colour done rows too (off by default: the report is about what is left to do). */
  includeDone?: boolean;
}

export interface HighlightRule {
  key: HighlightKey;
  /** A1-style range the rule applies to ("A6:E56"). */
  range: string;
  /** Formula without the leading '=' — hosts differ on whether they want it. */
  formula: string;
  fill: string;
  /** Sheet rows this rule colours (for counts and tests). */
  rows: number[];
}

const DONE_STATES: TaskState[] = ['done', 'done_early', 'done_on_time', 'done_late'];

export function isDoneState(state: TaskState): boolean {
  return DONE_STATES.includes(state);
}

export function isUnassigned(task: Pick<Task, 'lead'>): boolean {
  return task.lead.length === 0;
}

/** The highlight a task gets, or null. */
export function highlightKeyOf(task: Pick<Task, 'state' | 'lead'>, includeDone: boolean): HighlightKey | null {
  for (const key of HIGHLIGHT_PRIORITY) {
    if (key === 'overdue' && task.state === 'overdue') return key;
    if (key === 'unassigned' && isUnassigned(task) && task.state !== 'cancelled') return key;
    if (key === 'due_soon' && task.state === 'due_soon') return key;
    if (key === 'done' && includeDone && isDoneState(task.state)) return key;
  }
  return null;
}

/** Every sheet row a task covers (a task may span continuation rows). */
function taskRows(task: Pick<Task, 'row' | 'lastRow'>): number[] {
  const rows: number[] = [];
  for (let r = task.row; r <= task.lastRow; r++) rows.push(r);
  return rows;
}

/**
 * Build the rules for a table: one rule per highlight key and block of ROWS_PER_RULE rows, each applying
 * to the table's full width and its row span, the formula selecting the rows by number.
 */
export function buildHighlightRules(
  tasks: Pick<Task, 'row' | 'lastRow' | 'state' | 'lead'>[],
  table: { firstColumn: number; lastColumn: number },
  options: HighlightOptions = {},
): HighlightRule[] {
  const fills = { ...DEFAULT_HIGHLIGHT_FILLS, ...options.fills };
  const rowsByKey = new Map<HighlightKey, number[]>();
  for (const task of tasks) {
    const key = highlightKeyOf(task, options.includeDone ?? false);
    if (!key) continue;
    const list = rowsByKey.get(key) ?? [];
    list.push(...taskRows(task));
    rowsByKey.set(key, list);
  }
  const rules: HighlightRule[] = [];
  const left = columnLetter(table.firstColumn);
  const right = columnLetter(table.lastColumn);
  for (const key of HIGHLIGHT_PRIORITY) {
    const rows = rowsByKey.get(key);
    if (!rows || rows.length === 0) continue;
    rows.sort((a, b) => a - b);
    for (let i = 0; i < rows.length; i += ROWS_PER_RULE) {
      const block = rows.slice(i, i + ROWS_PER_RULE);
      const top = block[0];
      const bottom = block[block.length - 1];
      // Row numbers are absolute, so the rule reads the same from every cell of its range.
      const formula = `AND(ISNUMBER(MATCH(ROW(),{${block.join(',')}},0)),N("${HIGHLIGHT_MARKER}${key}")=0)`;
      rules.push({ key, range: `${left}${top}:${right}${bottom}`, formula, fill: fills[key], rows: block });
    }
  }
  return rules;
}

/** True when a conditional-format formula is one of phuluc's (with or without a leading '='). */
export function isPhulucRuleFormula(formula: string | null | undefined): boolean {
  return typeof formula === 'string' && formula.includes(`"${HIGHLIGHT_MARKER}`);
}
