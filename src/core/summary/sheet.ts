/**
 * The summary as a sheet (SPEC §6): heading lines, five tables, a legend and a chart of states by
 * section, in a rendering-neutral model that the exceljs and Office.js adapters both draw.
 * Every table keeps its header even when empty, and every coloured thing has its meaning in words.
 */
import { formatViDate } from '../dates';
import { DEFAULT_HIGHLIGHT_FILLS, type HighlightKey } from '../highlight';
import { HIGHLIGHT_LABELS, stateLabel } from '../i18n';
import type { Lang, TaskState } from '../types';
import { NO_SECTION_TITLE } from './build';
import type {
  ChartModel,
  ColumnFormat,
  LegendEntry,
  ModelCell,
  SectionSummary,
  SheetModel,
  Summary,
  SummaryCounts,
  TableBlock,
  TableColumn,
  TaskLine,
} from './types';

type Words = Record<Lang, string>;

const NONE: Words = { vi: '(Không có)', en: '(None)' };
const TOTAL: Words = { vi: 'Tổng cộng', en: 'Total' };
const NO_LEAD_ROW: Words = { vi: '(Chưa có đơn vị chủ trì)', en: '(No lead unit)' };

/** Chart colours for the groups the highlight fills do not cover. */
export const CHART_FILLS = {
  inProgress: '#9DC3E6',
  recurring: '#B4A7D6',
  noFixedDeadline: '#E2D0A8',
  cancelled: '#D9D9D9',
} as const;

function col(header: Words, lang: Lang, width: number, format: ColumnFormat): TableColumn {
  return { header: header[lang], width, format };
}

/**
 * Excel table names: ASCII letters, digits and underscores, starting with a letter. "Tổng hợp
 * Q3-2025" gives "PL_Q3_2025_…"; the fixed prefix keeps the name from ever reading as a cell address.
 */
export function tableNameBase(sheetName: string): string {
  const ascii = sheetName
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/^\s*tong\s+hop\b/i, '')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return ascii ? `PL_${ascii}` : 'PL';
}

// ---------------------------------------------------------------------------------------------
// Tables 1 and 2: counts

const COUNT_COLUMNS: { key: keyof SummaryCounts; header: Words; format: ColumnFormat; width: number }[] = [
  { key: 'total', header: { vi: 'Tổng số nhiệm vụ', en: 'Tasks' }, format: 'integer', width: 11 },
  { key: 'dueInPeriod', header: { vi: 'Đến hạn trong kỳ', en: 'Due in the period' }, format: 'integer', width: 11 },
  { key: 'dueByEnd', header: { vi: 'Đến hạn đến hết kỳ', en: 'Due by the period end' }, format: 'integer', width: 11 },
  { key: 'doneOnTime', header: { vi: 'Hoàn thành đúng hạn (cả trước hạn)', en: 'Done on time (incl. early)' }, format: 'integer', width: 13 },
  { key: 'doneLate', header: { vi: 'Hoàn thành trễ hạn', en: 'Done late' }, format: 'integer', width: 11 },
  { key: 'done', header: { vi: 'Tổng số đã hoàn thành', en: 'All done' }, format: 'integer', width: 11 },
  { key: 'overdue', header: { vi: 'Quá hạn', en: 'Overdue' }, format: 'integer', width: 9 },
  { key: 'inProgressOnTime', header: { vi: 'Đang thực hiện trong hạn', en: 'In progress, on time' }, format: 'integer', width: 12 },
  { key: 'recurring', header: { vi: 'Thường xuyên', en: 'Recurring' }, format: 'integer', width: 11 },
  { key: 'noFixedDeadline', header: { vi: 'Không có hạn cố định', en: 'No fixed deadline' }, format: 'integer', width: 11 },
  { key: 'cancelled', header: { vi: 'Không thực hiện', en: 'Cancelled' }, format: 'integer', width: 11 },
  { key: 'rateDueByEnd', header: { vi: 'Tỷ lệ hoàn thành (theo hạn)', en: 'Completion rate (due by end)' }, format: 'percent', width: 13 },
  { key: 'rateAll', header: { vi: 'Tỷ lệ hoàn thành (toàn kế hoạch)', en: 'Completion rate (whole plan)' }, format: 'percent', width: 13 },
];

function countCells(counts: SummaryCounts): ModelCell[] {
  return COUNT_COLUMNS.map(({ key }) => {
    const value = counts[key];
    return value === undefined ? 0 : value;
  });
}

function sectionName(section: SectionSummary, lang: Lang): string {
  return section.numeral === null ? NO_SECTION_TITLE[lang] : section.title;
}

function bySectionTable(summary: Summary, lang: Lang, base: string, rateNote: string): TableBlock {
  const columns = [
    col({ vi: 'Mục', en: 'Section' }, lang, 7, 'text'),
    col({ vi: 'Lĩnh vực', en: 'Area' }, lang, 40, 'text'),
    ...COUNT_COLUMNS.map((c) => col(c.header, lang, c.width, c.format)),
  ];
  const rows: ModelCell[][] = summary.bySection.map((s) => [s.numeral ?? '', sectionName(s, lang), ...countCells(s)]);
  rows.push(['', TOTAL[lang], ...countCells(summary.totals)]);
  return { title: lang === 'vi' ? '1. Theo lĩnh vực' : '1. By area', tableName: `${base}_LinhVuc`, columns, rows, note: rateNote };
}

