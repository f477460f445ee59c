/**
 * Every labelled deadline of test/fixtures/deadlines.tsv (SPEC §2): kind, due, milestones, findings.
 * Columns: text, plan_year, kind ("a|b" accepts either), due, milestones (comma-separated), findings.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { parseDeadline } from '../src/core/deadline';

interface Row {
  line: number;
  text: string;
  planYear: number;
  kinds: string[];
  due: string | null;
  milestones: string[];
  findings: string[];
}

function list(cell: string | undefined): string[] {
  return (cell ?? '').split(',').map((s) => s.trim()).filter((s) => s.length > 0);
}

const rows: Row[] = readFileSync(join(__dirname, 'fixtures', 'deadlines.tsv'), 'utf8')
  .split(/\r?\n/)
  .slice(1)
  .map((raw, i) => ({ raw, line: i + 2 }))
  .filter(({ raw }) => raw.includes('\t'))
  .map(({ raw, line }) => {
    const [text, planYear, kind, due, milestones, findings] = raw.split('\t');
    return {
      line,
      text,
      planYear: Number(planYear),
      kinds: kind.split('|'),
      due: due ? due : null,
      milestones: list(milestones),
      findings: list(findings),
    };
  });

describe('deadlines.tsv', () => {
  it('holds the 84 labelled lines', () => {
    expect(rows).toHaveLength(84);
  });

  it.each(rows.map((r) => [`${r.line}: ${JSON.stringify(r.text)} (${r.planYear})`, r] as const))('%s', (_name, row) => {
    const d = parseDeadline(row.text, { planYear: row.planYear });
    expect(row.kinds).toContain(d.kind);
    expect(d.due).toBe(row.due);
    expect(d.milestones).toEqual(row.milestones);
    expect([...d.findings].sort()).toEqual([...row.findings].sort());
    expect(d.text).toBe(row.text.trim());
  });
});

// The same lines as they arrive from other sources: decomposed Unicode (macOS, some PDF converters),
// typed without diacritics, in capitals, or as HTML with the line in a list item.
const stripMarks = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
const variants: [string, (s: string) => string][] = [
  ['NFD', (s) => s.normalize('NFD')],
  ['no diacritics', stripMarks],
  ['capitals', (s) => s.toUpperCase()],
  ['HTML', (s) => `<ul><li>${s.replace(/&/g, '&amp;')}</li></ul>`],
];

describe.each(variants)('deadlines.tsv, %s', (_variant, transform) => {
  it('reads every line as the original', () => {
    for (const row of rows) {
      const original = parseDeadline(row.text, { planYear: row.planYear });
      const changed = parseDeadline(transform(row.text), { planYear: row.planYear });
      expect({ line: row.line, kind: changed.kind, due: changed.due, milestones: changed.milestones, findings: changed.findings }).toEqual({
        line: row.line,
        kind: original.kind,
        due: original.due,
        milestones: original.milestones,
        findings: original.findings,
      });
    }
  });
});
