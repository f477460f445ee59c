/** The one-sync actions: with office-addin-mock where it can express them, else the fake. */
import { OfficeMockObject } from 'office-addin-mock';
import { DEFAULT_SETTINGS, readSettings } from '../../core/settings';
import type { OfficeCapabilities } from './capabilities';
import { createOfficeWorkbook, SETTINGS_KEY } from './officeWorkbook';
import type { ExcelRunner } from './runner';
import { FakeExcel } from './testing/fakeExcel';
import { ALL_CAPABILITIES } from './testing/capabilities';

const ALL: OfficeCapabilities = ALL_CAPABILITIES;

function mockRun(seed: Record<string, unknown>) {
  const context = new OfficeMockObject(seed);
  const sync = jest.spyOn(context, 'sync');
  const run: ExcelRunner = (batch) => batch(context as unknown as Excel.RequestContext);
  return { run, sync };
}

describe('with office-addin-mock', () => {
  it('activeSheetName loads the name in 1 sync', async () => {
    const { run, sync } = mockRun({
      workbook: {
        worksheets: {
          active: { name: 'Phụ lục 1' },
          getActiveWorksheet(this: { active: unknown }) {
            return this.active;
          },
        },
      },
    });
    expect(await createOfficeWorkbook(run, { capabilities: ALL }).activeSheetName()).toBe('Phụ lục 1');
    expect(sync).toHaveBeenCalledTimes(1);
  });

  it('readSettings parses the stored JSON string', async () => {
    const stored = { ...DEFAULT_SETTINGS, dueSoonDays: 7 };
    const getItem = jest.fn(function (this: { item: unknown }) {
      return this.item;
    });
    const { run, sync } = mockRun({ workbook: { settings: { item: { value: JSON.stringify(stored) }, getItemOrNullObject: getItem } } });
    const raw = await createOfficeWorkbook(run, { capabilities: ALL }).readSettings();
    expect(getItem).toHaveBeenCalledWith(SETTINGS_KEY);
    expect(readSettings(raw).settings.dueSoonDays).toBe(7);
    expect(sync).toHaveBeenCalledTimes(1);
  });

  it('writeSettings stores JSON under phuluc.settings in 1 sync', async () => {
    const add = jest.fn();
    const { run, sync } = mockRun({ workbook: { settings: { add } } });
    await createOfficeWorkbook(run, { capabilities: ALL }).writeSettings({ ...DEFAULT_SETTINGS, includeDone: true });
    expect(add).toHaveBeenCalledTimes(1);
    expect(add.mock.calls[0][0]).toBe('phuluc.settings');
    expect(JSON.parse(add.mock.calls[0][1] as string)).toMatchObject({ includeDone: true, version: 1 });
    expect(sync).toHaveBeenCalledTimes(1);
  });
});

describe('with the fake Excel', () => {
  it('lists sheets in order with their visibility', async () => {
    const excel = new FakeExcel();
    excel.addSheet('Phụ lục');
    excel.addSheet('Danh mục').visibility = 'Hidden';
    excel.addSheet('Tổng hợp Q3-2025');
    const sheets = await createOfficeWorkbook(excel.run, { capabilities: ALL }).listSheets();
    expect(sheets).toEqual([
      { name: 'Phụ lục', visible: true },
      { name: 'Danh mục', visible: false },
      { name: 'Tổng hợp Q3-2025', visible: true },
    ]);
    expect(excel.syncCount).toBe(1);
  });

  it('sheetExists ignores case like Excel', async () => {
    const excel = new FakeExcel();
    excel.addSheet('Phụ lục');
    const port = createOfficeWorkbook(excel.run, { capabilities: ALL });
    expect(await port.sheetExists('phụ lục')).toBe(true);
    expect(await port.sheetExists('Tổng hợp')).toBe(false);
  });

  it('settings round-trip; none saved → null; damaged → null', async () => {
    const excel = new FakeExcel();
    excel.addSheet('Phụ lục');
    const port = createOfficeWorkbook(excel.run, { capabilities: ALL });
    expect(await port.readSettings()).toBeNull();
    const settings = { ...DEFAULT_SETTINGS, unitAliases: { 'Văn phòng Sở': ['VP Sở'] } };
    await port.writeSettings(settings);
    expect(typeof excel.settings.get(SETTINGS_KEY)).toBe('string');
    expect(await port.readSettings()).toEqual(settings);
    excel.settings.set(SETTINGS_KEY, '{"dueSoonDays": 7');
    expect(await port.readSettings()).toBeNull();
  });
});
