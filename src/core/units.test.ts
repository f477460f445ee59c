import fc from 'fast-check';
import { assignmentFromColumns, parseAssignment, splitUnitPhrase } from './units';
import { DEFAULT_UNIT_ALIASES, parseAliasFile, unitKey } from './units-aliases';

const nfd = (s: string) => s.normalize('NFD');
const unaccented = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');

describe('parseAssignment: roles marked in the text', () => {
  it('reads "X chủ trì, … - Y phối hợp thực hiện" (lead and support)', () => {
    expect(parseAssignment('Văn phòng Sở chủ trì, xây dựng kế hoạch - Các phòng, đơn vị có liên quan phối hợp thực hiện')).toEqual({
      lead: ['Văn phòng Sở'],
      support: ['Các phòng, đơn vị có liên quan'],
    });
  });

  it('reads labelled lists "- Đơn vị chủ trì: …; - Đơn vị phối hợp: …"', () => {
    expect(
      parseAssignment('- Đơn vị chủ trì: Văn phòng Sở; - Đơn vị phối hợp: các phòng, ban, đơn vị thuộc và trực thuộc Sở.'),
    ).toEqual({ lead: ['Văn phòng Sở'], support: ['các phòng, ban, đơn vị thuộc và trực thuộc Sở'] });
  });

  it('cuts what the unit does off a labelled name', () => {
    expect(
      parseAssignment(
        '- Đơn vị chủ trì: Văn phòng Sở tổng hợp, báo cáo; - Đơn vị phối hợp: các phòng, ban, đơn vị được phân công tham mưu VBQPPL thực hiện rà soát, báo cáo.',
      ),
    ).toEqual({ lead: ['Văn phòng Sở'], support: ['các phòng, ban, đơn vị được phân công'] });
  });

  it('reads "X chủ trì phối hợp với Y thực hiện": Y supports', () => {
    expect(parseAssignment('Văn phòng chủ trì phối hợp với Phòng chuyên môn, đơn vị thuộc sở thực hiện')).toEqual({
      lead: ['Văn phòng'],
      support: ['Phòng chuyên môn, đơn vị thuộc sở'],
    });
  });

  it('splits "Trung tâm … và phòng, đơn vị thuộc sở" into two supporting units', () => {
    expect(
      parseAssignment('Văn phòng sở chủ trì; Trung tâm Khuyến công và Xúc tiến thương mại và phòng, đơn vị thuộc sở phối hợp thực hiện'),
    ).toEqual({
      lead: ['Văn phòng sở'],
      support: ['Trung tâm Khuyến công và Xúc tiến thương mại', 'phòng, đơn vị thuộc sở'],
    });
  });

  it('gives support and no lead for "… phối hợp thực hiện" alone', () => {
    expect(parseAssignment('Phòng chuyên môn, đơn vị thuộc sở phối hợp thực hiện')).toEqual({
      lead: [],
      support: ['Phòng chuyên môn, đơn vị thuộc sở'],
    });
  });

  it('counts "Đơn vị thực hiện" as lead when nothing is chủ trì, else as support', () => {
    expect(
      parseAssignment('- Đơn vị chủ trì: Văn phòng Sở - Đơn vị thực hiện: Tất cả các phòng, ban, đơn vị thuộc và trực thuộc Sở.'),
    ).toEqual({ lead: ['Văn phòng Sở'], support: ['Tất cả các phòng, ban, đơn vị thuộc và trực thuộc Sở'] });
    expect(parseAssignment('- Đơn vị thực hiện: Văn phòng Sở; - Đơn vị phối hợp: Thanh tra Sở')).toEqual({
      lead: ['Văn phòng Sở'],
      support: ['Thanh tra Sở'],
    });
  });

  it('keeps a label for "+" items until the next "-" item', () => {
    const text =
      '- Đơn vị thực hiện: + Văn phòng Sở tham mưu biên chế công chức năm 2026; + Các đơn vị sự nghiệp trực thuộc Sở tham mưu Kế hoạch số lượng người làm việc hàng năm. - Đơn vị phối hợp: các phòng, ban, đơn vị thuộc và trực thuộc Sở.';
    expect(parseAssignment(text)).toEqual({
      lead: ['Văn phòng Sở', 'Các đơn vị sự nghiệp trực thuộc Sở'],
      support: ['các phòng, ban, đơn vị thuộc và trực thuộc Sở'],
    });
  });

  it('keeps the typo "Văn Sở" as written', () => {
    expect(parseAssignment('Văn Sở chủ trì, các phòng chuyên môn phối hợp, thực hiện.')).toEqual({
      lead: ['Văn Sở'],
      support: ['các phòng chuyên môn'],
    });
  });

  it('reads ", Y phối hợp" after a chủ trì clause that goes on with verbs', () => {
    expect(parseAssignment('Văn phòng Sở chủ trì, tham mưu kế hoạch, các phòng, đơn vị phối hợp')).toEqual({
      lead: ['Văn phòng Sở'],
      support: ['các phòng, đơn vị'],
    });
  });

  it('reads "X phối hợp với Y": X does the work, Y supports', () => {
    expect(parseAssignment('Các phòng chuyên môn phối hợp với Văn phòng Sở niêm yết công khai đầy đủ danh mục TTHC')).toEqual({
      lead: ['Các phòng chuyên môn'],
      support: ['Văn phòng Sở'],
    });
  });

  it('does not treat "phối hợp" in what the unit does as a role of the unit', () => {
    expect(parseAssignment('Thanh tra Sở theo dõi, phối hợp rà soát đôn đốc các phòng chuyên môn thực hiện')).toEqual({
      lead: ['Thanh tra Sở'],
      support: [],
    });
  });

  it('reads the role after a relative clause in the name', () => {
    const a = parseAssignment('Các phòng chuyên môn, đơn vị tham gia giải quyết TTHC phối hợp thực hiện theo hướng dẫn');
    expect(a.lead).toEqual([]);
    expect(a.support).toEqual(['Các phòng chuyên môn, đơn vị']);
  });

  it('makes units doing the work support when another unit is chủ trì', () => {
    expect(
      parseAssignment('- Các phòng chuyên môn chủ trì rà soát, xây dựng phương án.\n- Văn phòng Sở hướng dẫn, thẩm định, trình cấp có thẩm quyền phê duyệt.'),
    ).toEqual({ lead: ['Các phòng chuyên môn'], support: ['Văn phòng Sở'] });
  });

  it('reads HTML lists left over from PDF conversion', () => {
    const html =
      '<ul style="list-style-type: none"> <li>- Văn Sở chủ trì, hướng dẫn, giám sát việc thực hiện của các phòng chuyên môn.</li> <li>- Các phòng chuyên môn phối hợp, thực hiện đính kèm file.</li> </ul>';
    expect(parseAssignment(html)).toEqual({ lead: ['Văn Sở'], support: ['Các phòng chuyên môn'] });
  });
});

