import { daysBetween } from '../dates';
import { defaultPeriodFor, parsePeriodArg, resolvePeriod, safeSheetName } from './periods';
import type { PeriodCode } from './types';

describe('resolvePeriod: calendar quarters', () => {
  it.each([
    ['q1', '2025-01-01', '2025-03-31', 'Quý I/2025', 'Tổng hợp Q1-2025'],
    ['q2', '2025-04-01', '2025-06-30', 'Quý II/2025', 'Tổng hợp Q2-2025'],
    ['q3', '2025-07-01', '2025-09-30', 'Quý III/2025', 'Tổng hợp Q3-2025'],
    ['q4', '2025-10-01', '2025-12-31', 'Quý IV/2025', 'Tổng hợp Q4-2025'],
  ] as const)('%s 2025', (code, from, to, label, sheetName) => {
    expect(resolvePeriod(code, 2025)).toEqual({ code, from, to, label, sheetName });
  });

  it('labels in English but keeps the Vietnamese sheet name', () => {
    const p = resolvePeriod('q3', 2025, { lang: 'en' });
    expect(p.label).toBe('Q3 2025');
    expect(p.sheetName).toBe('Tổng hợp Q3-2025');
  });
});

describe('resolvePeriod: CCHC periods', () => {
  it.each([
    ['cchc-q1', '2024-12-15', '2025-03-14', 'Báo cáo quý I năm 2025 (15/12/2024 – 14/03/2025)', 'Tổng hợp CCHC-Q1-2025'],
    ['cchc-6t', '2024-12-15', '2025-06-14', 'Báo cáo 6 tháng năm 2025 (15/12/2024 – 14/06/2025)', 'Tổng hợp 6T-2025'],
    ['cchc-q3', '2025-06-15', '2025-09-14', 'Báo cáo quý III năm 2025 (15/06/2025 – 14/09/2025)', 'Tổng hợp CCHC-Q3-2025'],
    ['cchc-year', '2024-12-15', '2025-12-14', 'Báo cáo năm 2025 (15/12/2024 – 14/12/2025)', 'Tổng hợp Năm-2025'],
  ] as const)('%s 2025 with the default cut-off day 15', (code, from, to, label, sheetName) => {
    expect(resolvePeriod(code, 2025)).toEqual({ code, from, to, label, sheetName });
  });

  it.each([
    ['cchc-q1', '2024-12-10', '2025-03-09'],
    ['cchc-6t', '2024-12-10', '2025-06-09'],
    ['cchc-q3', '2025-06-10', '2025-09-09'],
    ['cchc-year', '2024-12-10', '2025-12-09'],
  ] as const)('%s 2025 with cut-off day 10', (code, from, to) => {
    const p = resolvePeriod(code, 2025, { cutoffDay: 10 });
    expect([p.from, p.to]).toEqual([from, to]);
    expect(p.label).toContain(`(${from.slice(8)}/${from.slice(5, 7)}/${from.slice(0, 4)} – `);
  });

  it('6 months of 2024 (a leap year) spans 183 days including 29/02', () => {
    const p = resolvePeriod('cchc-6t', 2024);
    expect([p.from, p.to]).toEqual(['2023-12-15', '2024-06-14']);
    expect(daysBetween(p.from, p.to) + 1).toBe(183);
    const common = resolvePeriod('cchc-6t', 2025);
    expect(daysBetween(common.from, common.to) + 1).toBe(182);
  });

  it('cut-off day 1 ends the period on the last day of the month before (29/02 in a leap year)', () => {
    expect(resolvePeriod('cchc-q1', 2024, { cutoffDay: 1 }).to).toBe('2024-02-29');
    expect(resolvePeriod('cchc-q1', 2025, { cutoffDay: 1 }).to).toBe('2025-02-28');
    expect(resolvePeriod('cchc-q1', 2024, { cutoffDay: 1 }).from).toBe('2023-12-01');
  });

  it('English labels', () => {
    expect(resolvePeriod('cchc-6t', 2025, { lang: 'en' }).label).toBe('CCHC six-month report 2025 (15/12/2024 – 14/06/2025)');
    expect(resolvePeriod('cchc-year', 2025, { lang: 'en' }).label).toMatch(/^CCHC annual report 2025/);
  });

  it('rejects a cut-off day outside 1–28 and a silly year', () => {
    expect(() => resolvePeriod('cchc-q1', 2025, { cutoffDay: 0 })).toThrow(RangeError);
    expect(() => resolvePeriod('cchc-q1', 2025, { cutoffDay: 29 })).toThrow(RangeError);
    expect(() => resolvePeriod('cchc-q1', 2025, { cutoffDay: 10.5 })).toThrow(RangeError);
    expect(() => resolvePeriod('q1', 25)).toThrow(RangeError);
  });
});

