/** The exceljs adapter on real workbooks: what it reads, and that what it writes can be taken back exactly. */
import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import * as path from 'path';
import { buildHighlightRules, isPhulucRuleFormula } from '../../core/highlight';
import { DEFAULT_SETTINGS } from '../../core/settings';
import type { SheetModel } from '../../core/summary/types';
import { WorkbookActionError } from '../errors';
import { openXlsx, type ExcelJsWorkbook } from './excelJsWorkbook';
import * as summarySheet from './summarySheet';

const FIXTURES = path.join(__dirname, '..', '..', '..', 'test', 'fixtures');

async function open(data: Uint8Array | ArrayBuffer): Promise<ExcelJsWorkbook> {
  const r = await openXlsx(data);
  if (!r.ok) throw new Error(r.detail);
  return r.workbook;
}

async function build(fill: (wb: ExcelJS.Workbook) => void): Promise<ExcelJsWorkbook> {
  const wb = new ExcelJS.Workbook();
  fill(wb);
  return open(new Uint8Array(await wb.xlsx.writeBuffer()));
}

type Rules = { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] };
const rulesOf = (ws: ExcelJS.Worksheet) => (ws as unknown as Rules).conditionalFormattings;

const model = (name: string, tableName = 'PL_Test_LinhVuc'): SheetModel => ({
  name,
  heading: ['TỔNG HỢP', 'Số liệu tính đến ngày 20/12/2025'],
  blocks: [
    {
      title: '1. Theo lĩnh vực',
      tableName,
      columns: [
        { header: 'Lĩnh vực', width: 30, format: 'text' },
        { header: 'Hạn', width: 12, format: 'date' },
        { header: 'Tỷ lệ', width: 10, format: 'percent' },
      ],
      rows: [['I. Cải cách thể chế', '2025-03-31', 0.5]],
    },
  ],
  legend: [{ key: 'overdue', label: 'Quá hạn', fill: '#F4B6B6' }],
  chart: null,
});

describe('openXlsx', () => {
  it('says why a file cannot be opened', async () => {
    expect(await openXlsx(new TextEncoder().encode('TT\tNhiệm vụ\n'))).toMatchObject({ ok: false, reason: 'not_xlsx' });
    expect(await openXlsx(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toMatchObject({ ok: false, reason: 'legacy_xls' });
    const broken = new Uint8Array(await fs.readFile(path.join(FIXTURES, 'sct-2021.xlsx'))).slice(0, 2000);
    expect(await openXlsx(broken)).toMatchObject({ ok: false, reason: 'unreadable' });
  });
});

describe('readSheet', () => {
  it('gives merged values to the top-left cell only, and unwraps rich text, formulas and dates', async () => {
    const port = await build((wb) => {
      const ws = wb.addWorksheet('Phụ lục');
      ws.getCell('A1').value = 'Tiêu đề';
      ws.mergeCells('A1:C1');
      ws.getCell('A2').value = { richText: [{ text: 'Nhiệm ' }, { text: 'vụ', font: { bold: true } }] };
      ws.getCell('B2').value = { formula: '1+1', result: 2 };
      ws.getCell('C2').value = new Date(Date.UTC(2025, 8, 30));
      ws.getCell('C2').numFmt = 'dd/mm/yyyy';
    });
    const grid = await port.readSheet('Phụ lục');
    expect(grid.values[0][0]).toBe('Tiêu đề');
    expect(grid.values[0].slice(1).every((v) => v === null)).toBe(true);
    expect(grid.values[1].slice(0, 2)).toEqual(['Nhiệm vụ', 2]);
    expect((grid.values[1][2] as Date).toISOString()).toBe('2025-09-30T00:00:00.000Z');
    expect(grid.numberFormats?.[1][2]).toBe('dd/mm/yyyy');
    expect(grid.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 3 }]);
  });
});

