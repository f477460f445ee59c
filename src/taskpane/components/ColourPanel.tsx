/**
 * Tô màu: colour overdue, due-soon and unassigned rows (done rows on request), with a legend that
 * gives each colour its state in words and its count; "Xoá màu" removes exactly phuluc's rules.
 */
import { Button, Switch, Text, makeStyles, tokens } from '@fluentui/react-components';
import { PaintBucketRegular, EraserRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { HIGHLIGHT_LABELS } from '../../core/i18n';
import { HIGHLIGHT_PRIORITY, highlightKeyOf, type HighlightKey } from '../../core/highlight';
import { fillsOf } from '../../core/settings';
import { usePaneContext } from '../paneContext';
import { useFormStyles } from './CheckPanel';
import { Swatch } from './Swatch';

const useStyles = makeStyles({
  legend: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, margin: 0, padding: 0, listStyleType: 'none' },
  entry: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

export function ColourPanel() {
  const pane = usePaneContext();
  const { t, lang, analysis, settings, busy } = pane;
  const form = useFormStyles();
  const styles = useStyles();
  const [includeDone, setIncludeDone] = useState(settings.includeDone);

  if (!analysis) return <Text>{t.needCheckFirst}</Text>;

  const fills = fillsOf(settings);
  const counts: Record<HighlightKey, number> = { overdue: 0, due_soon: 0, unassigned: 0, done: 0 };
  for (const task of analysis.tasks) {
    const key = highlightKeyOf(task, includeDone);
    if (key) counts[key]++;
  }
  const keys = HIGHLIGHT_PRIORITY.filter((key) => key !== 'done' || includeDone);

  return (
    <div className={form.stack}>
      <Text>{t.colourIntro}</Text>
      <Switch checked={includeDone} onChange={(_, d) => setIncludeDone(d.checked)} label={t.includeDoneLabel} />
      <div className={form.row}>
        <Button appearance="primary" icon={<PaintBucketRegular />} disabled={!!busy} onClick={() => void pane.colour(includeDone)}>
          {t.colourButton}
        </Button>
        <Button icon={<EraserRegular />} disabled={!!busy} onClick={() => void pane.clear()}>
          {t.clearButton}
        </Button>
      </div>
      <section aria-labelledby="legend-heading">
        <Text as="h2" id="legend-heading" size={400} weight="semibold">
          {t.legendHeading}
        </Text>
        <ul className={styles.legend} data-testid="legend">
          {keys.map((key) => (
            <li key={key} className={styles.entry} data-key={key}>
              <Swatch fill={fills[key]} />
              <Text>
                {HIGHLIGHT_LABELS[key][lang]} — {t.legendCount(counts[key])}
              </Text>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
