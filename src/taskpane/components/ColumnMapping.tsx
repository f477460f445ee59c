/**
 * The columns the check recognised, one list per field; choosing another column (or none) checks
 * the table again with that correction. The header texts are read only when the list is opened.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Field,
  Select,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { FIELD_LABELS } from '../../core/i18n';
import { cellText, columnLetter } from '../../core/text';
import type { Analysis, Field as FieldName } from '../../core/types';
import type { WorkbookPort } from '../../port/workbook';
import { usePaneContext } from '../paneContext';

/** Fields offered for correction, in reading order of a typical Phụ lục. */
export const MAPPED_FIELDS: FieldName[] = ['stt', 'task', 'product', 'deadline', 'assignment', 'lead', 'support', 'status', 'completedOn', 'note'];

const useStyles = makeStyles({
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(13em, 1fr))', gap: tokens.spacingHorizontalM },
});

/** Header text per column (1-based index → text), the header rows joined. */
async function readHeaders(port: WorkbookPort, analysis: Analysis): Promise<string[]> {
  const grid = await port.readSheet(analysis.sheet);
  const headers: string[] = [];
  for (let c = 1; c <= analysis.lastColumn; c++) {
    const parts: string[] = [];
    for (let r = analysis.headerTop; r <= analysis.headerRow; r++) {
      const text = cellText(grid.values[r - 1]?.[c - 1] ?? null).replace(/\s+/g, ' ').trim();
      if (text && !parts.includes(text)) parts.push(text);
    }
    headers[c] = parts.join(' / ');
  }
  return headers;
}

export function ColumnMapping() {
  const { t, lang, analysis, port, columnOverrides, setColumnOverride, resetColumns, busy } = usePaneContext();
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const [headers, setHeaders] = useState<string[]>([]);

  useEffect(() => {
    if (!open || !port || !analysis) return;
    let live = true;
    readHeaders(port, analysis)
      .then((h) => live && setHeaders(h))
      .catch(() => live && setHeaders([])); // letters alone still work
    return () => {
      live = false;
    };
    // Re-read only when another table is analysed, not on every re-check.
  }, [open, port, analysis?.sheet, analysis?.headerRow]);

  if (!analysis) return null;
  const lastColumn = Math.max(analysis.lastColumn, ...Object.values(analysis.columns).map((c) => c ?? 0));
  const columns = Array.from({ length: lastColumn }, (_, i) => i + 1);

  return (
    <Accordion collapsible onToggle={(_, data) => setOpen(data.openItems.includes('columns'))}>
      <AccordionItem value="columns">
        <AccordionHeader>{t.columnsHeading}</AccordionHeader>
        <AccordionPanel>
          <Text block size={200}>
            {t.columnsHint}
          </Text>
          <div className={styles.grid}>
            {MAPPED_FIELDS.map((field) => {
              const current = analysis.columns[field] ?? null;
              return (
                <Field key={field} label={FIELD_LABELS[field][lang]}>
                  <Select
                    value={current === null ? '' : String(current)}
                    disabled={!!busy}
                    data-field={field}
                    onChange={(_, data) => setColumnOverride(field, data.value === '' ? null : Number(data.value))}
                  >
                    <option value="">{t.columnNone}</option>
                    {columns.map((c) => (
                      <option key={c} value={String(c)}>
                        {t.columnOption(columnLetter(c), headers[c] ?? '')}
                      </option>
                    ))}
                  </Select>
                </Field>
              );
            })}
          </div>
          {Object.keys(columnOverrides).length > 0 && (
            <Button appearance="secondary" onClick={resetColumns} disabled={!!busy} style={{ marginTop: tokens.spacingVerticalS }}>
              {t.columnsReset}
            </Button>
          )}
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
