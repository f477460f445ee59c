/**
 * The unit alias list as people edit it in the settings: one unit per line,
 * "canonical = alias 1, alias 2". Empty lines are skipped; a line without "=" or without a
 * canonical name is reported by its 1-based number so the pane can say which one to fix.
 */
import type { UnitAliases } from '../core/types';

export function formatAliases(aliases: UnitAliases): string {
  return Object.entries(aliases)
    .map(([canonical, others]) => `${canonical} = ${others.join(', ')}`)
    .join('\n');
}

export type AliasParse = { ok: true; aliases: UnitAliases } | { ok: false; line: number };

export function parseAliases(text: string): AliasParse {
  const aliases: UnitAliases = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === '') continue;
    const eq = line.indexOf('=');
    if (eq < 0) return { ok: false, line: i + 1 };
    const canonical = line.slice(0, eq).trim().replace(/\s+/g, ' ');
    if (canonical === '') return { ok: false, line: i + 1 };
    const others = line
      .slice(eq + 1)
      .split(/[,;]/)
      .map((name) => name.trim().replace(/\s+/g, ' '))
      .filter((name) => name !== '' && name !== canonical);
    // The same canonical name on two lines: keep both lists.
    const list = aliases[canonical] ?? [];
    for (const name of others) if (!list.includes(name)) list.push(name);
    aliases[canonical] = list;
  }
  return { ok: true, aliases };
}
