import fc from 'fast-check';
import { createDeadlineParser, deadlineFromDay, defaultGrammar, parseDeadline } from './index';
import type { DeadlineParser } from './types';
import { isIsoDate } from '../dates';
import type { DeadlineKind } from '../types';

const ctx = { planYear: 2025 };
const read = (text: string, planYear = 2025) => {
  const d = parseDeadline(text, { planYear });
  return { kind: d.kind, due: d.due, milestones: d.milestones, findings: d.findings };
};

describe('parseDeadline', () => {
  it('reads the forms of SPEC §2', () => {
    expect(read('Quý I năm 2025')).toEqual({ kind: 'period', due: '2025-03-31', milestones: [], findings: [] });
    expect(read('Trước ngày 30/9/2025')).toMatchObject({ kind: 'date', due: '2025-09-29' });
    expect(read('Đến hết ngày 30/9/2025')).toMatchObject({ kind: 'date', due: '2025-09-30' });
    expect(read('ngày 5 tháng 12 năm 2025')).toMatchObject({ kind: 'date', due: '2025-12-05' });
    expect(read('30-9-2025')).toMatchObject({ kind: 'date', due: '2025-09-30' });
    expect(read('30.9.2025')).toMatchObject({ kind: 'date', due: '2025-09-30' });
    expect(read('tháng 3 năm 2025')).toMatchObject({ kind: 'period', due: '2025-03-31' });
    expect(read('6 tháng cuối năm')).toMatchObject({ kind: 'period', due: '2025-12-31' });
    expect(read('Trước tháng 12/2025')).toMatchObject({ kind: 'date', due: '2025-11-30' });
    expect(read('Từ ngày 01/3/2025 đến ngày 30/6/2025')).toMatchObject({ kind: 'date', due: '2025-06-30' });
  });

  it('reads a leap day only in a leap year', () => {
    expect(read('Trước 29/02', 2024)).toMatchObject({ kind: 'date', due: '2024-02-28' });
    expect(read('Trước 29/02', 2025)).toMatchObject({ kind: 'invalid', due: null, findings: ['deadline.invalid_date'] });
  });

  it('does not take a quarter V, a month 13 or a day 32', () => {
    expect(read('Quý V/2025')).toMatchObject({ kind: 'unrecognized', due: null, findings: ['deadline.unrecognized'] });
    expect(read('Trong tháng 13')).toMatchObject({ kind: 'unrecognized', due: null });
    expect(read('Trước ngày 32/1/2025')).toMatchObject({ kind: 'invalid', due: null, findings: ['deadline.invalid_date'] });
    expect(read('Trước 30/9/25')).toMatchObject({ kind: 'invalid', due: null });
  });

  it('never turns a document number or its date into a deadline', () => {
    expect(read('Sau khi có Quyết định 22/QĐ-UBND ngày 22/01/2025')).toEqual({ kind: 'conditional', due: null, milestones: [], findings: [] });
    expect(read('Quyết định số 22/QĐ-SCT ngày 22/01/2025')).toMatchObject({ kind: 'unrecognized', due: null });
    expect(read('Theo Nghị định 09/2019/NĐ-CP')).toMatchObject({ kind: 'conditional', due: null });
    expect(read('Liên hệ 0258.3822.123')).toMatchObject({ kind: 'unrecognized', due: null });
  });

  it('lets a written deadline beat a condition next to a document reference', () => {
    expect(read('Sau khi có Quyết định 22/QĐ-UBND ngày 22/01/2025, trước ngày 30/6/2025')).toMatchObject({ kind: 'date', due: '2025-06-29' });
  });

  it('lets dated parts beat "Thường xuyên" unless they are only periods', () => {
    expect(read('Thường xuyên trong năm 2025')).toMatchObject({ kind: 'recurring', due: null });
    expect(read('Thường xuyên; báo cáo trước 15/12/2025')).toMatchObject({ kind: 'date', due: '2025-12-14' });
  });

  it('keeps a due date outside the plan year and says so', () => {
    expect(read('Trước ngày 30/11/2024', 2025)).toEqual({ kind: 'date', due: '2024-11-29', milestones: [], findings: ['deadline.outside_plan_year'] });
    expect(read('Quý I/2026', 2025).findings).toEqual(['deadline.outside_plan_year']);
  });

  it('reads input in NFD, without diacritics, in capitals', () => {
    expect(read('Quý II/2025'.normalize('NFD'))).toMatchObject({ kind: 'period', due: '2025-06-30' });
    expect(read('Quy II/2025')).toMatchObject({ kind: 'period', due: '2025-06-30' });
    expect(read('truoc ngay 30/9/2025')).toMatchObject({ kind: 'date', due: '2025-09-29' });
    expect(read('TRƯỚC NGÀY 30/9/2025')).toMatchObject({ kind: 'date', due: '2025-09-29' });
    expect(read('THƯỜNG XUYÊN'.normalize('NFD'))).toMatchObject({ kind: 'recurring' });
  });

  it('tolerates HTML remnants, bullets, line breaks and extra spaces', () => {
    expect(read('<ul><li>Quý II/2025</li><li>Tháng&nbsp;12/2025</li></ul>')).toMatchObject({
      kind: 'multiple',
      milestones: ['2025-06-30', '2025-12-31'],
    });
    expect(read('  -   Trước   ngày\n 30/9/2025  ')).toMatchObject({ kind: 'date', due: '2025-09-29' });
    expect(read('Quý II,\nIII/2025')).toMatchObject({ kind: 'period', due: '2025-09-30' });
    expect(read('Trước 15/3\nTrước 15/9')).toMatchObject({ kind: 'multiple', milestones: ['2025-03-14', '2025-09-14'] });
  });

  it('keeps the cleaned text', () => {
    expect(parseDeadline('<b>Quý I</b>/2025 ', ctx).text).toBe('Quý I/2025');
  });

  it('counts a cell of spaces, dashes or dots as missing', () => {
    for (const text of ['', '   ', '\n', '-', '…', '<br>']) expect(read(text)).toMatchObject({ kind: 'missing', findings: ['deadline.missing'] });
  });

  it('does not guess at other text', () => {
    expect(read('Hoàn thành')).toMatchObject({ kind: 'unrecognized', findings: ['deadline.unrecognized'] });
    expect(read('2025')).toMatchObject({ kind: 'unrecognized' });
    expect(read('Tổ chức hội nghị năm 2025')).toMatchObject({ kind: 'unrecognized' });
  });
});

