/**
 * Errors the Office adapter raises for things a user can act on (a missing sheet, columns that are
 * not empty, an Excel too old for a feature). The message is Vietnamese; `text.en` is there for the
 * pane's English mode. Unexpected host errors (network, Excel's own) are passed on untouched.
 */

export { WorkbookActionError, type WorkbookActionErrorCode } from '../errors';
import { WorkbookActionError } from '../errors';

export function sheetNotFound(name: string): WorkbookActionError {
  return new WorkbookActionError('sheet.not_found', {
    vi: `Không tìm thấy trang tính "${name}". Có thể trang đã bị đổi tên hoặc xóa.`,
    en: `Sheet "${name}" was not found. It may have been renamed or deleted.`,
  });
}

/** The code Office.js gives an object that does not exist (a sheet looked up with getItem). */
export function isItemNotFound(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'ItemNotFound';
}

/**
 * Sync the first batch of an action that starts with worksheets.getItem(name): a missing sheet
 * becomes a message the user understands. Only the sheet can be missing in such a batch.
 */
export async function syncExpectingSheet(context: Excel.RequestContext, name: string): Promise<void> {
  try {
    await context.sync();
  } catch (error) {
    throw isItemNotFound(error) ? sheetNotFound(name) : error;
  }
}
