/**
 * The periodic summary (SPEC §6) as data, and the sheet it becomes as a rendering-neutral model:
 * both workbook adapters (exceljs, Office.js) draw the same SheetModel.
 */
import type { IsoDate, Lang, TaskState } from '../types';

export type PeriodCode =
  | 'q1'
  | 'q2'
  | 'q3'
  | 'q4'
  | 'cchc-q1'
  | 'cchc-6t'
  | 'cchc-q3'
  | 'cchc-year'
  | 'custom';

export interface Period {
  code: PeriodCode;
  /** First and last day counted, inclusive. */
  from: IsoDate;
  to: IsoDate;
  /** "Quý III/2025", "6 tháng đầu năm 2025", "Từ 01/07/2025 đến 30/09/2025". */
  label: string;
  /** Excel sheet name, ≤ 31 characters, none of / \ ? * [ ] : — "Tổng hợp Q3-2025", "Tổng hợp 6T-2025". */
  sheetName: string;
}

/** One line of the "by section" or "by lead unit" table. */
export interface SummaryCounts {
  total: number;
  /** Tasks whose due date falls inside the period. */
  dueInPeriod: number;
  /** Tasks whose due date is on or before the period's end. */
  dueByEnd: number;
  /** Done on time or early (done_early + done_on_time), among tasks due by the end. */
  doneOnTime: number;
  doneLate: number;
  /** Counted by state as of the as-of date. */
  overdue: number;
  /** Not done, due inside the period or later, not overdue (due_soon + on_track). */
  inProgressOnTime: number;
  recurring: number;
  noFixedDeadline: number;
  /** All done tasks (any done_* state). */
  done: number;
  /** Cancelled tasks: counted in total, left out of every rate's denominator (buildSummary always sets it). */
  cancelled?: number;
  /** done of the tasks due by the end / dueByEnd (cancelled tasks are never counted as due); null when dueByEnd is 0. */
  rateDueByEnd: number | null;
  /** done / (total − cancelled); null when that is 0. */
  rateAll: number | null;
}

export interface SectionSummary extends SummaryCounts {
  numeral: string | null;
  title: string;
  /** Task count per state, for the chart of states by section. */
  states: Partial<Record<TaskState, number>>;
}

export interface UnitSummary extends SummaryCounts {
  /** Canonical (alias-normalised) unit name. */
  unit: string;
}

export interface TaskLine {
  row: number;
  stt: string | null;
  section: string | null;
  task: string;
  deadlineText: string;
  due: IsoDate | null;
  state: TaskState;
  lead: string[];
  /** Days past due as of the as-of date (overdue lines only). */
  daysOverdue?: number;
}

export interface Summary {
  period: Period;
  asOf: IsoDate;
  planYear: number;
  sheet: string;
  totals: SummaryCounts;
  bySection: SectionSummary[];
  byLead: UnitSummary[];
  /** Counts over the tasks with no lead unit (cancelled included), for the last line of the by-unit table. */
  withoutLead?: SummaryCounts;
  overdue: TaskLine[];
  dueInPeriod: TaskLine[];
  unassigned: TaskLine[];
}

// ---------------------------------------------------------------------------------------------
// The sheet model

export type ColumnFormat = 'text' | 'integer' | 'percent' | 'date';

export interface TableColumn {
  header: string;
  /** Width in Excel character units. */
  width: number;
  format: ColumnFormat;
}

/** A cell of a summary table: dates as IsoDate strings (format 'date'), rates as 0..1 (format 'percent'). */
export type ModelCell = string | number | null;

export interface TableBlock {
  /** Heading written above the table ("1. Theo lĩnh vực"). */
  title: string;
  /** Excel table name: unique in the workbook, letters/digits/underscore ("PL_Q3_2025_LinhVuc"). */
  tableName: string;
  columns: TableColumn[];
  rows: ModelCell[][];
  /** Optional note under the table (e.g. how the rates are computed). */
  note?: string;
}

export interface LegendEntry {
  key: string;
  /** The state in words, so colour is never the only signal. */
  label: string;
  fill: string;
}

export interface ChartModel {
  title: string;
  /** Section labels ("I. Cải cách thể chế"). */
  categories: string[];
  series: { name: string; fill: string; values: number[] }[];
}

export interface SheetModel {
  name: string;
  /** Language of the sheet's words (the layout adds a few of its own). */
  lang?: Lang;
  /** Lines written at the top (title, period, as-of, source sheet). */
  heading: string[];
  blocks: TableBlock[];
  legend: LegendEntry[];
  chart: ChartModel | null;
}