describe('deadlineFromDay', () => {
  it('makes a date deadline from a date cell', () => {
    expect(deadlineFromDay('2025-09-30', '30/09/2025', ctx)).toEqual({ text: '30/09/2025', kind: 'date', due: '2025-09-30', milestones: [], findings: [] });
  });

  it('flags a day outside the plan year and rejects a non-day', () => {
    expect(deadlineFromDay('2024-12-31', '31/12/2024', ctx).findings).toEqual(['deadline.outside_plan_year']);
    expect(deadlineFromDay('2025-02-31', 'x', ctx)).toMatchObject({ kind: 'invalid', due: null, findings: ['deadline.invalid_date'] });
  });
});

describe('createDeadlineParser', () => {
  it('runs extra parsers through the same refiners and classifier', () => {
    // A province writes "Hạn 2025-W50"; a parser added by someone else reads it as December.
    const weekParser: DeadlineParser = {
      name: 'isoWeek',
      parse: (text) =>
        [...text.matchAll(/(\d{4})-w(\d{2})/g)].map((m) => ({
          type: 'period' as const,
          index: m.index ?? 0,
          end: (m.index ?? 0) + m[0].length,
          fromMonth: 12,
          toMonth: 12,
          year: Number(m[1]),
          invalid: false,
          before: false,
        })),
    };
    const parse = createDeadlineParser({ ...defaultGrammar, parsers: [...defaultGrammar.parsers, weekParser] });
    expect(parse('Hạn 2025-W50', ctx)).toMatchObject({ kind: 'period', due: '2025-12-31' });
    expect(parseDeadline('Hạn 2025-W50', ctx).kind).toBe('unrecognized');
  });
});

const KINDS: DeadlineKind[] = ['date', 'period', 'multiple', 'recurring', 'conditional', 'relative', 'missing', 'invalid', 'unrecognized'];
const CODES = ['deadline.missing', 'deadline.invalid_date', 'deadline.unrecognized', 'deadline.outside_plan_year'];
const TOKENS = [
  'Quý', 'quy', 'I', 'II', 'IV', 'V', 'Q1', '/', '-', '.', ',', ';', ' ', '\n', '- ', '(', ')', 'tháng', 'năm', 'ngày',
  'trước', 'Trước ngày', 'từ', 'đến', 'và', 'kể từ', 'Thường xuyên', 'Theo quy định', 'Sau khi', 'đầu', 'cuối', 'Cả năm',
  '0', '1', '3', '6', '9', '12', '13', '15', '29', '30', '31', '32', '02', '202', '2024', '2025', '99999', 'QĐ-UBND', 'số',
  '<b>', '</li>', '&nbsp;', '\u0301', 'đ', '–',
];

describe('parseDeadline properties', () => {
  const check = (text: string, planYear: number) => {
    const d = parseDeadline(text, { planYear });
    expect(KINDS).toContain(d.kind);
    expect(d.due === null || isIsoDate(d.due)).toBe(true);
    expect([...d.milestones].sort()).toEqual(d.milestones);
    for (const m of d.milestones) expect(isIsoDate(m)).toBe(true);
    for (const f of d.findings) expect(CODES).toContain(f);
    if (d.kind === 'multiple') {
      expect(d.milestones.length).toBeGreaterThanOrEqual(2);
      expect(d.due).toBe(d.milestones[d.milestones.length - 1]);
    } else {
      expect(d.milestones).toEqual([]);
    }
    expect(d.due !== null).toBe(d.kind === 'date' || d.kind === 'period' || d.kind === 'multiple');
  };

  it('holds for any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 80 }), fc.integer({ min: 1900, max: 2199 }), check), { numRuns: 2000 });
  });

  it('holds for strings made of the grammar’s own words', () => {
    const grammarish = fc.array(fc.constantFrom(...TOKENS), { maxLength: 14 }).map((t) => t.join(''));
    fc.assert(fc.property(grammarish, fc.integer({ min: 1900, max: 2199 }), check), { numRuns: 3000 });
  });
});
