/**
 * The words the assignment parser (units.ts) looks for, and the matching helpers it uses.
 *
 * Matching runs on an "aligned fold" of the text: lower case, no diacritics, đ→d, but exactly as
 * long as the original, so a match found in the folded text cuts the original at the same place and
 * unit names come out as written.
 */

const alignedChars = new Map<string, string>();

function alignedChar(ch: string): string {
  let out = alignedChars.get(ch);
  if (out === undefined) {
    if (/\s/u.test(ch)) out = ' '.repeat(ch.length);
    else {
      const folded = ch.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd');
      const lower = ch.toLowerCase();
      out = folded.length === ch.length ? folded : lower.length === ch.length ? lower : ch;
    }
    if (alignedChars.size < 4096) alignedChars.set(ch, out);
  }
  return out;
}

/** Fold that keeps the length of the (NFC) input: every code unit maps to one code unit. Cached per character. */
export function alignedFold(text: string): string {
  if (!/[^\x00-\x7f]/.test(text)) return text.toLowerCase().replace(/\s/g, ' ');
  let out = '';
  for (const ch of text) out += alignedChar(ch);
  return out;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Folded phrases → one regex source; spaces in a phrase match any run of spaces. */
function alternatives(phrases: readonly string[]): string {
  return [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => escapeRegExp(p).replace(/ /g, '\\s+'))
    .join('|');
}

const WORD_START = '(?<![\\p{L}\\p{N}])';
const WORD_END = '(?![\\p{L}\\p{N}])';

/** A global regex matching any of the folded phrases as whole words. */
export function phraseRegex(phrases: readonly string[]): RegExp {
  return new RegExp(`${WORD_START}(?:${alternatives(phrases)})${WORD_END}`, 'gu');
}

/** Sticky variant: matches only at lastIndex. */
export function stickyPhraseRegex(phrases: readonly string[]): RegExp {
  return new RegExp(`(?:${alternatives(phrases)})${WORD_END}`, 'uy');
}

// ---------------------------------------------------------------------------------------------
// Role words

/** "chủ trì": the unit in charge. */
export const LEAD_WORDS = ['chu tri'];
/** "phối hợp": a coordinating unit ("phối hợp với X" instead names X as the coordinating one). */
export const SUPPORT_WORDS = ['phoi hop'];
export const ROLE_REGEX = phraseRegex([...LEAD_WORDS, ...SUPPORT_WORDS]);
/** Right after "phối hợp": "với"/"cùng" turn the role round. */
export const WITH_AFTER_SUPPORT = /^\s*(?:voi|cung)(?![\p{L}\p{N}])/u;

/**
 * Labels that name a role for what follows: "Đơn vị chủ trì:", "Phối hợp:", "Đơn vị thực hiện:".
 * Without "đơn vị" a colon (or dash) is required, so "Chủ trì thực hiện …" is not a label.
 */
export const LABEL_REGEX =
  /^(?:(?:cac\s+)?don\s+vi\s+(chu\s+tri|phoi\s+hop|thuc\s+hien)\s*[:\-–]?|(chu\s+tri|phoi\s+hop)\s*[:\-–])\s*/u;

// ---------------------------------------------------------------------------------------------
// Where a unit name ends: the verb that starts what the unit does

/**
 * Folded verbs and connectives that end a unit phrase ("Văn phòng Sở | theo dõi, tham mưu …").
 * Deliberately absent because they occur inside unit names: "tổ chức" (Các tổ chức hành chính),
 * "quản lý" (Ban Quản lý), "phát triển", "xúc tiến", "đăng" alone (Trung tâm Đăng kiểm), "trình"
 * alone (công trình), "có" alone (có liên quan), "được phân công"/"được giao", "làm việc".
 */
export const VERB_WORDS = [
  'thuc hien', 'trien khai', 'tham muu', 'xay dung', 'theo doi', 'tong hop', 'nghien cuu', 'bao cao',
  'huong dan', 'ra soat', 'co trach nhiem', 'chiu trach nhiem', 'thuong xuyen', 'chu dong', 'ban hanh',
  'tang cuong', 'cap nhat', 'xu ly', 'cung cap', 'gui', 'tiep nhan', 'niem yet', 'bo sung', 'nhap lieu',
  'dang tai', 'dang cong bo', 'dang tin', 'to chuc danh gia', 'to chuc thuc hien', 'to chuc trien khai',
  'tham gia', 'giai quyet', 'khi', 'neu', 'trong qua trinh', 'phai', 'don doc', 'kiem tra', 'giam sat',
  'tham dinh', 'de xuat', 'kien nghi', 'phe duyet', 'dam bao', 'phan dau', 'tuyen truyen', 'co tu',
  'du thao', 'chuan bi', 'tiep tuc', 'lam dau moi', 'chi dao', 'thong ke', 'danh gia ket qua',
  'tiep thu', 'hoan thien', 'tra loi', 'phan cong cho', 'de nghi', 'duy tri', 'van hanh', 'soan thao',
];
export const VERB_REGEX = phraseRegex(VERB_WORDS);

/** Openings of a time or condition phrase before the subject ("Định kỳ thứ Sáu hằng tuần, Văn phòng Sở …"). */
export const ADVERBIAL_START = /^(?:dinh ky|hang|dong thoi|sau khi|truoc|trong|khi|truong hop|ngoai ra|ben canh do|tren co so)(?![\p{L}\p{N}])/u;

// ---------------------------------------------------------------------------------------------
// How a unit phrase starts

/**
 * Specific bodies: a name starting with one of these is one unit, and a comma or "và" before one
 * separates two units ("Các phòng chuyên môn, Văn phòng Sở").
 */
export const INSTITUTION_HEADS = [
  'van phong', 'van so', 'vp', 'thanh tra', 'trung tam', 'bo phan', 'cang vu', 'chi cuc', 'hoi dong',
  'van thu', 'ban quan ly', 'ban chi dao', 'ubnd', 'uy ban nhan dan', 'dang uy', 'chi bo', 'cong doan',
  'doan thanh nien', 'doan kiem tra', 'to cong tac', 'to giup viec',
];

/** Groups of units; "và" before one of these also separates units ("… thương mại và phòng, đơn vị thuộc sở"). */
export const GROUP_HEADS = [
  'cac phong', 'cac don vi', 'cac to chuc', 'cac co quan', 'cac ban', 'cac trung tam', 'cac chi cuc',
  'cac bo phan', 'phong',
];

/** Other ways a unit phrase starts; these never split a phrase. */
export const OTHER_HEADS = [
  'tat ca', 'don vi', 'co quan', 'ban', 'so', 'cong chuc', 'vien chuc', 'can bo', 'lanh dao',
  'giam doc', 'pho giam doc', 'nhom', 'nguoi dung dau', 'to truong', 'chuyen vien', 'cac so',
  'cac cong chuc', 'cac can bo', 'cac thanh vien', 'cac doan', 'cac cang vu',
];

export const SUBJECT_HEAD_REGEX = stickyPhraseRegex([...INSTITUTION_HEADS, ...GROUP_HEADS, ...OTHER_HEADS]);
/** Heads that may start the subject after an opening phrase (", Văn phòng Sở …", ", các phòng …"). */
export const COMMA_SUBJECT_HEAD_REGEX = stickyPhraseRegex([...INSTITUTION_HEADS, ...GROUP_HEADS.filter((h) => h !== 'phong')]);
export const SPLIT_AND_HEAD_REGEX = stickyPhraseRegex([...INSTITUTION_HEADS, ...GROUP_HEADS]);
export const SPLIT_COMMA_HEAD_REGEX = stickyPhraseRegex(INSTITUTION_HEADS);
/** "Ban" only heads a unit when it is not "ban hành" (to issue). */
export const BAN_HANH = /ban\s+hanh(?![\p{L}\p{N}])/uy;

/** "… thì không được …": a rule about people, not an assignment ("Công chức có từ 10% hồ sơ trễ hạn … thì không …"). */
export const RULE_REGEX = /(?<![\p{L}\p{N}])thi\s+(?:khong|se|phai|duoc|bi)(?![\p{L}\p{N}])/u;

/** Acronyms name units too: TTKCXTTM, ĐVTT, UBND. */
export const ACRONYM_REGEX = /[A-ZĐ][A-ZĐ&-]{2,}(?![\p{L}\p{N}])/uy;

/** Folded phrase matched at `at` by a sticky regex; the length of the match, or 0. */
export function matchAt(regex: RegExp, folded: string, at: number): number {
  regex.lastIndex = at;
  const m = regex.exec(folded);
  return m && m.index === at ? m[0].length : 0;
}

/** All matches of a global regex at or after `from`. */
export function matchesFrom(regex: RegExp, folded: string, from: number): RegExpExecArray[] {
  regex.lastIndex = from;
  const out: RegExpExecArray[] = [];
  for (let m = regex.exec(folded); m; m = regex.exec(folded)) {
    out.push(m);
    if (m[0].length === 0) regex.lastIndex++;
  }
  return out;
}
