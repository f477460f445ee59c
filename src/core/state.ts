/** A task's state on a given day (SPEC §4). */
import { addDays } from './dates';
import type { Deadline, IsoDate, Status, TaskState } from './types';

/** Days before the due date a task counts as due soon, unless the user chooses otherwise. */
export const DEFAULT_DUE_SOON_DAYS = 14;

export interface StateInput {
  status: Status;
  deadline: Pick<Deadline, 'kind' | 'due'>;
  completedOn: IsoDate | null;
}

export function computeState(task: StateInput, asOf: IsoDate, dueSoonDays: number): TaskState {
  if (task.status === 'cancelled') return 'cancelled';
  const due = task.deadline.due;
  if (task.status === 'done') {
    if (!task.completedOn || !due) return 'done';
    if (task.completedOn < due) return 'done_early';
    return task.completedOn === due ? 'done_on_time' : 'done_late';
  }
  switch (task.deadline.kind) {
    case 'recurring':
      return 'ongoing';
    case 'conditional':
    case 'relative':
      return 'no_fixed_deadline';
    case 'missing':
    case 'invalid':
    case 'unrecognized':
      return 'no_deadline';
  }
  if (!due) return 'no_deadline';
  if (due < asOf) return 'overdue';
  return due <= addDays(asOf, dueSoonDays) ? 'due_soon' : 'on_track';
}