describe('parseAssignment: no role words', () => {
  it('takes a bare unit phrase as the lead', () => {
    expect(parseAssignment('Các phòng chuyên môn thuộc sở')).toEqual({ lead: ['Các phòng chuyên môn thuộc sở'], support: [] });
    expect(parseAssignment('Tất cả các phòng, ban, đơn vị thuộc và trực thuộc Sở').lead).toEqual([
      'Tất cả các phòng, ban, đơn vị thuộc và trực thuộc Sở',
    ]);
  });

  it('takes the subject before the verb as the lead', () => {
    expect(parseAssignment('Thanh tra Sở tổng hợp, tham mưu Lãnh đạo Sở xử lý các văn bản trái luật').lead).toEqual(['Thanh tra Sở']);
    expect(parseAssignment('Văn phòng Sở theo dõi, tham mưu Lãnh đạo Sở chỉ đạo việc chấp hành kỷ luật công vụ').lead).toEqual([
      'Văn phòng Sở',
    ]);
    expect(parseAssignment('Các phòng, đơn vị khi dừng tính hồ sơ phải có lý do cụ thể').lead).toEqual(['Các phòng, đơn vị']);
  });

  it('keeps a person-based unit with its place of work', () => {
    expect(parseAssignment('Công chức cử làm việc tại Trung tâm hành chính công tỉnh')).toEqual({
      lead: ['Công chức cử làm việc tại Trung tâm hành chính công tỉnh'],
      support: [],
    });
  });

  it('finds the subject after an opening time phrase', () => {
    expect(parseAssignment('Định kỳ thứ Sáu hằng tuần, Văn phòng Sở tổng hợp, báo cáo Lãnh đạo Sở').lead).toEqual(['Văn phòng Sở']);
  });

  it('does not read a capitalised proper name as a verb', () => {
    expect(parseAssignment('Phòng Kế hoạch - Tài chính - Tổng hợp chủ trì').lead).toEqual(['Phòng Kế hoạch - Tài chính - Tổng hợp']);
    expect(parseAssignment('Trung tâm Đăng kiểm xe cơ giới triển khai thực hiện').lead).toEqual(['Trung tâm Đăng kiểm xe cơ giới']);
  });

  it('names no unit in clauses that only say what to do, or state a rule', () => {
    expect(parseAssignment('Thực hiện nghiêm việc đánh giá hàng tháng đối với CBCCVC, nhân viên tham gia giải quyết TTHC.')).toEqual({
      lead: [],
      support: [],
    });
    expect(
      parseAssignment('Công chức có từ 10% hồ sơ trễ hạn trở lên thì không được xếp loại hoàn thành tốt nhiệm vụ trở lên.'),
    ).toEqual({ lead: [], support: [] });
    expect(parseAssignment('chấn chỉnh, xử lý trách nhiệm của người đứng đầu phòng, đơn vị nếu xảy ra trễ hạn')).toEqual({
      lead: [],
      support: [],
    });
  });

  it('accepts a short unknown name when the cell holds nothing else', () => {
    expect(parseAssignment('Ông Nguyễn Văn A')).toEqual({ lead: ['Ông Nguyễn Văn A'], support: [] });
    expect(parseAssignment('Ông Nguyễn Văn A chủ trì thực hiện; bà Trần Thị B phối hợp')).toEqual({
      lead: ['Ông Nguyễn Văn A'],
      support: ['bà Trần Thị B'],
    });
    expect(parseAssignment('Thực hiện rà soát văn bản chủ trì')).toEqual({ lead: [], support: [] });
    expect(parseAssignment('Theo chức năng nhiệm vụ')).toEqual({ lead: [], support: [] });
  });

  it('gives nothing for empty text', () => {
    expect(parseAssignment('')).toEqual({ lead: [], support: [] });
    expect(parseAssignment('  \n ')).toEqual({ lead: [], support: [] });
  });
});

