/**
 * What the pane needs from where it runs, so components never call Office.js themselves
 * (Script Lab style): Excel gives a live workbook and can select cells; the standalone page has
 * neither and works on a file the user opens.
 */
import type { Analysis, Lang } from '../core/types';

export type HostKind = 'excel' | 'standalone';

export type ThemeKind = 'light' | 'dark' | 'contrast';

export type TrackingResult = { ok: true } | { ok: false; message: string };

/** Adding the status and completion-date columns to the table (Excel only). */
export interface TrackingColumns {
  /** Why they cannot be added in this Excel, in words; null when they can. */
  unsupportedReason(lang: Lang): string | null;
  add(analysis: Analysis, lang: Lang): Promise<TrackingResult>;
}

export interface Host {
  kind: HostKind;
  /** The Office display language when it is Vietnamese or English; null otherwise and outside Office. */
  displayLanguage: Lang | null;
  /** The theme to follow at start (Office theme, or the browser's colour scheme). */
  theme: ThemeKind;
  /** Select a cell ("D37") in the sheet; false when there is no sheet to select in (standalone). */
  selectCell(sheet: string, address: string): Promise<boolean>;
  /** Absent outside Excel. */
  tracking?: TrackingColumns;
}

/** Vietnamese unless the language named ("en-US", "vi-VN") is English. */
export function langFromLocale(locale: string | null | undefined): Lang | null {
  if (!locale) return null;
  const primary = locale.toLowerCase().split(/[-_]/)[0];
  if (primary === 'vi') return 'vi';
  if (primary === 'en') return 'en';
  return null;
}

/** Relative luminance of "#RRGGBB" (0 black … 1 white), or null when it is not such a colour. */
export function luminance(hex: string): number | null {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) return null;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** High contrast wins; then the page background the host reports; then the browser's preference. */
export function themeFrom(opts: { forcedColors: boolean; background?: string | null; prefersDark: boolean }): ThemeKind {
  if (opts.forcedColors) return 'contrast';
  const lum = opts.background ? luminance(opts.background) : null;
  if (lum !== null) return lum < 0.4 ? 'dark' : 'light';
  return opts.prefersDark ? 'dark' : 'light';
}

export function browserTheme(): ThemeKind {
  const media = (query: string) => typeof window !== 'undefined' && !!window.matchMedia && window.matchMedia(query).matches;
  return themeFrom({ forcedColors: media('(forced-colors: active)'), prefersDark: media('(prefers-color-scheme: dark)') });
}

export function createStandaloneHost(): Host {
  return {
    kind: 'standalone',
    displayLanguage: null,
    theme: browserTheme(),
    selectCell: async () => false,
  };
}
