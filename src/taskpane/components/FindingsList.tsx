/**
 * Findings grouped by severity, each group with its count; every finding is a button that goes to
 * its cell (Excel) or its task row (standalone). Severity is said in words and with an icon.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ErrorCircleRegular, InfoRegular, WarningRegular } from '@fluentui/react-icons';
import type { ReactElement } from 'react';
import { SEVERITY_LABELS } from '../../core/i18n';
import type { Finding, Severity } from '../../core/types';
import { usePaneContext } from '../paneContext';

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

const ICONS: Record<Severity, ReactElement> = {
  error: <ErrorCircleRegular aria-hidden="true" />,
  warning: <WarningRegular aria-hidden="true" />,
  info: <InfoRegular aria-hidden="true" />,
};

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  finding: { justifyContent: 'flex-start', textAlign: 'left', fontWeight: tokens.fontWeightRegular, width: '100%', minWidth: 0 },
  text: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start' },
  where: { color: tokens.colorNeutralForeground3 },
});

function FindingButton({ finding }: { finding: Finding }) {
  const { t, goTo } = usePaneContext();
  const styles = useStyles();
  const where = t.findingWhere(finding.row, finding.column);
  const text = (
    <span className={styles.text}>
      <Text size={200} className={styles.where}>
        {where}
      </Text>
      <Text>{finding.message}</Text>
    </span>
  );
  // A finding about the whole sheet has no cell to go to: plain text, not a button that does nothing.
  if (finding.row === null) return <div data-code={finding.code}>{text}</div>;
  return (
    <Button
      appearance="subtle"
      className={styles.finding}
      onClick={() => void goTo(finding.row, finding.column)}
      data-row={finding.row}
      data-code={finding.code}
    >
      {text}
    </Button>
  );
}

export function FindingsList() {
  const { t, lang, analysis } = usePaneContext();
  const styles = useStyles();
  if (!analysis) return null;
  const groups = SEVERITIES.map((severity) => ({
    severity,
    findings: analysis.findings.filter((f) => f.severity === severity),
  })).filter((g) => g.findings.length > 0);

  return (
    <section aria-labelledby="findings-heading" data-testid="findings">
      <Text as="h2" id="findings-heading" size={400} weight="semibold">
        {t.findingsHeading}
      </Text>
      {groups.length === 0 ? (
        <Text block>{t.noFindings}</Text>
      ) : (
        <>
          <Text block size={200}>
            {t.findingsHint}
          </Text>
          <Accordion multiple collapsible defaultOpenItems={groups[0].severity}>
            {groups.map(({ severity, findings }) => (
              <AccordionItem key={severity} value={severity} data-severity={severity}>
                <AccordionHeader icon={ICONS[severity]}>
                  {t.severityGroup(SEVERITY_LABELS[severity][lang], findings.length)}
                </AccordionHeader>
                <AccordionPanel>
                  <ul className={styles.list}>
                    {findings.map((finding, i) => (
                      <li key={`${finding.code}-${finding.row}-${finding.column}-${i}`}>
                        <FindingButton finding={finding} />
                      </li>
                    ))}
                  </ul>
                </AccordionPanel>
              </AccordionItem>
            ))}
          </Accordion>
        </>
      )}
    </section>
  );
}
