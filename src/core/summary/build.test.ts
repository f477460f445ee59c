import fc from 'fast-check';
import type { Analysis, IsoDate, Section, Task, TaskState } from '../types';
import { buildSummary, foldUnitKey } from './build';
import { resolvePeriod } from './periods';
import type { SummaryCounts } from './types';

function task(row: number, section: string | null, state: TaskState, due: IsoDate | null, lead: string[]): Task {
  return {
    row,
    lastRow: row,
    stt: String(row),
    section,
    subsection: null,
    task: `Nhiệm vụ dòng ${row}`,
    product: null,
    deadline: { text: due ?? 'Thường xuyên', kind: due ? 'date' : 'recurring', due, milestones: [], findings: [] },
    assignmentText: lead.join(', ') || null,
    lead,
    support: [],
    statusText: null,
    status: 'unknown',
    completedOn: null,
    note: null,
    state,
  };
}

function section(row: number, numeral: string, title: string): Section {
  return { row, numeral, title, taskCount: 0 };
}

function analysis(tasks: Task[], sections: Section[], asOf: IsoDate = '2025-10-10'): Analysis {
  return {
    sheet: 'Phụ lục',
    headerRow: 4,
    headerTop: 4,
    planYear: 2025,
    planYearSource: 'title',
    titleYear: null,
    asOf,
    dueSoonDays: 14,
    columns: {},
    firstColumn: 1,
    lastColumn: 6,
    lastRow: 40,
    sections,
    tasks,
    findings: [],
  };
}

const VP = 'Văn phòng Sở';
const KH = 'Phòng Kế hoạch';
const TT = 'Thanh tra Sở';

/** Quý III/2025 seen on 10/10/2025: one task of every kind, the expected counts worked out by hand. */
const plan = analysis(
  [
    task(5, null, 'done_on_time', '2025-03-31', [VP]),
    task(7, 'I', 'done_early', '2025-08-15', [VP]),
    task(8, 'I', 'done_late', '2025-09-30', ['VP Sở']),
    task(9, 'I', 'overdue', '2025-09-01', [KH, VP]),
    task(10, 'II', 'overdue', '2025-06-30', []),
    task(11, 'II', 'on_track', '2025-12-31', ['phòng kế hoạch']),
    task(12, 'II', 'due_soon', '2025-10-20', [KH]),
    task(13, 'II', 'ongoing', null, [VP]),
    task(14, 'III', 'no_fixed_deadline', null, []),
    task(15, 'III', 'no_deadline', null, [TT]),
    task(16, 'III', 'cancelled', '2025-08-01', []),
    task(17, 'III', 'done', null, [TT]),
    task(18, 'III', 'done', '2025-09-15', [TT]),
    task(20, 'III', 'done_on_time', '2025-11-30', [TT]),
  ],
  [section(6, 'I', 'Cải cách thể chế'), section(9, 'II', 'Cải cách TTHC'), section(14, 'III', 'Hiện đại hóa'), section(21, 'IV', 'Tài chính công')],
);
const q3 = resolvePeriod('q3', 2025);
const aliases = { [VP]: ['VP Sở'] };

