/** Human-readable output of `phuluc check` and `phuluc report`: what a person reads in a terminal. */
import { formatViDate } from '../core/dates';
import { FIELD_LABELS, SEVERITY_LABELS, STATE_LABELS } from '../core/i18n';
import type { Summary } from '../core/summary/types';
import { columnLetter } from '../core/text';
import type { Analysis, Field, Lang, Severity, TaskState } from '../core/types';

const W = {
  vi: {
    file: 'Tệp',
    sheet: 'trang tính',
    header: 'dòng tiêu đề',
    year: 'năm kế hoạch',
    asOf: 'tính đến ngày',
    columns: 'Các cột',
    tasks: (s: number, t: number) => `${s} mục, ${t} nhiệm vụ`,
    findings: 'Phát hiện',
    none: 'Không có phát hiện nào.',
    row: 'Dòng',
    overdue: 'Nhiệm vụ quá hạn',
    days: 'ngày',
    noLead: 'chưa có đơn vị chủ trì',
    more: (n: number) => `… và ${n} dòng nữa (xem --json)`,
    yearFrom: { user: 'do bạn chọn', title: 'theo tiêu đề', deadlines: 'theo các thời hạn', asOf: 'theo ngày tính' },
  },
  en: {
    file: 'File',
    sheet: 'sheet',
    header: 'header row',
    year: 'plan year',
    asOf: 'as of',
    columns: 'Columns',
    tasks: (s: number, t: number) => `${s} sections, ${t} tasks`,
    findings: 'Findings',
    none: 'No findings.',
    row: 'Row',
    overdue: 'Overdue tasks',
    days: 'days',
    noLead: 'no lead unit',
    more: (n: number) => `… and ${n} more (see --json)`,
    yearFrom: { user: 'set by you', title: 'from the title', deadlines: 'from the deadlines', asOf: 'from the as-of date' },
  },
};

const MAX_LINES = 40;

function shorten(text: string, max: number): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

export function formatCheck(file: string, analysis: Analysis, lang: Lang): string {
  const w = W[lang];
  const lines: string[] = [];
  lines.push(
    `${w.file}: ${file} — ${w.sheet} "${analysis.sheet}", ${w.header} ${analysis.headerRow}, ` +
      `${w.year} ${analysis.planYear} (${w.yearFrom[analysis.planYearSource]}), ${w.asOf} ${formatViDate(analysis.asOf)}`,
  );
  const cols = (Object.entries(analysis.columns) as [Field, number][])
    .sort((a, b) => a[1] - b[1])
    .map(([f, c]) => `${columnLetter(c)}=${FIELD_LABELS[f]?.[lang] ?? f}`);
  lines.push(`${w.columns}: ${cols.join(', ')}`);

  const byState = new Map<TaskState, number>();
  for (const t of analysis.tasks) byState.set(t.state, (byState.get(t.state) ?? 0) + 1);
  const states = [...byState.entries()].sort((a, b) => b[1] - a[1]).map(([s, n]) => `${n} ${STATE_LABELS[s][lang].toLowerCase()}`);
  lines.push(`${w.tasks(analysis.sections.length, analysis.tasks.length)}: ${states.join(', ')}`);

  const count: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of analysis.findings) count[f.severity]++;
  lines.push('');
  if (analysis.findings.length === 0) lines.push(w.none);
  else {
    const counts = (['error', 'warning', 'info'] as Severity[]).map((s) => `${count[s]} ${SEVERITY_LABELS[s][lang].toLowerCase()}`);
    lines.push(`${w.findings} (${counts.join(', ')}):`);
    const sorted = [...analysis.findings].sort((a, b) => sevRank(a.severity) - sevRank(b.severity) || (a.row ?? 0) - (b.row ?? 0));
    for (const f of sorted.slice(0, MAX_LINES)) {
      const where = f.row !== null ? `${w.row} ${f.row}${f.column ? ` (${f.column}${f.row})` : ''}` : '—';
      lines.push(`  ${SEVERITY_LABELS[f.severity][lang].padEnd(9)} ${where.padEnd(16)} ${f.message}`);
    }
    if (sorted.length > MAX_LINES) lines.push(`  ${w.more(sorted.length - MAX_LINES)}`);
  }

  const overdue = analysis.tasks.filter((t) => t.state === 'overdue');
  if (overdue.length > 0) {
    lines.push('', `${w.overdue} (${overdue.length}):`);
    for (const t of overdue.slice(0, MAX_LINES)) {
      const due = t.deadline.due ? formatViDate(t.deadline.due) : '';
      const lead = t.lead.length ? t.lead.join('; ') : w.noLead;
      lines.push(`  TT ${(t.stt ?? '-').padEnd(4)} ${w.row.toLowerCase()} ${String(t.row).padEnd(5)} ${due}  ${shorten(t.task, 60)} — ${shorten(lead, 40)}`);
    }
    if (overdue.length > MAX_LINES) lines.push(`  ${w.more(overdue.length - MAX_LINES)}`);
  }
  return lines.join('\n');
}

function sevRank(s: Severity): number {
  return s === 'error' ? 0 : s === 'warning' ? 1 : 2;
}

export function formatReport(out: string, summary: Summary, colouredRows: number, lang: Lang): string {
  const pct = (r: number | null) => (r === null ? '—' : `${(r * 100).toFixed(1)}%`);
  const t = summary.totals;
  if (lang === 'en') {
    return [
      `Summary "${summary.period.sheetName}" (${summary.period.label}) written to ${out}`,
      `  ${t.total} tasks, ${t.dueByEnd} due by the period end, ${t.done} done, ${t.overdue} overdue; ` +
        `completion ${pct(t.rateDueByEnd)} of tasks due, ${pct(t.rateAll)} of all tasks`,
      `  ${colouredRows} rows coloured (conditional formats; remove them with Xoá màu in the add-in or Excel's Manage Rules).`,
    ].join('\n');
  }
  return [
    `Đã ghi trang "${summary.period.sheetName}" (${summary.period.label}) vào ${out}`,
    `  ${t.total} nhiệm vụ, ${t.dueByEnd} đến hạn tính đến hết kỳ, ${t.done} đã hoàn thành, ${t.overdue} quá hạn; ` +
      `tỷ lệ hoàn thành ${pct(t.rateDueByEnd)} số đến hạn, ${pct(t.rateAll)} toàn kế hoạch`,
    `  Đã tô màu ${colouredRows} dòng (định dạng có điều kiện; gỡ bằng nút Xoá màu của add-in hoặc Quản lý quy tắc của Excel).`,
  ].join('\n');
}
