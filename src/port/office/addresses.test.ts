import { columnAddress, parseAreas, rangeAddress } from './addresses';

describe('addresses', () => {
  it('builds A1 addresses', () => {
    expect(rangeAddress({ top: 1, left: 1, bottom: 10, right: 5 })).toBe('A1:E10');
    expect(rangeAddress({ top: 4, left: 28, bottom: 4, right: 28 })).toBe('AB4');
    expect(columnAddress(3)).toBe('C:C');
  });

  it('parses multi-area addresses, with sheet names quoted, holding commas, quotes and "!"', () => {
    expect(parseAreas("'Phụ lục, 2025'!A5:A7, 'Phụ lục, 2025'!C10:D10")).toEqual([
      { top: 5, left: 1, bottom: 7, right: 1 },
      { top: 10, left: 3, bottom: 10, right: 4 },
    ]);
    expect(parseAreas("'Kế hoạch ''A''!'!$B$2:$B$4,Sheet1!AA3")).toEqual([
      { top: 2, left: 2, bottom: 4, right: 2 },
      { top: 3, left: 27, bottom: 3, right: 27 },
    ]);
    expect(parseAreas('')).toEqual([]);
    expect(parseAreas(null)).toEqual([]);
  });
});
