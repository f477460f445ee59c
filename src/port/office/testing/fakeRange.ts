/** Fake Excel ranges: values, number formats, formats, conditional formats, merges, validation. */
import type { CellRange } from '../../../core/types';
import { Binding, FakeContext, Loadable, loadPaths } from './fakeBase';
import type { FakeHost } from './fakeBase';
import type { FakeRule, FakeSheet, FakeValue } from './fakeState';
import { areaAddress, ensureCell, FakeExcelError, FORMAT_DEFAULTS, getCell, intersects, key } from './fakeState';

export interface FakeWorkbookHost extends FakeHost {
  nextRuleId: number;
}

function requireSheet(host: FakeHost, binding: Binding<FakeSheet>): FakeSheet {
  const sheet = binding.get();
  if (!sheet || !host.sheets.includes(sheet)) throw new FakeExcelError('ItemNotFound', 'the sheet does not exist');
  return sheet;
}

function cellsOf(area: CellRange): number {
  return (area.bottom - area.top + 1) * (area.right - area.left + 1);
}

export class FakeRange extends Loadable {
  private readonly area: Binding<CellRange>;
  private nullFlag: boolean | undefined;

  constructor(
    ctx: FakeContext,
    readonly sheetBinding: Binding<FakeSheet>,
    area: () => CellRange | null,
    orNull = false,
  ) {
    super(ctx);
    this.area = new Binding(area);
    if (orNull) this.ctx.enqueue(() => (this.nullFlag = this.area.get() === null));
    else this.nullFlag = false;
  }

  protected override isNullNow(): boolean {
    return this.area.get() === null;
  }

  get host(): FakeWorkbookHost {
    return this.ctx.host as FakeWorkbookHost;
  }

  get isNullObject(): boolean {
    if (this.nullFlag === undefined) throw new FakeExcelError('PropertyNotLoaded', 'isNullObject before sync');
    return this.nullFlag;
  }

  sheet(): FakeSheet {
    return requireSheet(this.host, this.sheetBinding);
  }

  bounds(): CellRange {
    const area = this.area.get();
    if (!area) throw new FakeExcelError('ItemNotFound', 'null range');
    return area;
  }

  private grid<T>(read: (row: number, column: number) => T): T[][] {
    const a = this.bounds();
    const out: T[][] = [];
    for (let r = a.top; r <= a.bottom; r++) {
      const line: T[] = [];
      for (let c = a.left; c <= a.right; c++) line.push(read(r, c));
      out.push(line);
    }
    return out;
  }

  protected snapshot(path: string): unknown {
    const a = this.bounds();
    const sheet = this.sheet();
    switch (path) {
      case 'values':
        this.host.countRead(cellsOf(a));
        return this.grid((r, c) => getCell(sheet, r, c)?.value ?? '');
      case 'numberFormat':
        this.host.countRead(cellsOf(a));
        return this.grid((r, c) => getCell(sheet, r, c)?.numberFormat ?? 'General');
      case 'formulas':
        return this.grid((r, c) => {
          const cell = getCell(sheet, r, c);
          return cell?.formula ?? cell?.value ?? '';
        });
      case 'rowIndex':
        return a.top - 1;
      case 'columnIndex':
        return a.left - 1;
      case 'rowCount':
        return a.bottom - a.top + 1;
      case 'columnCount':
        return a.right - a.left + 1;
      case 'address':
        return areaAddress(sheet.name, a);
    }
    if (path.startsWith('format/')) {
      const formatKey = path.slice('format/'.length).replace(/\//g, '.');
      if (formatKey === 'columnWidth') return sheet.columnWidths.get(a.left) ?? 48;
      const cell = getCell(sheet, a.top, a.left);
      const fallback = formatKey.startsWith('borders.')
        ? { style: 'None', color: '#000000', weight: 'Thin' }[formatKey.split('.')[2]]
        : FORMAT_DEFAULTS[formatKey];
      return cell?.format[formatKey] ?? fallback ?? null;
    }
    throw new FakeExcelError('InvalidArgument', `the fake cannot load ${path}`);
  }

  private writeGrid(label: string, data: unknown, write: (row: number, column: number, v: unknown) => void) {
    this.ctx.enqueue(() => {
      this.host.maybeFail(`range.${label}`);
      const a = this.bounds();
      const rows = a.bottom - a.top + 1;
      const columns = a.right - a.left + 1;
      if (!Array.isArray(data) || data.length !== rows || data.some((row) => !Array.isArray(row) || row.length !== columns)) {
        throw new FakeExcelError('InvalidArgument', `${label}: array does not match ${rows}×${columns}`);
      }
      (data as unknown[][]).forEach((row, r) => row.forEach((v, c) => write(a.top + r, a.left + c, v)));
    });
  }

  get values(): FakeValue[][] {
    return this.readLoaded('values');
  }
  set values(data: FakeValue[][]) {
    this.writeGrid('values', data, (r, c, v) => {
      const cell = ensureCell(this.sheet(), r, c);
      // Like typing: text starting with "=" becomes a formula unless the cell is formatted as text.
      if (typeof v === 'string' && v.startsWith('=') && cell.numberFormat !== '@') {
        cell.formula = v;
        cell.value = '#NAME?';
      } else {
        delete cell.formula;
        cell.value = v as FakeValue;
      }
    });
  }

  get numberFormat(): string[][] {
    return this.readLoaded('numberFormat');
  }
  set numberFormat(data: string[][]) {
    this.writeGrid('numberFormat', data, (r, c, v) => (ensureCell(this.sheet(), r, c).numberFormat = String(v)));
  }

  get formulas(): unknown[][] {
    return this.readLoaded('formulas');
  }
  get rowIndex(): number {
    return this.readLoaded('rowIndex');
  }
  get columnIndex(): number {
    return this.readLoaded('columnIndex');
  }
  get rowCount(): number {
    return this.readLoaded('rowCount');
  }
  get columnCount(): number {
    return this.readLoaded('columnCount');
  }
  get address(): string {
    return this.readLoaded('address');
  }

  get format(): Record<string, unknown> {
    return formatProxy(this, []);
  }

  /** Queue setting a format property on every cell (or the column widths). */
  setFormat(path: string[], value: unknown): void {
    this.ctx.enqueue(() => {
      this.host.maybeFail(`format.${path.join('.')}`);
      const a = this.bounds();
      const sheet = this.sheet();
      if (path.join('.') === 'columnWidth') {
        for (let c = a.left; c <= a.right; c++) sheet.columnWidths.set(c, Number(value));
        return;
      }
      for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) ensureCell(sheet, r, c).format[path.join('.')] = value;
    });
  }

