import type { OfficeCapabilities } from './capabilities';
import { addTrackingColumns, TRACKING_STATUS_VALUES } from './trackingColumns';
import { FakeExcel } from './testing/fakeExcel';
import type { FakeSheet } from './testing/fakeState';
import { ensureCell, getCell } from './testing/fakeState';
import { ALL_CAPABILITIES } from './testing/capabilities';

const ALL: OfficeCapabilities = ALL_CAPABILITIES;

/** Plan table in A4:E{3 + tasks + 1}: header at row 4, last header cell E4 is bold on blue with borders. */
function plan(tasks: number): { excel: FakeExcel; sheet: FakeSheet; lastRow: number } {
  const excel = new FakeExcel();
  const rows: (string | number)[][] = [['KẾ HOẠCH CCHC 2025'], [], [], ['STT', 'Nhiệm vụ', 'Sản phẩm', 'Tiến độ', 'Chủ trì']];
  for (let i = 1; i <= tasks; i++) rows.push([i, `Nhiệm vụ ${i}`, 'Báo cáo', 'Quý IV/2025', 'Văn phòng']);
  const sheet = excel.addSheet('Phụ lục', rows);
  Object.assign(ensureCell(sheet, 4, 5).format, {
    'fill.color': '#BDD7EE',
    'font.bold': true,
    'font.name': 'Times New Roman',
    'font.size': 12,
    wrapText: true,
    horizontalAlignment: 'Center',
    verticalAlignment: 'Center',
    'borders.EdgeTop.style': 'Continuous',
    'borders.EdgeTop.color': '#000000',
    'borders.EdgeTop.weight': 'Thin',
    'borders.EdgeBottom.style': 'Continuous',
    'borders.EdgeBottom.color': '#000000',
    'borders.EdgeBottom.weight': 'Thin',
  });
  return { excel, sheet, lastRow: 4 + tasks };
}

describe('addTrackingColumns', () => {
  it.each([true, false])('adds the two columns after the table (copyFormats %s), in 2 syncs', async (copyFormats) => {
    const { excel, sheet, lastRow } = plan(30);
    await addTrackingColumns('Phụ lục', 5, 4, lastRow, 'vi', { run: excel.run, capabilities: { ...ALL, copyFormats } });

    expect(excel.syncCount).toBe(2);
    expect(getCell(sheet, 4, 6)?.value).toBe('Tình hình thực hiện');
    expect(getCell(sheet, 4, 7)?.value).toBe('Ngày hoàn thành');
    for (const column of [6, 7]) {
      const format = getCell(sheet, 4, column)?.format ?? {};
      expect(format['fill.color']).toBe('#BDD7EE');
      expect(format['font.bold']).toBe(true);
      expect(format['font.name']).toBe('Times New Roman');
      expect(format['borders.EdgeTop.style']).toBe('Continuous');
    }
    const status = sheet.validations.find((v) => v.range.left === 6);
    expect(status?.range).toEqual({ top: 5, left: 6, bottom: lastRow, right: 6 });
    expect(status?.rule).toEqual({ list: { inCellDropDown: true, source: TRACKING_STATUS_VALUES.join(',') } });
    expect(TRACKING_STATUS_VALUES).toEqual(['Đã hoàn thành', 'Đang thực hiện', 'Chưa thực hiện', 'Không thực hiện']);
    const date = sheet.validations.find((v) => v.range.left === 7);
    expect(date?.range).toEqual({ top: 5, left: 7, bottom: lastRow, right: 7 });
    expect(date?.rule).toMatchObject({ date: { operator: 'Between' } });
    expect(getCell(sheet, 5, 7)?.numberFormat).toBe('dd/mm/yyyy');
    expect(getCell(sheet, lastRow, 7)?.numberFormat).toBe('dd/mm/yyyy');
    expect(getCell(sheet, lastRow + 1, 7)?.numberFormat).toBeUndefined();
    // The plan itself is untouched.
    expect(getCell(sheet, 5, 5)?.value).toBe('Văn phòng');
  });

  it('takes the same 2 syncs at 100 and 10,000 rows', async () => {
    const counts: number[] = [];
    for (const tasks of [100, 10_000]) {
      const { excel, lastRow } = plan(tasks);
      await addTrackingColumns('Phụ lục', 5, 4, lastRow, 'en', { run: excel.run, capabilities: ALL });
      counts.push(excel.syncCount);
    }
    expect(counts).toEqual([2, 2]);
  });

  it('refuses, writing nothing, when a cell of the two columns holds data', async () => {
    const { excel, sheet, lastRow } = plan(30);
    ensureCell(sheet, 20, 7).value = 'ghi chú của tôi';
    const cellsBefore = JSON.stringify([...sheet.cells.entries()]);
    await expect(
      addTrackingColumns('Phụ lục', 5, 4, lastRow, 'vi', { run: excel.run, capabilities: ALL }),
    ).rejects.toMatchObject({ code: 'columns.not_empty', message: expect.stringContaining('G20'), text: { en: expect.stringContaining('G20') } });
    expect(JSON.stringify([...sheet.cells.entries()])).toBe(cellsBefore);
    expect(sheet.validations).toEqual([]);
  });

  it('counts a formula that shows nothing as data', async () => {
    const { excel, sheet, lastRow } = plan(5);
    const cell = ensureCell(sheet, 6, 6);
    cell.formula = '=IF(E6="","","")';
    await expect(addTrackingColumns('Phụ lục', 5, 4, lastRow, 'vi', { run: excel.run, capabilities: ALL })).rejects.toMatchObject({
      code: 'columns.not_empty',
    });
  });

  it('explains that Excel is too old without data validation (ExcelApi 1.8)', async () => {
    const { excel, lastRow } = plan(5);
    const attempt = addTrackingColumns('Phụ lục', 5, 4, lastRow, 'en', { run: excel.run, capabilities: { ...ALL, dataValidation: false } });
    await expect(attempt).rejects.toMatchObject({ code: 'feature.unsupported', text: { en: expect.stringContaining('1.8') } });
    expect(excel.syncCount).toBe(0);
  });

  it('says which sheet is missing', async () => {
    const { excel } = plan(5);
    await expect(addTrackingColumns('Khác', 5, 4, 9, 'vi', { run: excel.run, capabilities: ALL })).rejects.toMatchObject({
      code: 'sheet.not_found',
    });
  });
});
