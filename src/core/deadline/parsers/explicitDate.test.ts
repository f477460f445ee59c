import { explicitDateParser } from './explicitDate';
import { prepareText } from '../prepare';
import type { DayPart } from '../types';

const ctx = { planYear: 2025 };
const days = (text: string) => explicitDateParser.parse(prepareText(text).folded, ctx) as DayPart[];
const simple = (text: string) => days(text).map((p) => ({ day: p.day, month: p.month, year: p.year, invalid: p.invalid }));

describe('explicitDateParser', () => {
  it.each([
    ['Trước ngày 30/9/2025', 30, 9, 2025],
    ['30-9-2025', 30, 9, 2025],
    ['30.9.2025', 30, 9, 2025],
    ['hạn 05/12/2021.', 5, 12, 2021],
    ['ngày 5 tháng 12 năm 2025', 5, 12, 2025],
    ['Ngày 05 tháng 12, năm 2025', 5, 12, 2025],
    ['5 tháng 12 năm 2025', 5, 12, 2025],
    ['2025-09-30', 30, 9, 2025],
  ])('reads %j', (text, day, month, year) => {
    expect(simple(text)).toEqual([{ day, month, year, invalid: false }]);
  });

  it('reads a day and month without a year after a date word, leaving the year open', () => {
    expect(simple('Trước 30/11')).toEqual([{ day: 30, month: 11, year: null, invalid: false }]);
    expect(simple('Chậm nhất ngày 5.12')).toEqual([{ day: 5, month: 12, year: null, invalid: false }]);
    expect(simple('ngày 5 tháng 12')).toEqual([{ day: 5, month: 12, year: null, invalid: false }]);
  });

  it('reads "30/11" standing alone in its clause, but not a fraction or a decimal', () => {
    expect(simple('30/11')).toHaveLength(1);
    expect(simple('- Kế hoạch; - 30/11')).toHaveLength(1);
    expect(simple('1/2 số hồ sơ')).toEqual([]);
    expect(simple('12.5')).toEqual([]);
    expect(simple('Tăng 12.5%')).toEqual([]);
  });

  it('marks impossible or truncated dates as invalid instead of dropping or guessing them', () => {
    expect(simple('Trước ngày 32/1/2025')[0].invalid).toBe(true);
    expect(simple('15/13/2025')[0].invalid).toBe(true);
    expect(simple('trước ngày 15/11/202')[0]).toEqual({ day: 15, month: 11, year: null, invalid: true });
    expect(simple('Trước 30/9/25')[0].invalid).toBe(true);
  });

  it('keeps 31/02 as a day for the classifier to reject (realness depends on the year)', () => {
    expect(simple('31/02/2025')).toEqual([{ day: 31, month: 2, year: 2025, invalid: false }]);
  });

  it.each([
    'Nghị định 09/2019/NĐ-CP',
    'Thông tư 01/2023/TT-BNV',
    'Quyết định số 22/QĐ-SCT',
    'Điện thoại 0258.3822.123',
    'Kinh phí 1.500.000 đồng',
    'Tháng 01-03/2025',
    'Tháng 01- 02/2025',
    'quý 1/2025',
    'Q1/2025',
    'tháng 3/2025',
    'trong ngày 14 của tháng cuối kỳ báo cáo',
    'Trong 06 tháng đầu năm 2024',
  ])('finds no day in %j', (text) => {
    expect(days(text)).toEqual([]);
  });

  it('gives spans in the folded text', () => {
    const text = prepareText('Báo cáo trước ngày 25/7/2024').folded;
    const [part] = days('Báo cáo trước ngày 25/7/2024');
    expect(text.slice(part.index, part.end)).toBe('25/7/2024');
  });
});
