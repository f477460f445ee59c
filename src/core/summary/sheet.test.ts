import { DEFAULT_HIGHLIGHT_FILLS } from '../highlight';
import { STATE_LABELS } from '../i18n';
import type { Analysis, IsoDate, Lang, Task, TaskState } from '../types';
import { buildSummary } from './build';
import { resolvePeriod } from './periods';
import { summarySheetModel, tableNameBase } from './sheet';
import type { Period, SheetModel, Summary } from './types';

function task(row: number, section: string | null, state: TaskState, due: IsoDate | null, lead: string[]): Task {
  return {
    row,
    lastRow: row,
    stt: String(row - 4),
    section,
    subsection: null,
    task: `Nhiệm vụ dòng ${row}`,
    product: null,
    deadline: { text: due ? `Trước ${due}` : 'Thường xuyên', kind: due ? 'date' : 'recurring', due, milestones: [], findings: [] },
    assignmentText: null,
    lead,
    support: [],
    statusText: null,
    status: 'unknown',
    completedOn: null,
    note: null,
    state,
  };
}

function analysis(tasks: Task[]): Analysis {
  return {
    sheet: 'Phụ lục',
    headerRow: 4,
    headerTop: 4,
    planYear: 2025,
    planYearSource: 'title',
    titleYear: null,
    asOf: '2025-10-10',
    dueSoonDays: 14,
    columns: {},
    firstColumn: 1,
    lastColumn: 6,
    lastRow: 40,
    sections: [
      { row: 5, numeral: 'I', title: 'Cải cách thể chế', taskCount: 2 },
      { row: 8, numeral: 'II', title: 'Hiện đại hóa hành chính', taskCount: 3 },
    ],
    tasks,
    findings: [],
  };
}

const plan = analysis([
  task(4, null, 'done', null, ['Văn phòng Sở']),
  task(6, 'I', 'overdue', '2025-09-01', ['Văn phòng Sở']),
  task(7, 'I', 'done_on_time', '2025-08-15', ['Phòng Kế hoạch']),
  task(9, 'II', 'due_soon', '2025-09-30', []),
  task(10, 'II', 'ongoing', null, ['Phòng Kế hoạch']),
  task(11, 'II', 'cancelled', '2025-07-10', []),
]);

function modelFor(period: Period, lang: Lang, source: Analysis = plan): { summary: Summary; model: SheetModel } {
  const summary = buildSummary(source, period);
  return { summary, model: summarySheetModel(summary, lang) };
}

const q3 = resolvePeriod('q3', 2025);

