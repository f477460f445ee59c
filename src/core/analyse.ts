/**
 * The engine's front door: a sheet's grid in, its reading out — header, plan year, sections, tasks
 * with deadlines, units, status and state, and the findings (SPEC §1–5). Pure: the as-of date, plan
 * year and options are arguments; the result carries errors instead of throwing (zod's safeParse style).
 */
import { dateValueToIso, excelSerialToIso, formatViDate } from './dates';
import { deadlineFromDay, parseDeadline } from './deadline';
import { findHeader, type HeaderMatch } from './header';
import { FINDING_SEVERITY, FIELD_LABELS, findingMessage } from './i18n';
import { looksLikeLegacyEncoding } from './legacyText';
import { checkSectionNumbering, checkTaskNumbering } from './numbering';
import { choosePlanYear } from './planYear';
import { readRows, type RawTask } from './rows';
import { computeState, DEFAULT_DUE_SOON_DAYS } from './state';

export { DEFAULT_DUE_SOON_DAYS };
import { isDateFormat, parseCompletionDate, parseStatus } from './status';
import { cellText, columnLetter, fold } from './text';
import { assignmentFromColumns, parseAssignment } from './units';
import type {
  AnalyseOptions,
  Analysis,
  Assignment,
  CellValue,
  ColumnMap,
  Deadline,
  DeadlineContext,
  Field,
  Finding,
  FindingCode,
  Lang,
  Section,
  SheetGrid,
  Task,
  UnitAliases,
} from './types';

export type AnalyseResult =
  | { ok: true; analysis: Analysis }
  | { ok: false; error: { code: 'header.not_found'; message: string } };

type Params = Record<string, string | number>;

/**
 * Readings of texts already seen in this sheet. Plans repeat the same deadline and assignment
 * wordings on many rows ("Thường xuyên", "Văn phòng Sở chủ trì …"), so each is parsed once.
 * Results are shared between tasks and never mutated.
 */
interface Memo {
  deadlines: Map<string, Deadline>;
  assignments: Map<string, Assignment>;
}

class FindingList {
  readonly items: Finding[] = [];
  constructor(private readonly lang: Lang) {}
  add(code: FindingCode, row: number | null, column: number | undefined | null, params: Params = {}): void {
    this.items.push({
      code,
      severity: FINDING_SEVERITY[code],
      row,
      column: column ? columnLetter(column) : null,
      message: findingMessage(code, this.lang, params),
    });
  }
}

/** Headings phuluc writes on row 1 of its summary sheets (SheetModel heading, vi and en). */
const SUMMARY_HEADINGS = ['tong hop ket qua thuc hien ke hoach cchc', 'cchc plan implementation summary'];

/** True for a summary sheet phuluc wrote: its tables look like a plan but are not one. */
export function isPhulucSummary(grid: SheetGrid): boolean {
  const first = fold(cellText(grid.values[0]?.[0] ?? null));
  return SUMMARY_HEADINGS.some((h) => first.startsWith(h));
}

