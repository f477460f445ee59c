/** Text preparation and the small look-around helpers the parsers and refiners share. */
import { cleanText, fold } from '../text';

const DASHES = /[\u2010-\u2015\u2212]/g;

export interface PreparedText {
  /** The cell text after HTML clean-up (what Deadline.text shows). */
  clean: string;
  /** Folded for matching, one line per line of the cell, joined with '\n'. */
  folded: string;
}

/** cleanText, then fold each line (fold() alone would turn line breaks into spaces). */
export function prepareText(raw: string): PreparedText {
  const clean = cleanText(raw);
  const folded = clean.split('\n').map(foldCleanLine).join('\n').replace(DASHES, '-');
  return { clean, folded };
}

const NON_ASCII = /[^\x00-\x7f]/u;
const NON_ASCII_ALL = /[^\x00-\x7f]/gu;
const foldedChars = new Map<string, string>();

function foldChar(ch: string): string {
  let folded = foldedChars.get(ch);
  if (folded === undefined) {
    folded = fold(ch);
    if (foldedChars.size < 4096) foldedChars.set(ch, folded);
  }
  return folded;
}

/**
 * fold() of a line cleanText has already made NFC with single spaces: lower-case the line, then fold
 * each non-ASCII character on its own (cached). Same result as fold(), without three normalize()
 * calls per line — this runs on every row of the plan.
 */
export function foldCleanLine(line: string): string {
  const lower = line.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower;
  return lower.replace(NON_ASCII_ALL, foldChar).replace(/ {2,}/g, ' ').trim();
}

const LOOK = 48;

/**
 * Up to 48 characters before `index`. At the start of the text a '\n' is prepended, so a pattern
 * can test "start of a clause" with [\n;…] and never needs ^.
 */
export function textBefore(text: string, index: number): string {
  const start = Math.max(0, index - LOOK);
  return (start === 0 ? '\n' : '') + text.slice(start, index);
}

/**
 * A year as written: 4 digits in a sensible range, else invalid. 2-digit years are never guessed.
 */
export function parseYear(digits: string | undefined): { year: number | null; invalid: boolean } {
  if (digits === undefined) return { year: null, invalid: false };
  if (!/^\d{4}$/.test(digits)) return { year: null, invalid: true };
  const year = Number(digits);
  return year >= 1900 && year <= 2199 ? { year, invalid: false } : { year: null, invalid: true };
}

export function inRange(value: number, low: number, high: number): boolean {
  return value >= low && value <= high;
}