describe('summarySheetModel', () => {
  const { summary, model } = modelFor(q3, 'vi');

  it('is named after the period and opens with the title, dates, source and the rate formulas', () => {
    expect(model.name).toBe('Tổng hợp Q3-2025');
    expect(model.heading[0]).toBe('TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH CCHC — Quý III/2025');
    expect(model.heading).toContain('Kỳ báo cáo: từ 01/07/2025 đến 30/09/2025');
    expect(model.heading).toContain('Số liệu tính đến ngày 10/10/2025');
    expect(model.heading.some((l) => l.startsWith('Nguồn: trang tính') && l.includes('Phụ lục'))).toBe(true);
    expect(model.heading.some((l) => l.startsWith('Tỷ lệ hoàn thành (theo hạn) = số đã hoàn thành / số nhiệm vụ đến hạn'))).toBe(true);
    expect(model.heading.some((l) => l.startsWith('Tỷ lệ hoàn thành (toàn kế hoạch) = số đã hoàn thành / tổng số nhiệm vụ'))).toBe(true);
  });

  it('does not repeat the dates when the label already has them', () => {
    const cchc = modelFor(resolvePeriod('cchc-6t', 2025), 'vi').model;
    expect(cchc.heading.filter((l) => l.includes('15/12/2024'))).toHaveLength(1);
  });

  it('has the five tables, in order', () => {
    expect(model.blocks.map((b) => b.title)).toEqual([
      '1. Theo lĩnh vực',
      '2. Theo đơn vị chủ trì',
      '3. Nhiệm vụ quá hạn',
      '4. Nhiệm vụ đến hạn trong kỳ',
      '5. Nhiệm vụ chưa có đơn vị chủ trì',
    ]);
  });

  it('gives every row as many cells as columns, with cells matching the column formats', () => {
    for (const block of model.blocks) {
      expect(block.rows.length).toBeGreaterThan(0);
      for (const row of block.rows) {
        expect(row).toHaveLength(block.columns.length);
        row.forEach((cell, i) => {
          const format = block.columns[i].format;
          if (cell === null) return;
          if (format === 'date') expect(cell).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          if (format === 'percent') expect(typeof cell === 'number' && cell >= 0 && cell <= 1).toBe(true);
          if (format === 'integer') expect(Number.isInteger(cell)).toBe(true);
        });
      }
      for (const column of block.columns) expect(column.width).toBeGreaterThan(0);
    }
  });

  it('puts the task text in column B, under the section and unit names', () => {
    for (const block of model.blocks) expect(block.columns[1].width).toBeGreaterThanOrEqual(36);
    for (const block of model.blocks.slice(2)) expect(block.columns[1].header).toBe('Nhiệm vụ');
  });

  it('names the tables uniquely with ASCII letters, digits and underscores', () => {
    const names = model.blocks.map((b) => b.tableName);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[A-Za-z][A-Za-z0-9_]*$/);
    expect(names[0]).toBe('PL_Q3_2025_LinhVuc');
  });

  it('derives valid table names from any period sheet name', () => {
    for (const period of [
      resolvePeriod('cchc-year', 2025),
      resolvePeriod('cchc-q1', 2025),
      resolvePeriod('custom', 2025, { from: '2024-12-15', to: '2025-06-14' }),
    ]) {
      expect(tableNameBase(period.sheetName)).toMatch(/^[A-Za-z][A-Za-z0-9_]*$/);
    }
    expect(tableNameBase('Tổng hợp Năm-2025')).toBe('PL_Nam_2025');
    expect(tableNameBase('Tổng hợp 01.07-30.09.2025')).toBe('PL_01_07_30_09_2025');
    expect(tableNameBase('Đợt 1')).toBe('PL_Dot_1');
  });

  it('ends tables 1 and 2 with a totals row equal to the summary totals', () => {
    const [bySection, byLead] = model.blocks;
    const totalIndex = bySection.columns.findIndex((c) => c.header === 'Tổng số nhiệm vụ');
    const lastSection = bySection.rows[bySection.rows.length - 1];
    expect(lastSection[1]).toBe('Tổng cộng');
    expect(lastSection[totalIndex]).toBe(summary.totals.total);
    // Section rows add up to the totals row.
    const sectionSum = bySection.rows.slice(0, -1).reduce((sum, row) => sum + (row[totalIndex] as number), 0);
    expect(sectionSum).toBe(summary.totals.total);
    const lastLead = byLead.rows[byLead.rows.length - 1];
    expect(lastLead[1]).toBe('Tổng cộng');
    expect(byLead.rows.map((r) => r[1])).toContain('(Chưa có đơn vị chủ trì)');
    expect(byLead.rows).toHaveLength(summary.byLead.length + 2);
  });

  it('shows both rates as fractions with the percent format', () => {
    const block = model.blocks[0];
    const rateColumns = block.columns.flatMap((c, i) => (c.format === 'percent' ? [i] : []));
    expect(rateColumns).toHaveLength(2);
    const totals = block.rows[block.rows.length - 1];
    expect(totals[rateColumns[0]]).toBeCloseTo(summary.totals.rateDueByEnd as number);
    expect(totals[rateColumns[1]]).toBeCloseTo(summary.totals.rateAll as number);
  });

  it('lists overdue tasks with due date and days overdue', () => {
    const block = model.blocks[2];
    expect(block.columns.map((c) => c.header)).toEqual(
      expect.arrayContaining(['TT', 'Nhiệm vụ', 'Tiến độ', 'Hạn', 'Số ngày quá hạn', 'Đơn vị chủ trì']),
    );
    const days = block.columns.findIndex((c) => c.header === 'Số ngày quá hạn');
    const due = block.columns.findIndex((c) => c.header === 'Hạn');
    expect(block.rows).toHaveLength(1);
    expect(block.rows[0][days]).toBe(39);
    expect(block.rows[0][due]).toBe('2025-09-01');
  });

  it('writes the state in words on every due-in-period row', () => {
    const block = model.blocks[3];
    const stateIndex = block.columns.findIndex((c) => c.header === 'Tình trạng');
    expect(stateIndex).toBeGreaterThanOrEqual(0);
    expect(block.rows).toHaveLength(summary.dueInPeriod.length);
    block.rows.forEach((row, i) => expect(row[stateIndex]).toBe(STATE_LABELS[summary.dueInPeriod[i].state].vi));
    expect(block.rows.map((r) => r[stateIndex])).toEqual(['Hoàn thành đúng hạn', 'Quá hạn', 'Sắp đến hạn']);
  });

  it('keeps an empty table with its header and one "(Không có)" row', () => {
    const { model: empty } = modelFor(q3, 'vi', analysis([task(6, 'I', 'done', null, ['Văn phòng Sở'])]));
    for (const block of empty.blocks.slice(2)) {
      expect(block.columns.length).toBeGreaterThan(3);
      expect(block.rows).toHaveLength(1);
      const task = block.columns.findIndex((c) => c.header === 'Nhiệm vụ');
      expect(block.rows[0]).toEqual(block.columns.map((_, i) => (i === task ? '(Không có)' : null)));
    }
  });

  it('has a legend in words with the default or given fills', () => {
    expect(model.legend.map((e) => [e.key, e.label, e.fill])).toEqual([
      ['overdue', 'Quá hạn', DEFAULT_HIGHLIGHT_FILLS.overdue],
      ['due_soon', 'Sắp đến hạn', DEFAULT_HIGHLIGHT_FILLS.due_soon],
      ['unassigned', 'Chưa có đơn vị chủ trì', DEFAULT_HIGHLIGHT_FILLS.unassigned],
      ['done', 'Đã hoàn thành', DEFAULT_HIGHLIGHT_FILLS.done],
    ]);
    const custom = summarySheetModel(summary, 'vi', { overdue: '#FF0000' });
    expect(custom.legend[0].fill).toBe('#FF0000');
    expect(custom.chart?.series.find((s) => s.name === 'Quá hạn')?.fill).toBe('#FF0000');
  });

  it('charts the states by section, the series adding up to each section total', () => {
    const chart = model.chart;
    expect(chart).not.toBeNull();
    if (!chart) return;
    expect(chart.categories).toEqual(['(Không thuộc mục)', 'I. Cải cách thể chế', 'II. Hiện đại hóa hành chính']);
    expect(chart.series.map((s) => s.name)).toEqual(['Hoàn thành', 'Quá hạn', 'Đang thực hiện trong hạn', 'Thường xuyên', 'Không thực hiện']);
    chart.categories.forEach((_, i) => {
      expect(chart.series.reduce((sum, s) => sum + s.values[i], 0)).toBe(summary.bySection[i].total);
    });
    for (const s of chart.series) expect(s.fill).toMatch(/^#[0-9A-F]{6}$/i);
  });

  it('has no chart for a plan without tasks', () => {
    expect(modelFor(q3, 'vi', analysis([])).model.chart).toBeNull();
  });
});