/** Read a sheet. Never throws on any grid; returns header.not_found when there is no Phụ lục table. */
export function analyseSheet(grid: SheetGrid, options: AnalyseOptions): AnalyseResult {
  const lang = options.lang ?? 'vi';
  const found = findHeader(grid);
  if (!found) return { ok: false, error: { code: 'header.not_found', message: findingMessage('header.not_found', lang) } };
  const header = applyOverrides(found, options.columnOverrides);
  const columns = header.columns;
  const findings = new FindingList(lang);
  const dueSoonDays = options.dueSoonDays ?? DEFAULT_DUE_SOON_DAYS;

  const items = readRows(grid, header);
  const rawTasks = items.filter((i): i is RawTask => i.kind === 'task');

  const titleLines: string[] = [];
  for (let r = 1; r < header.headerTop; r++) {
    for (const v of grid.values[r - 1] ?? []) {
      const text = cellText(v);
      if (text && !titleLines.includes(text)) titleLines.push(text);
    }
  }
  const year = choosePlanYear({
    userYear: options.planYear,
    titleLines,
    deadlineTexts: rawTasks.map((t) => t.texts.deadline ?? ''),
    asOfYear: Number(options.asOf.slice(0, 4)),
  });
  const ctx: DeadlineContext = { planYear: year.year };
  if (year.conflictingTitleYear !== null) {
    findings.add('plan_year.conflict', null, null, { titleYear: year.conflictingTitleYear, planYear: year.year });
  }

  if (columns.deadline === undefined) findings.add('column.missing', header.headerRow, null, { column: FIELD_LABELS.deadline[lang] });
  const hasUnits = columns.assignment !== undefined || columns.lead !== undefined || columns.support !== undefined;
  if (!hasUnits) findings.add('column.missing', header.headerRow, null, { column: FIELD_LABELS.assignment[lang] });

  const sections: Section[] = [];
  const tasks: Task[] = [];
  const mergeKeys: (number | null)[] = [];
  let section: Section | null = null;
  let subsection: string | null = null;
  let legacyHits = 0;
  const memo: Memo = { deadlines: new Map(), assignments: new Map() };

  for (const item of items) {
    if (item.kind === 'section') {
      section = { row: item.row, numeral: item.numeral, title: item.title, taskCount: 0 };
      sections.push(section);
      subsection = null;
      continue;
    }
    if (item.kind === 'subsection') {
      subsection = item.label;
      continue;
    }
    const task = interpretTask(item, columns, ctx, options, dueSoonDays, findings, memo);
    task.section = section?.numeral ?? null;
    task.subsection = subsection;
    if (section) section.taskCount++;
    if (looksLikeLegacyEncoding(task.task)) legacyHits++;
    tasks.push(task);
    mergeKeys.push(item.sttMergeTop);
  }

  for (const issue of checkSectionNumbering(sections)) findings.add(issue.code, issue.row, columns.stt, issue.params);
  const numbered = tasks.map((t, i) => ({ row: t.row, stt: t.stt, section: t.section, mergeKey: mergeKeys[i] }));
  for (const issue of checkTaskNumbering(numbered)) findings.add(issue.code, issue.row, columns.stt, issue.params);
  if (legacyHits > 0 && legacyHits >= Math.min(3, tasks.length)) findings.add('text.legacy_encoding', null, columns.task);

  findings.items.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  const lastItem = items[items.length - 1];
  const lastRow = lastItem ? (lastItem.kind === 'task' ? lastItem.lastRow : lastItem.row) : header.headerRow;

  return {
    ok: true,
    analysis: {
      sheet: grid.name,
      headerRow: header.headerRow,
      headerTop: header.headerTop,
      planYear: year.year,
      planYearSource: year.source,
      titleYear: year.conflictingTitleYear,
      asOf: options.asOf,
      dueSoonDays,
      columns,
      firstColumn: header.firstColumn,
      lastColumn: Math.max(header.lastColumn, ...Object.values(columns)),
      lastRow,
      sections,
      tasks,
      findings: findings.items,
    },
  };
}

function applyOverrides(header: HeaderMatch, overrides: AnalyseOptions['columnOverrides']): HeaderMatch {
  if (!overrides) return header;
  const columns: ColumnMap = { ...header.columns };
  for (const [field, column] of Object.entries(overrides) as [Field, number | null][]) {
    if (column === null) delete columns[field];
    else if (Number.isInteger(column) && column > 0) columns[field] = column;
  }
  // A column given to one field is taken from any other.
  for (const [field, column] of Object.entries(overrides) as [Field, number | null][]) {
    if (column === null) continue;
    for (const other of Object.keys(columns) as Field[]) if (other !== field && columns[other] === column) delete columns[other];
  }
  return { ...header, columns };
}

function readDeadline(task: RawTask, ctx: DeadlineContext, memo: Memo): Deadline {
  const value: CellValue | undefined = task.cells.deadline;
  const format = task.formats.deadline ?? null;
  let day: string | null = null;
  if (value instanceof Date) day = dateValueToIso(value);
  else if (typeof value === 'number' && isDateFormat(format)) day = excelSerialToIso(value);
  if (day) return deadlineFromDay(day, formatViDate(day), ctx);
  const text = task.texts.deadline ?? '';
  let deadline = memo.deadlines.get(text);
  if (!deadline) {
    deadline = parseDeadline(text, ctx);
    memo.deadlines.set(text, deadline);
  }
  return deadline;
}

