/**
 * readSheet against office-addin-mock (the Excel object seeded as plain data) and, for what the
 * mock cannot express (payload errors, the 512-merge limit), against the fake in testing/.
 */
import { OfficeMockObject } from 'office-addin-mock';
import type { OfficeCapabilities } from './capabilities';
import { createOfficeWorkbook } from './officeWorkbook';
import { CELLS_PER_SYNC, planRead, ROWS_PER_READ } from './readSheet';
import type { ExcelRunner } from './runner';
import { FakeExcel } from './testing/fakeExcel';
import { ALL_CAPABILITIES } from './testing/capabilities';

const ALL: OfficeCapabilities = ALL_CAPABILITIES;
const NO_MERGES: OfficeCapabilities = { ...ALL, mergedAreas: false };

type Row = (string | number)[];

/** A plan sheet as Excel returns it from A1: title row, blank row, header, then `tasks` rows. */
function planRows(tasks: number): { values: Row[]; formats: string[][] } {
  const values: Row[] = [['', 'KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2025', '', '', ''], ['', '', '', '', ''], ['', 'STT', 'Nhiệm vụ', 'Tiến độ', 'Chủ trì']];
  const formats: string[][] = values.map((row) => row.map(() => 'General'));
  for (let i = 1; i <= tasks; i++) {
    // Every 10th deadline is an Excel date (serial 45930 = 2025-09-30), the rest text.
    const dated = i % 10 === 0;
    values.push(['', i, `Nhiệm vụ số ${i}`, dated ? 45930 : 'Quý IV/2025', i % 7 === 0 ? '' : 'Văn phòng Sở']);
    formats.push(['General', 'General', 'General', dated ? 'dd/mm/yyyy' : 'General', 'General']);
  }
  return { values, formats };
}

/**
 * The mock workbook: the used range starts at B1 (column A is empty), so the adapter must still read
 * from A1. getRange answers only the addresses the adapter is expected to ask for.
 */
function mockExcel(tasks: number, blocks: Record<string, { from: number; to: number }>) {
  const { values, formats } = planRows(tasks);
  const ranges: Record<string, unknown> = {};
  const mergeAreas = jest.fn(function (this: { merged: unknown }) {
    return this.merged;
  });
  for (const [address, { from, to }] of Object.entries(blocks)) {
    ranges[address] = {
      values: values.slice(from - 1, to),
      numberFormat: formats.slice(from - 1, to),
      getMergedAreasOrNullObject: mergeAreas,
      merged: { address: "'Phụ lục, 2025'!B5:B6, 'Phụ lục, 2025'!E8:E10" },
    };
  }
  const context = new OfficeMockObject({
    workbook: {
      worksheets: {
        getItem(this: { plan: unknown }, name: string) {
          if (name !== 'Phụ lục, 2025') throw new Error(`unexpected sheet ${name}`);
          return this.plan;
        },
        plan: {
          getUsedRangeOrNullObject(this: { used: unknown }, valuesOnly: boolean) {
            if (valuesOnly !== true) throw new Error('used range must count values only');
            return this.used;
          },
          used: { rowIndex: 0, columnIndex: 1, rowCount: values.length, columnCount: 4 },
          ranges,
          getRange(this: { ranges: Record<string, unknown> }, address: string) {
            const range = this.ranges[address];
            if (!range) throw new Error(`unexpected range ${address}`);
            return range;
          },
        },
      },
    },
  });
  const sync = jest.spyOn(context, 'sync');
  const run: ExcelRunner = (batch) => batch(context as unknown as Excel.RequestContext);
  return { run, sync, mergeAreas, values };
}

describe('readSheet with office-addin-mock', () => {
  it.each([100, 9_997])('reads %i task rows in 2 syncs into a grid anchored at A1', async (tasks) => {
    const rows = tasks + 3;
    const excel = mockExcel(tasks, { [`A1:E${rows}`]: { from: 1, to: rows } });
    const grid = await createOfficeWorkbook(excel.run, { capabilities: ALL }).readSheet('Phụ lục, 2025');

    expect(excel.sync).toHaveBeenCalledTimes(2);
    expect(grid.name).toBe('Phụ lục, 2025');
    expect(grid.values).toHaveLength(rows);
    expect(grid.values[0]).toEqual([null, 'KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2025', null, null, null]);
    expect(grid.values[2][1]).toBe('STT');
    expect(grid.values[12]).toEqual([null, 10, 'Nhiệm vụ số 10', 45930, 'Văn phòng Sở']);
    expect(grid.numberFormats?.[12][3]).toBe('dd/mm/yyyy');
    expect(grid.values[9][4]).toBeNull(); // task 7: no unit, empty cell → null
    expect(grid.values[rows - 1][2]).toBe(`Nhiệm vụ số ${tasks}`);
    // The quoted sheet name holds a comma: it must not split the areas.
    expect(grid.merges).toEqual([
      { top: 5, left: 2, bottom: 6, right: 2 },
      { top: 8, left: 5, bottom: 10, right: 5 },
    ]);
  });

  it('takes the same 2 syncs at 100 and at 10,000 rows', async () => {
    const counts: number[] = [];
    for (const rows of [100, 10_000]) {
      const excel = mockExcel(rows - 3, { [`A1:E${rows}`]: { from: 1, to: rows } });
      await createOfficeWorkbook(excel.run, { capabilities: ALL }).readSheet('Phụ lục, 2025');
      counts.push(excel.sync.mock.calls.length);
    }
    expect(counts).toEqual([2, 2]);
  });

  it('reads past 10,000 rows in blocks of 10,000, still in one data sync', async () => {
    const rows = 12_003;
    const excel = mockExcel(rows - 3, {
      'A1:E10000': { from: 1, to: 10_000 },
      [`A10001:E${rows}`]: { from: 10_001, to: rows },
      [`A1:E${rows}`]: { from: 1, to: 1 }, // asked for merges only
    });
    const grid = await createOfficeWorkbook(excel.run, { capabilities: ALL }).readSheet('Phụ lục, 2025');
    expect(excel.sync).toHaveBeenCalledTimes(2);
    expect(grid.values).toHaveLength(rows);
    expect(grid.values[10_000][2]).toBe('Nhiệm vụ số 9998');
    expect(grid.values[rows - 1][2]).toBe(`Nhiệm vụ số ${rows - 3}`);
  });

  it('without ExcelApi 1.13 returns no merges and never asks for them (degraded mode)', async () => {
    const excel = mockExcel(20, { 'A1:E23': { from: 1, to: 23 } });
    const grid = await createOfficeWorkbook(excel.run, { capabilities: NO_MERGES }).readSheet('Phụ lục, 2025');
    expect(grid.merges).toEqual([]);
    expect(excel.mergeAreas).not.toHaveBeenCalled();
    expect(grid.values[3][1]).toBe(1);
  });
});

