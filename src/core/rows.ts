/**
 * Reading the body of a Phụ lục table into raw items — section headings, sub-section headings and
 * task rows with their cell texts — before any cell is interpreted. Handles what real sheets hold:
 * vertically merged cells (their value belongs to every row they cover), blank rows, repeated header
 * rows from page breaks, and rows that only finish the cells of the task above (PDF conversion).
 */
import { isRepeatedHeader, type HeaderMatch } from './header';
import { cellText, foldWords, romanValue } from './text';
import type { CellValue, Field, SheetGrid } from './types';

export interface RawSection {
  kind: 'section';
  row: number;
  numeral: string;
  title: string;
}

export interface RawSubsection {
  kind: 'subsection';
  row: number;
  label: string;
  title: string;
}

export interface RawTask {
  kind: 'task';
  row: number;
  lastRow: number;
  /** Text per field; continuation rows are appended. */
  texts: Partial<Record<Field, string>>;
  /** The raw cell values of the first row, for date cells (deadline, completedOn). */
  cells: Partial<Record<Field, CellValue>>;
  formats: Partial<Record<Field, string | null>>;
  /** Id of the vertical merge the TT cell belongs to, so rows sharing one merged TT are not duplicates. */
  sttMergeTop: number | null;
}

export type RawItem = RawSection | RawSubsection | RawTask;

/** Fields whose text is read per row. */
const ROW_FIELDS: Field[] = ['stt', 'task', 'product', 'deadline', 'assignment', 'lead', 'support', 'status', 'completedOn', 'note', 'goal', 'activity'];

/** Fields that make a row "carry work" (a task with one of these is not a sub-section heading). */
const WORK_FIELDS: Field[] = ['product', 'deadline', 'assignment', 'lead', 'support', 'status', 'completedOn'];

/**
 * Value lookups that honour merged cells: a vertical merge gives its top-left value to each row it
 * covers; a horizontal-only merge keeps its value in its first cell (as Excel shows it).
 */
class MergedView {
  /** Covered cell (row * COLUMN_SPAN + column) → the merged area's value; empty when no vertical merges. */
  private readonly fill = new Map<number, { value: CellValue; format: string | null; top: number }>();

  constructor(private readonly grid: SheetGrid) {
    for (const m of grid.merges) {
      if (m.bottom <= m.top) continue;
      const value = grid.values[m.top - 1]?.[m.left - 1] ?? null;
      const format = grid.numberFormats?.[m.top - 1]?.[m.left - 1] ?? null;
      for (let r = m.top; r <= m.bottom; r++) this.fill.set(r * COLUMN_SPAN + m.left, { value, format, top: m.top });
    }
  }

  value(row: number, column: number): CellValue {
    const own = this.grid.values[row - 1]?.[column - 1] ?? null;
    if (own !== null && own !== '') return own;
    return this.fill.size === 0 ? own : this.fill.get(row * COLUMN_SPAN + column)?.value ?? own;
  }

  format(row: number, column: number): string | null {
    const own = this.grid.numberFormats?.[row - 1]?.[column - 1] ?? null;
    return own ?? (this.fill.size === 0 ? null : this.fill.get(row * COLUMN_SPAN + column)?.format ?? null);
  }

  mergeTop(row: number, column: number): number | null {
    return this.fill.size === 0 ? null : this.fill.get(row * COLUMN_SPAN + column)?.top ?? null;
  }
}

/** More columns than Excel allows (16,384), so row * COLUMN_SPAN + column is unique per cell. */
const COLUMN_SPAN = 20000;

/** Roman numeral section label from a TT cell ("I", "II.", "Phần III"), or null. */
export function sectionNumeral(stt: string): string | null {
  const folded = foldWords(stt);
  const m = /^(?:phan |muc )?([ivxlc]+)$/.exec(folded);
  if (!m) return null;
  const numeral = m[1].toUpperCase();
  return romanValue(numeral) !== null ? numeral : null;
}

/** Section written inside the title cell ("I. CẢI CÁCH THỂ CHẾ") when the TT cell is empty. */
function sectionInText(text: string): { numeral: string; title: string } | null {
  // Upper-case numerals only: "i." or "v." starts a list item, not a section.
  const m = /^\s*(?:ph[aầ]n|m[uụ]c)?\s*([IVXLC]+)\s*[.:)\-–]\s*(\S.*)$/iu.exec(text.split('\n')[0]);
  if (!m || m[1] !== m[1].toUpperCase() || romanValue(m[1]) === null) return null;
  return { numeral: m[1], title: m[2].trim() };
}

const SUBSECTION_LABEL = /^(\d+(?:\.\d+)+|[A-Z]|[a-z]\)|[A-Z]\.)$/;
const ARABIC_STT = /^\d+[.)]?$/;

