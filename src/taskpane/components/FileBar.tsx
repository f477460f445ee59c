/**
 * Standalone page: open or drop an .xlsx, and download the annotated copy. The drop zone is for the
 * mouse; the button opens the same file dialog from the keyboard.
 */
import { Button, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular, DocumentArrowUpRegular } from '@fluentui/react-icons';
import { useRef, useState, type DragEvent } from 'react';
import { usePaneContext } from '../paneContext';

const useStyles = makeStyles({
  zone: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: tokens.spacingHorizontalL,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
  },
  over: { border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, flexGrow: 1 },
  hidden: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)' },
});

export function FileBar() {
  const pane = usePaneContext();
  const { t, fileName, analysis, busy } = pane;
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file) void pane.openFile(file);
  };

  return (
    <div
      className={mergeClasses(styles.zone, over && styles.over)}
      role="group"
      aria-label={t.dropZoneLabel}
      data-testid="drop-zone"
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <div className={styles.column}>
        <Text size={200}>{t.standaloneIntro}</Text>
        <div>
          <Button appearance="primary" icon={<DocumentArrowUpRegular />} onClick={() => input.current?.click()} disabled={!!busy}>
            {t.openFile}
          </Button>{' '}
          <Text size={200}>{t.dropHint}</Text>
        </div>
        <input
          ref={input}
          className={styles.hidden}
          type="file"
          tabIndex={-1}
          aria-hidden="true"
          data-testid="file-input"
          accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void pane.openFile(file);
            event.target.value = ''; // the same file can be opened again
          }}
        />
        <Text weight="semibold" data-testid="file-name">
          {fileName ? t.currentFile(fileName) : t.noFileYet}
        </Text>
      </div>
      {fileName && analysis && (
        <div className={styles.column}>
          <Button icon={<ArrowDownloadRegular />} onClick={() => void pane.download()} disabled={!!busy} data-testid="download">
            {t.download}
          </Button>
          <Text size={200}>{t.downloadHint}</Text>
        </div>
      )}
    </div>
  );
}
