import { monthParser, quarterParser } from './period';
import { halfYearParser, yearParser } from './year';
import { prepareText } from '../prepare';
import type { DeadlineParser, PeriodPart } from '../types';

const ctx = { planYear: 2025 };
function periods(parser: DeadlineParser, text: string) {
  return (parser.parse(prepareText(text).folded, ctx) as PeriodPart[]).map((p) => ({
    from: p.fromMonth,
    to: p.toMonth,
    year: p.year,
    invalid: p.invalid,
  }));
}

describe('quarterParser', () => {
  it.each([
    ['Quý I/2025', 1, 3, 2025],
    ['Quý IV/2025', 10, 12, 2025],
    ['Quý I năm 2025', 1, 3, 2025],
    ['quý 1/2025', 1, 3, 2025],
    ['Q1/2025', 1, 3, 2025],
    ['Q4-2024', 10, 12, 2024],
    ['Quy II/2025', 4, 6, 2025],
    ['Quý II, III/2025', 4, 9, 2025],
    ['Quý I, II năm 2025', 1, 6, 2025],
    ['Trong quý II, III năm 2024', 4, 9, 2024],
    ['Quý I và Quý II/2025', 1, 6, 2025],
    ['Quý III', 7, 9, null],
  ])('reads %j', (text, from, to, year) => {
    expect(periods(quarterParser, text)).toEqual([{ from, to, year, invalid: false }]);
  });

  it.each(['Quý V/2025', 'Quy định', 'quy trình ISO', 'Quý tộc', 'Q5/2025', 'Q12', 'Quy ii2025x'])('finds no quarter in %j', (text) => {
    expect(periods(quarterParser, text)).toEqual([]);
  });

  it('does not take the day of a following date as the year', () => {
    expect(periods(quarterParser, 'Quý I - 15/3/2025')).toEqual([{ from: 1, to: 3, year: null, invalid: false }]);
  });

  it('reports a truncated year as invalid', () => {
    expect(periods(quarterParser, 'Quý I/202')).toEqual([{ from: 1, to: 3, year: null, invalid: true }]);
  });
});

describe('monthParser', () => {
  it.each([
    ['Tháng 12/2025', 12, 12, 2025],
    ['tháng 3 năm 2025', 3, 3, 2025],
    ['Tháng 01-03/2025', 1, 3, 2025],
    ['Tháng 01- 02/2025', 1, 2, 2025],
    ['từ tháng 3 đến tháng 6/2025', 3, 6, 2025],
    ['Tháng 11/2025.', 11, 11, 2025],
    ['tháng 3-2025', 3, 3, 2025],
    ['Trong tháng 5', 5, 5, null],
  ])('reads %j', (text, from, to, year) => {
    expect(periods(monthParser, text)).toEqual([{ from, to, year, invalid: false }]);
  });

  it('finds no month in "Trong tháng 13", nor in "6 tháng", nor in "tháng cuối kỳ"', () => {
    expect(periods(monthParser, 'Trong tháng 13')).toEqual([]);
    expect(periods(monthParser, 'Báo cáo 6 tháng')).toEqual([]);
    expect(periods(monthParser, 'ngày 14 của tháng cuối kỳ báo cáo')).toEqual([]);
  });

  it('reports a month out of range that comes with a year as invalid', () => {
    expect(periods(monthParser, 'Tháng 13/2025')[0].invalid).toBe(true);
    expect(periods(monthParser, 'Tháng 06-03/2025')[0].invalid).toBe(true);
  });

  it('does not read the month of a following date as the end of a range', () => {
    expect(periods(monthParser, 'Tháng 3, 15/12/2025')).toEqual([{ from: 3, to: 3, year: null, invalid: false }]);
  });
});

describe('halfYearParser', () => {
  it.each([
    ['Trong 06 tháng đầu năm 2024', 1, 6, 2024],
    ['6 tháng cuối năm', 7, 12, null],
    ['9 tháng đầu năm 2025', 1, 9, 2025],
  ])('reads %j', (text, from, to, year) => {
    expect(periods(halfYearParser, text)).toEqual([{ from, to, year, invalid: false }]);
  });

  it.each(['Báo cáo 06 tháng', '13 tháng đầu năm', 'Trong vòng 05 ngày'])('finds nothing in %j', (text) => {
    expect(periods(halfYearParser, text)).toEqual([]);
  });
});

describe('yearParser', () => {
  it.each([
    ['Năm 2025', 2025],
    ['Trong năm 2024', 2024],
    ['Cả năm 2025', 2025],
    ['- Năm 2021', 2021],
    ['Năm 2024-2025', 2025],
    ['Cả năm', null],
  ])('reads %j as the whole year', (text, year) => {
    expect(periods(yearParser, text)).toEqual([{ from: 1, to: 12, year, invalid: false }]);
  });

  it('reads "Cuối năm" as December', () => {
    expect(periods(yearParser, 'Cuối năm')).toEqual([{ from: 12, to: 12, year: null, invalid: false }]);
  });

  it.each(['Theo tiến độ Kế hoạch CCHC của sở năm 2024', 'Theo Kế hoạch ISO năm 2025', 'Tổ chức hội nghị năm 2025', 'Việt Nam 2025', 'Báo cáo năm'])(
    'does not read a year that only names the thing: %j',
    (text) => {
      expect(periods(yearParser, text)).toEqual([]);
    },
  );

  it('reports a truncated year after a time word as invalid', () => {
    expect(periods(yearParser, 'Trong năm 202')).toEqual([{ from: 1, to: 12, year: null, invalid: true }]);
  });
});