describe('resolvePeriod: custom', () => {
  it('within one year', () => {
    expect(resolvePeriod('custom', 2025, { from: '2025-07-01', to: '2025-09-30' })).toEqual({
      code: 'custom',
      from: '2025-07-01',
      to: '2025-09-30',
      label: 'Từ 01/07/2025 đến 30/09/2025',
      sheetName: 'Tổng hợp 01.07-30.09.2025',
    });
  });

  it('across two years stays within 31 characters', () => {
    const p = resolvePeriod('custom', 2025, { from: '2024-12-15', to: '2025-06-14', lang: 'en' });
    expect(p.sheetName).toBe('Tổng hợp 15.12.2024-14.06.2025');
    expect(p.sheetName.length).toBeLessThanOrEqual(31);
    expect(p.label).toBe('From 15/12/2024 to 14/06/2025');
  });

  it('a single day is a valid period', () => {
    expect(resolvePeriod('custom', 2025, { from: '2025-05-05', to: '2025-05-05' }).from).toBe('2025-05-05');
  });

  it('rejects a reversed, missing or unreal range', () => {
    expect(() => resolvePeriod('custom', 2025, { from: '2025-09-30', to: '2025-07-01' })).toThrow(RangeError);
    expect(() => resolvePeriod('custom', 2025, { from: '2025-07-01' })).toThrow(RangeError);
    expect(() => resolvePeriod('custom', 2025, { from: '2025-02-29', to: '2025-03-01' })).toThrow(RangeError);
  });
});

describe('safeSheetName', () => {
  it('replaces every character Excel forbids', () => {
    const name = safeSheetName('a/b\\c?d*e[f]g:h');
    expect(name).not.toMatch(/[/\\?*[\]:]/);
    expect(name).toBe('a-b-c-d-e-f-g-h');
  });

  it('cuts to 31 characters, counting composed Vietnamese letters once', () => {
    const long = 'Tổng hợp kết quả thực hiện kế hoạch cải cách hành chính';
    const name = safeSheetName(long);
    expect(name.length).toBeLessThanOrEqual(31);
    expect(long.startsWith(name)).toBe(true);
    // NFD input: the marks are combined first, so the cut keeps as many letters.
    expect(safeSheetName(long.normalize('NFD'))).toBe(name);
  });

  it('never leaves an apostrophe at either end, never returns empty, avoids "History"', () => {
    expect(safeSheetName("'Tổng hợp'")).toBe('Tổng hợp');
    expect(safeSheetName('   ')).not.toBe('');
    expect(safeSheetName('::')).toBe('--');
    expect(safeSheetName('History').toLowerCase()).not.toBe('history');
  });

  it('every period code gives a valid name', () => {
    const codes: PeriodCode[] = ['q1', 'q2', 'q3', 'q4', 'cchc-q1', 'cchc-6t', 'cchc-q3', 'cchc-year'];
    const names = codes.map((code) => resolvePeriod(code, 2025).sheetName);
    for (const name of names) {
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[/\\?*[\]:]/);
    }
    expect(new Set(names).size).toBe(codes.length);
  });
});

describe('parsePeriodArg', () => {
  it('accepts every code, in any case', () => {
    for (const code of ['q1', 'q2', 'q3', 'q4', 'cchc-q1', 'cchc-6t', 'cchc-q3', 'cchc-year']) {
      const r = parsePeriodArg(code.toUpperCase(), 2025);
      expect(r.ok && r.period.code).toBe(code);
    }
  });

  it('passes the cut-off day on', () => {
    const r = parsePeriodArg('cchc-q3', 2025, 10);
    expect(r.ok && [r.period.from, r.period.to]).toEqual(['2025-06-10', '2025-09-09']);
  });

  it('reads a date range', () => {
    const r = parsePeriodArg('2025-07-01..2025-09-30', 2025);
    expect(r.ok && r.period).toMatchObject({ code: 'custom', from: '2025-07-01', to: '2025-09-30' });
  });

  it.each(['q5', 'quy 3', '2025-07-01', '2025-07-01..2025-13-01', '2025-02-30..2025-03-01', '2025-09-30..2025-07-01', ''])(
    'refuses %p with a message in words',
    (arg) => {
      const r = parsePeriodArg(arg, 2025);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.length).toBeGreaterThan(10);
    },
  );

  it('says why, in the language asked for', () => {
    const vi = parsePeriodArg('2025-09-30..2025-07-01', 2025);
    const en = parsePeriodArg('2025-09-30..2025-07-01', 2025, undefined, 'en');
    expect(!vi.ok && vi.error).toMatch(/sau ngày kết thúc/);
    expect(!en.ok && en.error).toMatch(/after it ends/);
    const cutoff = parsePeriodArg('cchc-q1', 2025, 31);
    expect(cutoff.ok).toBe(false);
  });
});

describe('defaultPeriodFor', () => {
  it.each([
    ['2025-01-01', 'q1'],
    ['2025-03-31', 'q1'],
    ['2025-04-01', 'q2'],
    ['2025-08-15', 'q3'],
    ['2025-12-31', 'q4'],
    ['2024-11-20', 'q1'],
    ['2026-02-01', 'q4'],
  ])('%s in plan year 2025 → %s', (asOf, code) => {
    expect(defaultPeriodFor(asOf, 2025)).toBe(code);
  });
});
