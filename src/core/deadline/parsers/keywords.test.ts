import { conditionalParser, recurringParser, relativeParser } from './keywords';
import { prepareText } from '../prepare';
import type { DeadlineParser } from '../types';

const ctx = { planYear: 2025 };
const found = (parser: DeadlineParser, text: string) => parser.parse(prepareText(text).folded, ctx).length > 0;

describe('recurringParser', () => {
  it.each([
    'Thường xuyên',
    'Thực hiện liên tục, chủ động ban hành',
    'Định kỳ hằng tháng',
    'Định kỳ hàng quý',
    'Hằng năm',
    'Báo cáo gửi Sở Nội vụ trong ngày 14 của tháng cuối kỳ báo cáo',
    'THUONG XUYEN',
  ])('finds %j', (text) => {
    expect(found(recurringParser, text)).toBe(true);
  });

  it.each(['Theo kế hoạch thẩm định hằng năm', 'Quý I/2025', 'Theo quy định', 'Xuyên suốt'])('finds nothing in %j', (text) => {
    expect(found(recurringParser, text)).toBe(false);
  });

  it('points its span at the words in the folded text', () => {
    const text = prepareText('Thực hiện thường xuyên').folded;
    const [part] = recurringParser.parse(text, ctx);
    expect(text.slice(part.index, part.end)).toBe('thuong xuyen');
  });
});

describe('conditionalParser', () => {
  it.each([
    'Theo quy định',
    'Theo tiến độ Kế hoạch',
    'Theo chỉ đạo của UBND tỉnh; Bộ CT',
    'Theo thời hạn của Kế hoạch rà soát của UBND tỉnh',
    'Sau khi Đề án được phê duyệt',
    'Khi có Quyết định giao biên chế của UBND tỉnh',
    'Theo Kế hoạch ISO năm 2025',
    'theo yeu cau',
  ])('finds %j', (text) => {
    expect(found(conditionalParser, text)).toBe(true);
  });

  it('matches "Theo …" of any kind only when it opens a clause', () => {
    const text = prepareText('Theo Bộ Công Thương').folded;
    expect(conditionalParser.parse(text, ctx)[0]).toMatchObject({ index: 0 });
    expect(found(conditionalParser, 'Làm theo Bộ Công Thương')).toBe(false);
  });

  it.each(['Quý I/2025', 'Thường xuyên', 'Trước ngày 30/9/2025'])('finds nothing in %j', (text) => {
    expect(found(conditionalParser, text)).toBe(false);
  });
});

describe('relativeParser', () => {
  it.each([
    'Trong vòng 05 ngày kể từ ngày thay đổi thông tin',
    'không quá 30 ngày kể từ ngày kế hoạch của tỉnh được ban hành',
    'Chậm nhất sau 05 ngày làm việc kể từ ngày nhận được Công văn',
    'Sau 03 ngày làm việc kể từ khi nhận được Quyết định công bố',
    'Trong vòng 2 tuần',
  ])('finds %j', (text) => {
    expect(found(relativeParser, text)).toBe(true);
  });

  it.each(['Trong 06 tháng đầu năm 2024', 'Báo cáo 06 tháng trước ngày 15/6/2024', 'Kể từ năm 2025', 'Sau khi có đề án'])(
    'finds nothing in %j',
    (text) => {
      expect(found(relativeParser, text)).toBe(false);
    },
  );
});
