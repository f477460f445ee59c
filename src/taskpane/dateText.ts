/**
 * Dates as people in Vietnamese offices type them (dd/mm/yyyy), and the calendar's words in
 * Vietnamese and English. The DatePicker works with local Date objects; the engine with ISO days:
 * the conversions go through core/dates so no time zone can shift a day.
 */
import type { CalendarStrings, DateFormatting, DateGridStrings } from '@fluentui/react-calendar-compat';
import { fromLocalDate, isRealDay, isoFromParts, toLocalDate } from '../core/dates';
import type { IsoDate, Lang } from '../core/types';

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** Date → "20/12/2025"; empty for no date. */
export function formatDmy(date?: Date | null): string {
  if (!date || Number.isNaN(date.getTime())) return '';
  return `${pad2(date.getDate())}/${pad2(date.getMonth() + 1)}/${date.getFullYear()}`;
}

/**
 * "20/12/2025", "20-12-2025", "20.12.2025", "2/3/25" (years 00–69 → 20xx, 70–99 → 19xx) and ISO
 * "2025-12-20" → the ISO day; null for anything that is not a real day (31/02/2025 included).
 */
export function parseDmyToIso(text: string): IsoDate | null {
  const trimmed = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  if (iso) return realDay(+iso[1], +iso[2], +iso[3]);
  const dmy = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{2}|\d{4})$/.exec(trimmed);
  if (!dmy) return null;
  let year = +dmy[3];
  if (dmy[3].length === 2) year += year < 70 ? 2000 : 1900;
  return realDay(year, +dmy[2], +dmy[1]);
}

function realDay(year: number, month: number, day: number): IsoDate | null {
  if (year < 1900 || year > 9999 || !isRealDay(year, month, day)) return null;
  return isoFromParts(year, month, day);
}

/** For the DatePicker's parseDateFromString: a local Date, or null. */
export function parseDmy(text: string): Date | null {
  const iso = parseDmyToIso(text);
  return iso ? toLocalDate(iso) : null;
}

/** "2025-12-20" → "20/12/2025"; the text as it is when it is not an ISO day. */
export function isoToDmy(iso: IsoDate | null | undefined): string {
  if (!iso) return '';
  const date = toLocalDate(iso);
  return date ? formatDmy(date) : iso;
}

export function isoToDate(iso: IsoDate | null | undefined): Date | null {
  return iso ? toLocalDate(iso) : null;
}

export function dateToIso(date: Date | null | undefined): IsoDate | null {
  return date && !Number.isNaN(date.getTime()) ? fromLocalDate(date) : null;
}

/** Today as an ISO day, from the clock of this computer (the pane may read the clock; core never does). */
export function todayIso(now: Date = new Date()): IsoDate {
  return fromLocalDate(now);
}

const VI_GRID: DateGridStrings = {
  months: Array.from({ length: 12 }, (_, i) => `Tháng ${i + 1}`),
  shortMonths: Array.from({ length: 12 }, (_, i) => `Th${i + 1}`),
  days: ['Chủ nhật', 'Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy'],
  shortDays: ['CN', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7'],
};

const EN_GRID: DateGridStrings = {
  months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  shortMonths: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  days: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  shortDays: ['S', 'M', 'T', 'W', 'T', 'F', 'S'],
};

export const CALENDAR_STRINGS: Record<Lang, CalendarStrings> = {
  vi: {
    ...VI_GRID,
    goToToday: 'Hôm nay',
    prevMonthAriaLabel: 'Tháng trước',
    nextMonthAriaLabel: 'Tháng sau',
    prevYearAriaLabel: 'Năm trước',
    nextYearAriaLabel: 'Năm sau',
    prevYearRangeAriaLabel: 'Các năm trước',
    nextYearRangeAriaLabel: 'Các năm sau',
    closeButtonAriaLabel: 'Đóng lịch',
    weekNumberFormatString: 'Tuần {0}',
    selectedDateFormatString: 'Ngày đã chọn {0}',
    todayDateFormatString: 'Hôm nay, {0}',
    monthPickerHeaderAriaLabel: '{0}, chọn để đổi năm',
    yearPickerHeaderAriaLabel: '{0}, chọn để đổi tháng',
    dayMarkedAriaLabel: 'có đánh dấu',
  },
  en: {
    ...EN_GRID,
    goToToday: 'Today',
    prevMonthAriaLabel: 'Previous month',
    nextMonthAriaLabel: 'Next month',
    prevYearAriaLabel: 'Previous year',
    nextYearAriaLabel: 'Next year',
    prevYearRangeAriaLabel: 'Previous years',
    nextYearRangeAriaLabel: 'Next years',
    closeButtonAriaLabel: 'Close calendar',
    weekNumberFormatString: 'Week {0}',
    selectedDateFormatString: 'Selected date {0}',
    todayDateFormatString: 'Today, {0}',
    monthPickerHeaderAriaLabel: '{0}, select to change the year',
    yearPickerHeaderAriaLabel: '{0}, select to change the month',
    dayMarkedAriaLabel: 'marked',
  },
};

/** How the calendar names days and months ("ngày 20 tháng 12 năm 2025" for screen readers). */
export const CALENDAR_FORMATTING: Record<Lang, DateFormatting> = {
  vi: {
    formatDay: (date) => String(date.getDate()),
    formatMonth: (date, strings) => strings.months[date.getMonth()],
    formatYear: (date) => String(date.getFullYear()),
    formatMonthDayYear: (date) => `ngày ${date.getDate()} tháng ${date.getMonth() + 1} năm ${date.getFullYear()}`,
    // Short enough for the calendar header ("Tháng 12 năm 2025" is cut off there).
    formatMonthYear: (date) => `Tháng ${date.getMonth() + 1}/${date.getFullYear()}`,
  },
  en: {
    formatDay: (date) => String(date.getDate()),
    formatMonth: (date, strings) => strings.months[date.getMonth()],
    formatYear: (date) => String(date.getFullYear()),
    formatMonthDayYear: (date, strings) => `${date.getDate()} ${strings.months[date.getMonth()]} ${date.getFullYear()}`,
    formatMonthYear: (date, strings) => `${strings.months[date.getMonth()]} ${date.getFullYear()}`,
  },
};
