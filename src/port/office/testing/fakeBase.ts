/** The queue-and-load machinery shared by the fake Excel proxies (see fakeState.ts). */
import type { CellRange } from '../../../core/types';
import { columnNumber } from '../../../core/text';
import type { FakeSheet } from './fakeState';
import { FakeExcelError, MAX_COLUMNS, MAX_ROWS } from './fakeState';

export interface FakeHost {
  sheets: FakeSheet[];
  syncCount: number;
  failOn: Set<string>;
  maybeFail(operation: string): void;
  countRead(cells: number): void;
  startSync(): void;
}

export class FakeContext {
  private queue: (() => void)[] = [];
  constructor(readonly host: FakeHost) {}

  enqueue(operation: () => void): void {
    this.queue.push(operation);
  }

  get pending(): number {
    return this.queue.length;
  }

  /** Run the queued commands in order; the first failure fails the sync and drops the rest. */
  async sync(): Promise<void> {
    this.host.syncCount++;
    this.host.startSync();
    const operations = this.queue;
    this.queue = [];
    for (const operation of operations) operation();
  }
}

/** Load specs ("a,b", ["a","b"], "items/a, items/b") as a list of property paths. */
export function loadPaths(spec: string | string[] | undefined, dropItems = false): string[] {
  const list = spec === undefined ? [] : Array.isArray(spec) ? spec : spec.split(',');
  return list
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => (dropItems && p.startsWith('items/') ? p.slice('items/'.length) : p));
}

/** A proxy whose properties are readable only after load() and a sync. */
export abstract class Loadable {
  protected loaded = new Map<string, unknown>();
  constructor(protected readonly ctx: FakeContext) {}

  protected abstract snapshot(path: string): unknown;

  /** A null object loads nothing and does not fail (Office.js *OrNullObject). */
  protected isNullNow(): boolean {
    return false;
  }

  readLoaded<T>(path: string): T {
    if (!this.loaded.has(path)) {
      throw new FakeExcelError('PropertyNotLoaded', `${path} was read before load() and sync()`);
    }
    return this.loaded.get(path) as T;
  }

  /** Loads are queued: the value is taken when the sync runs. */
  load(spec?: string | string[]): this {
    const paths = loadPaths(spec);
    this.ctx.enqueue(() => {
      if (this.isNullNow()) return;
      for (const path of paths) this.loaded.set(path, this.snapshot(path));
    });
    return this;
  }

  /** For collections: set what a load of the collection gives each item. */
  preload(path: string, value: unknown): void {
    this.loaded.set(path, value);
  }
}

/** Lazily resolved reference that binds to its target the first time a sync needs it, like Office.js ids. */
export class Binding<T> {
  private target: T | null | undefined;
  constructor(private readonly find: () => T | null) {}
  get(): T | null {
    if (this.target === undefined) this.target = this.find();
    return this.target;
  }
  bind(target: T): void {
    this.target = target;
  }
}

/** Addresses the fake understands: "A1", "A1:C10", "A:C", "3:5". */
export function parseFakeAddress(address: string): CellRange {
  const part = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const [a, b = a] = part.replace(/\$/g, '').split(':');
  const cell = /^([A-Z]+)(\d+)$/i;
  const col = /^([A-Z]+)$/i;
  const row = /^(\d+)$/;
  let m1 = cell.exec(a);
  let m2 = cell.exec(b);
  if (m1 && m2) {
    return {
      top: Math.min(+m1[2], +m2[2]),
      left: Math.min(columnNumber(m1[1]), columnNumber(m2[1])),
      bottom: Math.max(+m1[2], +m2[2]),
      right: Math.max(columnNumber(m1[1]), columnNumber(m2[1])),
    };
  }
  m1 = col.exec(a);
  m2 = col.exec(b);
  if (m1 && m2) return { top: 1, bottom: MAX_ROWS, left: columnNumber(m1[1]), right: columnNumber(m2[1]) };
  m1 = row.exec(a);
  m2 = row.exec(b);
  if (m1 && m2) return { top: +m1[1], bottom: +m2[1], left: 1, right: MAX_COLUMNS };
  throw new FakeExcelError('InvalidArgument', `bad address ${address}`);
}
