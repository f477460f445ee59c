import { STRINGS } from './strings';

type Tree = Record<string, unknown>;

/** Every key path of a strings object ("periodNames.q1"), functions counted as leaves. */
function paths(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    value !== null && typeof value === 'object' ? paths(value as Tree, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

function leaf(tree: Tree, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Tree)[key], tree);
}

describe('pane strings', () => {
  const vi = STRINGS.vi as unknown as Tree;
  const en = STRINGS.en as unknown as Tree;

  it('every Vietnamese key has an English one, and no more', () => {
    expect(paths(en).sort()).toEqual(paths(vi).sort());
  });

  it('no string is empty, and functions take the same number of arguments', () => {
    for (const path of paths(vi)) {
      const a = leaf(vi, path);
      const b = leaf(en, path);
      expect(typeof b).toBe(typeof a);
      if (typeof a === 'function' && typeof b === 'function') {
        expect([path, b.length]).toEqual([path, a.length]);
        const args = Array.from({ length: a.length }, (_, i) => (i === 0 ? 'X' : 2));
        expect((a as (...x: unknown[]) => string)(...args).trim()).not.toBe('');
        expect((b as (...x: unknown[]) => string)(...args).trim()).not.toBe('');
      } else {
        expect([path, String(a).trim() !== '']).toEqual([path, true]);
        expect([path, String(b).trim() !== '']).toEqual([path, true]);
      }
    }
  });

  it('the Vietnamese texts are Vietnamese (the main labels are not left in English)', () => {
    expect(STRINGS.vi.tabCheck).toBe('Kiểm tra');
    expect(STRINGS.vi.tabColour).toBe('Tô màu');
    expect(STRINGS.vi.tabSummary).toBe('Tổng hợp');
    expect(STRINGS.vi.clearButton).toBe('Xoá màu');
    const same = paths(vi).filter((p) => typeof leaf(vi, p) === 'string' && leaf(vi, p) === leaf(en, p));
    // Only the language names and the date pattern may read the same in both.
    expect(same.sort()).toEqual(['datePlaceholder', 'langEn', 'langVi', 'rateNone']);
  });
});