  get conditionalFormats(): FakeConditionalFormats {
    return new FakeConditionalFormats(this.ctx, this);
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.ctx, this);
  }

  get dataValidation() {
    const queueValidation = (field: 'rule' | 'prompt' | 'errorAlert', value: unknown) =>
      this.ctx.enqueue(() => {
        this.host.maybeFail('dataValidation');
        const a = this.bounds();
        const sheet = this.sheet();
        let entry = sheet.validations.find((v) => key(v.range.top, v.range.left) === key(a.top, a.left) && v.range.bottom === a.bottom && v.range.right === a.right);
        if (!entry) {
          if (field === 'rule' && sheet.validations.some((v) => intersects(v.range, a))) {
            throw new FakeExcelError('InvalidOperation', 'the range already has a different validation');
          }
          entry = { range: a, rule: null, prompt: null, errorAlert: null };
          sheet.validations.push(entry);
        }
        entry[field] = value;
      });
    return {
      clear: () =>
        this.ctx.enqueue(() => {
          const a = this.bounds();
          const sheet = this.sheet();
          sheet.validations = sheet.validations.filter((v) => !intersects(v.range, a));
        }),
      set rule(value: unknown) {
        queueValidation('rule', value);
      },
      set prompt(value: unknown) {
        queueValidation('prompt', value);
      },
      set errorAlert(value: unknown) {
        queueValidation('errorAlert', value);
      },
    };
  }

  copyFrom(source: FakeRange, copyType: string): void {
    this.ctx.enqueue(() => {
      this.host.maybeFail('copyFrom');
      if (copyType !== 'Formats') throw new FakeExcelError('InvalidArgument', 'the fake copies formats only');
      const from = source.bounds();
      const original = getCell(source.sheet(), from.top, from.left);
      const a = this.bounds();
      for (let r = a.top; r <= a.bottom; r++) {
        for (let c = a.left; c <= a.right; c++) {
          const cell = ensureCell(this.sheet(), r, c);
          cell.format = { ...(original?.format ?? {}) };
          cell.numberFormat = original?.numberFormat ?? 'General';
        }
      }
    });
  }
}

/** range.format, format.fill, format.font, format.borders.getItem(edge): reads loaded paths, queues writes. */
function formatProxy(range: FakeRange, path: string[]): Record<string, unknown> {
  return new Proxy({} as Record<string, unknown>, {
    get(_, prop) {
      if (typeof prop !== 'string') return undefined;
      if (prop === 'fill' || prop === 'font') return formatProxy(range, [...path, prop]);
      if (prop === 'borders') return { getItem: (edge: string) => formatProxy(range, [...path, 'borders', edge]) };
      if (prop === 'load') {
        return (spec: string | string[]) => range.load(loadPaths(spec).map((p) => ['format', ...path, p].join('/')));
      }
      return range.readLoaded(['format', ...path, prop].join('/'));
    },
    set(_, prop, value) {
      if (typeof prop !== 'string') return false;
      range.setFormat([...path, prop], value);
      return true;
    },
  });
}

