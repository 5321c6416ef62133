// Day arithmetic on proleptic Gregorian days counted from 1970-01-01 (UTC, so no time-zone drift).

export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export interface Ymd {
  year: number;
  month: number;
  day: number;
}

/** Year used to do arithmetic on a month and day whose year is unknown ("XXXX-08-31" minus two weeks). */
export const UNKNOWN_YEAR = 2001;

// Days to and from dates by arithmetic (H. Hinnant's civil-date algorithms) rather than through Date objects,
// which cost more than the rest of resolving a date. Date still takes what the formulas are not written for:
// months outside 1-12 and years below 100 (which Date.UTC reads as 19xx), days outside Date's range.

export function dayNumber(d: Ymd): number {
  if (d.month < 1 || d.month > 12 || d.year < 100 || !Number.isInteger(d.year) || !Number.isInteger(d.month) || !Number.isInteger(d.day)) {
    return Math.round(Date.UTC(d.year, d.month - 1, d.day) / 86400000);
  }
  const y = d.month <= 2 ? d.year - 1 : d.year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (d.month + (d.month > 2 ? -3 : 9)) + 2) / 5) + d.day - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

export function fromDayNumber(n: number): Ymd {
  if (!Number.isInteger(n) || Math.abs(n) > 1e8) {
    const t = new Date(n * 86400000);
    return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
  }
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
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

// Months, days and years of four digits, as they are written: a table and String() instead of a padStart() per
// field, which cost more than the day arithmetic.
const TWO_DIGITS = Array.from({ length: 100 }, (_, n) => String(n).padStart(2, '0'));

function pad(n: number, w = 2): string {
  if (w === 2 && n >= 0 && n < 100 && Number.isInteger(n)) return TWO_DIGITS[n];
  if (w === 4 && n >= 1000 && n < 10000) return String(n);
  return String(n).padStart(w, '0');
}

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
