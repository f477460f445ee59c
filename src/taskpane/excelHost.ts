/**
 * The Host inside Excel: Office theme and display language, what this Excel version can do, cell
 * selection and the tracking columns. The only place besides officeSelect.ts where the pane reads
 * Office.* — and it is loaded only after Office.onReady said Excel.
 */
import {
  WorkbookActionError,
  addTrackingColumns,
  capabilityReason,
  createOfficeWorkbook,
  officeCapabilities,
} from '../port/office';
import type { WorkbookPort } from '../port/workbook';
import { langFromLocale, themeFrom, type Host } from './host';
import { selectCellInExcel } from './officeSelect';

function officeTheme(): { background: string | null; dark: boolean | null } {
  try {
    const theme = Office.context.officeTheme;
    return { background: theme?.bodyBackgroundColor ?? null, dark: typeof theme?.isDarkTheme === 'boolean' ? theme.isDarkTheme : null };
  } catch {
    return { background: null, dark: null }; // officeTheme is missing on some hosts
  }
}

export function createExcelHost(): { host: Host; port: WorkbookPort } {
  const capabilities = officeCapabilities();
  const media = (query: string) => !!window.matchMedia && window.matchMedia(query).matches;
  const theme = officeTheme();
  const displayLanguage = langFromLocale(Office.context.displayLanguage) ?? null;
  const host: Host = {
    kind: 'excel',
    displayLanguage,
    theme: themeFrom({
      forcedColors: media('(forced-colors: active)'),
      background: theme.background,
      prefersDark: theme.dark ?? media('(prefers-color-scheme: dark)'),
    }),
    selectCell: selectCellInExcel,
    tracking: {
      unsupportedReason: (lang) => (capabilities.dataValidation ? null : capabilityReason('dataValidation', lang)),
      add: async (analysis, lang) => {
        try {
          await addTrackingColumns(analysis.sheet, analysis.lastColumn, analysis.headerRow, analysis.lastRow, lang, { capabilities });
          return { ok: true };
        } catch (error) {
          if (error instanceof WorkbookActionError) return { ok: false, message: error.messageIn(lang) };
          throw error; // unexpected: the pane turns it into its plain "something went wrong"
        }
      },
    },
  };
  const port = createOfficeWorkbook(undefined, { capabilities, lang: displayLanguage ?? 'vi' });
  return { host, port };
}
