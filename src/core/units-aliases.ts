/**
 * Unit names for grouping: one display name per unit however it is spelled ("VP Sở", "Văn phòng
 * sở", "Van phong So" → "Văn phòng Sở"), from built-in aliases plus the user's own list.
 */
import { z } from 'zod';
import { cleanText, foldWords } from './text';
import type { Lang, UnitAliases } from './types';

/**
 * Built-in aliases, canonical display name → other spellings. "Văn Sở" is a typo seen in a real plan
 * (sct-khanh-hoa-2025). Matching ignores case, diacritics and punctuation, so "Văn phòng sở" and
 * "VĂN PHÒNG SỞ" need no entry of their own.
 */
export const DEFAULT_UNIT_ALIASES: UnitAliases = {
  'Văn phòng Sở': ['VP Sở', 'Văn phòng', 'Văn Sở', 'VP', 'VPS'],
  'Thanh tra Sở': ['Thanh tra'],
};

/** Folded spelling → canonical display name. */
export type AliasLookup = Map<string, string>;

const lookupCache = new WeakMap<UnitAliases, AliasLookup>();
let defaultLookup: AliasLookup | null = null;

function groupKeys(canonical: string, spellings: readonly string[]): string[] {
  return [canonical, ...spellings].map((s) => foldWords(s)).filter((k) => k.length > 0);
}

/**
 * The lookup for the built-in aliases extended by the user's. A user entry that shares a spelling
 * with a built-in group takes that whole group over, so {"VP Sở": ["Văn phòng Sở"]} also renames
 * "Văn phòng" and "Văn Sở" to "VP Sở" rather than splitting the unit in two.
 */
export function aliasLookup(user?: UnitAliases): AliasLookup {
  if (!user) {
    if (!defaultLookup) defaultLookup = build(undefined);
    return defaultLookup;
  }
  let cached = lookupCache.get(user);
  if (!cached) {
    cached = build(user);
    lookupCache.set(user, cached);
  }
  return cached;
}

function build(user: UnitAliases | undefined): AliasLookup {
  const lookup: AliasLookup = new Map();
  const defaultGroups = new Map<string, string[]>();
  for (const [canonical, spellings] of Object.entries(DEFAULT_UNIT_ALIASES)) {
    const keys = groupKeys(canonical, spellings);
    defaultGroups.set(canonical, keys);
    for (const key of keys) lookup.set(key, canonical);
  }
  for (const [rawCanonical, spellings] of Object.entries(user ?? {})) {
    const canonical = tidyName(rawCanonical);
    if (!canonical || !Array.isArray(spellings)) continue;
    const keys = groupKeys(canonical, spellings.filter((s): s is string => typeof s === 'string'));
    for (const key of keys) {
      const taken = defaultGroups.get(lookup.get(key) ?? '');
      if (taken) for (const k of taken) lookup.set(k, canonical);
    }
    for (const key of keys) lookup.set(key, canonical);
  }
  return lookup;
}

/** One line, single spaces, without bullets or punctuation around it. */
export function tidyName(name: string): string {
  return cleanText(name)
    .replace(/\n/g, ' ')
    .replace(/^[\s\-–—•+*.,;:)]+/u, '')
    .replace(/[\s\-–—•+*.,;:(]+$/u, '')
    .trim();
}

/**
 * Canonical display name of a unit, for grouping. Known spellings give their canonical name;
 * others are tidied, get a capital first letter, and the word "sở" (the department itself) a capital
 * S, so "các phòng, đơn vị thuộc sở" and "Các phòng, đơn vị thuộc Sở" group together. Other case
 * differences inside an unknown name stay (they usually mark proper names). '' for no name.
 */
export function unitKey(name: string, aliases?: UnitAliases): string {
  const tidy = tidyName(name);
  const key = foldWords(tidy);
  if (!key) return '';
  const known = aliasLookup(aliases).get(key);
  if (known) return known;
  const capitalised = tidy.charAt(0).toLocaleUpperCase('vi') + tidy.slice(1);
  return capitalised.replace(/(?<![\p{L}\p{N}])sở(?![\p{L}\p{N}])/gu, 'Sở');
}

/** True when the name is a spelling in the alias list (built-in or the user's). */
export function isKnownUnit(name: string, aliases?: UnitAliases): boolean {
  const key = foldWords(name);
  return key.length > 0 && aliasLookup(aliases).has(key);
}

// ---------------------------------------------------------------------------------------------
// The alias file of the command line (--aliases FILE.json)

const spellingsSchema = z.union([z.string(), z.array(z.string())]);

const MESSAGES = {
  notObject: {
    vi: 'Tệp tên gọi khác của đơn vị phải có dạng {"Văn phòng Sở": ["VP", "Văn phòng"]}.',
    en: 'The unit alias file must look like {"Văn phòng Sở": ["VP", "Văn phòng"]}.',
  },
  emptyName: {
    vi: 'Bỏ qua một mục có tên đơn vị trống.',
    en: 'Skipped an entry with an empty unit name.',
  },
  badSpellings: {
    vi: (name: string) => `Bỏ qua "${name}": các tên gọi khác phải là danh sách chữ, ví dụ ["VP", "Văn phòng"].`,
    en: (name: string) => `Skipped "${name}": the other names must be a list of text, e.g. ["VP", "Văn phòng"].`,
  },
  duplicate: {
    vi: (spelling: string, first: string, second: string) =>
      `Tên "${spelling}" được khai cho cả "${first}" và "${second}"; dùng "${second}".`,
    en: (spelling: string, first: string, second: string) =>
      `"${spelling}" is listed under both "${first}" and "${second}"; using "${second}".`,
  },
};

/**
 * Read the CLI's alias file (already JSON-parsed). Never throws: what is valid is kept, each problem
 * is one message in `lang`. A single string is accepted where a list is expected.
 */
export function parseAliasFile(json: unknown, lang: Lang = 'vi'): { aliases: UnitAliases; errors: string[] } {
  const errors: string[] = [];
  const top = z.record(z.string(), z.unknown()).safeParse(json);
  if (!top.success || Array.isArray(json)) return { aliases: {}, errors: [MESSAGES.notObject[lang]] };
  const aliases: UnitAliases = {};
  const ownerOf = new Map<string, string>();
  for (const [rawName, rawSpellings] of Object.entries(top.data)) {
    const name = tidyName(rawName);
    if (!name) {
      errors.push(MESSAGES.emptyName[lang]);
      continue;
    }
    const parsed = spellingsSchema.safeParse(rawSpellings);
    if (!parsed.success) {
      errors.push(MESSAGES.badSpellings[lang](name));
      continue;
    }
    const list = (typeof parsed.data === 'string' ? [parsed.data] : parsed.data).map(tidyName).filter(Boolean);
    aliases[name] = [...(aliases[name] ?? []), ...list];
    for (const spelling of [name, ...list]) {
      const key = foldWords(spelling);
      const owner = ownerOf.get(key);
      if (owner && owner !== name) errors.push(MESSAGES.duplicate[lang](spelling, owner, name));
      ownerOf.set(key, name);
    }
  }
  return { aliases, errors };
}
