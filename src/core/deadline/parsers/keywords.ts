/**
 * Words that replace a fixed day: recurring ("Thường xuyên", "Định kỳ hằng tháng"), conditional
 * ("Theo quy định", "Sau khi …", "Khi có …") and relative ("Trong vòng 05 ngày kể từ …").
 */
import type { DeadlineParser, MarkerPart } from '../types';

const RECURRING = [
  /\b(?:thuong xuyen|lien tuc|dinh ky|ky bao cao|(?:hang|moi) (?:tuan|thang|quy))\b/g,
  // "hằng năm" alone is recurring only at the start of a clause: "Theo kế hoạch thẩm định hằng năm" is not.
  /(?<=[\n;(,:-]\s?)(?:hang|moi) (?:ngay|nam)\b/g,
];

const CONDITIONAL = [
  /\btheo (?:quy dinh|ke hoach|tien do|chi dao|huong dan|yeu cau|thoi han|thoi gian|lo trinh|van ban|de nghi|quyet dinh|thong bao|cong van|nhu cau|phan cong|chuong trinh|de an|lich)\b/g,
  /\b(?:sau khi|khi co|khi duoc|ngay khi|tuy theo|tuy thuoc|phu thuoc vao)\b/g,
  // "Theo …" opening a clause: "Theo Kế hoạch ISO năm 2025", "Theo chỉ đạo của …".
  /(?<=[\n;(]\s?-?\s?)theo\b/g,
];

// Cheap checks that skip the patterns above for the many texts that cannot match them.
const RECURRING_GATE = /xuyen|lien tuc|dinh ky|ky bao cao|hang |moi /;
const CONDITIONAL_GATE = /theo|khi|tuy |phu thuoc/;
const RELATIVE_GATE = /\d/;

const COUNT = String.raw`\d{1,3}\s*(?:ngay|tuan|thang)(?:\s*lam viec)?`;
const RELATIVE = [
  new RegExp(String.raw`(?<!\d)${COUNT}\s*\(?\s*(?:ke tu|tinh tu|sau khi|tu ngay|tu khi)\b`, 'g'),
  new RegExp(String.raw`\b(?:trong vong|khong qua|sau)\s*${COUNT}`, 'g'),
];

function markers(type: MarkerPart['type'], patterns: RegExp[], text: string, gate: RegExp): MarkerPart[] {
  const parts: MarkerPart[] = [];
  if (!gate.test(text)) return parts;
  for (const pattern of patterns) {
    for (const m of text.matchAll(pattern)) {
      const index = m.index ?? 0;
      parts.push({ type, index, end: index + m[0].length });
    }
  }
  return parts;
}

export const recurringParser: DeadlineParser = {
  name: 'recurring',
  parse: (text) => markers('recurring', RECURRING, '\n' + text, RECURRING_GATE).map(shiftBack),
};

export const conditionalParser: DeadlineParser = {
  name: 'conditional',
  parse: (text) => markers('conditional', CONDITIONAL, '\n' + text, CONDITIONAL_GATE).map(shiftBack),
};

export const relativeParser: DeadlineParser = {
  name: 'relative',
  parse: (text) => markers('relative', RELATIVE, text, RELATIVE_GATE),
};

// The lookbehinds above see a '\n' put before the text as "start of text"; undo that offset.
function shiftBack(part: MarkerPart): MarkerPart {
  return { ...part, index: Math.max(0, part.index - 1), end: part.end - 1 };
}
