/**
 * Command-line arguments: `phuluc COMMAND [FILE] [--flag value] [--switch]`. Hand-written so the
 * messages are ours (Vietnamese first) and the contract in SPEC §7 stays exactly as written.
 */
export interface ParsedArgs {
  command: string | null;
  positional: string[];
  flags: Map<string, string | true>;
}

/** Flags that take a value. */
const VALUE_FLAGS = new Set([
  'sheet',
  'as-of',
  'year',
  'due-soon',
  'lang',
  'period',
  'output',
  'aliases',
  'cutoff-day',
]);

/** Flags that take no value. */
const SWITCHES = new Set(['json', 'jsonl', 'include-done', 'help', 'version']);

const SHORT: Record<string, string> = { o: 'output', h: 'help', V: 'version' };

export type ArgsResult = { ok: true; args: ParsedArgs } | { ok: false; error: string };

export function parseArgs(argv: string[]): ArgsResult {
  const flags = new Map<string, string | true>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    const long = /^--([a-z][a-z-]*)(?:=(.*))?$/.exec(arg);
    const short = /^-([a-zA-Z])$/.exec(arg);
    const name = long ? long[1] : short ? SHORT[short[1]] : undefined;
    if (long || short) {
      if (!name || (!VALUE_FLAGS.has(name) && !SWITCHES.has(name))) return { ok: false, error: `unknown option ${arg}` };
      if (VALUE_FLAGS.has(name)) {
        const value = long?.[2] ?? argv[++i];
        if (value === undefined || (value.startsWith('--') && !long?.[2])) return { ok: false, error: `option --${name} needs a value` };
        flags.set(name, value);
      } else {
        if (long?.[2] !== undefined) return { ok: false, error: `option --${name} takes no value` };
        flags.set(name, true);
      }
      continue;
    }
    positional.push(arg);
  }
  const command = positional.shift() ?? null;
  return { ok: true, args: { command, positional, flags } };
}

export function flagString(args: ParsedArgs, name: string): string | undefined {
  const v = args.flags.get(name);
  return typeof v === 'string' ? v : undefined;
}

export function flagSwitch(args: ParsedArgs, name: string): boolean {
  return args.flags.get(name) === true;
}
