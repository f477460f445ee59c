/**
 * The vocabulary of phuluc's engine. Everything in src/core speaks these types; the workbook port,
 * the command line and the task pane only translate to and from them.
 *
 * Dates are ISO calendar days ('YYYY-MM-DD'): no time, no time zone, safe to compare as strings
 * and to write to JSON as they are.
 */

/** A calendar day, 'YYYY-MM-DD'. */
export type IsoDate = string;

export type Lang = 'vi' | 'en';

export type Severity = 'error' | 'warning' | 'info';

// ---------------------------------------------------------------------------------------------
// The sheet as the engine sees it

/** What a cell holds after reading: Office.js gives dates as serial numbers, exceljs as Date. */
export type CellValue = string | number | boolean | Date | null;

/** A rectangle of cells, 1-based and inclusive (row 1 / column 1 is A1). */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * One worksheet's contents. values[r][c] is the cell at sheet row r + 1, column c + 1 (always
 * anchored at A1; adapters pad). Rows may have different lengths. A merged area's value sits in
 * its top-left cell only, the other cells are null, as in Excel.
 */
export interface SheetGrid {
  name: string;
  values: CellValue[][];
  /** Same shape as values where known; a number with a date format is a date. */
  numberFormats?: (string | null)[][];
  merges: CellRange[];
}

// ---------------------------------------------------------------------------------------------
// Columns

/** The columns phuluc knows. `assignment` is a combined "Phân công" column; lead/support are split ones. */
export type Field =
  | 'stt'
  | 'task'
  | 'product'
  | 'deadline'
  | 'assignment'
  | 'lead'
  | 'support'
  | 'status'
  | 'completedOn'
  | 'note'
  | 'budget'
  | 'goal'
  | 'activity';

/** Field → 1-based column number. */
export type ColumnMap = Partial<Record<Field, number>>;

// ---------------------------------------------------------------------------------------------
// Deadlines (SPEC §2)

export type DeadlineKind =
  | 'date'
  | 'period'
  | 'multiple'
  | 'recurring'
  | 'conditional'
  | 'relative'
  | 'missing'
  | 'invalid'
  | 'unrecognized';

export interface Deadline {
  /** The text as written in the cell (after HTML clean-up), or the formatted date of a date cell. */
  text: string;
  kind: DeadlineKind;
  /** Last day on which finishing is still on time; null when the kind has none. */
  due: IsoDate | null;
  /** Every dated part, sorted, when there are two or more (kind 'multiple'); otherwise []. */
  milestones: IsoDate[];
  /** Finding codes raised by the text itself: deadline.missing, deadline.invalid_date, deadline.unrecognized, deadline.outside_plan_year. */
  findings: FindingCode[];
}

export interface DeadlineContext {
  /** Year used when the text gives none ("Quý I", "Trước 30/11"). */
  planYear: number;
}

// ---------------------------------------------------------------------------------------------
// Units, status, state (SPEC §3–4)

export interface Assignment {
  /** Units in charge (chủ trì), display names as written (trimmed). */
  lead: string[];
  /** Units that coordinate (phối hợp). */
  support: string[];
}

/** User-extendable aliases: canonical display name → other spellings. Stored in the workbook / a JSON file. */
export type UnitAliases = Record<string, string[]>;

export type Status = 'done' | 'in_progress' | 'not_started' | 'cancelled' | 'unknown';

export type TaskState =
  | 'cancelled'
  | 'done_early'
  | 'done_on_time'
  | 'done_late'
  | 'done'
  | 'overdue'
  | 'due_soon'
  | 'on_track'
  | 'ongoing'
  | 'no_fixed_deadline'
  | 'no_deadline';

// ---------------------------------------------------------------------------------------------
// Findings (SPEC §5)

export type FindingCode =
  | 'header.not_found'
  | 'column.missing'
  | 'section.numbering'
  | 'stt.duplicate'
  | 'stt.gap'
  | 'task.empty'
  | 'deadline.missing'
  | 'deadline.invalid_date'
  | 'deadline.unrecognized'
  | 'deadline.outside_plan_year'
  | 'assignment.missing'
  | 'assignment.no_lead'
  | 'status.unrecognized'
  | 'completed_on.invalid'
  | 'completed_on.without_done'
  | 'plan_year.conflict'
  | 'text.legacy_encoding';

export interface Finding {
  code: FindingCode;
  severity: Severity;
  /** 1-based sheet row, or null for a finding about the whole sheet. */
  row: number | null;
  /** Column letter ('D'), or null. */
  column: string | null;
  /** In the language asked for. */
  message: string;
}

// ---------------------------------------------------------------------------------------------
// The reading of a sheet

export interface Section {
  /** 1-based sheet row of the section heading. */
  row: number;
  /** Roman numeral as written, upper case ("IV"). */
  numeral: string;
  title: string;
  taskCount: number;
}

export interface Task {
  /** 1-based sheet row where the task starts. */
  row: number;
  /** Last sheet row that belongs to the task (continuation rows, vertical merges). */
  lastRow: number;
  /** TT as written ("1", "7.1"), or null when empty. */
  stt: string | null;
  /** Top-level section numeral ("II"), or null before the first section. */
  section: string | null;
  /** Sub-section label ("7.1") when the task sits under one. */
  subsection: string | null;
  task: string;
  product: string | null;
  deadline: Deadline;
  /** The raw assignment text (combined column, or lead + support columns joined). */
  assignmentText: string | null;
  lead: string[];
  support: string[];
  /** Status cell text, or null. */
  statusText: string | null;
  status: Status;
  completedOn: IsoDate | null;
  note: string | null;
  state: TaskState;
}

export type PlanYearSource = 'user' | 'title' | 'deadlines' | 'asOf';

export interface Analysis {
  sheet: string;
  /** 1-based row of the (last) header row. */
  headerRow: number;
  /** 1-based row of the first header row (headerRow - 1 for a two-row header). */
  headerTop: number;
  planYear: number;
  planYearSource: PlanYearSource;
  /** Year the title names when it differs from the plan year used (e.g. 2020 for a 2021 plan). */
  titleYear: number | null;
  asOf: IsoDate;
  dueSoonDays: number;
  columns: ColumnMap;
  /** Columns spanned by the table, 1-based inclusive (for colouring whole rows). */
  firstColumn: number;
  lastColumn: number;
  /** Last sheet row of the table. */
  lastRow: number;
  sections: Section[];
  tasks: Task[];
  findings: Finding[];
}

export interface AnalyseOptions {
  /** The day the states are computed for. The engine never reads the clock. */
  asOf: IsoDate;
  /** Overrides the plan year found in the sheet. */
  planYear?: number;
  /** Due-soon window in days (default 14). */
  dueSoonDays?: number;
  lang?: Lang;
  unitAliases?: UnitAliases;
  /** User corrections to the column mapping: a number sets, null removes. */
  columnOverrides?: Partial<Record<Field, number | null>>;
}
