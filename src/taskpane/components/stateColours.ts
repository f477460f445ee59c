/** The colour shown beside a state in the pane: the fill the sheet uses for it, so both agree. */
import type { HighlightKey } from '../../core/highlight';
import type { Task, TaskState } from '../../core/types';

const KEY_OF_STATE: Partial<Record<TaskState, HighlightKey>> = {
  overdue: 'overdue',
  due_soon: 'due_soon',
  done: 'done',
  done_early: 'done',
  done_on_time: 'done',
  done_late: 'done',
};

export function stateFill(state: TaskState, fills: Record<HighlightKey, string>): string | null {
  const key = KEY_OF_STATE[state];
  return key ? fills[key] : null;
}

/** States in the order the pane lists them: what needs action first. */
export const STATE_ORDER: TaskState[] = [
  'overdue',
  'due_soon',
  'on_track',
  'ongoing',
  'no_fixed_deadline',
  'no_deadline',
  'done_early',
  'done_on_time',
  'done_late',
  'done',
  'cancelled',
];

export function countStates(tasks: Pick<Task, 'state'>[]): Map<TaskState, number> {
  const counts = new Map<TaskState, number>();
  for (const task of tasks) counts.set(task.state, (counts.get(task.state) ?? 0) + 1);
  return counts;
}