export function readRows(grid: SheetGrid, header: HeaderMatch): RawItem[] {
  const view = new MergedView(grid);
  const items: RawItem[] = [];
  const columns = header.columns;
  let lastTask: RawTask | null = null;
  const lastRow = grid.values.length;

  for (let row = header.headerRow + 1; row <= lastRow; row++) {
    const values = grid.values[row - 1];
    if (!values || values.every((v) => v === null || v === '')) continue;
    if (isRepeatedHeader(values, header) || isColumnNumbering(values)) continue;

    const texts: Partial<Record<Field, string>> = {};
    const cells: Partial<Record<Field, CellValue>> = {};
    const formats: Partial<Record<Field, string | null>> = {};
    let any = false;
    for (const field of ROW_FIELDS) {
      const col = columns[field];
      if (col === undefined) continue;
      // A vertically merged cell (TT, Mục tiêu, a deadline shared by several tasks) gives its value to each row.
      const value = view.value(row, col);
      const text = cellText(value);
      if (text) {
        texts[field] = text;
        any = true;
      }
      cells[field] = value;
      formats[field] = view.format(row, col);
    }
    if (!any) continue;

    const stt = texts.stt ?? '';
    const taskText = texts.task ?? '';
    const ownStt = cellText(grid.values[row - 1]?.[(columns.stt ?? 0) - 1] ?? null);

    // Section heading: Roman numeral in its own TT cell, or "I. TITLE" in the task cell with TT empty.
    const numeral = ownStt ? sectionNumeral(ownStt) : null;
    if (numeral) {
      items.push({ kind: 'section', row, numeral, title: firstLine(taskText || otherText(texts) || rowText(values, columns.stt)) });
      lastTask = null;
      continue;
    }
    if (!stt && taskText && !hasWork(texts)) {
      const inText = sectionInText(taskText);
      if (inText) {
        items.push({ kind: 'section', row, numeral: inText.numeral, title: inText.title });
        lastTask = null;
        continue;
      }
    }

    // Sub-section heading: "7.1", "A", "a)" with a title and no work columns.
    if (stt && SUBSECTION_LABEL.test(stt) && taskText && !hasWork(texts) && !ARABIC_STT.test(stt)) {
      items.push({ kind: 'subsection', row, label: stt, title: firstLine(taskText) });
      lastTask = null;
      continue;
    }

    // Continuation: no TT and no task text of its own (or text that visibly goes on), outside any
    // vertical merge — rows under a merged TT / Nhiệm vụ cell are tasks of that group.
    const sttMerged = columns.stt !== undefined && view.mergeTop(row, columns.stt) !== null;
    const taskMerged = columns.task !== undefined && view.mergeTop(row, columns.task) !== null;
    if (!ownStt && lastTask && !sttMerged && !taskMerged && continuesAbove(grid, row, columns.task)) {
      for (const [field, text] of Object.entries(texts) as [Field, string][]) {
        if (field === 'stt') continue;
        lastTask.texts[field] = lastTask.texts[field] ? `${lastTask.texts[field]} ${text}` : text;
      }
      lastTask.lastRow = row;
      continue;
    }

    const task: RawTask = {
      kind: 'task',
      row,
      lastRow: row,
      texts,
      cells,
      formats,
      sttMergeTop: columns.stt !== undefined ? view.mergeTop(row, columns.stt) : null,
    };
    items.push(task);
    lastTask = task;
  }
  return items;
}

/** The row of column numbers many tables carry under the header: "1 | 2 | 3 …" or "(1) | (2) | …". */
function isColumnNumbering(values: CellValue[]): boolean {
  let count = 0;
  let previous = 0;
  for (const v of values) {
    if (v === null || v === '') continue;
    const m = /^\s*\(?(\d{1,2})\)?\s*$/.exec(String(v));
    if (!m || Number(m[1]) !== previous + 1) return false;
    previous = Number(m[1]);
    count++;
  }
  return count >= 3;
}

function hasWork(texts: Partial<Record<Field, string>>): boolean {
  return WORK_FIELDS.some((f) => texts[f]);
}

function firstLine(text: string): string {
  return text.split('\n').join(' ').trim();
}

function otherText(texts: Partial<Record<Field, string>>): string {
  for (const f of ['goal', 'activity', 'product', 'note'] as Field[]) if (texts[f]) return texts[f]!;
  return '';
}

/** Text of the first non-empty cell of a row other than the TT cell (a section title merged across). */
function rowText(values: CellValue[], sttColumn: number | undefined): string {
  for (let c = 0; c < values.length; c++) {
    if (c + 1 === sttColumn) continue;
    const text = cellText(values[c]);
    if (text) return text;
  }
  return '';
}

/**
 * A row without TT continues the task above when its task cell is empty, or starts in lower case
 * (a sentence cut by a page break). A row with its own capitalised task text is an unnumbered task.
 */
function continuesAbove(grid: SheetGrid, row: number, taskColumn: number | undefined): boolean {
  if (taskColumn === undefined) return true;
  const own = cellText(grid.values[row - 1]?.[taskColumn - 1] ?? null);
  if (!own) return true;
  const first = own[0];
  return /\p{Ll}/u.test(first);
}
