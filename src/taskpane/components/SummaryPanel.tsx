/**
 * Tổng hợp: choose the period (CCHC report periods, calendar quarters or a custom range) and the
 * as-of date, write the summary sheet (asking before replacing one of the same name), then show
 * the key figures.
 */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Select,
  Text,
} from '@fluentui/react-components';
import { TableAddRegular } from '@fluentui/react-icons';
import { useMemo, useState } from 'react';
import { defaultPeriodFor, resolvePeriod } from '../../core/summary';
import type { Period, PeriodCode, Summary } from '../../core/summary/types';
import type { IsoDate } from '../../core/types';
import { isoToDmy } from '../dateText';
import { usePaneContext } from '../paneContext';
import { useFormStyles } from './CheckPanel';
import { KeyFigures } from './KeyFigures';
import { ViDatePicker } from './ViDatePicker';

const CCHC_CODES: PeriodCode[] = ['cchc-q1', 'cchc-6t', 'cchc-q3', 'cchc-year'];
const QUARTER_CODES: PeriodCode[] = ['q1', 'q2', 'q3', 'q4'];

export function SummaryPanel() {
  const pane = usePaneContext();
  const { t, lang, analysis, settings, busy } = pane;
  const form = useFormStyles();
  const [chosen, setChosen] = useState<PeriodCode | null>(null);
  const [from, setFrom] = useState<IsoDate | null>(null);
  const [to, setTo] = useState<IsoDate | null>(null);
  const [confirming, setConfirming] = useState<Period | null>(null);
  const [written, setWritten] = useState<Summary | null>(null);

  const year = analysis?.planYear ?? Number(pane.asOf.slice(0, 4));
  const code: PeriodCode = chosen ?? defaultPeriodFor(pane.asOf, year);
  const period = useMemo((): Period | null => {
    try {
      return resolvePeriod(code, year, { cutoffDay: settings.cutoffDay, from: from ?? undefined, to: to ?? undefined, lang });
    } catch {
      return null; // an incomplete custom range
    }
  }, [code, year, settings.cutoffDay, from, to, lang]);

  if (!analysis) return <Text>{t.needCheckFirst}</Text>;

  const write = async (target: Period) => {
    setConfirming(null);
    const summary = await pane.writeSummary(target);
    if (summary) setWritten(summary);
  };

  const onWrite = async () => {
    if (!period) return;
    const exists = await pane.work(t.busySummary, () => pane.sheetExists(period.sheetName));
    if (exists) setConfirming(period);
    else if (exists === false) await write(period);
  };

  return (
    <div className={form.stack}>
      <div className={form.row}>
        <Field label={t.periodLabel}>
          <Select id="period" value={code} onChange={(_, d) => setChosen(d.value as PeriodCode)}>
            <optgroup label={t.periodGroupCchc}>
              {CCHC_CODES.map((c) => (
                <option key={c} value={c}>
                  {t.periodNames[c]}
                </option>
              ))}
            </optgroup>
            <optgroup label={t.periodGroupQuarter}>
              {QUARTER_CODES.map((c) => (
                <option key={c} value={c}>
                  {t.periodNames[c]}
                </option>
              ))}
            </optgroup>
            <optgroup label={t.periodGroupCustom}>
              <option value="custom">{t.periodNames.custom}</option>
            </optgroup>
          </Select>
        </Field>
        <ViDatePicker id="summary-as-of" label={t.asOfLabel} hint={t.asOfHint} value={pane.asOf} onChange={pane.setAsOf} />
      </div>
      {code === 'custom' && (
        <div className={form.row}>
          <ViDatePicker id="period-from" label={t.fromLabel} value={from} onChange={setFrom} />
          <ViDatePicker id="period-to" label={t.toLabel} value={to} onChange={setTo} />
        </div>
      )}
      {period ? (
        <div data-testid="period-info">
          <Text block weight="semibold">
            {period.label}
          </Text>
          <Text block size={200}>
            {t.periodDates(isoToDmy(period.from), isoToDmy(period.to))}
          </Text>
          <Text block size={200}>
            {t.sheetNameIs(period.sheetName)}
          </Text>
        </div>
      ) : (
        <Text role="alert">{t.customRangeInvalid}</Text>
      )}
      <div className={form.row}>
        <Button appearance="primary" icon={<TableAddRegular />} disabled={!period || !!busy} onClick={() => void onWrite()} data-testid="write-summary">
          {t.writeSummary}
        </Button>
      </div>
      {written && <KeyFigures summary={written} />}
      <Dialog open={confirming !== null} onOpenChange={(_, d) => !d.open && setConfirming(null)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t.replaceTitle}</DialogTitle>
            <DialogContent>{confirming && t.replaceBody(confirming.sheetName)}</DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={() => confirming && void write(confirming)} data-testid="confirm-replace">
                {t.replace}
              </Button>
              <Button appearance="secondary" onClick={() => setConfirming(null)}>
                {t.cancel}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </div>
  );
}
