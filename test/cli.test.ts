/**
 * The command-line contract (SPEC §7) on real workbooks: exit codes, JSON shape, error lines,
 * and that `report` never changes a value of the plan.
 */
import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main, type Io } from '../src/cli/main';
import { plainValue } from '../src/port/exceljs';
import { isPhulucRuleFormula } from '../src/core/highlight';

const FIXTURES = path.join(__dirname, 'fixtures');
const fixture = (name: string) => path.join(FIXTURES, name);

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(argv: string[], stdin = ''): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    readStdin: async () => stdin,
    today: () => '2025-12-20',
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

let tmp: string;
beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'phuluc-cli-'));
});
afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

describe('phuluc check', () => {
  it('prints the contract JSON', async () => {
    const r = await run(['check', fixture('sct-khanh-hoa-2025-theo-doi.xlsx'), '--as-of', '2025-10-15', '--json']);
    expect(r.stderr).toBe('');
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json)).toEqual(['file', 'sheet', 'headerRow', 'planYear', 'asOf', 'columns', 'sections', 'tasks', 'findings', 'summary']);
    expect(json).toMatchObject({ file: 'sct-khanh-hoa-2025-theo-doi.xlsx', sheet: 'Phụ lục', headerRow: 5, planYear: 2025, asOf: '2025-10-15' });
    expect(json.columns).toMatchObject({ stt: 'A', task: 'B', product: 'C', deadline: 'D', assignment: 'E', status: 'F', completedOn: 'G', lead: null, note: null });
    expect(json.sections).toHaveLength(7);
    expect(json.tasks).toHaveLength(44);
    const t = json.tasks.find((x: { row: number }) => x.row === 8);
    expect(t).toMatchObject({ stt: '2', section: 'I', deadline: { text: 'Quý I/2025', kind: 'period', due: '2025-03-31', milestones: [] }, status: 'done', completedOn: '2025-03-20', state: 'done_early' });
    expect(Object.keys(t)).toEqual(['row', 'stt', 'section', 'task', 'deadline', 'lead', 'support', 'status', 'completedOn', 'state']);
    for (const f of json.findings) expect(Object.keys(f)).toEqual(['code', 'severity', 'row', 'column', 'message']);
    expect(r.code).toBe(json.findings.some((f: { severity: string }) => f.severity === 'error') ? 1 : 0);
  });

  it('status is null when the sheet has no status column', async () => {
    const r = await run(['check', fixture('sct-khanh-hoa-2025.xlsx'), '--json']);
    const json = JSON.parse(r.stdout);
    expect(json.columns.status).toBeNull();
    expect(json.tasks.every((t: { status: unknown }) => t.status === null)).toBe(true);
  });

  it('exits 1 when there are error findings and 0 when there are none', async () => {
    // The 2024 plan has an invalid date ("15/11/202") and tasks with no deadline and no unit.
    const withErrors = await run(['check', fixture('sct-khanh-hoa-2024-khac-phuc.xlsx'), '--json']);
    expect(withErrors.code).toBe(1);
    expect(JSON.parse(withErrors.stdout).findings.some((f: { code: string }) => f.code === 'deadline.invalid_date')).toBe(true);
    // The tracked 2025 plan has warnings (supporting units only) but no errors.
    const clean = await run(['check', fixture('sct-khanh-hoa-2025-theo-doi.xlsx'), '--json']);
    const findings = JSON.parse(clean.stdout).findings as { severity: string }[];
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.some((f) => f.severity === 'error')).toBe(false);
    expect(clean.code).toBe(0);
  });

  it('prints a readable Vietnamese report by default, English with --lang en', async () => {
    const vi = await run(['check', fixture('sxd-khanh-hoa-2025.xlsx'), '--as-of', '2025-12-20']);
    expect(vi.stdout).toContain('năm kế hoạch 2025');
    expect(vi.stdout).toMatch(/Số thứ tự 3 bị trùng/);
    const en = await run(['check', fixture('sxd-khanh-hoa-2025.xlsx'), '--as-of', '2025-12-20', '--lang', 'en']);
    expect(en.stdout).toContain('plan year 2025');
    expect(en.stdout).toMatch(/Number 3 is used twice/);
  });

  it('honours --year and --sheet', async () => {
    const r = await run(['check', fixture('sct-2021.xlsx'), '--year', '2022', '--sheet', 'Phụ lục', '--json']);
    expect(JSON.parse(r.stdout).planYear).toBe(2022);
  });

  it.each([
    ['a missing file', ['check', path.join(FIXTURES, 'khong-co.xlsx')], /Không tìm thấy tệp/],
    ['a file that is not .xlsx', ['check', path.join(FIXTURES, 'deadlines.tsv')], /không phải là bảng tính Excel/],
    ['an unknown sheet', ['check', fixture('sct-2021.xlsx'), '--sheet', 'Không có'], /Không có trang tính "Không có"/],
    ['a bad date', ['check', fixture('sct-2021.xlsx'), '--as-of', '20/12/2025'], /YYYY-MM-DD/],
    ['an unknown option', ['check', fixture('sct-2021.xlsx'), '--bogus'], /--bogus/],
    ['an unknown command', ['frobnicate'], /Không có lệnh/],
  ])('exits 2 with one clear line for %s', async (_, argv, message) => {
    const r = await run(argv as string[]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message as RegExp);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 for an empty workbook and one without a Phụ lục table', async () => {
    const empty = path.join(tmp, 'empty.xlsx');
    const noTable = path.join(tmp, 'no-table.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1');
    await wb.xlsx.writeFile(empty);
    const wb2 = new ExcelJS.Workbook();
    const ws = wb2.addWorksheet('Danh sách');
    ws.addRow(['Họ tên', 'Ngày sinh']);
    ws.addRow(['Nguyễn Văn A', '01/01/1990']);
    await wb2.xlsx.writeFile(noTable);
    for (const [file, en] of [[empty, false], [noTable, true]] as const) {
      const r = await run(['check', file, ...(en ? ['--lang', 'en'] : [])]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(en ? /No Phụ lục table found/ : /Không tìm thấy bảng Phụ lục/);
    }
  });
});

