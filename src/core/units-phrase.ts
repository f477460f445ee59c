/**
 * Reading unit phrases inside one clause of an assignment cell (see units.ts): where a unit name
 * starts, where the verb after it begins, and how a phrase splits into unit names.
 */
import { foldWords } from './text';
import type { UnitAliases } from './types';
import { aliasLookup, isKnownUnit, tidyName } from './units-aliases';
import {
  ACRONYM_REGEX,
  BAN_HANH,
  COMMA_SUBJECT_HEAD_REGEX,
  ROLE_REGEX,
  SPLIT_AND_HEAD_REGEX,
  SPLIT_COMMA_HEAD_REGEX,
  SUBJECT_HEAD_REGEX,
  VERB_REGEX,
  WITH_AFTER_SUPPORT,
  alignedFold,
  matchAt,
  matchesFrom,
} from './units-lexicon';

/** A clause as text plus its aligned fold (same length, so indices agree). */
export interface Text {
  s: string;
  f: string;
  /** Whether verbs must be lower case to count (false for text without lower-case letters). */
  caseAware: boolean;
}

export function textOf(s: string): Text {
  return { s, f: alignedFold(s), caseAware: /\p{Ll}/u.test(s) && /\p{Lu}/u.test(s) };
}

/** Skip spaces, punctuation and a leading "và"/"với"/"cùng" before a unit phrase. */
export function skipFiller(t: Text, at: number): number {
  let i = at;
  for (;;) {
    const m = /^[\s,.;:\-–—•+*()]+|^(?:va|voi|cung)(?![\p{L}\p{N}])/u.exec(t.f.slice(i));
    if (!m || m[0].length === 0) return i;
    i += m[0].length;
  }
}

/** Length of the unit word that starts at `at` (a head word, an acronym, a known alias), or 0. */
export function headAt(t: Text, at: number, aliases?: UnitAliases): number {
  if (at >= t.s.length) return 0;
  if (matchAt(BAN_HANH, t.f, at)) return 0;
  let best = matchAt(SUBJECT_HEAD_REGEX, t.f, at);
  best = Math.max(best, matchAt(ACRONYM_REGEX, t.s, at));
  return Math.max(best, aliasHeadAt(t, at, aliases));
}

/** Length of a user alias spelling starting at `at` (the built-in ones are head words already). */
export function aliasHeadAt(t: Text, at: number, aliases?: UnitAliases): number {
  if (!aliases) return 0;
  let best = 0;
  const rest = foldWords(t.s.slice(at, at + 80));
  for (const key of aliasLookup(aliases).keys()) {
    if (key.length > best && (rest === key || rest.startsWith(`${key} `))) {
      // Map the folded key length back: count the same number of word characters in the original.
      const words = key.split(' ').length;
      const m = new RegExp(`^(?:[^\\p{L}\\p{N}]*[\\p{L}\\p{N}]+){${words}}`, 'u').exec(t.s.slice(at));
      if (m) best = m[0].length;
    }
  }
  return best;
}

/** Whether a verb found at `index` counts: mid-sentence verbs are lower case; "Tổng hợp" inside a name is not a verb. */
export function isVerbHere(t: Text, index: number): boolean {
  if (!t.caseAware) return true;
  const ch = t.s.charAt(index);
  return ch === ch.toLowerCase();
}

export function firstVerb(t: Text, from: number, to = t.s.length): RegExpExecArray | null {
  for (const m of matchesFrom(VERB_REGEX, t.f, from)) {
    if (m.index >= to) return null;
    if (isVerbHere(t, m.index)) return m;
  }
  return null;
}

export function roleMatches(t: Text, from: number): RegExpExecArray[] {
  return matchesFrom(ROLE_REGEX, t.f, from);
}

export function isWith(t: Text, role: RegExpExecArray): boolean {
  return role[0].startsWith('p') && WITH_AFTER_SUPPORT.test(t.f.slice(role.index + role[0].length));
}

/**
 * Start of the first ", <unit>" in [from, to), or -1: the subject after an opening phrase
 * ("Định kỳ thứ Sáu hằng tuần, Văn phòng Sở …"). Only named bodies and "các phòng/đơn vị …" count
 * here; "người đứng đầu phòng, đơn vị" or "công chức, viên chức" are not subjects.
 */
export function commaHead(t: Text, from: number, to: number, aliases?: UnitAliases): number {
  for (let i = t.s.indexOf(',', from); i >= 0 && i < to; i = t.s.indexOf(',', i + 1)) {
    const at = skipFiller(t, i + 1);
    if (at >= to) continue;
    if (matchAt(COMMA_SUBJECT_HEAD_REGEX, t.f, at) || matchAt(ACRONYM_REGEX, t.s, at) || aliasHeadAt(t, at, aliases)) return at;
  }
  return -1;
}

export function wordCount(text: string): number {
  return foldWords(text).split(' ').filter(Boolean).length;
}

/** The unit phrase starting at `at`, up to the first verb or role word (or `to`). */
export function phraseFrom(t: Text, at: number, to: number, aliases?: UnitAliases): string {
  const afterHead = at + headAt(t, at, aliases);
  let end = to;
  const verb = firstVerb(t, afterHead, to);
  if (verb) end = verb.index;
  const role = roleMatches(t, afterHead).find((m) => m.index < end);
  if (role) end = role.index;
  return t.s.slice(at, end);
}

/** A verb right at the clause start ("Thực hiện nghiêm …"): such a clause names no unit. */
export function atStartVerb(t: Text, at: number): RegExpExecArray | null {
  VERB_REGEX.lastIndex = at;
  const m = VERB_REGEX.exec(t.f);
  return m && m.index === at ? m : null;
}

// ---------------------------------------------------------------------------------------------
// Unit phrases → unit names

const SEPARATORS = /,\s*|\s+(va)\s+/gu;

/**
 * Cut a unit phrase into unit names, conservatively (see units.ts): at a comma only after a
 * known alias or before a named body; at "và" also before a group ("và phòng, đơn vị thuộc sở").
 */
export function splitUnitPhrase(phrase: string, aliases?: UnitAliases): string[] {
  const t = textOf(phrase);
  const names: string[] = [];
  let from = 0;
  for (const m of matchesFrom(SEPARATORS, t.f, 0)) {
    const left = t.s.slice(from, m.index);
    const right = m.index + m[0].length;
    const isAnd = m[1] !== undefined;
    const cut =
      isKnownUnit(left, aliases) ||
      matchAt(isAnd ? SPLIT_AND_HEAD_REGEX : SPLIT_COMMA_HEAD_REGEX, t.f, right) > 0 ||
      (isAnd && matchAt(ACRONYM_REGEX, t.s, right) > 0) ||
      aliasHeadAt(t, right, aliases) > 0 ||
      knownUnitAt(t, right, aliases);
    if (cut) {
      names.push(left);
      from = right;
    }
  }
  names.push(t.s.slice(from));
  return names.map(cleanUnitName).filter((name) => /[\p{L}\p{N}]/u.test(name));
}

/** A built-in alias spelled out at `at` (", Thanh tra Sở"). */
function knownUnitAt(t: Text, at: number, aliases?: UnitAliases): boolean {
  const rest = t.s.slice(at).split(/[,;]/)[0];
  return isKnownUnit(rest, aliases);
}

function cleanUnitName(name: string): string {
  return tidyName(name)
    .replace(/^(?:và|với|cùng)\s+/iu, '')
    .replace(/\s+(?:và|với|cùng|của)$/iu, '')
    .replace(/[\s,.;:(\-–]+$/u, '')
    .trim();
}

