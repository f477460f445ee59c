import { layoutSheetModel } from '../layout';
import type { SheetModel } from '../../core/summary/types';
import { chunkRows, isoToSerial, summaryCells } from './summaryCells';

const model: SheetModel = {
  name: 'Tổng hợp Q1-2025',
  heading: ['Tiêu đề'],
  legend: [],
  chart: null,
  blocks: [
    {
      title: 'Quá hạn',
      tableName: 'PL_Q1',
      columns: [
        { header: 'Nhiệm vụ', width: 30, format: 'text' },
        { header: 'Hạn', width: 12, format: 'date' },
        { header: 'Tỷ lệ', width: 8, format: 'percent' },
      ],
      rows: [
        ['+ Nhiệm vụ', '2025-03-14', 0.25],
        ['Thường xuyên', 'Thường xuyên', null],
      ],
    },
  ],
};

describe('summaryCells', () => {
  it('makes rectangular values and formats with dates as serials and text as text', () => {
    const cells = summaryCells(layoutSheetModel(model));
    expect(cells.width).toBe(3);
    for (const row of [...cells.values, ...cells.numberFormats]) expect(row).toHaveLength(3);
    const header = cells.values.findIndex((row) => row[0] === 'Nhiệm vụ');
    expect(cells.values[header + 1]).toEqual(['+ Nhiệm vụ', 45730, 0.25]);
    expect(cells.numberFormats[header + 1]).toEqual(['@', 'dd/mm/yyyy', '0.0%']);
    // A date column holding words keeps the words, as text.
    expect(cells.values[header + 2]).toEqual(['Thường xuyên', 'Thường xuyên', '']);
    expect(cells.numberFormats[header + 2]).toEqual(['@', '@', '0.0%']);
    expect(cells.values[0]).toEqual(['Tiêu đề', '', '']);
  });

  it('converts ISO days to Excel serials and rejects non-days', () => {
    expect(isoToSerial('1970-01-01')).toBe(25569);
    expect(isoToSerial('2025-12-31')).toBe(46022);
    expect(isoToSerial('2025-02-30')).toBeNull();
    expect(isoToSerial('30/12/2025')).toBeNull();
  });

  it('chunks rows under a byte budget, covering every row once', () => {
    const cells = { width: 1, values: Array.from({ length: 100 }, () => ['ệ'.repeat(30)]), numberFormats: Array.from({ length: 100 }, () => ['@']) };
    const chunks = chunkRows(cells, 1_000);
    expect(chunks.length).toBeGreaterThan(5);
    expect(chunks[0].top).toBe(1);
    expect(chunks[chunks.length - 1].bottom).toBe(100);
    for (let i = 1; i < chunks.length; i++) expect(chunks[i].top).toBe(chunks[i - 1].bottom + 1);
    expect(chunkRows(cells, 10_000_000)).toEqual([{ top: 1, bottom: 100 }]);
  });
});