describe('phuluc deadline --jsonl', () => {
  it('reads one JSON string per line and answers one object per line', async () => {
    const input = ['"Quý II/2025"', '"Trước ngày 30/9/2025"', '"Thường xuyên"', '""'].join('\n');
    const r = await run(['deadline', '--year', '2025', '--jsonl'], input);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toEqual([
      { kind: 'period', due: '2025-06-30', milestones: [], findings: [] },
      { kind: 'date', due: '2025-09-29', milestones: [], findings: [] },
      { kind: 'recurring', due: null, milestones: [], findings: [] },
      { kind: 'missing', due: null, milestones: [], findings: ['deadline.missing'] },
    ]);
  });

  it('uses the plan year for texts without one, and flags lines that are not JSON strings', async () => {
    const r = await run(['deadline', '--year', '2021', '--jsonl'], '"Quý I"\nnot json\n');
    expect(r.code).toBe(2);
    const [first, second] = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(first.due).toBe('2021-03-31');
    expect(second.error).toMatch(/dòng 2/);
  });
});

describe('phuluc report', () => {
  async function cellsOf(file: string, sheet: string): Promise<Map<string, unknown>> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet(sheet)!;
    const cells = new Map<string, unknown>();
    ws.eachRow({ includeEmpty: true }, (row) => row.eachCell({ includeEmpty: true }, (c) => {
      const v = plainValue(c.value);
      cells.set(c.address, v instanceof Date ? v.toISOString() : v);
    }));
    return cells;
  }

  it.each(['sct-khanh-hoa-2025-theo-doi.xlsx', 'sxd-khanh-hoa-2025.xlsx', 'sct-2021.xlsx', 'sct-khanh-hoa-2024-khac-phuc.xlsx'])(
    'writes a coloured copy with the summary of %s and leaves every plan value as it was',
    async (name) => {
      const input = fixture(name);
      const before = await fs.readFile(input);
      const out = path.join(tmp, `out-${name}`);
      const r = await run(['report', input, '-o', out, '--as-of', '2025-12-20', '--period', 'q4']);
      expect(r.stderr).toBe('');
      expect([0, 1]).toContain(r.code);
      expect(Buffer.compare(await fs.readFile(input), before)).toBe(0);

      const original = new ExcelJS.Workbook();
      await original.xlsx.readFile(input);
      const written = new ExcelJS.Workbook();
      await written.xlsx.readFile(out);
      for (const ws of original.worksheets) {
        expect(await cellsOf(out, ws.name)).toEqual(await cellsOf(input, ws.name));
        const merges = (w: ExcelJS.Worksheet | undefined) => [...((w as unknown as { model: { merges: string[] } }).model.merges)].sort();
        expect(merges(written.getWorksheet(ws.name))).toEqual(merges(ws));
      }
      const summary = written.worksheets.find((w) => w.name.startsWith('Tổng hợp'));
      expect(summary).toBeDefined();
      expect(summary!.name.length).toBeLessThanOrEqual(31);
      const tables = (summary as unknown as { tables: Record<string, unknown> }).tables;
      expect(Object.keys(tables).length).toBeGreaterThanOrEqual(5);
      const plan = written.worksheets[0] as unknown as { conditionalFormattings: { rules: { formulae?: string[] }[] }[] };
      const ours = plan.conditionalFormattings.filter((cf) => cf.rules.some((rule) => (rule.formulae ?? []).some(isPhulucRuleFormula)));
      expect(ours.length).toBeGreaterThan(0);
    },
  );

  it('refuses to write over its input', async () => {
    const copy = path.join(tmp, 'copy.xlsx');
    await fs.copyFile(fixture('sct-2021.xlsx'), copy);
    const before = await fs.readFile(copy);
    const r = await run(['report', copy, '-o', copy]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/không bao giờ ghi đè/);
    expect(Buffer.compare(await fs.readFile(copy), before)).toBe(0);
  });

  it('rejects an unknown period', async () => {
    const r = await run(['report', fixture('sct-2021.xlsx'), '-o', path.join(tmp, 'x.xlsx'), '--period', 'q5']);
    expect(r.code).toBe(2);
    await expect(fs.access(path.join(tmp, 'x.xlsx'))).rejects.toThrow();
  });
});
