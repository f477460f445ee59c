/**
 * "Thêm cột theo dõi": when the table has no status / completion-date column, offer to add them
 * (Excel with ExcelApi 1.8 only); elsewhere say why it is not offered and what to do instead.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { FIELD_LABELS } from '../../core/i18n';
import { usePaneContext } from '../paneContext';
import { withoutStack } from '../plainMessage';

export function TrackingOffer() {
  const pane = usePaneContext();
  const { t, lang, analysis, host, busy } = pane;
  if (!analysis) return null;
  const missing = (['status', 'completedOn'] as const).filter((field) => analysis.columns[field] === undefined);
  if (missing.length === 0) return null;
  const names = missing.map((field) => `“${FIELD_LABELS[field][lang]}”`).join(t.and);
  // Both columns are added together; with a status column already there, adding would duplicate it.
  const canOffer = missing.length === 2;

  let action: JSX.Element | null = null;
  let note: string | null = null;
  const tracking = host.tracking;
  if (!tracking) {
    note = t.trackingStandalone;
  } else if (!canOffer) {
    note = null;
  } else if (tracking.unsupportedReason(lang)) {
    note = tracking.unsupportedReason(lang);
  } else {
    action = (
      <Button
        disabled={!!busy}
        onClick={async () => {
          const result = await pane.work(t.busyTracking, () => tracking.add(analysis, lang));
          if (!result) return;
          if (!result.ok) pane.setMessage({ intent: 'error', text: withoutStack(result.message) });
          else {
            pane.setMessage({ intent: 'success', text: t.trackingAdded });
            void pane.runCheck({ sameSheet: true });
          }
        }}
      >
        {t.trackingAdd}
      </Button>
    );
  }

  return (
    <MessageBar intent="info" layout="multiline" data-testid="tracking-offer">
      <MessageBarBody>
        {t.trackingMissing(names)}
        {note && <> {note}</>}
      </MessageBarBody>
      {action && <MessageBarActions>{action}</MessageBarActions>}
    </MessageBar>
  );
}
