/**
 * The summary layout as the two rectangles Office.js writes in one assignment each: values and
 * number formats. Pure, so it is tested without Excel.
 *
 * Every text cell gets the text format '@' before its value is written: a task that begins with
 * "=", "+" or "- " is then kept as text instead of being read as a formula.
 */
import type { ColumnFormat, ModelCell } from '../../core/summary/types';
import type { SheetLayout, TablePlacement } from '../layout';

export const NUMBER_FORMATS: Record<ColumnFormat, string> = {
  text: '@',
  integer: '0',
  percent: '0.0%',
  date: 'dd/mm/yyyy',
};

const GENERAL = 'General';
const TEXT = '@';

export type WrittenValue = string | number;

export interface SummaryCells {
  values: WrittenValue[][];
  numberFormats: string[][];
  /** Columns of both rectangles (the widest layout row). */
  width: number;
}

/** Excel serial day (1900 system) of an ISO day, or null when the text is not one. */
export function isoToSerial(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const back = new Date(ms);
  if (back.getUTCMonth() !== Number(m[2]) - 1 || back.getUTCDate() !== Number(m[3])) return null;
  return ms / 86_400_000 + 25_569;
}

function cell(value: ModelCell, format: ColumnFormat | null): { value: WrittenValue; numberFormat: string } {
  if (value === null || value === undefined) return { value: '', numberFormat: format ? NUMBER_FORMATS[format] : GENERAL };
  if (typeof value === 'number') {
    return { value, numberFormat: format && format !== 'text' ? NUMBER_FORMATS[format] : GENERAL };
  }
  if (format === 'date') {
    const serial = isoToSerial(value);
    if (serial !== null) return { value: serial, numberFormat: NUMBER_FORMATS.date };
  }
  return { value, numberFormat: TEXT };
}

export function summaryCells(layout: SheetLayout): SummaryCells {
  const width = layout.values.reduce((max, row) => Math.max(max, row.length), 1);
  // Sheet row (1-based) → the table data row it belongs to, for the column formats.
  const dataRowTable = new Map<number, TablePlacement>();
  for (const table of layout.tables) {
    for (let row = table.range.top + 1; row <= table.range.bottom; row++) dataRowTable.set(row, table);
  }
  const values: WrittenValue[][] = [];
  const numberFormats: string[][] = [];
  layout.values.forEach((row, index) => {
    const table = dataRowTable.get(index + 1);
    const valueRow: WrittenValue[] = [];
    const formatRow: string[] = [];
    for (let c = 0; c < width; c++) {
      const format = table && c < table.formats.length ? table.formats[c] : null;
      const written = cell(row[c] ?? null, format);
      valueRow.push(written.value);
      formatRow.push(written.numberFormat);
    }
    values.push(valueRow);
    numberFormats.push(formatRow);
  });
  return { values, numberFormats, width };
}

/** Bytes a string takes in UTF-8 (Vietnamese letters take 2–3), without TextEncoder. */
function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Rough size of one row in a write request (values and number formats, JSON-quoted). */
function rowBytes(values: WrittenValue[], formats: string[]): number {
  let bytes = 0;
  for (const v of values) bytes += (typeof v === 'number' ? 18 : utf8Bytes(v) + 2) + 1;
  for (const f of formats) bytes += utf8Bytes(f) + 3;
  return bytes;
}

/**
 * Split the rows into consecutive chunks of at most `budget` bytes (Excel on the web refuses
 * requests over 5 MB). A summary of a normal plan is one chunk.
 */
export function chunkRows(cells: SummaryCells, budget: number): { top: number; bottom: number }[] {
  const chunks: { top: number; bottom: number }[] = [];
  let top = 1;
  let bytes = 0;
  cells.values.forEach((row, i) => {
    const size = rowBytes(row, cells.numberFormats[i]);
    if (bytes > 0 && bytes + size > budget) {
      chunks.push({ top, bottom: i });
      top = i + 1;
      bytes = 0;
    }
    bytes += size;
  });
  if (cells.values.length >= top) chunks.push({ top, bottom: cells.values.length });
  return chunks;
}
