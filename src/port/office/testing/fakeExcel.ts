/**
 * A hand-written fake of the Excel object model, for the adapter's tests (see fakeState.ts for
 * what it models and why). Usage:
 *   const excel = new FakeExcel();
 *   const plan = excel.addSheet('Phụ lục', [['STT', 'Nhiệm vụ'], [1, 'Rà soát']]);
 *   const port = createOfficeWorkbook(excel.run, { capabilities: ALL });
 *   excel.syncCount  // round trips so far
 */
import type { CellRange } from '../../../core/types';
import type { ExcelRunner } from '../runner';
import { Binding, FakeContext, Loadable, loadPaths, parseFakeAddress } from './fakeBase';
import { FakeRange } from './fakeRange';
import type { FakeWorkbookHost } from './fakeRange';
import type { FakeChart, FakeSheet, FakeTable, FakeValue } from './fakeState';
import { checkSheetName, FakeExcelError, intersects, MAX_COLUMNS, MAX_ROWS, newSheet, putValues, usedArea } from './fakeState';

export class FakeExcel implements FakeWorkbookHost {
  sheets: FakeSheet[] = [];
  tables: FakeTable[] = [];
  settings = new Map<string, unknown>();
  active: FakeSheet | null = null;
  syncCount = 0;
  runCount = 0;
  nextRuleId = 1;
  /** Operations that fail when their sync runs ("charts.add", "tables.add", "range.values", …). */
  failOn = new Set<string>();
  /** Cells one sync may read before the host answers RequestPayloadSizeLimitExceeded. */
  maxCellsPerSync = Infinity;
  private cellsRead = 0;

  addSheet(name: string, values: (FakeValue | null)[][] = []): FakeSheet {
    const sheet = newSheet(name);
    putValues(sheet, values);
    this.sheets.push(sheet);
    this.active ??= sheet;
    return sheet;
  }

  sheet(name: string): FakeSheet {
    const sheet = this.sheets.find((s) => s.name === name);
    if (!sheet) throw new Error(`no sheet ${name}`);
    return sheet;
  }

  maybeFail(operation: string): void {
    if (this.failOn.has(operation)) throw new FakeExcelError('GeneralException', `injected failure: ${operation}`);
  }

  startSync(): void {
    this.cellsRead = 0;
  }

  countRead(cells: number): void {
    this.cellsRead += cells;
    if (this.cellsRead > this.maxCellsPerSync) {
      throw new FakeExcelError('RequestPayloadSizeLimitExceeded', 'The request payload size has exceeded the limit.');
    }
  }

  /** Stands in for Excel.run. Commands queued after the last sync are an error: the adapter must sync them. */
  run: ExcelRunner = async (batch) => {
    this.runCount++;
    const context = new FakeContext(this);
    const result = await batch(new FakeRequestContext(context) as unknown as Excel.RequestContext);
    if (context.pending > 0) throw new Error(`fake Excel: ${context.pending} command(s) queued but never synced`);
    return result;
  };
}

class FakeRequestContext {
  readonly workbook: FakeWorkbookProxy;
  constructor(private readonly context: FakeContext) {
    this.workbook = new FakeWorkbookProxy(context);
  }
  sync(): Promise<void> {
    return this.context.sync();
  }
}

function host(ctx: FakeContext): FakeExcel {
  return ctx.host as FakeExcel;
}

class FakeWorkbookProxy {
  readonly worksheets: FakeWorksheets;
  readonly tables: FakeWorkbookTables;
  readonly settings: FakeSettings;
  constructor(ctx: FakeContext) {
    this.worksheets = new FakeWorksheets(ctx);
    this.tables = new FakeWorkbookTables(ctx);
    this.settings = new FakeSettings(ctx);
  }
}

class FakeWorksheets {
  private items_: FakeWorksheet[] | undefined;
  constructor(private readonly ctx: FakeContext) {}

  load(spec?: string | string[]): this {
    const paths = loadPaths(spec, true);
    this.ctx.enqueue(() => {
      this.items_ = host(this.ctx).sheets.map((sheet) => {
        const proxy = new FakeWorksheet(this.ctx, new Binding(() => sheet), false);
        for (const path of paths) proxy.preload(path, proxy.snapshotNow(path));
        return proxy;
      });
    });
    return this;
  }
  get items(): FakeWorksheet[] {
    if (!this.items_) throw new FakeExcelError('PropertyNotLoaded', 'items before load');
    return this.items_;
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    const find = () => host(this.ctx).sheets.find((s) => s.name.toLowerCase() === name.toLowerCase()) ?? null;
    return new FakeWorksheet(this.ctx, new Binding(find), true);
  }
  getItem(name: string): FakeWorksheet {
    const find = () => host(this.ctx).sheets.find((s) => s.name.toLowerCase() === name.toLowerCase()) ?? null;
    return new FakeWorksheet(this.ctx, new Binding(find), false);
  }
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, new Binding(() => host(this.ctx).active), false);
  }
  add(name: string): FakeWorksheet {
    const binding = new Binding<FakeSheet>(() => null);
    this.ctx.enqueue(() => {
      const fake = host(this.ctx);
      fake.maybeFail('worksheets.add');
      checkSheetName(name, fake.sheets);
      const sheet = newSheet(name);
      fake.sheets.push(sheet);
      binding.bind(sheet);
    });
    return new FakeWorksheet(this.ctx, binding, false);
  }
}