describe('summarySheetModel in English', () => {
  const { summary, model } = modelFor(q3, 'en');

  it('speaks English everywhere but keeps the sheet name', () => {
    expect(model.name).toBe('Tổng hợp Q3-2025');
    expect(model.heading[0]).toMatch(/^CCHC PLAN IMPLEMENTATION SUMMARY — /);
    expect(model.heading).toContain('Figures as of 10/10/2025');
    expect(model.blocks.map((b) => b.title)).toEqual([
      '1. By area',
      '2. By lead unit',
      '3. Overdue tasks',
      '4. Tasks due in the period',
      '5. Tasks without a lead unit',
    ]);
    expect(model.blocks[0].rows[0][1]).toBe('(No section)');
    expect(model.legend.map((e) => e.label)).toEqual(['Overdue', 'Due soon', 'No lead unit', 'Done']);
    const block = model.blocks[3];
    const stateIndex = block.columns.findIndex((c) => c.header === 'State');
    block.rows.forEach((row, i) => expect(row[stateIndex]).toBe(STATE_LABELS[summary.dueInPeriod[i].state].en));
  });

  it('says "(None)" in an empty table', () => {
    const { model: empty } = modelFor(q3, 'en', analysis([]));
    expect(empty.blocks[2].rows[0].filter((cell) => cell !== null)).toEqual(['(None)']);
  });
});
