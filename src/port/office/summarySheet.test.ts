/**
 * writeSummarySheet against the fake Excel: office-addin-mock cannot model sheets being added,
 * renamed and deleted, nor tables, nor a failure in the middle of a batch.
 */
import type { SheetModel } from '../../core/summary/types';
import type { OfficeCapabilities } from './capabilities';
import { createOfficeWorkbook } from './officeWorkbook';
import { FakeExcel } from './testing/fakeExcel';
import type { FakeSheet } from './testing/fakeState';
import { getCell, putValues } from './testing/fakeState';
import { ALL_CAPABILITIES } from './testing/capabilities';

const ALL: OfficeCapabilities = ALL_CAPABILITIES;

const NAME = 'Tổng hợp Q3-2025';

function model(overdueLines: number, taskText = (i: number) => `- Nhiệm vụ số ${i}`): SheetModel {
  return {
    name: NAME,
    heading: ['TỔNG HỢP TÌNH HÌNH THỰC HIỆN KẾ HOẠCH CCHC NĂM 2025', 'Kỳ báo cáo: Quý III/2025', 'Tính đến ngày 20/09/2025'],
    legend: [
      { key: 'overdue', label: 'Quá hạn', fill: '#F4B6B6' },
      { key: 'due_soon', label: 'Sắp đến hạn', fill: '#FFE08A' },
    ],
    blocks: [
      {
        title: '1. Theo lĩnh vực',
        tableName: 'PL_Q3_2025_LinhVuc',
        columns: [
          { header: 'Lĩnh vực', width: 40, format: 'text' },
          { header: 'Tổng số', width: 10, format: 'integer' },
          { header: 'Tỷ lệ hoàn thành', width: 12, format: 'percent' },
        ],
        rows: [
          ['I. Cải cách thể chế', 12, 0.5],
          ['II. Cải cách thủ tục hành chính', 8, null],
        ],
        note: 'Tỷ lệ = số nhiệm vụ hoàn thành / số nhiệm vụ đến hạn.',
      },
      {
        title: '3. Nhiệm vụ quá hạn',
        tableName: 'PL_Q3_2025_QuaHan',
        columns: [
          { header: 'STT', width: 6, format: 'text' },
          { header: 'Nhiệm vụ', width: 50, format: 'text' },
          { header: 'Hạn', width: 12, format: 'date' },
          { header: 'Số ngày quá hạn', width: 10, format: 'integer' },
        ],
        rows: Array.from({ length: overdueLines }, (_, k) => [String(k + 1), k === 0 ? '=SUM(A1:A9)' : taskText(k + 1), '2025-09-29', 3]),
      },
      {
        title: '5. Nhiệm vụ chưa có đơn vị chủ trì',
        tableName: 'PL_Q3_2025_ChuaPhanCong',
        columns: [
          { header: 'STT', width: 6, format: 'text' },
          { header: 'Nhiệm vụ', width: 50, format: 'text' },
        ],
        rows: [],
      },
    ],
    chart: {
      title: 'Tình trạng nhiệm vụ theo lĩnh vực',
      categories: ['I. Cải cách thể chế', 'II. Cải cách thủ tục hành chính'],
      series: [
        { name: 'Quá hạn', fill: '#F4B6B6', values: [1, 2] },
        { name: 'Trong hạn', fill: '#C6E7C6', values: [3, 4] },
      ],
    },
  };
}

function findRow(sheet: FakeSheet, text: string, column = 1): number {
  for (let row = 1; row <= 20_000; row++) if (getCell(sheet, row, column)?.value === text) return row;
  throw new Error(`"${text}" not found`);
}

function snapshot(sheet: FakeSheet): string {
  return JSON.stringify([...sheet.cells.entries()]);
}

function planWorkbook(): { excel: FakeExcel; plan: FakeSheet } {
  const excel = new FakeExcel();
  const plan = excel.addSheet('Phụ lục', [['STT', 'Nhiệm vụ', 'Tiến độ'], [1, 'Rà soát TTHC', 'Quý III/2025']]);
  return { excel, plan };
}

