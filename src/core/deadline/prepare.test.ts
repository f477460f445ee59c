import fc from 'fast-check';
import { foldCleanLine, parseYear, prepareText, textBefore } from './prepare';
import { cleanText, fold } from '../text';

describe('prepareText', () => {
  it('keeps the cleaned text and folds each line on its own', () => {
    expect(prepareText('<b>Quý I</b>/2025<br>Trước  ngày 30/9/2025')).toEqual({
      clean: 'Quý I/2025\nTrước ngày 30/9/2025',
      folded: 'quy i/2025\ntruoc ngay 30/9/2025',
    });
  });

  it('folds NFD, capitals, đ and typographic dashes', () => {
    expect(prepareText('ĐẾN HẾT NGÀY 30–9–2025'.normalize('NFD')).folded).toBe('den het ngay 30-9-2025');
  });

  it('folds each line exactly as fold() does', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
        const expected = cleanText(s)
          .split('\n')
          .map(fold)
          .join('\n')
          .replace(/[\u2010-\u2015\u2212]/g, '-');
        expect(prepareText(s).folded).toBe(expected);
      }),
      { numRuns: 3000 },
    );
    for (const line of ['Tiến  độ', 'TIẾN ĐỘ', 'Thường xuyên'.normalize('NFD'), 'a \u0301 b', '\u0301x']) {
      expect(foldCleanLine(cleanText(line))).toBe(fold(line));
    }
  });
});

describe('textBefore', () => {
  it('marks the start of the text with a line break', () => {
    expect(textBefore('quy i', 0)).toBe('\n');
    expect(textBefore('truoc 30/11', 6)).toBe('\ntruoc ');
    expect(textBefore('x'.repeat(100), 100)).toBe('x'.repeat(48));
  });
});

describe('parseYear', () => {
  it('accepts four-digit years and never guesses short ones', () => {
    expect(parseYear('2025')).toEqual({ year: 2025, invalid: false });
    expect(parseYear(undefined)).toEqual({ year: null, invalid: false });
    for (const bad of ['25', '202', '20255', '0202', '3025']) expect(parseYear(bad)).toEqual({ year: null, invalid: true });
  });
});
