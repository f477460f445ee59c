/**
 * Errors a workbook adapter raises for things a user can act on (a missing sheet, a summary name
 * taken by the user's own sheet, columns that are not empty, an Excel too old for a feature).
 * The message is Vietnamese; `text.en` is there for English. Unexpected host errors pass through.
 */
import type { Lang } from '../core/types';

export type WorkbookActionErrorCode =
  | 'sheet.not_found'
  | 'sheet.not_ours'
  | 'sheet.too_large'
  | 'feature.unsupported'
  | 'columns.not_empty';

export class WorkbookActionError extends Error {
  readonly code: WorkbookActionErrorCode;
  readonly text: Record<Lang, string>;

  constructor(code: WorkbookActionErrorCode, text: Record<Lang, string>) {
    super(text.vi);
    this.name = 'WorkbookActionError';
    this.code = code;
    this.text = text;
  }

  messageIn(lang: Lang): string {
    return this.text[lang];
  }
}


/** A sheet with the summary's name exists and phuluc did not write it: never overwrite it. */
export function summarySheetNotOurs(name: string): WorkbookActionError {
  return new WorkbookActionError('sheet.not_ours', {
    vi: `Sổ tính đã có trang "${name}" không phải do phuluc tạo, nên phuluc không ghi đè. Hãy đổi tên hoặc xóa trang đó rồi chạy lại.`,
    en: `The workbook already has a sheet "${name}" that phuluc did not write, so it is left alone. Rename or delete it, then try again.`,
  });
}
