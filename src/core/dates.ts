/**
 * Calendar-day arithmetic on ISO dates ('YYYY-MM-DD'). Built on date-fns with local-time Date
 * objects that are created and read back component-wise, so no time zone can shift a day.
 */
import { addDays as addDaysFns, differenceInCalendarDays, isValid, lastDayOfMonth } from 'date-fns';
import type { IsoDate } from './types';

export function isoFromParts(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Parse 'YYYY-MM-DD' into a local Date, or null when it is not a real day. */
export function toLocalDate(iso: IsoDate): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const [y, mo, d] = [+m[1], +m[2], +m[3]];
  const date = new Date(y, mo - 1, d);
  return isValid(date) && date.getFullYear() === y && date.getMonth() === mo - 1 && date.getDate() === d ? date : null;
}

export function fromLocalDate(date: Date): IsoDate {
  return isoFromParts(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/** True when year/month/day name a real calendar day (31/02 is not). */
export function isRealDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return lastDayOfMonth(new Date(year, month - 1, 1)).getDate();
}

export function lastDayOfMonthIso(year: number, month: number): IsoDate {
  return isoFromParts(year, month, daysInMonth(year, month));
}

export function addDays(iso: IsoDate, days: number): IsoDate {
  const d = toLocalDate(iso);
  if (!d) throw new RangeError(`not an ISO date: ${iso}`);
  return fromLocalDate(addDaysFns(d, days));
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  const a = toLocalDate(from);
  const b = toLocalDate(to);
  if (!a || !b) throw new RangeError(`not ISO dates: ${from}, ${to}`);
  return differenceInCalendarDays(b, a);
}

export function isIsoDate(text: string): boolean {
  return toLocalDate(text) !== null;
}

/** Excel serial day number (1900 system) → ISO date. Serial 25569 is 1970-01-01. */
export function excelSerialToIso(serial: number): IsoDate | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2958465) return null;
  const ms = Math.round((Math.floor(serial) - 25569) * 86400000);
  const d = new Date(ms);
  return isoFromParts(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** A Date read from a file (exceljs gives UTC midnight) → ISO date of that UTC day. */
export function dateValueToIso(date: Date): IsoDate | null {
  if (Number.isNaN(date.getTime())) return null;
  return isoFromParts(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** 'YYYY-MM-DD' → 'dd/mm/yyyy', the way Vietnamese offices write dates. */
export function formatViDate(iso: IsoDate): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}
