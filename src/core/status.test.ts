import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { isDateFormat, isPercentFormat, parseCompletionDate, parseStatus } from './status';
import type { Status } from './types';

const nfd = (s: string) => s.normalize('NFD');
const unaccented = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');

describe('parseStatus', () => {
  const cases: [string, Status][] = [
    ['Đã hoàn thành', 'done'],
    ['Hoàn thành', 'done'],
    ['HT', 'done'],
    ['ht', 'done'],
    ['Xong', 'done'],
    ['Đã xong', 'done'],
    ['100%', 'done'],
    ['Hoàn thành 100%', 'done'],
    ['Đã hoàn thành (Báo cáo số 12/BC-SCT)', 'done'],
    ['Hoàn thành đúng hạn', 'done'],
    ['Đang thực hiện', 'in_progress'],
    ['Đang triển khai', 'in_progress'],
    ['Đang làm', 'in_progress'],
    ['50%', 'in_progress'],
    ['1%', 'in_progress'],
    ['99 %', 'in_progress'],
    ['Đạt 80%', 'in_progress'],
    ['Hoàn thành 80%', 'in_progress'],
    ['Hoàn thành một phần', 'in_progress'],
    ['Chưa thực hiện', 'not_started'],
    ['Chưa hoàn thành', 'not_started'],
    ['Chưa triển khai', 'not_started'],
    ['Chưa hoàn thành 100%', 'not_started'],
    ['0%', 'not_started'],
    ['Không thực hiện', 'cancelled'],
    ['Không triển khai', 'cancelled'],
    ['Hủy', 'cancelled'],
    ['Huỷ', 'cancelled'],
    ['Đã hủy', 'cancelled'],
    ['Dừng', 'cancelled'],
    ['Tạm dừng', 'cancelled'],
    ['Dừng thực hiện theo chỉ đạo', 'cancelled'],
  ];

  it.each(cases)('reads "%s" as %s', (text, status) => {
    expect(parseStatus(text)).toEqual({ status, recognised: true });
  });

  it('ignores case, diacritics encoding and bullets', () => {
    for (const [text, status] of cases) {
      expect(parseStatus(nfd(text)).status).toBe(status);
      expect(parseStatus(text.toUpperCase()).status).toBe(status);
      expect(parseStatus(`- ${text}`).status).toBe(status);
    }
    expect(parseStatus(unaccented('Chưa hoàn thành')).status).toBe('not_started');
    expect(parseStatus(unaccented('Đã hoàn thành')).status).toBe('done');
  });

  it('treats empty cells as unknown but recognised', () => {
    expect(parseStatus(null)).toEqual({ status: 'unknown', recognised: true });
    expect(parseStatus('')).toEqual({ status: 'unknown', recognised: true });
    expect(parseStatus('  \n ')).toEqual({ status: 'unknown', recognised: true });
  });

  it('does not recognise other text', () => {
    for (const text of ['abc', 'Đúng hạn', 'Tốt', 'Theo kế hoạch', '150%', 'x', '-']) {
      expect(parseStatus(text)).toEqual({ status: 'unknown', recognised: false });
    }
  });

  it('reads numbers from percent cells', () => {
    expect(parseStatus('1', '0%')).toEqual({ status: 'done', recognised: true });
    expect(parseStatus('0.5', '0%')).toEqual({ status: 'in_progress', recognised: true });
    expect(parseStatus('0,25', '0.0%')).toEqual({ status: 'in_progress', recognised: true });
    expect(parseStatus('0', '0%')).toEqual({ status: 'not_started', recognised: true });
    expect(parseStatus('1.2', '0%')).toEqual({ status: 'unknown', recognised: false });
  });

  it('does not trust a bare number without a percent format', () => {
    expect(parseStatus('1')).toEqual({ status: 'unknown', recognised: false });
    expect(parseStatus('0.5', 'General')).toEqual({ status: 'unknown', recognised: false });
    expect(parseStatus('1', '"%" 0')).toEqual({ status: 'unknown', recognised: false });
  });
});

describe('isDateFormat / isPercentFormat', () => {
  it('knows date formats', () => {
    for (const f of ['dd/mm/yyyy', 'd/m/yy', 'mm-dd-yy', 'yyyy-mm-dd', '[$-42A]d mmm yyyy', 'm/d/yyyy h:mm', '"Ngày" dd', 'mmm-yy', 'DD/MM/YYYY']) {
      expect(isDateFormat(f)).toBe(true);
    }
  });

  it('knows what is not a date', () => {
    for (const f of [null, undefined, '', 'General', '0.00', '0%', '#,##0', '@', 'h:mm', 'mm:ss', '[Red]0.00', '"day" 0', '0 "ngày"', '[h]:mm']) {
      expect(isDateFormat(f)).toBe(false);
    }
  });

  it('knows percent formats', () => {
    expect(isPercentFormat('0%')).toBe(true);
    expect(isPercentFormat('0.00%')).toBe(true);
    expect(isPercentFormat('0.00')).toBe(false);
    expect(isPercentFormat('0 "%"')).toBe(false);
    expect(isPercentFormat(null)).toBe(false);
  });
});