describe('highlights', () => {
  it('adds rules over the table and removes exactly its own, leaving the user rules and fills', async () => {
    const port = await open(await fs.readFile(path.join(FIXTURES, 'sct-khanh-hoa-2025.xlsx')));
    const ws = port.raw.worksheets[0];
    ws.getCell('B7').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
    ws.addConditionalFormatting({ ref: 'D7:D56', rules: [{ type: 'containsText', operator: 'containsText', text: 'Quý', priority: 1, style: { font: { bold: true } } }] });
    // The user's rules as a file carries them (exceljs normalises them on the way through).
    const baseline = await open(await port.toBuffer());
    const userRules = JSON.stringify(rulesOf(baseline.raw.worksheets[0]));
    const rules = buildHighlightRules(
      [{ row: 7, lastRow: 7, state: 'overdue', lead: ['VP'] }, { row: 8, lastRow: 8, state: 'due_soon', lead: [] }],
      { firstColumn: 1, lastColumn: 5 },
    );
    await port.applyHighlights(ws.name, rules);
    await port.applyHighlights(ws.name, rules); // again: replaces, does not pile up
    expect(rulesOf(ws)).toHaveLength(3);

    // Through a file and back, as the user would receive it.
    const reopened = await open(await port.toBuffer());
    const ws2 = reopened.raw.worksheets[0];
    const ours = rulesOf(ws2).filter((cf) => cf.rules.some((r) => 'formulae' in r && (r.formulae ?? []).some((f: unknown) => isPhulucRuleFormula(String(f)))));
    expect(ours.map((cf) => cf.ref).sort()).toEqual(['A7:E7', 'A8:E8']);
    expect(await reopened.clearHighlights(ws2.name)).toBe(2);
    expect(await reopened.clearHighlights(ws2.name)).toBe(0);
    expect(rulesOf(ws2)).toHaveLength(1);
    expect(rulesOf(ws2)[0].ref).toBe('D7:D56');
    expect(JSON.stringify(rulesOf(ws2))).toBe(userRules);
    expect(ws2.getCell('B7').fill).toMatchObject({ fgColor: { argb: 'FFFFFF00' } });
  });
});

describe('writeSummarySheet', () => {
  it('writes real tables with formats, and replaces its own summary in place', async () => {
    const port = await open(await fs.readFile(path.join(FIXTURES, 'sct-2021.xlsx')));
    await port.writeSummarySheet(model('Tổng hợp Q4-2021'));
    await port.writeSummarySheet(model('Tổng hợp Q4-2021'));
    const reopened = await open(await port.toBuffer());
    expect(reopened.raw.worksheets.map((w) => w.name)).toEqual(['Phụ lục', 'Tổng hợp Q4-2021']);
    const ws = reopened.raw.getWorksheet('Tổng hợp Q4-2021')!;
    const tables = (ws as unknown as { tables: Record<string, { table: { tableRef?: string; ref?: string } }> }).tables;
    expect(Object.keys(tables)).toEqual(['PL_Test_LinhVuc']);
    let found: ExcelJS.Cell | null = null;
    ws.eachRow((row) => row.eachCell((c) => { if (c.value === 'I. Cải cách thể chế') found = c; }));
    expect(found).not.toBeNull();
    const row = (found as unknown as ExcelJS.Cell).row as unknown as number;
    expect((ws.getCell(Number(row), 2).value as Date).toISOString().slice(0, 10)).toBe('2025-03-31');
    expect(ws.getCell(Number(row), 2).numFmt).toBe('dd/mm/yyyy');
    expect(ws.getCell(Number(row), 3).numFmt).toBe('0.0%');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
  });

  it("never overwrites a user's sheet that has the summary's name", async () => {
    const port = await build((wb) => {
      wb.addWorksheet('Phụ lục').getCell('A1').value = 'x';
      wb.addWorksheet('Tổng hợp Q1-2025').getCell('A1').value = 'ghi chép của tôi';
    });
    await expect(port.writeSummarySheet(model('Tổng hợp Q1-2025'))).rejects.toBeInstanceOf(WorkbookActionError);
    expect(port.raw.getWorksheet('Tổng hợp Q1-2025')!.getCell('A1').value).toBe('ghi chép của tôi');
    expect(port.raw.worksheets).toHaveLength(2);
  });

  it('leaves the workbook as it was when drawing the sheet fails midway', async () => {
    const port = await open(await fs.readFile(path.join(FIXTURES, 'sct-2021.xlsx')));
    await port.writeSummarySheet(model('Tổng hợp Q4-2021'));
    const before = port.raw.worksheets.map((w) => w.name);
    const spy = jest.spyOn(summarySheet, 'renderSummarySheet').mockImplementation((ws) => {
      ws.getCell('A1').value = 'half';
      throw new Error('disk full');
    });
    await expect(port.writeSummarySheet(model('Tổng hợp Q4-2021'))).rejects.toThrow('disk full');
    spy.mockRestore();
    expect(port.raw.worksheets.map((w) => w.name)).toEqual(before);
    expect(port.raw.getWorksheet('Tổng hợp Q4-2021')!.getCell('A1').value).not.toBe('half');
  });
});

describe('settings', () => {
  it('round-trip through the file in a hidden sheet that is not listed as a plan sheet', async () => {
    const port = await open(await fs.readFile(path.join(FIXTURES, 'sct-2021.xlsx')));
    expect(await port.readSettings()).toBeNull();
    await port.writeSettings({ ...DEFAULT_SETTINGS, dueSoonDays: 7, unitAliases: { 'Văn phòng Sở': ['VP'] } });
    const reopened = await open(await port.toBuffer());
    expect(await reopened.readSettings()).toMatchObject({ dueSoonDays: 7, unitAliases: { 'Văn phòng Sở': ['VP'] } });
    expect((await reopened.listSheets()).map((s) => s.name)).toEqual(['Phụ lục']);
  });
});
