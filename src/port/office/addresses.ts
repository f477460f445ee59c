/** A1 addresses: building them for ranges we write, reading the ones Excel gives back. */
import { columnLetter, columnNumber } from '../../core/text';
import type { CellRange } from '../../core/types';

/** "A1:C10" (or "B4" for a single cell) for a 1-based inclusive rectangle. */
export function rangeAddress(range: CellRange): string {
  const start = `${columnLetter(range.left)}${range.top}`;
  if (range.top === range.bottom && range.left === range.right) return start;
  return `${start}:${columnLetter(range.right)}${range.bottom}`;
}

/** "A:A" — a whole column, for widths. */
export function columnAddress(column: number): string {
  const letter = columnLetter(column);
  return `${letter}:${letter}`;
}

const CELL_REF = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;

function parseCellRef(text: string): { row: number; column: number } | null {
  const m = CELL_REF.exec(text.trim());
  return m ? { column: columnNumber(m[1]), row: Number(m[2]) } : null;
}

/** Remove a leading sheet name ("Sheet1!", "'Phụ lục, 2025'!") from one area's address. */
function stripSheet(area: string): string {
  const bang = area.lastIndexOf('!');
  return bang >= 0 ? area.slice(bang + 1) : area;
}

/**
 * Split a multi-area address ("'Kế hoạch, 2025'!A1:B2, 'Kế hoạch, 2025'!C3:C5") into areas.
 * Commas inside a quoted sheet name do not separate areas; a quote inside a name is written ''.
 */
function splitAreas(address: string): string[] {
  const areas: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < address.length; i++) {
    const ch = address[i];
    if (ch === "'") {
      if (quoted && address[i + 1] === "'") {
        current += "''";
        i++;
        continue;
      }
      quoted = !quoted;
    }
    if (ch === ',' && !quoted) {
      areas.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  areas.push(current);
  return areas.map((a) => a.trim()).filter((a) => a.length > 0);
}

/** Rectangles of an Excel address with one or more areas; parts that are not cell ranges are skipped. */
export function parseAreas(address: string | null | undefined): CellRange[] {
  if (!address) return [];
  const ranges: CellRange[] = [];
  for (const area of splitAreas(address)) {
    const [first, second] = stripSheet(area).split(':');
    const a = parseCellRef(first);
    const b = second === undefined ? a : parseCellRef(second);
    if (!a || !b) continue;
    ranges.push({
      top: Math.min(a.row, b.row),
      left: Math.min(a.column, b.column),
      bottom: Math.max(a.row, b.row),
      right: Math.max(a.column, b.column),
    });
  }
  return ranges;
}