describe('parseCompletionDate', () => {
  it('reads Date objects as their UTC day', () => {
    expect(parseCompletionDate(new Date(Date.UTC(2025, 2, 20)))).toEqual({ date: '2025-03-20', invalid: false, text: '20/03/2025' });
  });

  it('reads serial numbers with a date format, and only then', () => {
    expect(parseCompletionDate(45848, 'dd/mm/yyyy')).toEqual({ date: '2025-07-10', invalid: false, text: '10/07/2025' });
    expect(parseCompletionDate(45848, 'General')).toEqual({ date: null, invalid: true, text: '45848' });
    expect(parseCompletionDate(45848)).toMatchObject({ date: null, invalid: true });
  });

  it.each([
    ['10/07/2025', '2025-07-10'],
    ['10-7-2025', '2025-07-10'],
    ['10.07.2025', '2025-07-10'],
    ['1/7/25', '2025-07-01'],
    ['ngày 10 tháng 7 năm 2025', '2025-07-10'],
    ['Ngày 10 tháng 07 năm 2025', '2025-07-10'],
    ['2025-07-10', '2025-07-10'],
    ['Hoàn thành ngày 10/07/2025 (BC số 12)', '2025-07-10'],
    [nfd('ngày 29 tháng 2 năm 2024'), '2024-02-29'],
  ])('reads "%s"', (text, date) => {
    expect(parseCompletionDate(text)).toEqual({ date, invalid: false, text: text.normalize('NFC') });
  });

  it('marks impossible days and text without a date as invalid', () => {
    for (const text of ['31/02/2025', '29/02/2025', '2025-13-01', 'abc', '10/07', '0/1/2025', 'ngày 32 tháng 1 năm 2025']) {
      expect(parseCompletionDate(text)).toEqual({ date: null, invalid: true, text });
    }
    expect(parseCompletionDate(true)).toMatchObject({ date: null, invalid: true });
    expect(parseCompletionDate(new Date(Number.NaN))).toMatchObject({ date: null, invalid: true });
  });

  it('gives no date and no error for empty cells', () => {
    expect(parseCompletionDate(null)).toEqual({ date: null, invalid: false, text: '' });
    expect(parseCompletionDate('   ')).toEqual({ date: null, invalid: false, text: '' });
  });
});

describe('the status cells of sct-khanh-hoa-2025-theo-doi.xlsx', () => {
  const fixtures = path.resolve(__dirname, '../../test/fixtures');
  interface ExpectedTask {
    row: number;
    status?: string;
    states: Record<string, string>;
  }
  const expected = JSON.parse(fs.readFileSync(path.join(fixtures, 'expected/sct-khanh-hoa-2025-theo-doi.json'), 'utf8')) as {
    sheet: string;
    columns: Record<string, string>;
    tasks: ExpectedTask[];
  };

  it('agree with the expected states', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(fixtures, 'sct-khanh-hoa-2025-theo-doi.xlsx'));
    const sheet = workbook.getWorksheet(expected.sheet);
    if (!sheet) throw new Error('sheet missing');
    const seen = new Set<Status>();
    for (const task of expected.tasks) {
      const cell = sheet.getCell(`${expected.columns.status}${task.row}`);
      const text = cell.value === null || cell.value === undefined ? null : String(cell.value);
      expect(text ?? '').toBe(task.status ?? '');
      const reading = parseStatus(text, cell.numFmt ?? null);
      expect(reading.recognised).toBe(true);
      seen.add(reading.status);
      for (const state of Object.values(task.states)) {
        if (state.startsWith('done')) expect({ row: task.row, status: reading.status }).toEqual({ row: task.row, status: 'done' });
        else if (state === 'cancelled') expect({ row: task.row, status: reading.status }).toEqual({ row: task.row, status: 'cancelled' });
        else expect(['in_progress', 'not_started', 'unknown']).toContain(reading.status);
      }
    }
    expect([...seen].sort()).toEqual(['cancelled', 'done', 'in_progress', 'not_started', 'unknown']);
  });

  it('have completion dates that read as days', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(fixtures, 'sct-khanh-hoa-2025-theo-doi.xlsx'));
    const sheet = workbook.getWorksheet(expected.sheet);
    if (!sheet) throw new Error('sheet missing');
    const dates: Record<number, string | null> = {};
    for (const task of expected.tasks) {
      const cell = sheet.getCell(`${expected.columns.completedOn}${task.row}`);
      const value = cell.value as Date | string | number | null;
      const reading = parseCompletionDate(value ?? null, cell.numFmt ?? null);
      expect(reading.invalid).toBe(false);
      if (reading.date) dates[task.row] = reading.date;
    }
    // Row 9 holds the date as text, the others as Excel dates.
    expect(dates).toEqual({ 8: '2025-03-20', 9: '2025-07-10', 12: '2025-06-15', 47: '2025-01-31', 50: '2025-03-31' });
  });
});

describe('properties', () => {
  it('parseStatus never throws', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.option(fc.string({ maxLength: 12 })), (text, format) => {
        const reading = parseStatus(text, format);
        return typeof reading.recognised === 'boolean';
      }),
      { numRuns: 500 },
    );
  });

  it('parseCompletionDate never throws and gives a real day or nothing', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 40 }), fc.double(), fc.date({ noInvalidDate: false })), (value) => {
        const reading = parseCompletionDate(value, 'dd/mm/yyyy');
        return reading.date === null || /^\d{4}-\d{2}-\d{2}$/.test(reading.date);
      }),
    );
  });

  it('any 1–99 % is in progress', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 99 }), (n) => parseStatus(`${n}%`).status === 'in_progress'));
  });
});
