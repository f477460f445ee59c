/**
 * The `phuluc` command (SPEC §7). Exit codes: 0 analysed with no error findings, 1 analysed with
 * error findings, 2 could not analyse — with one clear line on stderr, never a stack trace.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { checkWorkbook, colourRows, writeSummary, type CheckOptions, type Outcome } from '../app/actions';
import { openWorkbook } from '../app/open';
import { checkJson } from '../app/contract';
import { userError } from '../app/errors';
import { fromLocalDate, isIsoDate } from '../core/dates';
import { parseDeadline } from '../core/deadline';
import { defaultPeriodFor, parsePeriodArg, resolvePeriod } from '../core/summary';
import type { Period } from '../core/summary/types';
import type { Lang, UnitAliases } from '../core/types';
import { parseAliasFile } from '../core/units';
import type { ExcelJsWorkbook } from '../port/exceljs';
import { flagString, flagSwitch, parseArgs, type ParsedArgs } from './args';
import { formatCheck, formatReport } from './format';
import { helpText } from './help';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<string>;
  /** Today's date; the command line is where the clock is read. */
  today: () => string;
}

const defaultIo: Io = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
  today: () => fromLocalDate(new Date()),
};

class CliError extends Error {}

export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  const parsed = parseArgs(argv);
  // Known before parsing, so even an argument error is reported in the language asked for.
  const lang: Lang = /(?:^|\s)--lang(?:=|\s+)en(?:\s|$)/.test(argv.join(' ')) ? 'en' : 'vi';
  if (!parsed.ok) return failWith(io, `${lang === 'vi' ? 'Tham số không hợp lệ' : 'Invalid arguments'}: ${parsed.error}. phuluc --help`);
  const args = parsed.args;
  const langFlag = flagString(args, 'lang');
  if (langFlag !== undefined && langFlag !== 'vi' && langFlag !== 'en') return failWith(io, '--lang: vi | en');
  try {
    if (flagSwitch(args, 'version')) {
      io.stdout(`${VERSION}\n`);
      return 0;
    }
    if (flagSwitch(args, 'help') || args.command === null || args.command === 'help') {
      io.stdout(helpText(lang));
      return args.command === null && !flagSwitch(args, 'help') ? 2 : 0;
    }
    switch (args.command) {
      case 'check':
        return await runCheck(args, lang, io);
      case 'report':
        return await runReport(args, lang, io);
      case 'deadline':
        return await runDeadline(args, lang, io);
      default:
        return failWith(io, lang === 'vi' ? `Không có lệnh "${args.command}". Xem: phuluc --help` : `No command "${args.command}". See: phuluc --help`);
    }
  } catch (error) {
    if (error instanceof CliError) return failWith(io, error.message);
    // Anything unexpected still ends in one line, never a stack trace.
    const detail = error instanceof Error ? error.message : String(error);
    return failWith(io, lang === 'vi' ? `Lỗi không mong đợi: ${detail}` : `Unexpected error: ${detail}`);
  }
}

const VERSION = '0.1.0';

