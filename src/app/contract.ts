/**
 * The JSON of `phuluc check --json` (SPEC §7). Other tools read it: keep field names and meanings
 * stable; add, never rename. Fields absent from the sheet are null.
 */
import type { Period, SummaryCounts } from '../core/summary/types';
import { buildSummary } from '../core/summary';
import { columnLetter } from '../core/text';
import type { Analysis, Field, Severity, TaskState, UnitAliases } from '../core/types';
import { unitKey } from '../core/units';

export const CONTRACT_FIELDS: Field[] = ['stt', 'task', 'product', 'deadline', 'assignment', 'lead', 'support', 'status', 'completedOn', 'note', 'budget', 'goal', 'activity'];

export interface CheckJson {
  file: string;
  sheet: string;
  headerRow: number;
  planYear: number;
  asOf: string;
  columns: Record<string, string | null>;
  sections: { row: number; numeral: string; title: string; taskCount: number }[];
  tasks: {
    row: number;
    stt: string | null;
    section: string | null;
    task: string;
    deadline: { text: string; kind: string; due: string | null; milestones: string[]; findings: string[] };
    lead: string[];
    support: string[];
    status: string | null;
    completedOn: string | null;
    state: TaskState;
  }[];
  findings: { code: string; severity: Severity; row: number | null; column: string | null; message: string }[];
  summary: {
    planYearSource: string;
    dueSoonDays: number;
    taskCount: number;
    sectionCount: number;
    byState: Partial<Record<TaskState, number>>;
    findings: Record<Severity, number>;
    period: { code: string; from: string; to: string; label: string };
    totals: SummaryCounts;
  };
}

export function checkJson(file: string, analysis: Analysis, period: Period, unitAliases?: UnitAliases): CheckJson {
  const columns: Record<string, string | null> = {};
  for (const field of CONTRACT_FIELDS) {
    const col = analysis.columns[field];
    columns[field] = col !== undefined ? columnLetter(col) : null;
  }
  const hasStatus = analysis.columns.status !== undefined;
  const byState: Partial<Record<TaskState, number>> = {};
  for (const t of analysis.tasks) byState[t.state] = (byState[t.state] ?? 0) + 1;
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of analysis.findings) bySeverity[f.severity]++;
  const summary = buildSummary(analysis, period, { unitAliases, unitKey });
  return {
    file,
    sheet: analysis.sheet,
    headerRow: analysis.headerRow,
    planYear: analysis.planYear,
    asOf: analysis.asOf,
    columns,
    sections: analysis.sections.map((s) => ({ row: s.row, numeral: s.numeral, title: s.title, taskCount: s.taskCount })),
    tasks: analysis.tasks.map((t) => ({
      row: t.row,
      stt: t.stt,
      section: t.section,
      task: t.task,
      deadline: { text: t.deadline.text, kind: t.deadline.kind, due: t.deadline.due, milestones: t.deadline.milestones, findings: t.deadline.findings },
      lead: t.lead,
      support: t.support,
      status: hasStatus ? t.status : null,
      completedOn: t.completedOn,
      state: t.state,
    })),
    findings: analysis.findings.map((f) => ({ code: f.code, severity: f.severity, row: f.row, column: f.column, message: f.message })),
    summary: {
      planYearSource: analysis.planYearSource,
      dueSoonDays: analysis.dueSoonDays,
      taskCount: analysis.tasks.length,
      sectionCount: analysis.sections.length,
      byState,
      findings: bySeverity,
      period: { code: period.code, from: period.from, to: period.to, label: period.label },
      totals: summary.totals,
    },
  };
}
