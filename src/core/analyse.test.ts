/**
 * The engine on sheets unlike the fixtures: other header wordings, two-row headers, merged cells,
 * tables that do not start at A1, NFD and unaccented text, date cells, blank rows, free status words.
 */
import fc from 'fast-check';
import { analyseSheet } from './analyse';
import type { CellRange, CellValue, SheetGrid } from './types';

const AS_OF = '2025-10-15';

function grid(values: CellValue[][], merges: CellRange[] = [], numberFormats?: (string | null)[][]): SheetGrid {
  return { name: 'Sheet1', values, merges, numberFormats };
}

function analyse(g: SheetGrid, extra: Partial<Parameters<typeof analyseSheet>[1]> = {}) {
  const r = analyseSheet(g, { asOf: AS_OF, ...extra });
  if (!r.ok) throw new Error(r.error.message);
  return r.analysis;
}

describe('analyseSheet', () => {
  it('reads a Hà Tĩnh-style table: offset, two-row header, merged TT and Mục tiêu, split units', () => {
    const v: CellValue[][] = [
      [],
      [null, null, 'NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH TRỌNG TÂM CỦA SỞ CÔNG THƯƠNG NĂM 2025'],
      [],
      [null, null, 'TT', 'Mục tiêu', 'Nhiệm vụ trọng tâm', 'Hoạt động', 'Kết quả/ sản phẩm', 'Đơn vị thực hiện', null, 'Thời gian hoàn thành', 'Kinh phí'],
      [null, null, null, null, null, null, null, 'Chủ trì', 'Phối hợp', null, null],
      [null, null, 'I', 'CHỈ ĐẠO ĐIỀU HÀNH'],
      [null, null, 1, 'Nâng cao chất lượng chỉ đạo', 'Ban hành Kế hoạch CCHC năm 2025.', '- Xây dựng dự thảo', 'Kế hoạch', 'Văn phòng', 'Các phòng chuyên môn', 'Trước ngày 15/01/2025', null],
      [null, null, null, null, 'Ban hành Văn bản chỉ đạo CCHC', '- Rà soát', 'Văn bản', 'Văn phòng', 'Các phòng chuyên môn', 'Tháng 01-03/2025', null],
      [],
      [null, null, null, null, 'Lồng ghép trong các cuộc họp giao ban', '- Họp', 'Biên bản', null, 'Các phòng chuyên môn', 'Thường xuyên', null],
      [null, null, 'II', 'CẢI CÁCH THỂ CHẾ'],
      [null, null, 2, 'Hoàn thiện thể chế', 'Rà soát văn bản QPPL', '- Rà soát', 'Báo cáo', 'Thanh tra', null, 'Quý II/2025', null],
    ];
    const merges: CellRange[] = [
      { top: 4, left: 8, bottom: 4, right: 9 }, // "Đơn vị thực hiện" over Chủ trì | Phối hợp
      { top: 4, left: 3, bottom: 5, right: 3 },
      { top: 7, left: 3, bottom: 10, right: 3 }, // TT 1 over four rows (one blank)
      { top: 7, left: 4, bottom: 10, right: 4 }, // Mục tiêu over the same rows
    ];
    const a = analyse(grid(v, merges));
    expect(a.headerRow).toBe(5);
    expect(a.headerTop).toBe(4);
    expect(a.planYear).toBe(2025);
    expect(a.columns).toMatchObject({ stt: 3, goal: 4, task: 5, activity: 6, product: 7, lead: 8, support: 9, deadline: 10, budget: 11 });
    expect(a.sections.map((s) => [s.numeral, s.title, s.taskCount])).toEqual([
      ['I', 'CHỈ ĐẠO ĐIỀU HÀNH', 3],
      ['II', 'CẢI CÁCH THỂ CHẾ', 1],
    ]);
    expect(a.tasks.map((t) => [t.row, t.stt, t.deadline.kind, t.deadline.due])).toEqual([
      [7, '1', 'date', '2025-01-14'],
      [8, '1', 'period', '2025-03-31'],
      [10, '1', 'recurring', null],
      [12, '2', 'period', '2025-06-30'],
    ]);
    expect(a.tasks[0]).toMatchObject({ lead: ['Văn phòng'], support: ['Các phòng chuyên môn'] });
    // Rows sharing one merged TT are one number, not duplicates.
    expect(a.findings.filter((f) => f.code === 'stt.duplicate')).toEqual([]);
    // The third row has only a supporting unit.
    expect(a.findings.find((f) => f.row === 10)?.code).toBe('assignment.no_lead');
  });

  it('matches headers written without diacritics, in NFD, in capitals or with odd spacing', () => {
    const nfd = (s: string) => s.normalize('NFD');
    const v: CellValue[][] = [
      [nfd('STT'), nfd('NỘI DUNG NHIỆM VỤ'), 'Ket qua, san pham', nfd('Thời  hạn hoàn thành:'), 'Don vi chu tri, phoi hop', nfd('Tình trạng')],
      ['1', nfd('Xây dựng kế hoạch'), 'Kế hoạch', nfd('Quý I/2025'), nfd('Văn phòng Sở chủ trì'), nfd('Đã hoàn thành')],
      ['2', 'Tuyen truyen CCHC', 'Tin bai', 'Truoc ngay 30/9/2025', 'Van phong So chu tri', 'Dang thuc hien'],
    ];
    const a = analyse(grid(v));
    expect(a.columns).toMatchObject({ stt: 1, task: 2, product: 3, deadline: 4, assignment: 5, status: 6 });
    expect(a.tasks.map((t) => [t.deadline.due, t.status, t.lead.length > 0])).toEqual([
      ['2025-03-31', 'done', true],
      ['2025-09-29', 'in_progress', true],
    ]);
    expect(a.tasks.map((t) => t.state)).toEqual(['done', 'overdue']);
  });

  it('reads deadline cells that hold Excel dates (serial numbers with a date format, or Date objects)', () => {
    const v: CellValue[][] = [
      ['TT', 'Nhiệm vụ', 'Tiến độ', 'Phân công'],
      [1, 'Nhiệm vụ một', 45930, 'Văn phòng Sở chủ trì'], // 2025-09-30
      [2, 'Nhiệm vụ hai', new Date(Date.UTC(2025, 11, 15)), 'Văn phòng Sở chủ trì'],
      [3, 'Nhiệm vụ ba', 45930, 'Văn phòng Sở chủ trì'], // a plain number is not a date
    ];
    const formats = [[], [null, null, 'dd/mm/yyyy', null], [null, null, 'General', null], [null, null, 'General', null]];
    const a = analyse(grid(v, [], formats), { planYear: 2025 });
    expect(a.tasks.map((t) => [t.deadline.kind, t.deadline.due, t.deadline.text])).toEqual([
      ['date', '2025-09-30', '30/09/2025'],
      ['date', '2025-12-15', '15/12/2025'],
      ['unrecognized', null, '45930'],
    ]);
  });

  it('finds the Phụ lục table below title rows and to the right, skipping blank rows', () => {
    const v: CellValue[][] = [];
    for (let i = 0; i < 12; i++) v.push([]);
    v.push([null, null, null, null, 'Phụ lục kế hoạch CCHC năm 2026']);
    v.push([]);
    v.push([null, null, null, null, 'Số TT', 'Nhiệm vụ', 'Tiến độ', 'Đơn vị thực hiện']);
    v.push([null, null, null, null, 1, 'Một', 'Quý I', 'Phòng Kế hoạch']);
    v.push([]);
    v.push([]);
    v.push([null, null, null, null, 2, 'Hai', 'Năm 2026', 'Phòng Quản lý']);
    const a = analyse(grid(v));
    expect(a.headerRow).toBe(15);
    expect(a.firstColumn).toBe(5);
    expect(a.planYear).toBe(2026);
    expect(a.tasks.map((t) => [t.row, t.deadline.due])).toEqual([[16, '2026-03-31'], [19, '2026-12-31']]);
  });

  it('reads sections written in the task cell ("I. TITLE") when the TT cell is empty, not lower-case list items', () => {
    const v: CellValue[][] = [
      ['TT', 'Nhiệm vụ', 'Tiến độ', 'Phân công'],
      [null, 'I. CẢI CÁCH THỂ CHẾ'],
      [1, 'Một', 'Quý I/2025', 'Văn phòng Sở'],
      [null, 'Phần II - CẢI CÁCH TTHC'],
      [2, 'Hai', 'Quý II/2025', 'Văn phòng Sở'],
      [3, 'i. rà soát văn bản', 'Quý III/2025', 'Văn phòng Sở'],
    ];
    const a = analyse(grid(v), { planYear: 2025 });
    expect(a.sections.map((s) => [s.row, s.numeral, s.title, s.taskCount])).toEqual([
      [2, 'I', 'CẢI CÁCH THỂ CHẾ', 1],
      [4, 'II', 'CẢI CÁCH TTHC', 2],
    ]);
    expect(a.tasks.map((t) => t.row)).toEqual([3, 5, 6]);
  });

  it('skips the row of column numbers under the header', () => {
    const v: CellValue[][] = [
      ['TT', 'Nhiệm vụ', 'Tiến độ', 'Phân công'],
      ['(1)', '(2)', '(3)', '(4)'],
      [1, 'Một', 'Quý I/2025', 'Văn phòng Sở'],
      [2, 3, 4, 5],
    ];
    const a = analyse(grid(v), { planYear: 2025 });
    expect(a.tasks.map((t) => t.row)).toEqual([3, 4]);
  });

  it('reports structural findings: numbering gaps, duplicates, section jumps, empty tasks, missing units', () => {
    const v: CellValue[][] = [
      ['TT', 'Nhiệm vụ', 'Tiến độ', 'Phân công'],
      ['I', 'Mục một'],
      [1, 'Một', 'Quý I/2025', 'Văn phòng chủ trì'],
      [2, 'Hai', 'Quý II/2025', null],
      [4, 'Bốn', 'Quý II/2025', 'Thanh tra Sở'],
      ['III', 'Mục ba'],
      [4, null, 'Quý II/2025', 'Thanh tra Sở'],
    ];
    const a = analyse(grid(v), { planYear: 2025 });
    const codes = a.findings.map((f) => `${f.code}@${f.row}`);
    expect(codes).toEqual(expect.arrayContaining(['assignment.missing@4', 'stt.gap@5', 'section.numbering@6', 'stt.duplicate@7', 'task.empty@7']));
    expect(a.findings.find((f) => f.code === 'assignment.missing')).toMatchObject({ severity: 'error', column: 'D' });
  });

  it('takes the user plan year over the sheet, and explains a title year that differs from the deadlines', () => {
    const v: CellValue[][] = [
      ['KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2020'],
      ['TT', 'Nhiệm vụ', 'Tiến độ', 'Phân công'],
      [1, 'Một', 'Tháng 12/2021', 'Văn phòng Sở'],
      [2, 'Hai', 'Trước 30/11', 'Văn phòng Sở'],
      [3, 'Ba', 'Năm 2021', 'Văn phòng Sở'],
    ];
    const found = analyse(grid(v));
    expect([found.planYear, found.planYearSource, found.titleYear]).toEqual([2021, 'deadlines', 2020]);
    expect(found.tasks[1].deadline.due).toBe('2021-11-29');
    expect(found.findings.map((f) => f.code)).toContain('plan_year.conflict');
    const user = analyse(grid(v), { planYear: 2022 });
    expect([user.planYear, user.planYearSource]).toEqual([2022, 'user']);
    expect(user.tasks[1].deadline.due).toBe('2022-11-29');
  });

  it('lets the user correct the column mapping', () => {
    const v: CellValue[][] = [
      ['TT', 'Nhiệm vụ', 'Ghi chú', 'Phân công'],
      [1, 'Một', 'Quý I/2025', 'Văn phòng Sở'],
    ];
    const before = analyse(grid(v), { planYear: 2025 });
    expect(before.findings.map((f) => f.code)).toContain('column.missing');
    const after = analyse(grid(v), { planYear: 2025, columnOverrides: { deadline: 3 } });
    expect(after.columns.note).toBeUndefined();
    expect(after.tasks[0].deadline.due).toBe('2025-03-31');
    expect(after.findings.map((f) => f.code)).not.toContain('column.missing');
  });

  it('answers header.not_found, in English when asked, for a sheet without a Phụ lục table', () => {
    const r = analyseSheet(grid([['Họ tên', 'Ngày sinh'], ['A', '1990']]), { asOf: AS_OF, lang: 'en' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/No Phụ lục header row/);
  });

  it('gives findings in English with lang en', () => {
    const v: CellValue[][] = [['TT', 'Nhiệm vụ', 'Tiến độ', 'Phân công'], [1, 'Một', 'abc xyz', 'Văn phòng Sở']];
    const a = analyse(grid(v), { lang: 'en', planYear: 2025 });
    expect(a.findings[0].message).toMatch(/Cannot read the deadline "abc xyz"/);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.string({ maxLength: 30 }),
  fc.integer({ min: -5, max: 100000 }),
  fc.double({ noNaN: false }),
  fc.boolean(),
  fc.date({ min: new Date('1900-01-01'), max: new Date('2100-01-01') }),
  fc.constantFrom('TT', 'Nhiệm vụ', 'Tiến độ', 'Phân công', 'I', 'II', 'Quý I/2025', 'Thường xuyên', '<b>TT</b>', '7.1'),
);

describe('properties', () => {
  it('never throws on any 2-D array of strings, numbers, dates and nulls', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 10 }), { maxLength: 40 }), (values) => {
        const r = analyseSheet(grid(values), { asOf: AS_OF });
        if (r.ok) {
          for (const t of r.analysis.tasks) expect(t.row).toBeGreaterThan(r.analysis.headerRow);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never loses a task row, whatever surrounds it', () => {
    const taskRow = fc.record({
      task: fc.constantFrom('Xây dựng kế hoạch', 'Rà soát TTHC', 'Báo cáo định kỳ', 'Tổ chức kiểm tra', 'Số hóa hồ sơ'),
      deadline: fc.oneof(cell, fc.constantFrom('Quý II/2025', 'Trước ngày 30/9/2025', 'Sau khi có chỉ đạo')),
      unit: fc.oneof(cell, fc.constant('Văn phòng Sở chủ trì')),
    });
    const filler = fc.oneof(
      fc.constant<CellValue[]>([]),
      fc.constant<CellValue[]>(['II', 'MỤC MỚI']),
      fc.constant<CellValue[]>(['TT', 'Nhiệm vụ', 'Tiến độ', 'Phân công']),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(taskRow, fc.option(filler)), { minLength: 1, maxLength: 25 }), (rows) => {
        const values: CellValue[][] = [['TT', 'Nhiệm vụ', 'Tiến độ', 'Phân công']];
        const expectedRows: number[] = [];
        rows.forEach(([t, extra], i) => {
          values.push([i + 1, t.task, t.deadline, t.unit]);
          expectedRows.push(values.length);
          if (extra) values.push(extra);
        });
        const r = analyseSheet(grid(values), { asOf: AS_OF, planYear: 2025 });
        expect(r.ok).toBe(true);
        if (r.ok) expect(r.analysis.tasks.map((t) => t.row)).toEqual(expectedRows);
      }),
      { numRuns: 200 },
    );
  });
});
