// Day arithmetic on proleptic Gregorian days counted from 1970-01-01 (UTC, so no time-zone drift).

export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export interface Ymd {
  year: number;
  month: number;
  day: number;
}

/** Year used to do arithmetic on a month and day whose year is unknown ("XXXX-08-31" minus two weeks). */
export const UNKNOWN_YEAR = 2001;

export function dayNumber(d: Ymd): number {
  return Math.round(Date.UTC(d.year, d.month - 1, d.day) / 86400000);
}

export function fromDayNumber(n: number): Ymd {
  const t = new Date(n * 86400000);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekdayOf(n: number): number {
  return (((n + 4) % 7) + 7) % 7;
}

export function parseIsoDay(iso: string): Ymd {
  return { year: +iso.slice(0, 4), month: +iso.slice(5, 7), day: +iso.slice(8, 10) };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function formatYear(year: number | undefined): string {
  return year === undefined ? 'XXXX' : pad(year, 4);
}

export function formatMonth(year: number | undefined, month: number): string {
  return `${formatYear(year)}-${pad(month)}`;
}

export function formatDay(d: { year?: number; month: number; day: number }): string {
  return `${formatMonth(d.year, d.month)}-${pad(d.day)}`;
}

/** The Monday-to-Sunday week holding day `n`, as "YYYY-MM-DD/YYYY-MM-DD". */
export function formatWeekOf(n: number): string {
  const monday = n - ((weekdayOf(n) + 6) % 7);
  return `${formatDay(fromDayNumber(monday))}/${formatDay(fromDayNumber(monday + 6))}`;
}

export function addMonths(year: number, month: number, offset: number): { year: number; month: number } {
  const m = year * 12 + (month - 1) + offset;
  return { year: Math.floor(m / 12), month: (m % 12) + 1 };
}
