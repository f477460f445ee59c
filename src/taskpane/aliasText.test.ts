import { formatAliases, parseAliases } from './aliasText';

describe('unit alias text', () => {
  it('reads "canonical = alias, alias" lines', () => {
    const parsed = parseAliases('Văn phòng Sở = VP Sở, Văn phòng\n\n  Phòng QLCN =  P. QLCN ; Phòng Quản lý công nghiệp \n');
    expect(parsed).toEqual({
      ok: true,
      aliases: { 'Văn phòng Sở': ['VP Sở', 'Văn phòng'], 'Phòng QLCN': ['P. QLCN', 'Phòng Quản lý công nghiệp'] },
    });
  });

  it('merges repeated canonical names and drops the canonical name from its own aliases', () => {
    expect(parseAliases('A = B\nA = C, A, B')).toEqual({ ok: true, aliases: { A: ['B', 'C'] } });
  });

  it('says which line is wrong', () => {
    expect(parseAliases('A = B\nVăn phòng Sở\nC = D')).toEqual({ ok: false, line: 2 });
    expect(parseAliases(' = B')).toEqual({ ok: false, line: 1 });
  });

  it('round-trips through the text form', () => {
    const aliases = { 'Văn phòng Sở': ['VP Sở', 'Văn phòng'], 'Thanh tra Sở': [] };
    expect(parseAliases(formatAliases(aliases))).toEqual({ ok: true, aliases });
  });

  it('empty text is no aliases', () => {
    expect(parseAliases('')).toEqual({ ok: true, aliases: {} });
  });
});