describe('writeSummarySheet', () => {
  it('takes the same 3 syncs at 100 and at 10,000 rows', async () => {
    const counts: number[] = [];
    for (const lines of [100, 10_000]) {
      const { excel } = planWorkbook();
      await createOfficeWorkbook(excel.run, { capabilities: ALL }).writeSummarySheet(model(lines));
      counts.push(excel.syncCount);
      const sheet = excel.sheet(NAME);
      expect(getCell(sheet, findRow(sheet, String(lines)), 2)?.value).toBe(`- Nhiệm vụ số ${lines}`);
    }
    expect(counts).toEqual([3, 3]);
  });

  it('writes values, formats, tables, styles, legend and chart', async () => {
    const { excel, plan } = planWorkbook();
    const before = snapshot(plan);
    await createOfficeWorkbook(excel.run, { capabilities: ALL }).writeSummarySheet(model(3));

    expect(excel.sheets.map((s) => s.name)).toEqual(['Phụ lục', NAME]);
    const sheet = excel.sheet(NAME);
    expect(excel.active).toBe(sheet);
    expect(snapshot(plan)).toBe(before);

    const title = getCell(sheet, 1, 1);
    expect(title?.value).toBe('TỔNG HỢP TÌNH HÌNH THỰC HIỆN KẾ HOẠCH CCHC NĂM 2025');
    expect(title?.format['font.bold']).toBe(true);
    expect(title?.format['font.size']).toBe(14);
    expect(sheet.frozenRows).toBe(3);

    // Legend: the colour sits left of its label.
    const overdueLegend = findRow(sheet, 'Quá hạn', 2);
    expect(getCell(sheet, overdueLegend, 1)?.format['fill.color']).toBe('#F4B6B6');

    // Block 1: header, integer and percent formats, an Excel table with the model's name.
    const block1 = findRow(sheet, '1. Theo lĩnh vực');
    expect(getCell(sheet, block1, 1)?.format['font.bold']).toBe(true);
    expect([1, 2, 3].map((c) => getCell(sheet, block1 + 1, c)?.value)).toEqual(['Lĩnh vực', 'Tổng số', 'Tỷ lệ hoàn thành']);
    expect(getCell(sheet, block1 + 2, 2)).toMatchObject({ value: 12, numberFormat: '0' });
    expect(getCell(sheet, block1 + 2, 3)).toMatchObject({ value: 0.5, numberFormat: '0.0%' });
    const table1 = excel.tables.find((t) => t.name === 'PL_Q3_2025_LinhVuc');
    expect(table1?.sheet).toBe(sheet);
    expect(table1?.range).toEqual({ top: block1 + 1, left: 1, bottom: block1 + 3, right: 3 });
    expect(getCell(sheet, block1 + 4, 1)?.format['font.italic']).toBe(true);

    // Block 3: dates are real dates; text that looks like a formula stays text.
    const block3 = findRow(sheet, '3. Nhiệm vụ quá hạn');
    expect(getCell(sheet, block3 + 2, 3)).toMatchObject({ value: 45929, numberFormat: 'dd/mm/yyyy' }); // 29/09/2025
    expect(getCell(sheet, block3 + 2, 2)).toMatchObject({ value: '=SUM(A1:A9)', numberFormat: '@' });
    expect(getCell(sheet, block3 + 2, 2)?.formula).toBeUndefined();
    expect(getCell(sheet, block3 + 2, 1)).toMatchObject({ value: '1', numberFormat: '@' });

    // Block 5 has no rows: a styled header, no Excel table (it would swallow the next row).
    const block5 = findRow(sheet, '5. Nhiệm vụ chưa có đơn vị chủ trì');
    expect(getCell(sheet, block5 + 1, 1)?.format['font.bold']).toBe(true);
    expect(excel.tables.some((t) => t.name === 'PL_Q3_2025_ChuaPhanCong')).toBe(false);

    // Widths in points, ~7 per character: column B is as wide as the widest B column (50).
    expect(sheet.columnWidths.get(1)).toBe(40 * 7);
    expect(sheet.columnWidths.get(2)).toBe(50 * 7);

    expect(sheet.charts).toHaveLength(1);
    const [chart] = sheet.charts;
    expect(chart).toMatchObject({ type: 'ColumnStacked', seriesBy: 'Columns', title: 'Tình trạng nhiệm vụ theo lĩnh vực' });
    expect(chart.seriesFills).toEqual(['#F4B6B6', '#C6E7C6']);
    const chartTitle = findRow(sheet, 'Tình trạng nhiệm vụ theo lĩnh vực');
    expect(chart.source).toEqual({ top: chartTitle + 1, left: 1, bottom: chartTitle + 3, right: 3 });
    expect(getCell(sheet, chartTitle + 2, 1)?.value).toBe('I. Cải cách thể chế');
  });

  it('replaces its own earlier summary in place, reusing the table names', async () => {
    const { excel } = planWorkbook();
    const old = excel.addSheet(NAME, [['cũ'], ['Lĩnh vực'], ['x']]);
    excel.tables.push({ name: 'PL_Q3_2025_LinhVuc', sheet: old, range: { top: 2, left: 1, bottom: 3, right: 1 } });
    excel.addSheet('Ghi chú');
    await createOfficeWorkbook(excel.run, { capabilities: ALL }).writeSummarySheet(model(5));

    expect(excel.sheets.map((s) => s.name)).toEqual(['Phụ lục', NAME, 'Ghi chú']);
    const sheet = excel.sheet(NAME);
    expect(sheet).not.toBe(old);
    expect(getCell(sheet, 1, 1)?.value).not.toBe('cũ');
    expect(excel.tables.map((t) => t.name).sort()).toEqual(['PL_Q3_2025_LinhVuc', 'PL_Q3_2025_LinhVuc_BieuDo', 'PL_Q3_2025_QuaHan']);
    expect(excel.tables.every((t) => t.sheet === sheet)).toBe(true);
  });

  it('gives a table a new name when another sheet already uses it', async () => {
    const { excel } = planWorkbook();
    const other = excel.addSheet('Tổng hợp cũ', [['STT'], ['1']]);
    excel.tables.push({ name: 'PL_Q3_2025_QuaHan', sheet: other, range: { top: 1, left: 1, bottom: 2, right: 1 } });
    await createOfficeWorkbook(excel.run, { capabilities: ALL }).writeSummarySheet(model(2));
    const sheet = excel.sheet(NAME);
    expect(excel.tables.filter((t) => t.sheet === sheet).map((t) => t.name)).toContain('PL_Q3_2025_QuaHan_2');
    expect(excel.tables.find((t) => t.name === 'PL_Q3_2025_QuaHan')?.sheet).toBe(other);
  });

  it('never replaces a sheet of the same name that phuluc did not write', async () => {
    const { excel } = planWorkbook();
    const theirs = excel.addSheet(NAME, [['Bảng của đồng nghiệp'], [42]]);
    const before = snapshot(theirs);
    await expect(createOfficeWorkbook(excel.run, { capabilities: ALL }).writeSummarySheet(model(2))).rejects.toMatchObject({
      code: 'sheet.not_ours',
    });
    expect(excel.sheets.map((s) => s.name)).toEqual(['Phụ lục', NAME]);
    expect(snapshot(theirs)).toBe(before);
  });

  it.each(['charts.add', 'tables.add', 'range.values'])('deletes the temporary sheet when %s fails, leaving the workbook as it was', async (failing) => {
    const { excel, plan } = planWorkbook();
    const old = excel.addSheet(NAME, [['cũ']]);
    excel.tables.push({ name: 'PL_Q3_2025_LinhVuc', sheet: old, range: { top: 1, left: 1, bottom: 2, right: 1 } });
    const planBefore = snapshot(plan);
    const oldBefore = snapshot(old);
    excel.failOn.add(failing);

    await expect(createOfficeWorkbook(excel.run, { capabilities: ALL }).writeSummarySheet(model(50))).rejects.toThrow(`injected failure: ${failing}`);
    expect(excel.sheets.map((s) => s.name)).toEqual(['Phụ lục', NAME]);
    expect(excel.sheet(NAME)).toBe(old);
    expect(snapshot(old)).toBe(oldBefore);
    expect(snapshot(plan)).toBe(planBefore);
    expect(excel.tables.map((t) => t.name)).toEqual(['PL_Q3_2025_LinhVuc']);
    expect(excel.runCount).toBe(2); // the write, then the clean-up
  });

  it('leaves no temporary sheet when the final rename fails', async () => {
    const { excel } = planWorkbook();
    excel.failOn.add('worksheet.name');
    await expect(createOfficeWorkbook(excel.run, { capabilities: ALL }).writeSummarySheet(model(5))).rejects.toThrow();
    expect(excel.sheets.map((s) => s.name)).toEqual(['Phụ lục']);
    expect(excel.tables).toEqual([]);
  });

  it('does not freeze rows where Excel cannot (before ExcelApi 1.7)', async () => {
    const { excel } = planWorkbook();
    await createOfficeWorkbook(excel.run, { capabilities: { ...ALL, freezePanes: false } }).writeSummarySheet(model(5));
    expect(excel.sheet(NAME).frozenRows).toBe(0);
  });

  it('writes a huge summary in chunks, one extra sync each, every row intact', async () => {
    const { excel } = planWorkbook();
    const long = (i: number) => `${i} ${'Cải cách hành chính '.repeat(150)}`; // ~3 KB of UTF-8 per row
    await createOfficeWorkbook(excel.run, { capabilities: ALL }).writeSummarySheet(model(2_000, long));
    const sheet = excel.sheet(NAME);
    const block3 = findRow(sheet, '3. Nhiệm vụ quá hạn');
    expect(getCell(sheet, block3 + 2000 + 1, 2)?.value).toBe(long(2000));
    expect(excel.syncCount).toBeGreaterThan(3);
  });
});

describe('the fake itself', () => {
  it('turns "=" text into a formula when the cell is not text-formatted (why the adapter sets "@" first)', async () => {
    const excel = new FakeExcel();
    const sheet = excel.addSheet('S');
    putValues(sheet, [['a']]);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('S').getRange('A1').values = [['=1+1']];
      await context.sync();
    });
    expect(getCell(sheet, 1, 1)?.formula).toBe('=1+1');
  });
});