describe('readSheet with the fake Excel', () => {
  it('returns an empty grid for an empty sheet in 1 sync', async () => {
    const excel = new FakeExcel();
    excel.addSheet('Trống');
    const grid = await createOfficeWorkbook(excel.run, { capabilities: ALL }).readSheet('Trống');
    expect(grid).toEqual({ name: 'Trống', values: [], numberFormats: [], merges: [] });
    expect(excel.syncCount).toBe(1);
  });

  it('says which sheet is missing', async () => {
    const excel = new FakeExcel();
    excel.addSheet('Phụ lục');
    await expect(createOfficeWorkbook(excel.run, { capabilities: ALL }).readSheet('Không có')).rejects.toMatchObject({
      code: 'sheet.not_found',
      text: { en: expect.stringContaining('"Không có"') },
    });
  });

  it('splits a group Excel refuses as too large and still returns every row', async () => {
    const excel = new FakeExcel();
    const values = Array.from({ length: 3_000 }, (_, i) => [i + 1, `Nhiệm vụ ${i + 1}`]);
    excel.addSheet('Lớn', values);
    // values + number formats of 3,000 × 2 cells is 12,000 cells: allow a quarter of that per sync.
    excel.maxCellsPerSync = 3_000;
    const grid = await createOfficeWorkbook(excel.run, { capabilities: NO_MERGES }).readSheet('Lớn');
    expect(grid.values).toHaveLength(3_000);
    expect(grid.values.map((row) => row[0])).toEqual(values.map((row) => row[0]));
    expect(excel.syncCount).toBeGreaterThan(2);
  });

  it('reads without merges when Excel cannot list them (over 512 areas)', async () => {
    const excel = new FakeExcel();
    const sheet = excel.addSheet('Gộp', Array.from({ length: 1_200 }, (_, i) => [i + 1, 'x']));
    sheet.merges = Array.from({ length: 600 }, (_, i) => ({ top: 2 * i + 1, left: 2, bottom: 2 * i + 2, right: 2 }));
    const grid = await createOfficeWorkbook(excel.run, { capabilities: ALL }).readSheet('Gộp');
    expect(grid.merges).toEqual([]);
    expect(grid.values[1_199]).toEqual([1_200, 'x']);
    expect(excel.syncCount).toBe(3);
  });

  it('reports merges from the fake the same way as from the mock', async () => {
    const excel = new FakeExcel();
    const sheet = excel.addSheet("Kế hoạch 'A'", [['STT', 'Mục tiêu'], [1, 'M1'], [2, null], [3, null]]);
    sheet.merges = [{ top: 2, left: 2, bottom: 4, right: 2 }];
    const grid = await createOfficeWorkbook(excel.run, { capabilities: ALL }).readSheet("Kế hoạch 'A'");
    expect(grid.merges).toEqual([{ top: 2, left: 2, bottom: 4, right: 2 }]);
    expect(grid.values[2]).toEqual([2, null]);
  });
});

describe('planRead', () => {
  it('uses blocks of at most ROWS_PER_READ rows', () => {
    const groups = planRead(25_000, 5);
    const blocks = groups.flat();
    expect(Math.max(...blocks.map((b) => b.bottom - b.top + 1))).toBe(ROWS_PER_READ);
    expect(blocks[0].top).toBe(1);
    expect(blocks[blocks.length - 1].bottom).toBe(25_000);
    for (let i = 1; i < blocks.length; i++) expect(blocks[i].top).toBe(blocks[i - 1].bottom + 1);
  });

  it('keeps every group within CELLS_PER_SYNC, narrowing blocks for wide sheets', () => {
    for (const [rows, columns] of [[10_000, 30], [50_000, 4], [300, 16_384]] as const) {
      for (const group of planRead(rows, columns)) {
        const cells = group.reduce((n, b) => n + (b.bottom - b.top + 1) * columns, 0);
        expect(cells).toBeLessThanOrEqual(CELLS_PER_SYNC);
      }
    }
    expect(planRead(10_000, 20)).toHaveLength(1);
    expect(planRead(10_000, 30).length).toBeGreaterThan(1);
    expect(planRead(0, 5)).toEqual([]);
  });
});