function readAssignment(task: RawTask, columns: ColumnMap, aliases: UnitAliases | undefined, memo: Memo): Assignment {
  const key = `${task.texts.assignment ?? ''}\u0000${task.texts.lead ?? ''}\u0000${task.texts.support ?? ''}`;
  let assignment = memo.assignments.get(key);
  if (!assignment) {
    assignment = parseUnits(task, columns, aliases);
    memo.assignments.set(key, assignment);
  }
  return assignment;
}

function parseUnits(task: RawTask, columns: ColumnMap, aliases: UnitAliases | undefined): Assignment {
  if (columns.lead !== undefined || columns.support !== undefined) {
    const split = assignmentFromColumns(task.texts.lead ?? null, task.texts.support ?? null, aliases);
    if (columns.assignment === undefined || split.lead.length > 0) return split;
    const combined = parseAssignment(task.texts.assignment ?? '', aliases);
    return { lead: combined.lead, support: [...split.support, ...combined.support] };
  }
  return parseAssignment(task.texts.assignment ?? '', aliases);
}

function interpretTask(
  raw: RawTask,
  columns: ColumnMap,
  ctx: DeadlineContext,
  options: AnalyseOptions,
  dueSoonDays: number,
  findings: FindingList,
  memo: Memo,
): Task {
  const row = raw.row;
  const taskText = raw.texts.task ?? raw.texts.activity ?? '';
  if (!taskText) findings.add('task.empty', row, columns.task);

  const deadline = columns.deadline !== undefined ? readDeadline(raw, ctx, memo) : parseDeadline('', ctx);
  if (columns.deadline !== undefined) {
    for (const code of deadline.findings) {
      const params: Params = { text: deadline.text, due: deadline.due ? formatViDate(deadline.due) : '', planYear: ctx.planYear };
      findings.add(code, row, columns.deadline, params);
    }
  }

  const assignment = readAssignment(raw, columns, options.unitAliases, memo);
  const unitColumn = columns.assignment ?? columns.lead ?? columns.support;
  if (unitColumn !== undefined) {
    if (assignment.lead.length === 0 && assignment.support.length === 0) findings.add('assignment.missing', row, unitColumn);
    else if (assignment.lead.length === 0) findings.add('assignment.no_lead', row, unitColumn);
  }

  const statusText = raw.texts.status ?? null;
  const statusCell = raw.cells.status;
  const status = parseStatus(
    typeof statusCell === 'number' ? String(statusCell) : statusText,
    raw.formats.status ?? null,
  );
  if (!status.recognised) findings.add('status.unrecognized', row, columns.status, { text: statusText ?? '' });

  let completedOn: string | null = null;
  if (columns.completedOn !== undefined) {
    const parsed = parseCompletionDate(raw.cells.completedOn ?? null, raw.formats.completedOn ?? null);
    if (parsed.invalid) findings.add('completed_on.invalid', row, columns.completedOn, { text: parsed.text });
    completedOn = parsed.date;
    if (completedOn && status.status !== 'done' && status.status !== 'cancelled') {
      findings.add('completed_on.without_done', row, columns.completedOn);
    }
  }

  const state = computeState({ status: status.status, deadline, completedOn }, options.asOf, dueSoonDays);
  return {
    row,
    lastRow: raw.lastRow,
    stt: raw.texts.stt ?? null,
    section: null,
    subsection: null,
    task: taskText,
    product: raw.texts.product ?? null,
    deadline,
    assignmentText: [raw.texts.assignment, raw.texts.lead, raw.texts.support].filter(Boolean).join('\n') || null,
    lead: assignment.lead,
    support: assignment.support,
    statusText,
    status: status.status,
    completedOn,
    note: raw.texts.note ?? null,
    state,
  };
}
