/**
 * Kiểm tra: the as-of date and plan year, the check button, then what the check found — the table,
 * the task states, the findings by severity, the column mapping and (standalone) the task list.
 */
import { Button, Field, SpinButton, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowSyncRegular, CheckmarkCircleRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { fillsOf } from '../../core/settings';
import { STATE_LABELS } from '../../core/i18n';
import { usePaneContext } from '../paneContext';
import { ColumnMapping } from './ColumnMapping';
import { FindingsList } from './FindingsList';
import { Swatch } from './Swatch';
import { STATE_ORDER, countStates, stateFill } from './stateColours';
import { TaskTable } from './TaskTable';
import { TrackingOffer } from './TrackingOffer';
import { ViDatePicker } from './ViDatePicker';

export const useFormStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', gap: tokens.spacingHorizontalM },
  narrow: { width: '13em' },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  item: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  grow: { flexGrow: 1 },
});

const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

function PlanYearField() {
  const { t, planYear, setPlanYear, analysis } = usePaneContext();
  const styles = useFormStyles();
  const shown = planYear ?? analysis?.planYear ?? null;
  const [invalid, setInvalid] = useState(false);
  const source = analysis && planYear === null ? t.planYearSource[analysis.planYearSource] : planYear !== null ? t.planYearSource.user : undefined;
  return (
    <Field label={t.planYearLabel} hint={source} validationMessage={invalid ? t.planYearInvalid : undefined} className={styles.narrow}>
      <SpinButton
        id="plan-year"
        value={shown}
        min={MIN_YEAR}
        max={MAX_YEAR}
        onChange={(_, data) => {
          const year = data.value ?? (data.displayValue ? Number.parseInt(data.displayValue, 10) : Number.NaN);
          const ok = Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR;
          setInvalid(!ok);
          if (ok) setPlanYear(year);
        }}
      />
    </Field>
  );
}

function StatesOverview() {
  const { t, lang, analysis, settings } = usePaneContext();
  const styles = useFormStyles();
  if (!analysis) return null;
  const counts = countStates(analysis.tasks);
  const fills = fillsOf(settings);
  return (
    <section aria-labelledby="states-heading">
      <Text as="h2" id="states-heading" size={400} weight="semibold">
        {t.statesHeading}
      </Text>
      <ul className={styles.list} data-testid="state-counts">
        {STATE_ORDER.filter((state) => counts.has(state)).map((state) => (
          <li key={state} className={styles.item} data-state={state}>
            <Swatch fill={stateFill(state, fills)} />
            <Text>
              {STATE_LABELS[state][lang]}: <strong>{counts.get(state)}</strong>
            </Text>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function CheckPanel() {
  const pane = usePaneContext();
  const { t, analysis, port, busy, host } = pane;
  const styles = useFormStyles();
  const standalone = host.kind === 'standalone';
  return (
    <div className={styles.stack}>
      <Text>{t.checkIntro}</Text>
      <div className={styles.row}>
        <ViDatePicker id="as-of" label={t.asOfLabel} hint={t.asOfHint} value={pane.asOf} onChange={pane.setAsOf} />
        <PlanYearField />
        {pane.planYear !== null && (
          <Button appearance="subtle" onClick={() => pane.setPlanYear(null)}>
            {t.planYearAuto}
          </Button>
        )}
      </div>
      <div className={styles.row}>
        <Button
          appearance="primary"
          icon={analysis ? <ArrowSyncRegular /> : <CheckmarkCircleRegular />}
          disabled={!port || !!busy}
          onClick={() => void pane.runCheck()}
          data-testid="run-check"
        >
          {analysis ? t.recheckButton : t.checkButton}
        </Button>
      </div>
      {standalone && !port && <Text>{t.noFileYet}</Text>}
      {analysis && (
        <>
          <div data-testid="analysis-summary">
            <Text block>{t.tableFound(analysis.sheet, analysis.headerRow)}</Text>
            <Text block weight="semibold" data-testid="task-count">
              {t.taskCount(analysis.tasks.length, analysis.sections.length)}
            </Text>
          </div>
          <StatesOverview />
          <TrackingOffer />
          <FindingsList />
          <ColumnMapping />
          {standalone && <TaskTable />}
        </>
      )}
    </div>
  );
}
