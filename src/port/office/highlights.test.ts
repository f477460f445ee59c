/**
 * applyHighlights / clearHighlights against the fake Excel (office-addin-mock has no collections,
 * and the rules are a collection). The fake fails a sync for the things Excel refuses — asking a
 * non-custom rule for its formula, a formula without "=" — so these tests can catch them.
 */
import { buildHighlightRules } from '../../core/highlight';
import type { HighlightRule } from '../../core/highlight';
import { columnLetter } from '../../core/text';
import type { TaskState } from '../../core/types';
import type { OfficeCapabilities } from './capabilities';
import { createOfficeWorkbook } from './officeWorkbook';
import { FakeExcel } from './testing/fakeExcel';
import type { FakeSheet } from './testing/fakeState';
import { ALL_CAPABILITIES } from './testing/capabilities';

const ALL: OfficeCapabilities = ALL_CAPABILITIES;

const STATES: TaskState[] = ['overdue', 'due_soon', 'on_track', 'done', 'overdue', 'on_track'];

/** Rules for a plan of `tasks` rows starting at row 6, columns A–E. */
function rulesFor(tasks: number): HighlightRule[] {
  const list = Array.from({ length: tasks }, (_, i) => ({
    row: 6 + i,
    lastRow: 6 + i,
    state: STATES[i % STATES.length],
    lead: i % 5 === 0 ? [] : ['Văn phòng Sở'],
  }));
  return buildHighlightRules(list, { firstColumn: 1, lastColumn: 5 });
}

/** A plan sheet already holding two rules of the user's and one of phuluc's from an earlier run. */
function workbookWithRules(tasks: number): { excel: FakeExcel; plan: FakeSheet } {
  const excel = new FakeExcel();
  const plan = excel.addSheet('Phụ lục', Array.from({ length: tasks + 5 }, (_, i) => [i, 'x', 'y', 'z', 'w']));
  plan.rules = [
    { id: 901, type: 'Custom', address: { top: 6, left: 4, bottom: 200, right: 4 }, formula: '=$D6>10', fill: '#FF0000' },
    { id: 902, type: 'DataBar', address: { top: 6, left: 1, bottom: 50, right: 1 }, formula: null, fill: null },
    {
      id: 903,
      type: 'Custom',
      address: { top: 6, left: 1, bottom: 7, right: 5 },
      formula: '=AND(ISNUMBER(MATCH(ROW(),{6,7},0)),N("phuluc:overdue")=0)',
      fill: '#F4B6B6',
    },
  ];
  excel.nextRuleId = 1000;
  return { excel, plan };
}

describe('applyHighlights', () => {
  it('replaces phuluc rules, keeps the user’s, in 3 syncs at 100 and at 10,000 rows', async () => {
    const counts: number[] = [];
    for (const tasks of [100, 10_000]) {
      const { excel, plan } = workbookWithRules(tasks);
      const rules = rulesFor(tasks);
      await createOfficeWorkbook(excel.run, { capabilities: ALL }).applyHighlights('Phụ lục', rules);
      counts.push(excel.syncCount);

      expect(plan.rules.map((r) => r.id).filter((id) => id < 1000)).toEqual([901, 902]);
      const added = plan.rules.filter((r) => r.id >= 1000);
      expect(added).toHaveLength(rules.length);
      added.forEach((rule, i) => {
        expect(rule.type).toBe('Custom');
        expect(rule.formula).toBe(`=${rules[i].formula}`);
        expect(rule.fill).toBe(rules[i].fill);
        const { top, left, bottom, right } = rule.address;
        expect(`${columnLetter(left)}${top}:${columnLetter(right)}${bottom}`).toBe(rules[i].range);
      });
    }
    expect(counts).toEqual([3, 3]);
  });

  it('does not duplicate rules when run twice', async () => {
    const { excel, plan } = workbookWithRules(300);
    const port = createOfficeWorkbook(excel.run, { capabilities: ALL });
    const rules = rulesFor(300);
    await port.applyHighlights('Phụ lục', rules);
    await port.applyHighlights('Phụ lục', rules);
    expect(plan.rules).toHaveLength(2 + rules.length);
  });

  it('refuses a rule it could never find again', async () => {
    const { excel, plan } = workbookWithRules(10);
    const port = createOfficeWorkbook(excel.run, { capabilities: ALL });
    const foreign: HighlightRule = { key: 'overdue', range: 'A6:E6', formula: 'ROW()=6', fill: '#F4B6B6', rows: [6] };
    await expect(port.applyHighlights('Phụ lục', [foreign])).rejects.toThrow(/marker/);
    expect(plan.rules).toHaveLength(3);
  });

  it('says which sheet is missing', async () => {
    const { excel } = workbookWithRules(10);
    await expect(createOfficeWorkbook(excel.run, { capabilities: ALL }).applyHighlights('Sheet9', rulesFor(10))).rejects.toMatchObject({
      code: 'sheet.not_found',
    });
  });
});

describe('clearHighlights', () => {
  it('removes only phuluc rules and counts them, in 3 syncs at 100 and at 10,000 rows', async () => {
    const counts: number[] = [];
    for (const tasks of [100, 10_000]) {
      const { excel, plan } = workbookWithRules(tasks);
      const port = createOfficeWorkbook(excel.run, { capabilities: ALL });
      await port.applyHighlights('Phụ lục', rulesFor(tasks));
      const before = excel.syncCount;
      const removed = await port.clearHighlights('Phụ lục');
      counts.push(excel.syncCount - before);
      expect(removed).toBe(rulesFor(tasks).length);
      expect(plan.rules.map((r) => r.id)).toEqual([901, 902]);
    }
    expect(counts).toEqual([3, 3]);
  });

  it('returns 0 and changes nothing on a sheet without phuluc rules', async () => {
    const { excel, plan } = workbookWithRules(10);
    plan.rules = plan.rules.filter((r) => r.id !== 903);
    expect(await createOfficeWorkbook(excel.run, { capabilities: ALL }).clearHighlights('Phụ lục')).toBe(0);
    expect(plan.rules.map((r) => r.id)).toEqual([901, 902]);
  });
});