export class FakeWorksheet extends Loadable {
  private nullFlag: boolean | undefined;
  constructor(
    ctx: FakeContext,
    private readonly binding: Binding<FakeSheet>,
    orNull: boolean,
  ) {
    super(ctx);
    if (orNull) this.ctx.enqueue(() => (this.nullFlag = this.binding.get() === null));
    else this.nullFlag = false;
  }

  private sheet(): FakeSheet {
    const sheet = this.binding.get();
    if (!sheet || !host(this.ctx).sheets.includes(sheet)) throw new FakeExcelError('ItemNotFound', 'the sheet does not exist');
    return sheet;
  }

  snapshotNow(path: string): unknown {
    return this.snapshot(path);
  }
  protected snapshot(path: string): unknown {
    const sheet = this.sheet();
    if (path === 'name') return sheet.name;
    if (path === 'visibility') return sheet.visibility;
    if (path === 'position') return host(this.ctx).sheets.indexOf(sheet);
    throw new FakeExcelError('InvalidArgument', `the fake cannot load ${path}`);
  }

  get isNullObject(): boolean {
    if (this.nullFlag === undefined) throw new FakeExcelError('PropertyNotLoaded', 'isNullObject before sync');
    return this.nullFlag;
  }
  get name(): string {
    return this.readLoaded('name');
  }
  set name(value: string) {
    this.ctx.enqueue(() => {
      const sheet = this.sheet();
      host(this.ctx).maybeFail('worksheet.name');
      checkSheetName(value, host(this.ctx).sheets.filter((s) => s !== sheet));
      sheet.name = value;
    });
  }
  get visibility(): string {
    return this.readLoaded('visibility');
  }
  get position(): number {
    return this.readLoaded('position');
  }
  set position(value: number) {
    this.ctx.enqueue(() => {
      const sheets = host(this.ctx).sheets;
      const sheet = this.sheet();
      sheets.splice(sheets.indexOf(sheet), 1);
      sheets.splice(Math.min(value, sheets.length), 0, sheet);
    });
  }

  getRange(address?: string): FakeRange {
    const whole: CellRange = { top: 1, left: 1, bottom: MAX_ROWS, right: MAX_COLUMNS };
    return new FakeRange(this.ctx, this.binding, () => (address ? parseFakeAddress(address) : whole));
  }
  getUsedRangeOrNullObject(): FakeRange {
    return new FakeRange(this.ctx, this.binding, () => usedArea(this.sheet()), true);
  }

  get tables() {
    return {
      add: (source: FakeRange, hasHeaders: boolean): FakeTableProxy => {
        const table = new FakeTableProxy(this.ctx);
        this.ctx.enqueue(() => {
          const fake = host(this.ctx);
          fake.maybeFail('tables.add');
          const sheet = this.sheet();
          const range = source.bounds();
          if (!hasHeaders) throw new FakeExcelError('InvalidArgument', 'the fake expects headers');
          if (fake.tables.some((t) => t.sheet === sheet && intersects(t.range, range))) {
            throw new FakeExcelError('InvalidOperation', 'tables cannot overlap');
          }
          let n = 1;
          while (fake.tables.some((t) => t.name.toLowerCase() === `table${n}`)) n++;
          const created: FakeTable = { name: `Table${n}`, sheet, range };
          fake.tables.push(created);
          table.target = created;
        });
        return table;
      },
    };
  }

