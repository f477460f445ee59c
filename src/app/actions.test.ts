/** The actions over a real workbook: picking the plan sheet, and errors as plain words. */
import { promises as fs } from 'fs';
import * as path from 'path';
import { resolvePeriod } from '../core/summary';
import { checkWorkbook, colourRows, writeSummary } from './actions';
import { openWorkbook } from './open';

const FIXTURE = path.join(__dirname, '..', '..', 'test', 'fixtures', 'sct-khanh-hoa-2025-theo-doi.xlsx');

async function open() {
  const r = await openWorkbook(await fs.readFile(FIXTURE), 'vi');
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('checkWorkbook', () => {
  it("never takes phuluc's own summary sheet for the plan, even when it is the active sheet", async () => {
    const wb = await open();
    const first = await checkWorkbook(wb, { asOf: '2025-12-20', lang: 'vi' });
    if (!first.ok) throw new Error(first.error.message);
    const written = await writeSummary(wb, first.value, resolvePeriod('q4', 2025), { lang: 'vi' });
    expect(written.ok).toBe(true);
    const reopened = await openWorkbook(await wb.toBuffer(), 'vi');
    if (!reopened.ok) throw new Error(reopened.error.message);
    reopened.value.raw.views = [{ activeTab: 1 } as never];
    expect(await reopened.value.activeSheetName()).toBe('Tổng hợp Q4-2025');
    const again = await checkWorkbook(reopened.value, { asOf: '2025-12-20', lang: 'vi' });
    expect(again.ok && again.value.sheet).toBe('Phụ lục');
  });

  it('says which sheets exist when the one asked for does not', async () => {
    const r = await checkWorkbook(await open(), { asOf: '2025-12-20', lang: 'en', sheet: 'Sheet9' });
    expect(r).toEqual({ ok: false, error: { code: 'sheet_not_found', message: 'There is no sheet "Sheet9". Sheets: Phụ lục.' } });
  });
});

describe('colourRows', () => {
  it('counts the rows it colours by kind, and reports a failing workbook in plain words', async () => {
    const wb = await open();
    const r = await checkWorkbook(wb, { asOf: '2025-12-20', lang: 'vi' });
    if (!r.ok) throw new Error(r.error.message);
    const coloured = await colourRows(wb, r.value);
    expect(coloured.ok && coloured.value.byKey).toEqual({ overdue: 3, unassigned: 4, due_soon: 11, done: 0 });
    jest.spyOn(wb, 'applyHighlights').mockRejectedValue(new Error('GeneralException\n    at x (y.js:1:1)'));
    const failed = await colourRows(wb, r.value, { lang: 'vi' });
    expect(failed).toEqual({ ok: false, error: { code: 'write_failed', message: expect.stringContaining('(GeneralException)') } });
    expect(!failed.ok && failed.error.message).not.toMatch(/at x/);
  });
});
