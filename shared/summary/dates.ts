/**
 * Calendar dates as ISO strings ('2026-11-24'). A consultation date is a day
 * on the clinic's wall calendar, not an instant, so the arithmetic is done on
 * UTC dates built from the year, month and day: no time zone or daylight
 * saving change can move it to the day before or after.
 */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 24 * 60 * 60 * 1000;

function parts(date: IsoDate): [number, number, number] {
  const match = ISO_DATE.exec(date);
  if (!match) throw new RangeError(`"${date}" is not a date like 2026-11-24`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month - 1)) throw new RangeError(`"${date}" is not a real date`);
  return [year, month - 1, day];
}

/** Days in a month (0-based month; Date.UTC rolls day 0 back to the last day of the month before). */
function daysInMonth(year: number, monthIndex: number): number {
  return new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
}

function toUtc(date: IsoDate): Date {
  const [year, monthIndex, day] = parts(date);
  const utc = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC maps years 0-99 to 1900-1999.
  utc.setUTCFullYear(year, monthIndex, day);
  return utc;
}

function fromUtc(utc: Date): IsoDate {
  const year = String(utc.getUTCFullYear()).padStart(4, '0');
  return `${year}-${String(utc.getUTCMonth() + 1).padStart(2, '0')}-${String(utc.getUTCDate()).padStart(2, '0')}`;
}

export function isIsoDate(value: string): boolean {
  try {
    parts(value);
    return true;
  } catch {
    return false;
  }
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromUtc(new Date(toUtc(date).getTime() + Math.round(days) * DAY_MS));
}

/** Whole calendar months, clamped to the end of a shorter month: 2026-01-31 + 1 month = 2026-02-28. */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [year, monthIndex, day] = parts(date);
  const total = year * 12 + monthIndex + Math.trunc(months);
  const targetYear = Math.floor(total / 12);
  const targetMonth = total - targetYear * 12;
  const utc = new Date(0);
  utc.setUTCFullYear(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
  return fromUtc(utc);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / DAY_MS);
}


/** "24 November 2026" (in the order and words of `locale`). */
/**
 * Bare "en" is written the British way ("24 November 2026"), as most English
 * outside the US is; a US clinic sets "en-US" in pack.yaml.
 */
export function dateLocale(packLocale: string): string {
  return packLocale === 'en' ? 'en-GB' : packLocale;
}

export function formatLongDate(date: IsoDate, locale: string, { weekday = false } = {}): string {
  const options: Intl.DateTimeFormatOptions = { ...(weekday && { weekday: 'long' }), day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };
  try {
    return new Intl.DateTimeFormat(locale, options).format(toUtc(date));
  } catch {
    // A locale Intl does not accept (a typo in pack.yaml) must not stop the summary.
    return new Intl.DateTimeFormat('en-GB', options).format(toUtc(date));
  }
}

/** The local calendar date of an instant, as the clinic's clock shows it. */
export function localIsoDate(instant: Date): IsoDate {
  const year = String(instant.getFullYear()).padStart(4, '0');
  return `${year}-${String(instant.getMonth() + 1).padStart(2, '0')}-${String(instant.getDate()).padStart(2, '0')}`;
}