export class FakeRangeAreas extends Loadable {
  private nullFlag: boolean | undefined;
  constructor(
    ctx: FakeContext,
    private readonly range: FakeRange,
  ) {
    super(ctx);
    this.ctx.enqueue(() => {
      this.range.host.maybeFail('getMergedAreas');
      const merges = this.merges();
      // Excel: "if the merged areas count in this range is more than 512, this method fails".
      if (merges.length > 512) throw new FakeExcelError('GeneralException', 'more than 512 merged areas');
      this.nullFlag = merges.length === 0;
    });
  }
  private merges(): CellRange[] {
    const a = this.range.bounds();
    return this.range.sheet().merges.filter((m) => intersects(m, a));
  }
  get isNullObject(): boolean {
    if (this.nullFlag === undefined) throw new FakeExcelError('PropertyNotLoaded', 'isNullObject before sync');
    return this.nullFlag;
  }
  get address(): string {
    return this.readLoaded('address');
  }
  protected snapshot(path: string): unknown {
    if (path !== 'address') throw new FakeExcelError('InvalidArgument', `the fake cannot load ${path}`);
    const sheet = this.range.sheet();
    return this.merges().map((m) => areaAddress(sheet.name, m)).join(', ');
  }
}

export class FakeConditionalFormats extends Loadable {
  private items_: FakeConditionalFormat[] | undefined;
  constructor(
    ctx: FakeContext,
    private readonly range: FakeRange,
  ) {
    super(ctx);
  }
  protected snapshot(): unknown {
    return null;
  }
  override load(spec?: string | string[]): this {
    const paths = loadPaths(spec, true);
    this.ctx.enqueue(() => {
      const a = this.range.bounds();
      const rules = this.range.sheet().rules.filter((rule) => intersects(rule.address, a));
      this.items_ = rules.map((rule) => {
        const item = new FakeConditionalFormat(this.ctx, this.range, rule.id);
        for (const path of paths) {
          if (path !== 'type') throw new FakeExcelError('InvalidArgument', `the fake cannot load items/${path}`);
          item.preload('type', rule.type);
        }
        return item;
      });
    });
    return this;
  }
  get items(): FakeConditionalFormat[] {
    if (!this.items_) throw new FakeExcelError('PropertyNotLoaded', 'items before load');
    return this.items_;
  }
  add(type: string): FakeConditionalFormat {
    const item = new FakeConditionalFormat(this.ctx, this.range, -1);
    this.ctx.enqueue(() => {
      this.range.host.maybeFail('conditionalFormats.add');
      const host = this.range.host;
      const rule: FakeRule = { id: host.nextRuleId++, type, address: this.range.bounds(), formula: null, fill: null };
      this.range.sheet().rules.push(rule);
      item.id = rule.id;
    });
    return item;
  }
}

export class FakeConditionalFormat extends Loadable {
  constructor(
    ctx: FakeContext,
    private readonly range: FakeRange,
    public id: number,
  ) {
    super(ctx);
  }
  protected snapshot(path: string): unknown {
    if (path === 'type') return this.rule().type;
    throw new FakeExcelError('InvalidArgument', `the fake cannot load ${path}`);
  }
  rule(): FakeRule {
    const rule = this.range.sheet().rules.find((r) => r.id === this.id);
    if (!rule) throw new FakeExcelError('ItemNotFound', 'conditional format was deleted');
    return rule;
  }
  get type(): string {
    return this.readLoaded('type');
  }
  get custom() {
    const owner = this;
    const ctx = this.ctx;
    const customRule = (): FakeRule => {
      const rule = owner.rule();
      if (rule.type !== 'Custom') throw new FakeExcelError('InvalidOperation', `a ${rule.type} rule has no custom part`);
      return rule;
    };
    const ruleProxy = new (class extends Loadable {
      protected snapshot(path: string): unknown {
        if (path !== 'formula') throw new FakeExcelError('InvalidArgument', `the fake cannot load ${path}`);
        return customRule().formula;
      }
      get formula(): string {
        return this.readLoaded('formula');
      }
      set formula(value: string) {
        ctx.enqueue(() => {
          if (!value.startsWith('=')) throw new FakeExcelError('InvalidArgument', 'formula must start with =');
          customRule().formula = value;
        });
      }
    })(this.ctx);
    return {
      rule: ruleProxy,
      format: {
        fill: {
          set color(value: string) {
            ctx.enqueue(() => (customRule().fill = value));
          },
        },
      },
    };
  }
  delete(): void {
    this.ctx.enqueue(() => {
      const sheet = this.range.sheet();
      const rule = this.rule();
      sheet.rules = sheet.rules.filter((r) => r !== rule);
    });
  }
}