describe('buildSummary on a hand-counted plan', () => {
  const summary = buildSummary(plan, q3, { unitAliases: aliases });

  it('counts the totals', () => {
    expect(summary.totals).toEqual({
      total: 14,
      dueInPeriod: 4,
      dueByEnd: 6,
      doneOnTime: 2,
      doneLate: 1,
      overdue: 2,
      inProgressOnTime: 2,
      recurring: 1,
      noFixedDeadline: 2,
      done: 6,
      cancelled: 1,
      rateDueByEnd: 4 / 6,
      rateAll: 6 / 13,
    });
  });

  it('carries the period, as-of date, plan year and sheet', () => {
    expect(summary).toMatchObject({ period: q3, asOf: '2025-10-10', planYear: 2025, sheet: 'Phụ lục' });
  });

  it('groups by section in sheet order, tasks before the first section first, empty sections kept', () => {
    expect(summary.bySection.map((s) => [s.numeral, s.title, s.total])).toEqual([
      [null, '(Không thuộc mục)', 1],
      ['I', 'Cải cách thể chế', 3],
      ['II', 'Cải cách TTHC', 4],
      ['III', 'Hiện đại hóa', 6],
      ['IV', 'Tài chính công', 0],
    ]);
    const one = summary.bySection[1];
    expect(one).toMatchObject({ dueInPeriod: 3, dueByEnd: 3, doneOnTime: 1, doneLate: 1, overdue: 1, done: 2 });
    expect(one.rateDueByEnd).toBeCloseTo(2 / 3);
    expect(one.states).toEqual({ done_early: 1, done_late: 1, overdue: 1 });
    const four = summary.bySection[4];
    expect([four.rateDueByEnd, four.rateAll]).toEqual([null, null]);
    expect(four.states).toEqual({});
  });

  it('names the no-section group in English when asked', () => {
    expect(buildSummary(plan, q3, { lang: 'en' }).bySection[0].title).toBe('(No section)');
  });

  it('groups units by alias and spelling, a task counting for each of its lead units', () => {
    expect(summary.byLead.map((u) => [u.unit, u.total])).toEqual([
      [VP, 5],
      [TT, 4],
      [KH, 3],
    ]);
    const kh = summary.byLead[2];
    expect(kh).toMatchObject({ overdue: 1, inProgressOnTime: 2, done: 0, dueByEnd: 1, rateDueByEnd: 0, rateAll: 0 });
    expect(summary.withoutLead).toMatchObject({ total: 3, cancelled: 1, overdue: 1, noFixedDeadline: 1 });
  });

  it('without aliases "VP Sở" is a unit of its own', () => {
    const units = buildSummary(plan, q3).byLead.map((u) => u.unit);
    expect(units).toContain('VP Sở');
    expect(units).toContain(VP);
  });

  it('counts a task once for a unit named twice', () => {
    const s = buildSummary(analysis([task(5, 'I', 'overdue', '2025-09-01', ['VP Sở', VP])], []), q3, { unitAliases: aliases });
    expect(s.byLead).toHaveLength(1);
    expect(s.byLead[0]).toMatchObject({ unit: VP, total: 1, overdue: 1 });
  });

  it('uses an injected unitKey', () => {
    const seen: string[] = [];
    const s = buildSummary(plan, q3, {
      unitKey: (name) => {
        seen.push(name);
        return 'one';
      },
    });
    expect(s.byLead).toHaveLength(1);
    expect(s.byLead[0].total).toBe(11);
    expect(seen).toContain('phòng kế hoạch');
  });

  it('lists overdue tasks, most days overdue first', () => {
    expect(summary.overdue.map((l) => [l.row, l.daysOverdue, l.lead])).toEqual([
      [10, 102, []],
      [9, 39, [KH, VP]],
    ]);
  });

  it('lists tasks due in the period by due date, cancelled ones left out', () => {
    expect(summary.dueInPeriod.map((l) => [l.row, l.due, l.state])).toEqual([
      [7, '2025-08-15', 'done_early'],
      [9, '2025-09-01', 'overdue'],
      [18, '2025-09-15', 'done'],
      [8, '2025-09-30', 'done_late'],
    ]);
  });

  it('lists unassigned tasks that are not cancelled', () => {
    expect(summary.unassigned.map((l) => l.row)).toEqual([10, 14]);
    expect(summary.unassigned[0]).toMatchObject({ section: 'II', deadlineText: '2025-06-30', task: 'Nhiệm vụ dòng 10' });
  });

  it('a later period makes more tasks due by its end', () => {
    const q4 = buildSummary(plan, resolvePeriod('q4', 2025), { unitAliases: aliases });
    expect(q4.totals).toMatchObject({ dueInPeriod: 3, dueByEnd: 9, doneOnTime: 3 });
    expect(q4.totals.rateDueByEnd).toBeCloseTo(5 / 9);
  });
});

describe('buildSummary with zero denominators', () => {
  it('an empty plan has null rates and empty lists', () => {
    const s = buildSummary(analysis([], []), q3);
    expect(s.totals).toMatchObject({ total: 0, rateDueByEnd: null, rateAll: null });
    expect(s.bySection).toEqual([]);
    expect(s.byLead).toEqual([]);
    expect([s.overdue, s.dueInPeriod, s.unassigned]).toEqual([[], [], []]);
  });

  it('only cancelled tasks: counted in total, no rate', () => {
    const s = buildSummary(analysis([task(5, 'I', 'cancelled', '2025-08-01', [VP])], [section(4, 'I', 'A')]), q3);
    expect(s.totals).toMatchObject({ total: 1, cancelled: 1, dueInPeriod: 0, dueByEnd: 0, rateDueByEnd: null, rateAll: null });
  });

  it('only recurring tasks: nothing due, whole-plan rate 0', () => {
    const s = buildSummary(analysis([task(5, 'I', 'ongoing', null, [VP]), task(6, 'I', 'ongoing', null, [VP])], []), q3);
    expect(s.totals).toMatchObject({ total: 2, recurring: 2, dueByEnd: 0, rateDueByEnd: null, rateAll: 0 });
  });
});

