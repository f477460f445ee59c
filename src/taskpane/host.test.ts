import { langFromLocale, luminance, themeFrom } from './host';
import { annotatedFileName } from './fileIO';

describe('host helpers', () => {
  it('maps Office display languages', () => {
    expect(langFromLocale('vi-VN')).toBe('vi');
    expect(langFromLocale('en-US')).toBe('en');
    expect(langFromLocale('EN_gb')).toBe('en');
    expect(langFromLocale('fr-FR')).toBeNull();
    expect(langFromLocale(undefined)).toBeNull();
  });

  it('follows high contrast first, then the Office background, then the browser', () => {
    expect(themeFrom({ forcedColors: true, background: '#FFFFFF', prefersDark: false })).toBe('contrast');
    expect(themeFrom({ forcedColors: false, background: '#262626', prefersDark: false })).toBe('dark');
    expect(themeFrom({ forcedColors: false, background: '#E6E6E6', prefersDark: true })).toBe('light');
    expect(themeFrom({ forcedColors: false, background: null, prefersDark: true })).toBe('dark');
    expect(themeFrom({ forcedColors: false, background: 'not a colour', prefersDark: false })).toBe('light');
  });

  it('computes luminance', () => {
    expect(luminance('#000000')).toBe(0);
    expect(luminance('#FFFFFF')).toBeCloseTo(1);
    expect(luminance('#xyz')).toBeNull();
  });

  it('names the download so it never replaces the original', () => {
    expect(annotatedFileName('Ke hoach 2025.xlsx')).toBe('Ke hoach 2025-phuluc.xlsx');
    expect(annotatedFileName('a.XLSM')).toBe('a-phuluc.xlsx');
    expect(annotatedFileName('.xlsx')).toBe('phu-luc-phuluc.xlsx');
  });
});
