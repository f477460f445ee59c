/**
 * A date that belongs to a document number is the document's date, not a deadline:
 * "Sau khi có Quyết định 22/QĐ-UBND ngày 22/01/2025", "Kế hoạch số 15/KH-UBND ngày 10/01/2025".
 */
import type { DeadlineRefiner } from '../types';
import { textBefore } from '../prepare';

const DOC_TYPES = 'quyet dinh|nghi dinh|thong tu|cong van|chi thi|nghi quyet|van ban|thong bao|to trinh|luat';
const NUMBERED_DOC_TYPES = `${DOC_TYPES}|ke hoach|bao cao|huong dan|de an|chuong trinh`;
const DOC_NUMBER = String.raw`(?:\bso\s*\d[^\s,;()]*|\d+(?:\/\d+)*\/[a-z][^\s,;()]*|\b(?:${NUMBERED_DOC_TYPES})\s+\d[^\s,;()]*)`;
// "… của UBND tỉnh" may sit between the number and "ngày", but not a deadline word.
const ISSUER = String.raw`(?:\s+cua\s(?:(?!truoc|den|han|nhat)[^,;()\n]){0,40}?)?`;
const REFERENCE_BEFORE = new RegExp(String.raw`(?:${DOC_NUMBER}|\b(?:${DOC_TYPES}))${ISSUER}\s*,?\s*(?:ban hanh\s*)?ngay\s*$`);

export const documentReferenceRefiner: DeadlineRefiner = {
  name: 'documentReference',
  refine: (parts, text) => parts.filter((p) => p.type !== 'day' || !REFERENCE_BEFORE.test(textBefore(text, p.index))),
};