function failWith(io: Io, message: string): number {
  io.stderr(`phuluc: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
  return 2;
}

function unwrap<T>(outcome: Outcome<T>): T {
  if (!outcome.ok) throw new CliError(outcome.error.message);
  return outcome.value;
}

function say(lang: Lang, vi: string, en: string): string {
  return lang === 'vi' ? vi : en;
}

interface CommonOptions {
  file: string;
  check: CheckOptions;
}

async function commonOptions(args: ParsedArgs, lang: Lang, io: Io): Promise<CommonOptions> {
  const file = args.positional[0];
  if (!file) throw new CliError(say(lang, 'Thiếu tên tệp .xlsx. Ví dụ: phuluc check ke-hoach.xlsx', 'Missing the .xlsx file. Example: phuluc check plan.xlsx'));
  const asOf = flagString(args, 'as-of') ?? io.today();
  if (!isIsoDate(asOf)) throw new CliError(say(lang, `Ngày --as-of phải có dạng YYYY-MM-DD, ví dụ 2025-12-20 (nhận được "${asOf}").`, `--as-of must be YYYY-MM-DD, e.g. 2025-12-20 (got "${asOf}").`));
  const yearText = flagString(args, 'year');
  const planYear = yearText !== undefined ? Number(yearText) : undefined;
  if (planYear !== undefined && !(Number.isInteger(planYear) && planYear >= 1990 && planYear <= 2100)) {
    throw new CliError(say(lang, `Năm --year không hợp lệ: "${yearText}".`, `Invalid --year: "${yearText}".`));
  }
  const dueText = flagString(args, 'due-soon');
  const dueSoonDays = dueText !== undefined ? Number(dueText) : undefined;
  if (dueSoonDays !== undefined && !(Number.isInteger(dueSoonDays) && dueSoonDays >= 0 && dueSoonDays <= 365)) {
    throw new CliError(say(lang, `--due-soon phải là số ngày từ 0 đến 365 (nhận được "${dueText}").`, `--due-soon must be a number of days from 0 to 365 (got "${dueText}").`));
  }
  const unitAliases = await readAliases(flagString(args, 'aliases'), lang);
  return { file, check: { sheet: flagString(args, 'sheet'), asOf, planYear, dueSoonDays, lang, unitAliases } };
}

async function readAliases(file: string | undefined, lang: Lang): Promise<UnitAliases | undefined> {
  if (!file) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(await fs.readFile(file, 'utf8'));
  } catch (error) {
    throw new CliError(say(lang, `Không đọc được tệp bí danh đơn vị "${file}" (cần JSON dạng {"Văn phòng Sở": ["VP Sở"]}).`, `Cannot read the unit alias file "${file}" (JSON like {"Văn phòng Sở": ["VP Sở"]} expected).`));
  }
  const parsed = parseAliasFile(json);
  if (parsed.errors.length > 0) throw new CliError(say(lang, `Tệp bí danh "${file}" không hợp lệ: ${parsed.errors.join('; ')}`, `Invalid alias file "${file}": ${parsed.errors.join('; ')}`));
  return parsed.aliases;
}

async function openFile(file: string, lang: Lang): Promise<ExcelJsWorkbook> {
  let bytes: Buffer;
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) throw new CliError(userError('not_xlsx', lang).message);
    bytes = await fs.readFile(file);
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(userError('file_not_found', lang, { file }).message);
    throw new CliError(userError('read_failed', lang, { detail: code ?? String(error) }).message);
  }
  return unwrap(await openWorkbook(bytes, lang));
}

async function runCheck(args: ParsedArgs, lang: Lang, io: Io): Promise<number> {
  const { file, check } = await commonOptions(args, lang, io);
  const workbook = await openFile(file, lang);
  const analysis = unwrap(await checkWorkbook(workbook, check));
  if (flagSwitch(args, 'json')) {
    const period = resolvePeriod(defaultPeriodFor(analysis.asOf, analysis.planYear), analysis.planYear, { lang });
    io.stdout(`${JSON.stringify(checkJson(path.basename(file), analysis, period, check.unitAliases), null, 2)}\n`);
  } else {
    io.stdout(`${formatCheck(file, analysis, lang)}\n`);
  }
  return analysis.findings.some((f) => f.severity === 'error') ? 1 : 0;
}

async function samePath(a: string, b: string): Promise<boolean> {
  const real = async (p: string) => fs.realpath(p).catch(() => path.resolve(p));
  return (await real(a)) === (await real(b));
}

async function runReport(args: ParsedArgs, lang: Lang, io: Io): Promise<number> {
  const { file, check } = await commonOptions(args, lang, io);
  const out = flagString(args, 'output');
  if (!out) throw new CliError(say(lang, 'Thiếu tệp kết quả: phuluc report TỆP.xlsx -o KẾT-QUẢ.xlsx', 'Missing the output file: phuluc report FILE.xlsx -o OUT.xlsx'));
  if (await samePath(file, out)) {
    throw new CliError(say(lang, 'Tệp kết quả phải khác tệp gốc: phuluc không bao giờ ghi đè lên kế hoạch của bạn.', 'The output must be a different file: phuluc never writes over your plan.'));
  }
  const cutoffText = flagString(args, 'cutoff-day');
  const cutoffDay = cutoffText !== undefined ? Number(cutoffText) : undefined;
  if (cutoffDay !== undefined && !(Number.isInteger(cutoffDay) && cutoffDay >= 1 && cutoffDay <= 28)) {
    throw new CliError(say(lang, `--cutoff-day phải từ 1 đến 28 (nhận được "${cutoffText}").`, `--cutoff-day must be 1 to 28 (got "${cutoffText}").`));
  }
  const workbook = await openFile(file, lang);
  const analysis = unwrap(await checkWorkbook(workbook, check));
  const periodArg = flagString(args, 'period');
  let period: Period;
  if (periodArg) {
    const p = parsePeriodArg(periodArg, analysis.planYear, cutoffDay, lang);
    if (!p.ok) throw new CliError(p.error);
    period = p.period;
  } else {
    period = resolvePeriod(defaultPeriodFor(analysis.asOf, analysis.planYear), analysis.planYear, { lang, cutoffDay });
  }
  const coloured = unwrap(await colourRows(workbook, analysis, { includeDone: flagSwitch(args, 'include-done'), lang }));
  const summary = unwrap(await writeSummary(workbook, analysis, period, { lang, unitAliases: check.unitAliases }));
  const bytes = await workbook.toBuffer();
  // Write next to the target and rename, so a failure never leaves a half-written file.
  const temp = `${out}.${process.pid}.tmp`;
  try {
    await fs.mkdir(path.dirname(path.resolve(out)), { recursive: true });
    await fs.writeFile(temp, bytes);
    await fs.rename(temp, out);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw new CliError(say(lang, `Không ghi được tệp "${out}" (${(error as NodeJS.ErrnoException).code ?? error}).`, `Cannot write "${out}" (${(error as NodeJS.ErrnoException).code ?? error}).`));
  }
  io.stdout(`${formatCheck(file, analysis, lang)}\n\n${formatReport(out, summary, coloured.rowCount, lang)}\n`);
  return analysis.findings.some((f) => f.severity === 'error') ? 1 : 0;
}

async function runDeadline(args: ParsedArgs, lang: Lang, io: Io): Promise<number> {
  if (!flagSwitch(args, 'jsonl')) throw new CliError(say(lang, 'Dùng: phuluc deadline --year YYYY --jsonl < các-dòng.jsonl', 'Usage: phuluc deadline --year YYYY --jsonl < lines.jsonl'));
  const yearText = flagString(args, 'year') ?? io.today().slice(0, 4);
  const planYear = Number(yearText);
  if (!Number.isInteger(planYear) || planYear < 1990 || planYear > 2100) throw new CliError(say(lang, `Năm --year không hợp lệ: "${yearText}".`, `Invalid --year: "${yearText}".`));
  const input = await io.readStdin();
  const lines = input.split(/\r?\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  let bad = 0;
  const out: string[] = [];
  for (const [i, line] of lines.entries()) {
    let text: unknown;
    try {
      text = JSON.parse(line);
    } catch {
      text = undefined;
    }
    if (typeof text !== 'string') {
      bad++;
      out.push(JSON.stringify({ error: say(lang, `dòng ${i + 1} không phải là một chuỗi JSON`, `line ${i + 1} is not a JSON string`) }));
      continue;
    }
    const d = parseDeadline(text, { planYear });
    out.push(JSON.stringify({ kind: d.kind, due: d.due, milestones: d.milestones, findings: d.findings }));
  }
  io.stdout(out.length ? `${out.join('\n')}\n` : '');
  if (bad > 0) {
    io.stderr(`phuluc: ${say(lang, `${bad} dòng không phải là chuỗi JSON (mỗi dòng phải là một chuỗi, ví dụ "Quý I/2025").`, `${bad} lines are not JSON strings (each line must be a string, e.g. "Quý I/2025").`)}\n`);
    return 2;
  }
  return 0;
}
