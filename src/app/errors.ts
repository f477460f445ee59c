/**
 * Errors people see, in plain words (Vietnamese first). Each says what happened and what to do;
 * `detail` (a technical message) is only appended where it helps someone who asks for help.
 */
import type { Lang } from '../core/types';

export type UserErrorCode =
  | 'not_xlsx'
  | 'legacy_xls'
  | 'unreadable'
  | 'empty'
  | 'no_table'
  | 'no_table_in_sheet'
  | 'sheet_not_found'
  | 'file_not_found'
  | 'read_failed'
  | 'write_failed'
  | 'summary_name_clash'
  | 'bad_argument';

export interface UserError {
  code: UserErrorCode;
  message: string;
}

type Params = Record<string, string>;

const MESSAGES: Record<UserErrorCode, Record<Lang, (p: Params) => string>> = {
  not_xlsx: {
    vi: () => 'Tệp này không phải là bảng tính Excel (.xlsx). Hãy mở tệp .xlsx của Phụ lục.',
    en: () => 'This file is not an Excel workbook (.xlsx). Open the Phụ lục .xlsx file.',
  },
  legacy_xls: {
    vi: () => 'Đây là tệp Excel đời cũ (.xls). Hãy mở bằng Excel và lưu lại dưới dạng .xlsx (Lưu thành > Sổ làm việc Excel).',
    en: () => 'This is an old-format Excel file (.xls). Open it in Excel and save it as .xlsx (Save As > Excel Workbook).',
  },
  unreadable: {
    vi: () => 'Không đọc được tệp: tệp bị hỏng hoặc chưa lưu xong. Hãy mở và lưu lại bằng Excel rồi thử lại.',
    en: () => 'The file cannot be read: it is damaged or incomplete. Open and save it again in Excel, then retry.',
  },
  empty: {
    vi: () => 'Sổ làm việc không có trang tính nào.',
    en: () => 'The workbook has no worksheet.',
  },
  no_table: {
    vi: () => 'Không tìm thấy bảng Phụ lục trong sổ làm việc: cần một dòng tiêu đề có cột Nhiệm vụ và cột Tiến độ hoặc Phân công.',
    en: () => 'No Phụ lục table found in the workbook: a header row with a task column and a deadline or assignment column is needed.',
  },
  no_table_in_sheet: {
    vi: (p) => `Trang tính "${p.sheet}" không có bảng Phụ lục (cần dòng tiêu đề có cột Nhiệm vụ và cột Tiến độ hoặc Phân công).`,
    en: (p) => `Sheet "${p.sheet}" holds no Phụ lục table (a header row with a task column and a deadline or assignment column is needed).`,
  },
  sheet_not_found: {
    vi: (p) => `Không có trang tính "${p.sheet}". Các trang tính: ${p.sheets}.`,
    en: (p) => `There is no sheet "${p.sheet}". Sheets: ${p.sheets}.`,
  },
  file_not_found: {
    vi: (p) => `Không tìm thấy tệp "${p.file}".`,
    en: (p) => `File not found: "${p.file}".`,
  },
  read_failed: {
    vi: (p) => `Không đọc được sổ làm việc${p.detail ? ` (${p.detail})` : ''}. Sổ làm việc không bị thay đổi.`,
    en: (p) => `Could not read the workbook${p.detail ? ` (${p.detail})` : ''}. Nothing was changed.`,
  },
  write_failed: {
    vi: (p) => `Không ghi được vào sổ làm việc${p.detail ? ` (${p.detail})` : ''}. Những gì đã thêm đã được gỡ bỏ; dữ liệu của bạn không bị thay đổi.`,
    en: (p) => `Could not write to the workbook${p.detail ? ` (${p.detail})` : ''}. What was added has been removed; your data is unchanged.`,
  },
  summary_name_clash: {
    vi: (p) => `Trang tổng hợp trùng tên với trang kế hoạch "${p.sheet}"; hãy đổi tên trang kế hoạch.`,
    en: (p) => `The summary sheet would have the plan sheet's name "${p.sheet}"; rename the plan sheet.`,
  },
  bad_argument: {
    vi: (p) => p.detail ?? 'Tham số không hợp lệ.',
    en: (p) => p.detail ?? 'Invalid argument.',
  },
};

export function userError(code: UserErrorCode, lang: Lang, params: Params = {}): UserError {
  // A technical detail is kept to its first line: people read these, not stack traces.
  const tidy = params.detail ? { ...params, detail: params.detail.split('\n')[0].slice(0, 200) } : params;
  return { code, message: MESSAGES[code][lang](tidy) };
}