describe('parseAssignment: spelling', () => {
  const text = 'Văn phòng Sở chủ trì, các phòng, đơn vị có liên quan phối hợp thực hiện';

  it('works on NFD text and returns NFC names', () => {
    expect(parseAssignment(nfd(text))).toEqual({ lead: ['Văn phòng Sở'], support: ['các phòng, đơn vị có liên quan'] });
  });

  it('works without diacritics and in capitals', () => {
    expect(parseAssignment(unaccented(text))).toEqual({ lead: ['Van phong So'], support: ['cac phong, don vi co lien quan'] });
    expect(parseAssignment('Van phong So chu tri')).toEqual({ lead: ['Van phong So'], support: [] });
    expect(parseAssignment('VĂN PHÒNG SỞ CHỦ TRÌ; CÁC PHÒNG PHỐI HỢP')).toEqual({ lead: ['VĂN PHÒNG SỞ'], support: ['CÁC PHÒNG'] });
  });

  it('does not see a role in other words', () => {
    // "chủ trì" must be whole words: "chủ trình" is not it.
    expect(parseAssignment('Văn phòng Sở chủ trình').lead).toEqual(['Văn phòng Sở chủ trình']);
  });
});

describe('splitUnitPhrase', () => {
  it('keeps generic lists of units together', () => {
    expect(splitUnitPhrase('Các phòng, ban, đơn vị thuộc và trực thuộc Sở')).toEqual(['Các phòng, ban, đơn vị thuộc và trực thuộc Sở']);
    expect(splitUnitPhrase('Các phòng, đơn vị thuộc Sở, ĐVTT')).toEqual(['Các phòng, đơn vị thuộc Sở, ĐVTT']);
    expect(splitUnitPhrase('Sở Kế hoạch và Đầu tư')).toEqual(['Sở Kế hoạch và Đầu tư']);
  });

  it('splits next to known units and before named bodies', () => {
    expect(splitUnitPhrase('Văn phòng, Thanh tra, các phòng chuyên môn, đơn vị trực thuộc Sở')).toEqual([
      'Văn phòng',
      'Thanh tra',
      'các phòng chuyên môn, đơn vị trực thuộc Sở',
    ]);
    expect(splitUnitPhrase('Các phòng chuyên môn, Văn phòng Sở')).toEqual(['Các phòng chuyên môn', 'Văn phòng Sở']);
    expect(splitUnitPhrase('Cảng vụ đường thủy nội địa và các đơn vị sự nghiệp trực thuộc')).toEqual([
      'Cảng vụ đường thủy nội địa',
      'các đơn vị sự nghiệp trực thuộc',
    ]);
  });

  it('uses the user aliases to split', () => {
    const aliases = { 'Trung tâm Khuyến công và Xúc tiến thương mại': ['TTKCXTTM'] };
    expect(splitUnitPhrase('Phòng Quản lý công nghiệp, TTKCXTTM', aliases)).toEqual(['Phòng Quản lý công nghiệp', 'TTKCXTTM']);
    expect(splitUnitPhrase('Phòng Quản lý công nghiệp, TTKCXTTM')).toEqual(['Phòng Quản lý công nghiệp, TTKCXTTM']);
  });
});

