/**
 * Every assignment cell of the fixture workbooks against the expected reading
 * (test/fixtures/expected/*.json: leadPresent, and supportPresent where the plan has split columns).
 */
import * as path from 'path';
import * as fs from 'fs';
import ExcelJS from 'exceljs';
import { cleanText, fold } from './text';
import type { Assignment } from './types';
import { assignmentFromColumns, parseAssignment } from './units';

const FIXTURES = path.resolve(__dirname, '../../test/fixtures');

interface ExpectedTask {
  row: number;
  leadPresent: boolean;
  supportPresent?: boolean;
}

interface Expected {
  file: string;
  sheet: string;
  columns?: Record<string, string>;
  tasks: ExpectedTask[] | number;
}

/** A cell as text: rich text joined, formulas by their result; a merged cell gives its master's value. */
function cellString(sheet: ExcelJS.Worksheet, address: string): string | null {
  const value = sheet.getCell(address).master.value;
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString();
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('result' in value) return value.result === undefined || value.result === null ? null : String(value.result);
  if ('text' in value) return String(value.text);
  return null;
}

async function openSheet(file: string, sheetName: string): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path.join(FIXTURES, file));
  const sheet = workbook.getWorksheet(sheetName);
  if (!sheet) throw new Error(`${file}: no sheet ${sheetName}`);
  return sheet;
}

function readExpected(name: string): Expected {
  return JSON.parse(fs.readFileSync(path.join(FIXTURES, 'expected', name), 'utf8')) as Expected;
}

const withRows = fs
  .readdirSync(path.join(FIXTURES, 'expected'))
  .filter((name) => name.endsWith('.json'))
  .map(readExpected)
  .filter((expected) => Array.isArray(expected.tasks) && expected.columns);

describe('assignment cells of the fixture workbooks', () => {
  it('covers the workbooks with a combined column and the one with split columns', () => {
    expect(withRows.filter((e) => e.columns?.assignment).length).toBeGreaterThanOrEqual(4);
    expect(withRows.filter((e) => e.columns?.lead && e.columns?.support).length).toBeGreaterThanOrEqual(1);
  });

  for (const expected of withRows) {
    it(`${expected.file}: a lead exactly where expected`, async () => {
      const sheet = await openSheet(expected.file, expected.sheet);
      const columns = expected.columns ?? {};
      const tasks = expected.tasks as ExpectedTask[];
      const wrong: string[] = [];
      for (const task of tasks) {
        const cell = (field: string) => (columns[field] ? cellString(sheet, `${columns[field]}${task.row}`) : null);
        const assignment: Assignment = columns.assignment
          ? parseAssignment(cell('assignment') ?? '')
          : assignmentFromColumns(cell('lead'), cell('support'));
        const leadOk = assignment.lead.length > 0 === task.leadPresent;
        const supportOk = task.supportPresent === undefined || assignment.support.length > 0 === task.supportPresent;
        if (!leadOk || !supportOk) wrong.push(`row ${task.row}: ${JSON.stringify(assignment)}`);
      }
      expect(wrong).toEqual([]);
      // Both outcomes occur in the combined-column plans, so the check above can fail either way.
      if (expected.file === 'sct-khanh-hoa-2025.xlsx') {
        expect(tasks.some((t) => !t.leadPresent)).toBe(true);
        expect(tasks.some((t) => t.leadPresent)).toBe(true);
      }
    });
  }

  it('reads the PDF conversion (HTML, repeated headers) as the original where the text is the same', async () => {
    const original = await openSheet('sct-khanh-hoa-2025.xlsx', 'Phụ lục');
    const converted = await openSheet('sct-khanh-hoa-2025-tu-pdf.xlsx', readExpected('sct-khanh-hoa-2025-tu-pdf.json').sheet);
    const key = (text: string) => fold(cleanText(text).replace(/(^|\n)\s*-\s*/g, ' '));
    const originals = new Map<string, Assignment>();
    original.getColumn(5).eachCell((_cell, row) => {
      const text = cellString(original, `E${row}`);
      if (text && row > 5) originals.set(key(text), parseAssignment(text));
    });
    let compared = 0;
    converted.getColumn(5).eachCell((_cell, row) => {
      const text = cellString(converted, `E${row}`);
      const same = text ? originals.get(key(text)) : undefined;
      if (!text || !same) return;
      compared++;
      expect({ row, ...parseAssignment(text) }).toEqual({ row, ...same });
    });
    expect(compared).toBeGreaterThanOrEqual(25);
  });

  it('names the units of typical cells', async () => {
    const sheet = await openSheet('sxd-khanh-hoa-2025.xlsx', 'Phụ lục');
    expect(parseAssignment(cellString(sheet, 'E7') ?? '')).toEqual({
      lead: ['Văn phòng Sở'],
      support: ['các phòng, ban, đơn vị thuộc và trực thuộc Sở'],
    });
    expect(parseAssignment(cellString(sheet, 'E39') ?? '')).toEqual({
      lead: ['Văn phòng Sở'],
      support: ['Thanh tra Sở', 'Cảng vụ đường thủy nội địa', 'các đơn vị sự nghiệp trực thuộc'],
    });
    expect(parseAssignment(cellString(sheet, 'E16') ?? '')).toEqual({
      lead: ['Công chức cử làm việc tại Trung tâm hành chính công tỉnh'],
      support: [],
    });
  });
});
