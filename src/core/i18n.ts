/**
 * Words the engine shows people: state names, severities, finding messages. Vietnamese first,
 * English when asked (`--lang en`, Office display language, the pane's switch).
 */
import type { HighlightKey } from './highlight';
import type { FindingCode, Lang, Severity, Status, TaskState } from './types';

type Bilingual = Record<Lang, string>;

export const STATE_LABELS: Record<TaskState, Bilingual> = {
  cancelled: { vi: 'Không thực hiện', en: 'Cancelled' },
  done_early: { vi: 'Hoàn thành trước hạn', en: 'Done early' },
  done_on_time: { vi: 'Hoàn thành đúng hạn', en: 'Done on time' },
  done_late: { vi: 'Hoàn thành trễ hạn', en: 'Done late' },
  done: { vi: 'Đã hoàn thành', en: 'Done' },
  overdue: { vi: 'Quá hạn', en: 'Overdue' },
  due_soon: { vi: 'Sắp đến hạn', en: 'Due soon' },
  on_track: { vi: 'Trong hạn', en: 'On track' },
  ongoing: { vi: 'Thường xuyên', en: 'Ongoing' },
  no_fixed_deadline: { vi: 'Không có hạn cố định', en: 'No fixed deadline' },
  no_deadline: { vi: 'Chưa xác định thời hạn', en: 'No deadline' },
};

export const STATUS_LABELS: Record<Status, Bilingual> = {
  done: { vi: 'Đã hoàn thành', en: 'Done' },
  in_progress: { vi: 'Đang thực hiện', en: 'In progress' },
  not_started: { vi: 'Chưa thực hiện', en: 'Not started' },
  cancelled: { vi: 'Không thực hiện', en: 'Cancelled' },
  unknown: { vi: 'Chưa rõ', en: 'Unknown' },
};

export const SEVERITY_LABELS: Record<Severity, Bilingual> = {
  error: { vi: 'Lỗi', en: 'Error' },
  warning: { vi: 'Cảnh báo', en: 'Warning' },
  info: { vi: 'Lưu ý', en: 'Note' },
};

export const HIGHLIGHT_LABELS: Record<HighlightKey, Bilingual> = {
  overdue: { vi: 'Quá hạn', en: 'Overdue' },
  due_soon: { vi: 'Sắp đến hạn', en: 'Due soon' },
  unassigned: { vi: 'Chưa có đơn vị chủ trì', en: 'No lead unit' },
  done: { vi: 'Đã hoàn thành', en: 'Done' },
};

export const FINDING_SEVERITY: Record<FindingCode, Severity> = {
  'header.not_found': 'error',
  'column.missing': 'error',
  'section.numbering': 'warning',
  'stt.duplicate': 'warning',
  'stt.gap': 'warning',
  'task.empty': 'warning',
  'deadline.missing': 'warning',
  'deadline.invalid_date': 'error',
  'deadline.unrecognized': 'warning',
  'deadline.outside_plan_year': 'info',
  'assignment.missing': 'error',
  'assignment.no_lead': 'warning',
  'status.unrecognized': 'warning',
  'completed_on.invalid': 'error',
  'completed_on.without_done': 'info',
  'plan_year.conflict': 'info',
  'text.legacy_encoding': 'warning',
};

type Params = Record<string, string | number>;

