/** Progress while the pane works, and the one message of the moment (plain words, never a stack trace). */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { usePaneContext } from '../paneContext';

const useStyles = makeStyles({
  area: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  busy: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

export function StatusArea() {
  const { busy, message, setMessage, t } = usePaneContext();
  const styles = useStyles();
  const title = message?.intent === 'error' ? t.errorTitle : message?.intent === 'success' ? t.doneTitle : undefined;
  return (
    <div className={styles.area}>
      <div role="status" aria-live="polite" className={styles.busy} data-testid="busy">
        {busy && (
          <>
            <Text size={200}>{busy}</Text>
            <ProgressBar thickness="large" aria-label={busy} />
          </>
        )}
      </div>
      {message && (
        <MessageBar intent={message.intent} data-testid={`message-${message.intent}`} politeness={message.intent === 'error' ? 'assertive' : 'polite'}>
          <MessageBarBody>
            {title && <MessageBarTitle>{title}</MessageBarTitle>}
            {message.text}
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button appearance="transparent" aria-label={t.dismiss} icon={<DismissRegular />} onClick={() => setMessage(null)} />
            }
          />
        </MessageBar>
      )}
    </div>
  );
}