describe('assignmentFromColumns', () => {
  it('splits "a) b) c)" lists and dashes', () => {
    expect(assignmentFromColumns('a) Văn phòng Sở b) Trung tâm XTTM c) Trung tâm KC&TVPTCN', null)).toEqual({
      lead: ['Văn phòng Sở', 'Trung tâm XTTM', 'Trung tâm KC&TVPTCN'],
      support: [],
    });
    expect(assignmentFromColumns('-Phòng KHTC-TH - 2 Trung tâm', 'Các phòng, đơn vị thuộc Sở, ĐVTT')).toEqual({
      lead: ['Phòng KHTC-TH', '2 Trung tâm'],
      support: ['Các phòng, đơn vị thuộc Sở, ĐVTT'],
    });
  });

  it('keeps a unit that is both lead and support in both', () => {
    const cell = 'Các phòng, đơn vị thuộc Sở, ĐVTT';
    expect(assignmentFromColumns(cell, cell)).toEqual({ lead: [cell], support: [cell] });
  });

  it('drops a trailing role word and splits lines', () => {
    expect(assignmentFromColumns('Các phòng, đơn vị thuộc Sở được giao chủ trì', 'Văn phòng Sở\nThanh tra Sở;')).toEqual({
      lead: ['Các phòng, đơn vị thuộc Sở được giao'],
      support: ['Văn phòng Sở', 'Thanh tra Sở'],
    });
  });

  it('gives nothing for empty cells', () => {
    expect(assignmentFromColumns(null, null)).toEqual({ lead: [], support: [] });
    expect(assignmentFromColumns('', ' - ')).toEqual({ lead: [], support: [] });
  });
});

