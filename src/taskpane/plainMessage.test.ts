import { withoutStack } from './plainMessage';

describe('withoutStack', () => {
  it('drops stack frames a host error carried into the detail', () => {
    const text = 'Không đọc được sổ làm việc (RichApi.Error: hỏng\n    at run (office.js:1:1)\n    at async x (y.js:2:3)). Sổ làm việc không bị thay đổi.';
    expect(withoutStack(text)).toBe('Không đọc được sổ làm việc (RichApi.Error: hỏng). Sổ làm việc không bị thay đổi.');
  });

  it('leaves plain words alone, including the word "at" inside a sentence', () => {
    expect(withoutStack('Look at row 5.')).toBe('Look at row 5.');
    expect(withoutStack('Thiếu cột Tiến độ.')).toBe('Thiếu cột Tiến độ.');
  });
});
