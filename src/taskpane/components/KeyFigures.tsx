/** The summary's main numbers after it was written, as a labelled two-column table. */
import { Table, TableBody, TableCell, TableRow, Text, makeStyles } from '@fluentui/react-components';
import type { Summary } from '../../core/summary/types';
import { usePaneContext } from '../paneContext';

const useStyles = makeStyles({
  value: { textAlign: 'right', fontVariantNumeric: 'tabular-nums', width: '6em' },
});

export function formatRate(rate: number | null, lang: 'vi' | 'en', none: string): string {
  if (rate === null) return none;
  return new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { style: 'percent', maximumFractionDigits: 1 }).format(rate);
}

export function KeyFigures({ summary }: { summary: Summary }) {
  const { t, lang } = usePaneContext();
  const styles = useStyles();
  const c = summary.totals;
  const rows: [string, string | number, string][] = [
    [t.figTotal, c.total, 'total'],
    [t.figDueInPeriod, c.dueInPeriod, 'dueInPeriod'],
    [t.figDueByEnd, c.dueByEnd, 'dueByEnd'],
    [t.figDoneOnTime, c.doneOnTime, 'doneOnTime'],
    [t.figDoneLate, c.doneLate, 'doneLate'],
    [t.figOverdue, c.overdue, 'overdue'],
    [t.figInProgress, c.inProgressOnTime, 'inProgressOnTime'],
    [t.figRecurring, c.recurring, 'recurring'],
    [t.figUnassigned, summary.unassigned.length, 'unassigned'],
    [t.figRateDue, formatRate(c.rateDueByEnd, lang, t.rateNone), 'rateDueByEnd'],
    [t.figRateAll, formatRate(c.rateAll, lang, t.rateNone), 'rateAll'],
  ];
  return (
    <section aria-labelledby="figures-heading" data-testid="key-figures">
      <Text as="h2" id="figures-heading" size={400} weight="semibold">
        {t.figuresHeading(summary.period.label)}
      </Text>
      <Table size="small" aria-labelledby="figures-heading">
        <TableBody>
          {rows.map(([label, value, key]) => (
            <TableRow key={key} data-figure={key}>
              <TableCell>{label}</TableCell>
              <TableCell className={styles.value}>{value}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}