const FINDING_MESSAGES: Record<FindingCode, Record<Lang, (p: Params) => string>> = {
  'header.not_found': {
    vi: () => 'Không tìm thấy dòng tiêu đề của bảng Phụ lục (cần ít nhất cột Nhiệm vụ và cột Tiến độ hoặc Phân công).',
    en: () => 'No Phụ lục header row found (a task column and a deadline or assignment column are needed).',
  },
  'column.missing': {
    vi: (p) => `Thiếu cột ${p.column}.`,
    en: (p) => `The ${p.column} column is missing.`,
  },
  'section.numbering': {
    vi: (p) => `Số mục không liên tục: sau mục ${p.previous} là mục ${p.numeral}${p.expected ? ` (đúng ra là ${p.expected})` : ''}.`,
    en: (p) => `Section numbering skips: ${p.numeral} follows ${p.previous}${p.expected ? ` (expected ${p.expected})` : ''}.`,
  },
  'stt.duplicate': {
    vi: (p) => `Số thứ tự ${p.stt} bị trùng (đã có ở dòng ${p.firstRow}).`,
    en: (p) => `Number ${p.stt} is used twice (first at row ${p.firstRow}).`,
  },
  'stt.gap': {
    vi: (p) => `Số thứ tự nhảy từ ${p.previous} sang ${p.stt}.`,
    en: (p) => `Numbering jumps from ${p.previous} to ${p.stt}.`,
  },
  'task.empty': {
    vi: () => 'Dòng có số thứ tự nhưng không có nội dung nhiệm vụ.',
    en: () => 'The row has a number but no task text.',
  },
  'deadline.missing': {
    vi: () => 'Chưa ghi tiến độ (thời hạn) cho nhiệm vụ.',
    en: () => 'No deadline is given for the task.',
  },
  'deadline.invalid_date': {
    vi: (p) => `Tiến độ có ngày không hợp lệ: "${p.text}".`,
    en: (p) => `The deadline has an invalid date: "${p.text}".`,
  },
  'deadline.unrecognized': {
    vi: (p) => `Không hiểu được tiến độ "${p.text}"; hãy ghi rõ ngày, tháng hoặc quý.`,
    en: (p) => `Cannot read the deadline "${p.text}"; write a day, month or quarter.`,
  },
  'deadline.outside_plan_year': {
    vi: (p) => `Thời hạn ${p.due} nằm ngoài năm kế hoạch ${p.planYear}.`,
    en: (p) => `Due date ${p.due} is outside the plan year ${p.planYear}.`,
  },
  'assignment.missing': {
    vi: () => 'Chưa phân công đơn vị thực hiện.',
    en: () => 'No unit is assigned.',
  },
  'assignment.no_lead': {
    vi: () => 'Chỉ có đơn vị phối hợp, chưa có đơn vị chủ trì.',
    en: () => 'Only supporting units; no lead unit.',
  },
  'status.unrecognized': {
    vi: (p) => `Không hiểu được tình hình thực hiện "${p.text}" (dùng: Đã hoàn thành, Đang thực hiện, Chưa thực hiện, Không thực hiện).`,
    en: (p) => `Unrecognised status "${p.text}" (use: Đã hoàn thành, Đang thực hiện, Chưa thực hiện, Không thực hiện).`,
  },
  'completed_on.invalid': {
    vi: (p) => `Ngày hoàn thành không hợp lệ: "${p.text}".`,
    en: (p) => `Invalid completion date: "${p.text}".`,
  },
  'completed_on.without_done': {
    vi: () => 'Có ngày hoàn thành nhưng tình hình thực hiện chưa ghi là hoàn thành.',
    en: () => 'A completion date is given but the status does not say done.',
  },
  'plan_year.conflict': {
    vi: (p) => `Tiêu đề ghi năm ${p.titleYear}, nhưng các thời hạn thuộc năm ${p.planYear}: dùng năm ${p.planYear} (có thể sửa).`,
    en: (p) => `The title says ${p.titleYear} but the deadlines are in ${p.planYear}: using ${p.planYear} (you can change it).`,
  },
  'text.legacy_encoding': {
    vi: () => 'Văn bản dùng phông chữ cũ (TCVN3/VNI), có thể đọc sai; hãy chuyển sang Unicode.',
    en: () => 'Text uses a legacy font encoding (TCVN3/VNI) and may be misread; convert it to Unicode.',
  },
};

export function findingMessage(code: FindingCode, lang: Lang, params: Params = {}): string {
  return FINDING_MESSAGES[code][lang](params);
}

export function stateLabel(state: TaskState, lang: Lang): string {
  return STATE_LABELS[state][lang];
}

/** Field names in words, for messages and the column mapping. */
export const FIELD_LABELS: Record<string, Bilingual> = {
  stt: { vi: 'STT', en: 'No.' },
  task: { vi: 'Nhiệm vụ', en: 'Task' },
  product: { vi: 'Sản phẩm', en: 'Output' },
  deadline: { vi: 'Tiến độ', en: 'Deadline' },
  assignment: { vi: 'Phân công', en: 'Assignment' },
  lead: { vi: 'Chủ trì', en: 'Lead unit' },
  support: { vi: 'Phối hợp', en: 'Supporting units' },
  status: { vi: 'Tình hình thực hiện', en: 'Status' },
  completedOn: { vi: 'Ngày hoàn thành', en: 'Completed on' },
  note: { vi: 'Ghi chú', en: 'Note' },
  budget: { vi: 'Kinh phí', en: 'Budget' },
  goal: { vi: 'Mục tiêu', en: 'Goal' },
  activity: { vi: 'Hoạt động', en: 'Activity' },
};