describe('unitKey', () => {
  it('groups the spellings of Văn phòng Sở and Thanh tra Sở', () => {
    for (const name of ['Văn phòng Sở', 'VP Sở', 'Văn phòng', 'Văn phòng sở', 'Văn Sở', 'VĂN PHÒNG SỞ.', 'Van phong So', nfd('văn phòng sở')]) {
      expect(unitKey(name)).toBe('Văn phòng Sở');
    }
    expect(unitKey('Thanh tra')).toBe('Thanh tra Sở');
    expect(unitKey('thanh tra sở')).toBe('Thanh tra Sở');
  });

  it('tidies unknown names and capitalises them', () => {
    expect(unitKey('các phòng chuyên môn')).toBe('Các phòng chuyên môn');
    expect(unitKey('Các phòng chuyên môn')).toBe('Các phòng chuyên môn');
    expect(unitKey('  - phòng,  đơn vị thuộc sở; ')).toBe('Phòng, đơn vị thuộc Sở');
    expect(unitKey('Trung tâm XTTM')).toBe('Trung tâm XTTM');
    expect(unitKey('Trung tâm XTTM')).not.toBe(unitKey('Thanh tra Sở'));
  });

  it('follows user aliases, which can take a built-in group over', () => {
    const aliases = { 'Trung tâm Khuyến công và Xúc tiến thương mại': ['TTKCXTTM', 'Trung tâm XTTM'] };
    expect(unitKey('Trung tâm XTTM', aliases)).toBe('Trung tâm Khuyến công và Xúc tiến thương mại');
    expect(unitKey('ttkcxttm', aliases)).toBe('Trung tâm Khuyến công và Xúc tiến thương mại');
    expect(unitKey('VP Sở', aliases)).toBe('Văn phòng Sở');
    const renamed = { 'VP Sở': ['Văn phòng Sở'] };
    expect(unitKey('Văn phòng', renamed)).toBe('VP Sở');
    expect(unitKey('Văn Sở', renamed)).toBe('VP Sở');
  });

  it('gives "" for no name', () => {
    expect(unitKey('  -  ')).toBe('');
  });

  it('lists the built-in aliases', () => {
    expect(DEFAULT_UNIT_ALIASES['Văn phòng Sở']).toEqual(expect.arrayContaining(['VP Sở', 'Văn phòng', 'Văn Sở']));
  });
});

describe('parseAliasFile', () => {
  it('reads a valid file', () => {
    expect(parseAliasFile({ 'Văn phòng Sở': ['VP', 'Văn phòng'], 'Trung tâm XTTM': 'TTXTTM' })).toEqual({
      aliases: { 'Văn phòng Sở': ['VP', 'Văn phòng'], 'Trung tâm XTTM': ['TTXTTM'] },
      errors: [],
    });
  });

  it('rejects what is not an object', () => {
    for (const bad of [null, 42, 'x', [['VP']]]) {
      const result = parseAliasFile(bad);
      expect(result.aliases).toEqual({});
      expect(result.errors).toHaveLength(1);
    }
    expect(parseAliasFile([], 'en').errors[0]).toMatch(/alias file/);
  });

  it('keeps the valid entries and reports the others', () => {
    const result = parseAliasFile({ 'Văn phòng Sở': ['VP'], 'Thanh tra Sở': [1, 2], ' ': ['x'] }, 'en');
    expect(result.aliases).toEqual({ 'Văn phòng Sở': ['VP'] });
    expect(result.errors).toHaveLength(2);
    expect(result.errors[0]).toMatch(/empty unit name|Thanh tra Sở/);
  });

  it('reports a spelling listed under two units', () => {
    const result = parseAliasFile({ 'Văn phòng Sở': ['VP'], 'Văn phòng UBND': ['vp'] });
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toContain('Văn phòng UBND');
  });
});

describe('properties', () => {
  it('parseAssignment never throws and returns string lists', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const a = parseAssignment(text);
        return Array.isArray(a.lead) && Array.isArray(a.support) && [...a.lead, ...a.support].every((u) => typeof u === 'string' && u.length > 0);
      }),
      { numRuns: 500 },
    );
  });

  it('parseAssignment never throws on text made of its own vocabulary', () => {
    const words = ['Văn phòng Sở', 'chủ trì', 'phối hợp', 'với', ',', ';', ' - ', '+', 'a)', 'Đơn vị chủ trì:', 'thực hiện', 'các phòng', 'và', '.', '\n', 'Thanh tra', 'TTKCXTTM'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 30 }), (parts) => {
        const text = parts.join(' ');
        const a = parseAssignment(text);
        const b = assignmentFromColumns(text, text);
        return [a, b].every((x) => [...x.lead, ...x.support].every((u) => /[\p{L}\p{N}]/u.test(u)));
      }),
    );
  });

  it('unitKey is stable: the key of a key is itself', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (name) => {
        const key = unitKey(name);
        return unitKey(key) === key;
      }),
    );
  });
});
