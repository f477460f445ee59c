/**
 * Cutting an assignment cell into clauses (see units.ts): line breaks, ";", bullets ("- ", "+ ",
 * "a)") and sentence ends.
 */
import { headAt, textOf } from './units-phrase';
import { ADVERBIAL_START, LABEL_REGEX, alignedFold } from './units-lexicon';

/** What came before a clause; "-" items and sentences end a label's reach, ";" "+" and lines do not. */
export type Separator = 'start' | 'line' | 'semicolon' | 'dash' | 'plus' | 'letter' | 'sentence';

export interface Clause {
  text: string;
  separator: Separator;
}

const MID_BULLET = /\s([-–—•+])(?:\s+|(?=\p{Lu}))/gu;
const MID_LETTER = /\s[a-h]\)\s+/gu;
const SENTENCE_END = /(?<=[\p{Ll}\p{N})\]])\.\s+(?=\p{Lu})/gu;
const LEADING_BULLET = /^\s*(?:([-–—•*+])|[a-h]\)|\d{1,2}[.)](?=\s))\s*/u;

function splitPieces(
  pieces: Clause[],
  regex: RegExp,
  separatorOf: (m: RegExpExecArray) => Separator,
  accept: (text: string, m: RegExpExecArray) => boolean = () => true,
): Clause[] {
  const out: Clause[] = [];
  for (const piece of pieces) {
    let from = 0;
    let separator = piece.separator;
    regex.lastIndex = 0;
    for (let m = regex.exec(piece.text); m; m = regex.exec(piece.text)) {
      if (!accept(piece.text, m)) continue;
      out.push({ text: piece.text.slice(from, m.index), separator });
      separator = separatorOf(m);
      from = m.index + m[0].length;
    }
    out.push({ text: piece.text.slice(from), separator });
  }
  return out;
}

/**
 * Whether a dash inside a line starts a new item. "Phòng Kế hoạch - Tài chính" is one name, so a
 * dash only counts after ". ; :" or before a unit, a label or an opening phrase
 * ("… xây dựng kế hoạch - Các phòng, đơn vị …", "-Phòng KHTC-TH - 2 Trung tâm").
 */
function isListDash(text: string, m: RegExpExecArray): boolean {
  if (m[1] === '+' || m[1] === '•') return true;
  if (/[.;:]\s*$/.test(text.slice(0, m.index))) return true;
  const t = textOf(text);
  let at = m.index + m[0].length;
  const count = /^\d+\s+/.exec(t.f.slice(at));
  if (count) at += count[0].length;
  return headAt(t, at) > 0 || LABEL_REGEX.test(t.f.slice(at)) || ADVERBIAL_START.test(t.f.slice(at));
}

export function splitClauses(text: string): Clause[] {
  let pieces: Clause[] = text.split('\n').map((line, i) => ({ text: line, separator: i === 0 ? 'start' : 'line' }));
  pieces = splitPieces(pieces, /;/g, () => 'semicolon');
  pieces = splitPieces(pieces, MID_BULLET, (m) => (m[1] === '+' ? 'plus' : 'dash'), isListDash);
  pieces = splitPieces(pieces, MID_LETTER, () => 'letter');
  pieces = splitPieces(pieces, SENTENCE_END, () => 'sentence');
  return pieces
    .map((piece) => {
      const bullet = LEADING_BULLET.exec(piece.text);
      if (!bullet) return { text: piece.text.trim(), separator: piece.separator };
      const separator: Separator = bullet[1] === '+' ? 'plus' : bullet[1] ? 'dash' : 'letter';
      return { text: piece.text.slice(bullet[0].length).trim(), separator };
    })
    .filter((piece) => /[\p{L}\p{N}]/u.test(piece.text) || LABEL_REGEX.test(alignedFold(piece.text)));
}