function byLeadTable(summary: Summary, lang: Lang, base: string): TableBlock {
  const columns = [
    col({ vi: 'TT', en: 'No.' }, lang, 6, 'text'),
    col({ vi: 'Đơn vị chủ trì', en: 'Lead unit' }, lang, 36, 'text'),
    ...COUNT_COLUMNS.map((c) => col(c.header, lang, c.width, c.format)),
  ];
  const rows: ModelCell[][] = summary.byLead.map((u, i) => [String(i + 1), u.unit, ...countCells(u)]);
  if (summary.withoutLead && summary.withoutLead.total > 0) rows.push(['', NO_LEAD_ROW[lang], ...countCells(summary.withoutLead)]);
  rows.push(['', TOTAL[lang], ...countCells(summary.totals)]);
  const note =
    lang === 'vi'
      ? 'Nhiệm vụ có nhiều đơn vị chủ trì được tính cho từng đơn vị; dòng Tổng cộng tính mỗi nhiệm vụ một lần.'
      : 'A task with several lead units counts for each of them; the Total line counts every task once.';
  return { title: lang === 'vi' ? '2. Theo đơn vị chủ trì' : '2. By lead unit', tableName: `${base}_DonVi`, columns, rows, note };
}

// ---------------------------------------------------------------------------------------------
// Tables 3–5: task lists
//
// The tables are stacked in the same columns (src/port/layout.ts), so each column's width is the
// widest of the tables: the task text sits in column B, under the section / unit names, and the
// narrow TT in column A, so the count columns of tables 1–2 are not stretched by the task text.

type LineColumn = { header: Words; width: number; format: ColumnFormat; cell: (line: TaskLine, lang: Lang) => ModelCell };

const LINE_COLUMNS = {
  stt: { header: { vi: 'TT', en: 'No.' }, width: 6, format: 'text', cell: (l) => l.stt ?? '' },
  section: { header: { vi: 'Mục', en: 'Section' }, width: 7, format: 'text', cell: (l) => l.section ?? '' },
  task: { header: { vi: 'Nhiệm vụ', en: 'Task' }, width: 60, format: 'text', cell: (l) => l.task },
  deadline: { header: { vi: 'Tiến độ', en: 'Deadline' }, width: 24, format: 'text', cell: (l) => l.deadlineText },
  due: { header: { vi: 'Hạn', en: 'Due' }, width: 12, format: 'date', cell: (l) => l.due },
  daysOverdue: { header: { vi: 'Số ngày quá hạn', en: 'Days overdue' }, width: 10, format: 'integer', cell: (l) => l.daysOverdue ?? null },
  state: { header: { vi: 'Tình trạng', en: 'State' }, width: 22, format: 'text', cell: (l, lang) => stateLabel(l.state, lang) },
  lead: { header: { vi: 'Đơn vị chủ trì', en: 'Lead unit' }, width: 30, format: 'text', cell: (l) => l.lead.join('; ') },
  row: { header: { vi: 'Dòng trong Phụ lục', en: 'Row in the appendix' }, width: 9, format: 'integer', cell: (l) => l.row },
} satisfies Record<string, LineColumn>;

function lineTable(title: string, tableName: string, lines: TaskLine[], picked: LineColumn[], lang: Lang): TableBlock {
  const columns = picked.map((c) => col(c.header, lang, c.width, c.format));
  const rows = lines.map((line) => picked.map((c) => c.cell(line, lang)));
  // "(None)" goes in the widest column (the task text), where it can be read.
  const widest = picked.reduce((best, c, i) => (c.width > picked[best].width ? i : best), 0);
  if (rows.length === 0) rows.push(picked.map((_, i) => (i === widest ? NONE[lang] : null)));
  return { title, tableName, columns, rows };
}

// ---------------------------------------------------------------------------------------------
// Legend and chart

const LEGEND_KEYS: HighlightKey[] = ['overdue', 'due_soon', 'unassigned', 'done'];

function legend(lang: Lang, fills: Record<HighlightKey, string>): LegendEntry[] {
  return LEGEND_KEYS.map((key) => ({ key, label: HIGHLIGHT_LABELS[key][lang], fill: fills[key] }));
}

/** The chart's series: the same state groups as the count columns, so chart and table agree. */
function stateGroups(fills: Record<HighlightKey, string>): { name: Words; fill: string; states: TaskState[] }[] {
  return [
    { name: { vi: 'Hoàn thành', en: 'Done' }, fill: fills.done, states: ['done_early', 'done_on_time', 'done_late', 'done'] },
    { name: { vi: 'Quá hạn', en: 'Overdue' }, fill: fills.overdue, states: ['overdue'] },
    { name: { vi: 'Đang thực hiện trong hạn', en: 'In progress, on time' }, fill: CHART_FILLS.inProgress, states: ['due_soon', 'on_track'] },
    { name: { vi: 'Thường xuyên', en: 'Recurring' }, fill: CHART_FILLS.recurring, states: ['ongoing'] },
    { name: { vi: 'Không có hạn cố định', en: 'No fixed deadline' }, fill: CHART_FILLS.noFixedDeadline, states: ['no_fixed_deadline', 'no_deadline'] },
    { name: { vi: 'Không thực hiện', en: 'Cancelled' }, fill: CHART_FILLS.cancelled, states: ['cancelled'] },
  ];
}

