/**
 * Standalone page: the tasks as the check read them, with their state in words (and the colour
 * the sheet gives that state beside it). Going to a finding scrolls to its task row here and marks it.
 */
import {
  Field,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { STATE_LABELS } from '../../core/i18n';
import { fillsOf } from '../../core/settings';
import type { TaskState } from '../../core/types';
import { isoToDmy } from '../dateText';
import { usePaneContext } from '../paneContext';
import { Swatch } from './Swatch';
import { STATE_ORDER, countStates, stateFill } from './stateColours';

const useStyles = makeStyles({
  wrap: { overflowX: 'auto' },
  focused: {
    outline: `${tokens.strokeWidthThickest} solid ${tokens.colorStrokeFocus2}`,
    outlineOffset: '-3px',
    backgroundColor: tokens.colorNeutralBackground1Selected,
  },
  task: { display: '-webkit-box', WebkitLineClamp: 3, WebkitBoxOrient: 'vertical', overflow: 'hidden' },
  state: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  stt: { width: '3.5em' },
  narrow: { width: '7em' },
  filter: { maxWidth: '16em' },
});

export function TaskTable() {
  const { t, lang, analysis, settings, focusRow } = usePaneContext();
  const styles = useStyles();
  const [filter, setFilter] = useState<TaskState | ''>('');
  const focused = useRef<HTMLTableRowElement>(null);

  const focusedTask = analysis?.tasks.find((task) => focusRow !== null && task.row <= focusRow && focusRow <= task.lastRow);

  useEffect(() => {
    if (focusRow === null) return;
    if (focusedTask && filter && focusedTask.state !== filter) setFilter('');
    // After the render that shows the row.
    requestAnimationFrame(() => {
      focused.current?.scrollIntoView({ block: 'center' });
      focused.current?.focus();
    });
  }, [focusRow]); // only when the user goes to another row

  if (!analysis) return null;
  const fills = fillsOf(settings);
  const counts = countStates(analysis.tasks);
  const shown = filter ? analysis.tasks.filter((task) => task.state === filter) : analysis.tasks;

  return (
    <section aria-labelledby="tasks-heading" data-testid="task-table">
      <Text as="h2" id="tasks-heading" size={400} weight="semibold">
        {t.tasksHeading}
      </Text>
      <Text block size={200}>
        {t.tasksHint}
      </Text>
      <Field label={t.filterState} className={styles.filter}>
        <Select value={filter} onChange={(_, d) => setFilter(d.value as TaskState | '')} data-testid="state-filter">
          <option value="">{t.filterAll}</option>
          {STATE_ORDER.filter((s) => counts.has(s)).map((state) => (
            <option key={state} value={state}>
              {`${STATE_LABELS[state][lang]} (${counts.get(state)})`}
            </option>
          ))}
        </Select>
      </Field>
      <Text block size={200} aria-live="polite">
        {t.tasksShown(shown.length, analysis.tasks.length)}
      </Text>
      {focusRow !== null && !focusedTask && (
        <Text block role="note">
          {t.rowNotTask(focusRow)}
        </Text>
      )}
      <div className={styles.wrap}>
        <Table size="small" aria-labelledby="tasks-heading">
          <TableHeader>
            <TableRow>
              <TableHeaderCell className={styles.stt}>{t.colStt}</TableHeaderCell>
              <TableHeaderCell>{t.colTask}</TableHeaderCell>
              <TableHeaderCell>{t.colDeadline}</TableHeaderCell>
              <TableHeaderCell className={styles.narrow}>{t.colDue}</TableHeaderCell>
              <TableHeaderCell>{t.colLead}</TableHeaderCell>
              <TableHeaderCell>{t.colState}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {shown.map((task) => {
              const isFocused = task === focusedTask;
              return (
                <TableRow
                  key={task.row}
                  id={`task-row-${task.row}`}
                  ref={isFocused ? focused : undefined}
                  tabIndex={isFocused ? -1 : undefined}
                  aria-current={isFocused ? 'true' : undefined}
                  className={isFocused ? styles.focused : undefined}
                  data-row={task.row}
                  data-stt={task.stt ?? ''}
                  data-state={task.state}
                >
                  <TableCell>{task.stt ?? ''}</TableCell>
                  <TableCell>
                    <span className={styles.task} title={task.task}>
                      {task.task}
                    </span>
                  </TableCell>
                  <TableCell>{task.deadline.text}</TableCell>
                  <TableCell>{isoToDmy(task.deadline.due)}</TableCell>
                  <TableCell>{task.lead.length > 0 ? task.lead.join('; ') : t.noLead}</TableCell>
                  <TableCell>
                    <span className={styles.state}>
                      <Swatch fill={stateFill(task.state, fills)} />
                      {STATE_LABELS[task.state][lang]}
                    </span>
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </div>
    </section>
  );
}
