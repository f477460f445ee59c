/**
 * Text helpers shared by every parser: folding Vietnamese for matching, turning cell values and
 * HTML left over from PDF conversion into plain text.
 */
import type { CellValue } from './types';

const COMBINING = /[\u0300-\u036f]/;
const NON_ASCII = /[^\x00-\x7f]/;
const NON_ASCII_ALL = /[^\x00-\x7f]/g;
const foldedChars = new Map<string, string>();

/** One (lower-case) character folded; cached, since a plan repeats the same few hundred letters. */
function foldChar(ch: string): string {
  let folded = foldedChars.get(ch);
  if (folded === undefined) {
    folded = ch.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd');
    if (foldedChars.size < 4096) foldedChars.set(ch, folded);
  }
  return folded;
}

/**
 * Fold for matching: NFC → lower case → NFD → strip combining marks → đ→d, then collapse spaces.
 * "Tiến  độ", "TIẾN ĐỘ", "tien do" and the NFD spelling all fold to "tien do". Runs on every cell of
 * a plan, so it normalises only text that has combining marks and folds non-ASCII letters one by one.
 */
export function fold(text: string): string {
  let s = COMBINING.test(text) ? text.normalize('NFC') : text;
  s = s.toLowerCase();
  if (NON_ASCII.test(s)) s = s.replace(NON_ASCII_ALL, foldChar);
  return s.replace(/\s+/g, ' ').trim();
}

/** Fold and keep only letters and digits separated by single spaces ("Kết quả/sản phẩm" → "ket qua san pham"). */
export function foldWords(text: string): string {
  return fold(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Turn HTML remnants (<b>, <ul><li>, <br>, entities) into plain text with line breaks. */
export function stripHtml(text: string): string {
  if (!/[<&]/.test(text)) return text;
  return text
    .replace(/<\s*(br|\/p|\/li|\/div|\/tr)\s*\/?>/gi, '\n')
    .replace(/<\s*li[^>]*>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (m, e: string) => {
      if (e[0] === '#') {
        const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return Number.isFinite(code) ? String.fromCodePoint(code) : m;
      }
      return ENTITIES[e.toLowerCase()] ?? m;
    });
}

/** Markup, line breaks, odd spaces, or spaces at either end. */
const NEEDS_CLEANING = /[<&\t-\r\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]| {2}/;

/** Normalise a cell's text: NFC, HTML removed, spaces tidied per line, blank lines dropped. */
export function cleanText(text: string): string {
  // Most cells are already clean: skip the work for them (this runs on every cell of the plan).
  if (text[0] !== ' ' && text[text.length - 1] !== ' ' && !NEEDS_CLEANING.test(text) && !COMBINING.test(text)) return text;
  return stripHtml(COMBINING.test(text) ? text.normalize('NFC') : text)
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[\s\u00a0]+/g, ' ').trim())
    .filter((line) => line.length > 0)
    .join('\n');
}

/** A cell's value as clean text; '' for empty cells. Numbers print without float noise. */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return cleanText(value);
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(+value.toPrecision(12));
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  return '';
}

const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** Value of a Roman numeral (I … C), or null when the text is not one written in the canonical way. */
export function romanValue(text: string): number | null {
  const s = text.trim().toUpperCase();
  if (!/^[IVXLC]+$/.test(s)) return null;
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN_VALUES[s[i]];
    const next = i + 1 < s.length ? ROMAN_VALUES[s[i + 1]] : 0;
    total += v < next ? -v : v;
  }
  return toRoman(total) === s ? total : null;
}

export function toRoman(n: number): string {
  const table: [number, string][] = [[100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [v, s] of table) {
    while (n >= v) {
      out += s;
      n -= v;
    }
  }
  return out;
}

/** Column number (1-based) → letters: 1 → "A", 28 → "AB". */
export function columnLetter(column: number): string {
  let s = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Letters → column number: "AB" → 28. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