function chart(summary: Summary, lang: Lang, fills: Record<HighlightKey, string>): ChartModel | null {
  if (summary.totals.total === 0 || summary.bySection.length === 0) return null;
  const categories = summary.bySection.map((s) =>
    s.numeral === null ? NO_SECTION_TITLE[lang] : s.title ? `${s.numeral}. ${s.title}` : s.numeral,
  );
  const series = stateGroups(fills)
    .map((group) => ({
      name: group.name[lang],
      fill: group.fill,
      values: summary.bySection.map((s) => group.states.reduce((sum, state) => sum + (s.states[state] ?? 0), 0)),
    }))
    // A series that is zero everywhere only clutters the chart's legend.
    .filter((s) => s.values.some((v) => v > 0));
  return {
    title: lang === 'vi' ? 'Tình trạng nhiệm vụ theo lĩnh vực' : 'Task states by area',
    categories,
    series,
  };
}

// ---------------------------------------------------------------------------------------------

function heading(summary: Summary, lang: Lang): string[] {
  const { period } = summary;
  const vi = lang === 'vi';
  const lines = [
    vi
      ? `TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH CCHC — ${period.label}`
      : `CCHC PLAN IMPLEMENTATION SUMMARY — ${period.label}`,
  ];
  // Calendar quarters' labels do not show their dates; the others already do.
  if (!period.label.includes(formatViDate(period.from))) {
    lines.push(
      vi
        ? `Kỳ báo cáo: từ ${formatViDate(period.from)} đến ${formatViDate(period.to)}`
        : `Reporting period: ${formatViDate(period.from)} to ${formatViDate(period.to)}`,
    );
  }
  lines.push(
    vi ? `Số liệu tính đến ngày ${formatViDate(summary.asOf)}` : `Figures as of ${formatViDate(summary.asOf)}`,
    vi
      ? `Nguồn: trang tính "${summary.sheet}", kế hoạch năm ${summary.planYear}`
      : `Source: sheet "${summary.sheet}", plan year ${summary.planYear}`,
    vi
      ? 'Tỷ lệ hoàn thành (theo hạn) = số đã hoàn thành / số nhiệm vụ đến hạn trong kỳ (đến hết kỳ)'
      : 'Completion rate (due by end) = tasks done / tasks due by the end of the period',
    vi
      ? 'Tỷ lệ hoàn thành (toàn kế hoạch) = số đã hoàn thành / tổng số nhiệm vụ (không tính nhiệm vụ không thực hiện)'
      : 'Completion rate (whole plan) = tasks done / all tasks (cancelled tasks left out)',
  );
  return lines;
}

export function summarySheetModel(
  summary: Summary,
  lang: Lang,
  fills: Partial<Record<HighlightKey, string>> = {},
): SheetModel {
  const allFills = { ...DEFAULT_HIGHLIGHT_FILLS, ...fills };
  const base = tableNameBase(summary.period.sheetName);
  const vi = lang === 'vi';
  const rateNote = vi
    ? 'Nhiệm vụ "Không thực hiện" được tính trong tổng số nhưng không tính vào mẫu số của các tỷ lệ. Trạng thái tính theo ngày số liệu.'
    : 'Cancelled tasks are counted in the total but not in the rates’ denominators. States are as of the figures’ date.';
  const c = LINE_COLUMNS;
  const blocks: TableBlock[] = [
    bySectionTable(summary, lang, base, rateNote),
    byLeadTable(summary, lang, base),
    lineTable(
      vi ? '3. Nhiệm vụ quá hạn' : '3. Overdue tasks',
      `${base}_QuaHan`,
      summary.overdue,
      [c.stt, c.task, c.deadline, c.due, c.daysOverdue, c.lead, c.section, c.row],
      lang,
    ),
    lineTable(
      vi ? '4. Nhiệm vụ đến hạn trong kỳ' : '4. Tasks due in the period',
      `${base}_DenHan`,
      summary.dueInPeriod,
      [c.stt, c.task, c.deadline, c.due, c.state, c.lead, c.section, c.row],
      lang,
    ),
    lineTable(
      vi ? '5. Nhiệm vụ chưa có đơn vị chủ trì' : '5. Tasks without a lead unit',
      `${base}_ChuaPhanCong`,
      summary.unassigned,
      [c.stt, c.task, c.deadline, c.due, c.state, c.section, c.row],
      lang,
    ),
  ];
  return {
    name: summary.period.sheetName,
    heading: heading(summary, lang),
    blocks,
    legend: legend(lang, allFills),
    chart: chart(summary, lang, allFills),
  };
}