  get charts() {
    return {
      add: (type: string, source: FakeRange, seriesBy: string) => {
        let chart: FakeChart | null = null;
        this.ctx.enqueue(() => {
          host(this.ctx).maybeFail('charts.add');
          const sheet = this.sheet();
          chart = { type, source: source.bounds(), seriesBy, title: null, legendPosition: null, position: null, seriesFills: [] };
          sheet.charts.push(chart);
        });
        const onChart = (change: (c: FakeChart) => void) =>
          this.ctx.enqueue(() => {
            if (!chart) throw new FakeExcelError('ItemNotFound', 'chart was not created');
            change(chart);
          });
        return {
          title: { set text(value: string) { onChart((c) => (c.title = value)); } },
          legend: { set position(value: string) { onChart((c) => (c.legendPosition = value)); } },
          setPosition: (start: string, end: string) => onChart((c) => (c.position = [start, end])),
          series: {
            getItemAt: (index: number) => ({
              format: {
                fill: {
                  setSolidColor: (colour: string) =>
                    onChart((c) => {
                      const count = c.seriesBy === 'Columns' ? c.source.right - c.source.left : c.source.bottom - c.source.top;
                      if (index >= count) throw new FakeExcelError('ItemNotFound', `no series ${index}`);
                      c.seriesFills[index] = colour;
                    }),
                },
              },
            }),
          },
        };
      },
    };
  }

  get freezePanes() {
    return { freezeRows: (count: number) => this.ctx.enqueue(() => (this.sheet().frozenRows = count)) };
  }

  delete(): void {
    this.ctx.enqueue(() => {
      const fake = host(this.ctx);
      const sheet = this.sheet();
      fake.maybeFail('worksheet.delete');
      if (fake.sheets.filter((s) => s.visibility === 'Visible' && s !== sheet).length === 0) {
        throw new FakeExcelError('InvalidOperation', 'a workbook must keep one visible sheet');
      }
      fake.sheets = fake.sheets.filter((s) => s !== sheet);
      fake.tables = fake.tables.filter((t) => t.sheet !== sheet);
      if (fake.active === sheet) fake.active = fake.sheets[0] ?? null;
    });
  }
  activate(): void {
    this.ctx.enqueue(() => (host(this.ctx).active = this.sheet()));
  }
}

class FakeTableProxy extends Loadable {
  target: FakeTable | null = null;
  protected snapshot(path: string): unknown {
    if (!this.target) throw new FakeExcelError('ItemNotFound', 'table');
    if (path === 'name') return this.target.name;
    if (path === 'worksheet/name') return this.target.sheet.name;
    throw new FakeExcelError('InvalidArgument', `the fake cannot load ${path}`);
  }
  snapshotNow(path: string): unknown {
    return this.snapshot(path);
  }
  get name(): string {
    return this.readLoaded('name');
  }
  set name(value: string) {
    this.ctx.enqueue(() => {
      const table = this.target;
      if (!table || !host(this.ctx).tables.includes(table)) throw new FakeExcelError('ItemNotFound', 'table');
      if (!/^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(value)) throw new FakeExcelError('InvalidArgument', `bad table name ${value}`);
      if (host(this.ctx).tables.some((t) => t !== table && t.name.toLowerCase() === value.toLowerCase())) {
        throw new FakeExcelError('InvalidArgument', `a table named ${value} already exists`);
      }
      table.name = value;
    });
  }
  get worksheet(): { name: string } {
    return { name: this.readLoaded<string>('worksheet/name') };
  }
}

class FakeWorkbookTables {
  private items_: FakeTableProxy[] | undefined;
  constructor(private readonly ctx: FakeContext) {}
  load(spec?: string | string[]): this {
    const paths = loadPaths(spec, true);
    this.ctx.enqueue(() => {
      this.items_ = host(this.ctx).tables.map((table) => {
        const proxy = new FakeTableProxy(this.ctx);
        proxy.target = table;
        for (const path of paths) proxy.preload(path, proxy.snapshotNow(path));
        return proxy;
      });
    });
    return this;
  }
  get items(): FakeTableProxy[] {
    if (!this.items_) throw new FakeExcelError('PropertyNotLoaded', 'items before load');
    return this.items_;
  }
}

class FakeSettings {
  constructor(private readonly ctx: FakeContext) {}
  getItemOrNullObject(name: string) {
    const ctx = this.ctx;
    let nullFlag: boolean | undefined;
    const setting = new (class extends Loadable {
      protected snapshot(path: string): unknown {
        if (path !== 'value') throw new FakeExcelError('InvalidArgument', `the fake cannot load ${path}`);
        return host(ctx).settings.get(name) ?? null;
      }
      get value(): unknown {
        return this.readLoaded('value');
      }
      get isNullObject(): boolean {
        if (nullFlag === undefined) throw new FakeExcelError('PropertyNotLoaded', 'isNullObject before sync');
        return nullFlag;
      }
    })(ctx);
    ctx.enqueue(() => (nullFlag = !host(ctx).settings.has(name)));
    return setting;
  }
  add(name: string, value: unknown): void {
    this.ctx.enqueue(() => host(this.ctx).settings.set(name, value));
  }
}
