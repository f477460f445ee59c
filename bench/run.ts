/**
 * Speed benchmark (issue: core ≤ 100 ms per 10,000 tasks, linear; `check` ≤ 1.3 × the bare exceljs load).
 * Builds plans of 10,000 and 100,000 tasks from the rows of a real fixture, then prints medians.
 *   npm run bench            (BENCH_SIZES=10000,100000 BENCH_RUNS=5 to change; BENCH_KEEP=1 keeps the plans)
 */
import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { checkWorkbook } from '../src/app/actions';
import { openWorkbook } from '../src/app/open';
import { analyseSheet } from '../src/core/analyse';
import { parseDeadline } from '../src/core/deadline';
import type { SheetGrid } from '../src/core/types';
import { openXlsx } from '../src/port/exceljs';

const FIXTURE = path.join(__dirname, '..', '..', 'test', 'fixtures', 'sct-khanh-hoa-2025-theo-doi.xlsx');
const AS_OF = '2025-10-15';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** A plan of `tasks` tasks: the fixture's title and header, then its sections and rows repeated. */
async function buildPlan(tasks: number, file: string): Promise<void> {
  const source = new ExcelJS.Workbook();
  await source.xlsx.readFile(FIXTURE);
  const ws = source.worksheets[0];
  const header: ExcelJS.CellValue[][] = [];
  const sections: { title: ExcelJS.CellValue[]; rows: ExcelJS.CellValue[][] }[] = [];
  ws.eachRow((row, r) => {
    const values = (row.values as ExcelJS.CellValue[]).slice(1);
    if (r <= 5) header.push(values);
    else if (typeof values[0] === 'string' && /^[IVX]+$/.test(values[0])) sections.push({ title: values, rows: [] });
    else sections[sections.length - 1]?.rows.push(values);
  });
  const out = new ExcelJS.Workbook();
  const sheet = out.addWorksheet('Phụ lục');
  header.forEach((v) => sheet.addRow(v));
  let n = 0;
  let s = 0;
  const roman = (k: number) => ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'][k % 10];
  while (n < tasks) {
    const section = sections[s % sections.length];
    sheet.addRow([roman(s), section.title[1]]);
    for (const row of section.rows) {
      if (n >= tasks) break;
      n++;
      sheet.addRow([n, ...row.slice(1)]);
    }
    s++;
  }
  await out.xlsx.writeFile(file);
}

async function time<T>(fn: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}

async function main(): Promise<void> {
  const sizes = (process.env.BENCH_SIZES ?? '10000,100000').split(',').map(Number);
  const runs = Number(process.env.BENCH_RUNS ?? 5);
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'phuluc-bench-'));
  console.log(`phuluc benchmark — node ${process.version}, ${os.cpus().length} CPU, medians of ${runs} runs\n`);
  const rows: string[][] = [['tasks', 'core ms', 'core ms / 10k', 'exceljs load ms', 'check ms', 'check / load']];
  try {
    for (const size of sizes) {
      const file = path.join(dir, `plan-${size}.xlsx`);
      await buildPlan(size, file);
      const bytes = await fs.readFile(file);

      const opened = await openXlsx(bytes);
      if (!opened.ok) throw new Error(opened.detail);
      const grid: SheetGrid = await opened.workbook.readSheet('Phụ lục');
      const core: number[] = [];
      for (let i = 0; i < runs; i++) {
        const r = await time(() => analyseSheet(grid, { asOf: AS_OF }));
        if (!r.value.ok || r.value.analysis.tasks.length !== size) throw new Error(`read ${r.value.ok ? r.value.analysis.tasks.length : 'nothing'} of ${size} tasks`);
        core.push(r.ms);
      }

      const load: number[] = [];
      const check: number[] = [];
      const heavyRuns = size >= 100000 ? Math.min(runs, 3) : runs;
      for (let i = 0; i < heavyRuns; i++) {
        load.push((await time(() => new ExcelJS.Workbook().xlsx.load(bytes as unknown as ExcelJS.Buffer))).ms);
        const c = await time(async () => {
          const wb = await openWorkbook(bytes, 'vi');
          if (!wb.ok) throw new Error(wb.error.message);
          return checkWorkbook(wb.value, { asOf: AS_OF, lang: 'vi' });
        });
        if (!c.value.ok) throw new Error(c.value.error.message);
        check.push(c.ms);
      }
      const coreMs = median(core);
      rows.push([
        String(size),
        coreMs.toFixed(1),
        ((coreMs * 10000) / size).toFixed(1),
        median(load).toFixed(0),
        median(check).toFixed(0),
        (median(check) / median(load)).toFixed(2),
      ]);
    }
  } finally {
    if (process.env.BENCH_KEEP) console.log(`plans kept in ${dir}`);
    else await fs.rm(dir, { recursive: true, force: true });
  }
  // The deadline grammar alone, on the 84 labelled texts of the fixtures.
  const texts = (await fs.readFile(path.join(path.dirname(FIXTURE), 'deadlines.tsv'), 'utf8')).split('\n').slice(1).map((l) => l.split('\t')[0]);
  const parse: number[] = [];
  for (let i = 0; i < runs; i++) {
    const n = 50000;
    const r = await time(() => {
      for (let k = 0; k < n; k++) parseDeadline(texts[k % texts.length], { planYear: 2025 });
    });
    parse.push((r.ms * 1000) / n);
  }
  console.log(`deadline parser: ${median(parse).toFixed(1)} µs per text (median)\n`);

  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  for (const r of rows) console.log(r.map((c, i) => c.padStart(widths[i])).join('  '));
  console.log('\nGoals: core ≤ 100 ms per 10,000 tasks (linear); check / load ≤ 1.30.');
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
