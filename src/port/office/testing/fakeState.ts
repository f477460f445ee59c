/**
 * Test double for the parts of the Excel object model phuluc uses — the state side. The proxies
 * (fakeProxies.ts) behave like Office.js where it matters for correctness: commands are queued
 * and run only at context.sync(), properties can be read only after load() + sync(), a failing
 * command fails its sync and stops the rest of that batch, names are checked like Excel checks
 * them. office-addin-mock has no collections, so the actions that need them are tested here.
 */
import type { CellRange } from '../../../core/types';
import { columnLetter } from '../../../core/text';

export type FakeValue = string | number | boolean;

export interface FakeCell {
  value: FakeValue;
  numberFormat: string;
  /** Formula text when the cell holds one ("=1+1"); otherwise the value is its formula. */
  formula?: string;
  /** Format properties by path: "fill.color", "font.bold", "borders.EdgeTop.style", … */
  format: Record<string, unknown>;
}

export interface FakeRule {
  id: number;
  type: string;
  address: CellRange;
  formula: string | null;
  fill: string | null;
}

export interface FakeTable {
  name: string;
  sheet: FakeSheet;
  range: CellRange;
}

export interface FakeChart {
  type: string;
  source: CellRange;
  seriesBy: string;
  title: string | null;
  legendPosition: string | null;
  position: [string, string] | null;
  seriesFills: (string | null)[];
}

export interface FakeValidation {
  range: CellRange;
  rule: unknown;
  prompt: unknown;
  errorAlert: unknown;
}

export interface FakeSheet {
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  cells: Map<string, FakeCell>;
  merges: CellRange[];
  rules: FakeRule[];
  charts: FakeChart[];
  validations: FakeValidation[];
  frozenRows: number;
  columnWidths: Map<number, number>;
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export const FORMAT_DEFAULTS: Record<string, unknown> = {
  'fill.color': '#FFFFFF',
  'font.bold': false,
  'font.italic': false,
  'font.color': '#000000',
  'font.name': 'Calibri',
  'font.size': 11,
  wrapText: false,
  horizontalAlignment: 'General',
  verticalAlignment: 'Bottom',
};

/** Error shaped like OfficeExtension.Error (code + message). */
export class FakeExcelError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export function key(row: number, column: number): string {
  return `${row}:${column}`;
}

export function intersects(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export function areaAddress(sheet: string, range: CellRange): string {
  const quoted = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${quoted}!${columnLetter(range.left)}${range.top}:${columnLetter(range.right)}${range.bottom}`;
}

export function newSheet(name: string): FakeSheet {
  return {
    name,
    visibility: 'Visible',
    cells: new Map(),
    merges: [],
    rules: [],
    charts: [],
    validations: [],
    frozenRows: 0,
    columnWidths: new Map(),
  };
}

export function getCell(sheet: FakeSheet, row: number, column: number): FakeCell | undefined {
  return sheet.cells.get(key(row, column));
}

export function ensureCell(sheet: FakeSheet, row: number, column: number): FakeCell {
  let cell = sheet.cells.get(key(row, column));
  if (!cell) {
    cell = { value: '', numberFormat: 'General', format: {} };
    sheet.cells.set(key(row, column), cell);
  }
  return cell;
}

/** Write a block of values from A1 (or a given top-left), as a test's starting point. */
export function putValues(sheet: FakeSheet, values: (FakeValue | null)[][], top = 1, left = 1): void {
  values.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value === null || value === '') return;
      ensureCell(sheet, top + r, left + c).value = value;
    }),
  );
}

/** Bounding box of the cells holding a value, or null for an empty sheet. */
export function usedArea(sheet: FakeSheet): CellRange | null {
  let area: CellRange | null = null;
  for (const [k, cell] of sheet.cells) {
    if (cell.value === '' && !cell.formula) continue;
    const [row, column] = k.split(':').map(Number);
    area = area
      ? {
          top: Math.min(area.top, row),
          left: Math.min(area.left, column),
          bottom: Math.max(area.bottom, row),
          right: Math.max(area.right, column),
        }
      : { top: row, left: column, bottom: row, right: column };
  }
  return area;
}

const FORBIDDEN_SHEET_CHARACTERS = /[[\]:*?/\\]/;

export function checkSheetName(name: string, others: FakeSheet[]): void {
  if (name.length === 0 || name.length > 31 || FORBIDDEN_SHEET_CHARACTERS.test(name)) {
    throw new FakeExcelError('InvalidArgument', `invalid sheet name: ${name}`);
  }
  if (others.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
    throw new FakeExcelError('InvalidArgument', `a sheet named ${name} already exists`);
  }
}
