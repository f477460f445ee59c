/**
 * Units (SPEC §3): who leads (chủ trì) and who supports (phối hợp) a task, read from the "Phân công"
 * cell or from separate Chủ trì / Phối hợp columns.
 *
 * How a combined cell is read:
 * 1. It is cut into clauses at line breaks, ";", bullets ("- ", "+ ", "a)") and sentence ends.
 *    A label ("Đơn vị chủ trì:", "Đơn vị phối hợp:", "Đơn vị thực hiện:") gives its role to the
 *    clauses after it, until the next "-" item or sentence.
 * 2. In a clause, the unit is the subject: the text from a unit word ("Văn phòng", "Các phòng",
 *    "Trung tâm", an acronym …) up to the first role word or verb. "X chủ trì" → lead;
 *    "X phối hợp" → support; "X phối hợp với Y" → X does the work, Y supports; X followed by any
 *    other verb ("theo dõi", "thực hiện") → X does the work. After the subject, "phối hợp với Y" and
 *    ", Y phối hợp" add Y as support.
 * 3. Units doing the work are the lead when nothing is marked chủ trì, else they support.
 *
 * Splitting a unit phrase is conservative: "Các phòng, ban, đơn vị thuộc và trực thuộc Sở" and
 * "Các phòng, đơn vị thuộc Sở, ĐVTT" stay one unit. A comma or "và" separates units only next to a
 * known alias ("Văn phòng, Thanh tra, các phòng …") or before a named body ("…, Văn phòng Sở",
 * "… và Bộ phận văn thư", "… và phòng, đơn vị thuộc sở").
 */
import { cleanText, foldWords } from './text';
import type { Assignment, UnitAliases } from './types';
import { unitKey } from './units-aliases';
import { splitClauses } from './units-clauses';
import {
  type Text,
  atStartVerb,
  commaHead,
  firstVerb,
  headAt,
  isWith,
  phraseFrom,
  roleMatches,
  skipFiller,
  splitUnitPhrase,
  textOf,
  wordCount,
} from './units-phrase';
import { LABEL_REGEX, RULE_REGEX, WITH_AFTER_SUPPORT, alignedFold } from './units-lexicon';

export { DEFAULT_UNIT_ALIASES, parseAliasFile, unitKey } from './units-aliases';
export { splitUnitPhrase } from './units-phrase';

type Role = 'lead' | 'support' | 'doer';

interface Mention {
  role: Role;
  name: string;
}

// ---------------------------------------------------------------------------------------------
// One clause

function roleOf(t: Text, role: RegExpExecArray): Role {
  if (role[0].startsWith('c')) return 'lead';
  return isWith(t, role) ? 'doer' : 'support';
}

interface ClauseContext {
  label: Role | null;
  /** The whole cell is this one clause (a bare unit name like "Sở Tài chính" is then accepted). */
  sole: boolean;
  aliases?: UnitAliases;
}

function parseClause(clause: string, ctx: ClauseContext): Mention[] {
  const t = textOf(clause);
  const mentions: Mention[] = [];
  const start = skipFiller(t, 0);
  const roles = roleMatches(t, start);

  let subjectStart = start;
  let trusted = ctx.label !== null || headAt(t, start, ctx.aliases) > 0;
  if (!trusted) {
    const after = commaHead(t, start, roles[0]?.index ?? t.s.length, ctx.aliases);
    if (after >= 0) {
      subjectStart = after;
      trusted = true;
    }
  }
  const verbFrom = trusted ? subjectStart + headAt(t, subjectStart, ctx.aliases) : subjectStart;
  const verb = (trusted ? null : atStartVerb(t, subjectStart)) ?? firstVerb(t, verbFrom);
  const role = roles.find((m) => m.index >= subjectStart) ?? null;

  // Where the subject ends and what it is.
  let end = t.s.length;
  let subjectRole: Role = 'doer';
  let cursor = end;
  let roleRightAfter = false;
  // After the subject, look for more units from the role word on ("phối hợp với Y") or after it.
  const afterRole = (r: RegExpExecArray) => (isWith(t, r) ? r.index : r.index + r[0].length);
  if (role && (!verb || role.index <= verb.index)) {
    end = role.index;
    subjectRole = roleOf(t, role);
    cursor = afterRole(role);
    roleRightAfter = true;
  } else if (role && verb && !/[,;:.]/.test(t.s.slice(verb.index, role.index))) {
    // "Các phòng, đơn vị tham gia giải quyết TTHC phối hợp …": the verb belongs to the name's
    // relative clause and the role word still names the role.
    end = verb.index;
    subjectRole = roleOf(t, role);
    cursor = afterRole(role);
  } else if (verb) {
    end = verb.index;
    cursor = end;
  }

  const subject = t.s.slice(subjectStart, end);
  const explicit = subjectRole !== 'doer' || roleRightAfter;
  // Without a unit word, accept a short name right before its role ("Ông Nguyễn Văn A chủ trì")
  // or a short cell that is nothing but a name.
  const acceptable =
    trusted ||
    (roleRightAfter && wordCount(subject) <= 8) ||
    (ctx.sole && !verb && !role && wordCount(subject) <= 8 && !/^(?:theo|khong|chua)\b/.test(t.f.slice(start)));
  const isRule = !explicit && RULE_REGEX.test(t.f.slice(end));
  if (acceptable && !isRule && /[\p{L}\p{N}]/u.test(subject)) {
    const finalRole = subjectRole === 'doer' && ctx.label ? ctx.label : subjectRole;
    for (const name of splitUnitPhrase(subject, ctx.aliases)) mentions.push({ role: finalRole, name });
  }

  mentions.push(...supportsAfter(t, cursor, ctx.aliases));
  return mentions;
}