describe('foldUnitKey', () => {
  it('ignores case, marks and punctuation, and follows aliases', () => {
    expect(foldUnitKey('  VĂN PHÒNG  Sở. ')).toBe(foldUnitKey('văn phòng sở'));
    expect(foldUnitKey('VP Sở', aliases)).toBe(foldUnitKey(VP));
    expect(foldUnitKey('VP Sở')).not.toBe(foldUnitKey(VP));
  });
});

// ---------------------------------------------------------------------------------------------

const STATES: TaskState[] = [
  'cancelled',
  'done_early',
  'done_on_time',
  'done_late',
  'done',
  'overdue',
  'due_soon',
  'on_track',
  'ongoing',
  'no_fixed_deadline',
  'no_deadline',
];
const INTEGER_FIELDS: (keyof SummaryCounts)[] = [
  'total',
  'dueInPeriod',
  'dueByEnd',
  'doneOnTime',
  'doneLate',
  'overdue',
  'inProgressOnTime',
  'recurring',
  'noFixedDeadline',
  'done',
  'cancelled',
];

const isoDay = fc
  .integer({ min: 0, max: 730 })
  .map((n) => new Date(Date.UTC(2024, 6, 1) + n * 86400000).toISOString().slice(0, 10));

const taskArb = fc
  .record({
    section: fc.constantFrom(null, 'I', 'II', 'III', 'IV'),
    state: fc.constantFrom(...STATES),
    due: fc.option(isoDay, { nil: null }),
    lead: fc.subarray([VP, 'VP Sở', KH, 'phòng kế hoạch', TT]),
  })
  // Overdue tasks always have a due date in the engine.
  .map((t) => ({ ...t, due: t.state === 'overdue' && t.due === null ? '2025-01-15' : t.due }));

const periodArb = fc.oneof(
  fc.constantFrom('q1', 'q2', 'q3', 'q4', 'cchc-q1', 'cchc-6t', 'cchc-q3', 'cchc-year' as const).map((code) => resolvePeriod(code, 2025)),
  fc.tuple(isoDay, isoDay).map(([a, b]) => resolvePeriod('custom', 2025, { from: a < b ? a : b, to: a < b ? b : a })),
);

describe('buildSummary properties', () => {
  it('sections add up to the totals; rates are fractions or null; the states split the total', () => {
    fc.assert(
      fc.property(fc.array(taskArb, { maxLength: 40 }), periodArb, (drawn, period) => {
        const tasks = drawn.map((t, i) => task(10 + i, t.section, t.state, t.due, t.lead));
        const s = buildSummary(
          analysis(tasks, [section(5, 'I', 'A'), section(6, 'II', 'B'), section(7, 'III', 'C')]),
          period,
          { unitAliases: aliases },
        );
        const all = [s.totals, ...s.bySection, ...s.byLead, s.withoutLead as SummaryCounts];
        for (const field of INTEGER_FIELDS) {
          expect(s.bySection.reduce((sum, line) => sum + (line[field] ?? 0), 0)).toBe(s.totals[field]);
        }
        for (const c of all) {
          expect(c.done).toBeLessThanOrEqual(c.total);
          expect(c.dueInPeriod).toBeLessThanOrEqual(c.dueByEnd);
          expect(c.doneOnTime + c.doneLate).toBeLessThanOrEqual(c.dueByEnd);
          expect(c.done + c.overdue + c.inProgressOnTime + c.recurring + c.noFixedDeadline + (c.cancelled ?? 0)).toBe(c.total);
          for (const rate of [c.rateDueByEnd, c.rateAll]) {
            if (rate !== null) {
              expect(rate).toBeGreaterThanOrEqual(0);
              expect(rate).toBeLessThanOrEqual(1);
            }
          }
          expect(c.rateDueByEnd === null).toBe(c.dueByEnd === 0);
        }
        expect(s.totals.total).toBe(tasks.length);
        expect(s.overdue).toHaveLength(s.totals.overdue);
        expect(s.dueInPeriod).toHaveLength(s.totals.dueInPeriod);
        expect(s.byLead.reduce((sum, u) => sum + u.total, 0) + (s.withoutLead?.total ?? 0)).toBeGreaterThanOrEqual(s.totals.total);
        for (let i = 1; i < s.overdue.length; i++) {
          expect(s.overdue[i - 1].daysOverdue ?? 0).toBeGreaterThanOrEqual(s.overdue[i].daysOverdue ?? 0);
        }
      }),
      { numRuns: 300 },
    );
  });
});