/** Support units named after the subject: "phối hợp với Y …", ", Y phối hợp …". */
function supportsAfter(t: Text, from: number, aliases?: UnitAliases): Mention[] {
  const out: Mention[] = [];
  let cursor = from;
  for (const role of roleMatches(t, from)) {
    if (role.index < cursor || !role[0].startsWith('p')) continue;
    const roleEnd = role.index + role[0].length;
    if (isWith(t, role)) {
      const withWord = WITH_AFTER_SUPPORT.exec(t.f.slice(roleEnd));
      const at = skipFiller(t, roleEnd + (withWord ? withWord[0].length : 0));
      if (headAt(t, at, aliases) > 0) {
        const stop = nextStop(t, at);
        const phrase = phraseFrom(t, at, stop, aliases);
        for (const name of splitUnitPhrase(phrase, aliases)) out.push({ role: 'support', name });
      }
    } else {
      const segmentStart = skipFiller(t, cursor);
      const at = headAt(t, segmentStart, aliases) > 0 ? segmentStart : commaHead(t, cursor, role.index, aliases);
      if (at >= 0 && at < role.index) {
        const phrase = phraseFrom(t, at, role.index, aliases);
        for (const name of splitUnitPhrase(phrase, aliases)) out.push({ role: 'support', name });
      }
    }
    cursor = roleEnd;
  }
  return out;
}

/** End of the phrase after "phối hợp với": the next ";", "." or end. */
function nextStop(t: Text, from: number): number {
  const m = /[;.]/.exec(t.s.slice(from));
  return m ? from + m.index : t.s.length;
}

// ---------------------------------------------------------------------------------------------
// Public API

function resolve(mentions: Mention[], aliases: UnitAliases | undefined, dropSupportInLead: boolean): Assignment {
  const explicitLead = mentions.some((m) => m.role === 'lead');
  const lead: string[] = [];
  const support: string[] = [];
  const leadKeys = new Set<string>();
  const supportKeys = new Set<string>();
  for (const m of mentions) {
    const isLead = m.role === 'lead' || (m.role === 'doer' && !explicitLead);
    const key = foldWords(unitKey(m.name, aliases));
    if (!key) continue;
    if (isLead && !leadKeys.has(key)) {
      leadKeys.add(key);
      lead.push(m.name);
    } else if (!isLead && !supportKeys.has(key)) {
      supportKeys.add(key);
      support.push(m.name);
    }
  }
  const finalSupport = dropSupportInLead ? support.filter((name) => !leadKeys.has(foldWords(unitKey(name, aliases)))) : support;
  return { lead, support: finalSupport };
}

/**
 * Read a combined "Phân công" cell. Never throws. Names come out as written (NFC, tidied);
 * group them with unitKey. `aliases` only helps to split lists of units the user has named.
 */
export function parseAssignment(text: string, aliases?: UnitAliases): Assignment {
  const clean = cleanText(typeof text === 'string' ? text : '');
  if (!clean) return { lead: [], support: [] };
  const clauses = splitClauses(clean);
  const mentions: Mention[] = [];
  let label: Role | null = null;
  for (const clause of clauses) {
    if (clause.separator === 'dash' || clause.separator === 'sentence' || clause.separator === 'letter') label = null;
    let body = clause.text;
    const labelMatch = LABEL_REGEX.exec(alignedFold(body));
    if (labelMatch) {
      const word = (labelMatch[1] ?? labelMatch[2]).replace(/\s+/g, ' ');
      label = word === 'chu tri' ? 'lead' : word === 'phoi hop' ? 'support' : 'doer';
      body = body.slice(labelMatch[0].length);
      if (!/[\p{L}\p{N}]/u.test(body)) continue;
    }
    mentions.push(...parseClause(body, { label, sole: clauses.length === 1 && !labelMatch, aliases }));
  }
  return resolve(mentions, aliases, true);
}

/** Unit names in one Chủ trì or Phối hợp cell: "a) X b) Y", "-X - Y", lines and ";" separate them. */
function unitsInColumn(cell: string | null, aliases?: UnitAliases): string[] {
  const clean = cleanText(typeof cell === 'string' ? cell : '');
  if (!clean) return [];
  const names: string[] = [];
  for (const clause of splitClauses(clean)) {
    const t = textOf(clause.text);
    const at = skipFiller(t, 0);
    // Drop a role word or verb after the name ("… được giao chủ trì", "Văn phòng Sở thực hiện").
    const phrase = phraseFrom(t, at, t.s.length, aliases);
    names.push(...splitUnitPhrase(/[\p{L}\p{N}]/u.test(phrase) ? phrase : clause.text, aliases));
  }
  return names;
}

/** Assignment from separate Chủ trì / Phối hợp columns. The same unit may be in both (kept). */
export function assignmentFromColumns(leadCell: string | null, supportCell: string | null, aliases?: UnitAliases): Assignment {
  const mentions: Mention[] = [
    ...unitsInColumn(leadCell, aliases).map((name): Mention => ({ role: 'lead', name })),
    ...unitsInColumn(supportCell, aliases).map((name): Mention => ({ role: 'support', name })),
  ];
  return resolve(mentions, aliases, false);
}
