/**
 * Timings in words, one way everywhere: the face diagram's panel, the
 * timeline slide, the review screen and the summary PDF all say "7 days",
 * "2 weeks", "1 month", "3–4 months" the same way.
 */

/** Whole months for a gap of a month or more ("3 months" for 90 days), else days or weeks. */
export function formatInterval(days: number): string {
  return days >= 28 ? plural(Math.round(days / AVERAGE_MONTH_DAYS), 'month', 'months') : formatDays(days);
}

const AVERAGE_MONTH_DAYS = 365.25 / 12;

const formatNumber = (n: number): string => String(Math.round(n * 10) / 10);

const plural = (n: number, one: string, many: string): string => `${formatNumber(n)} ${n === 1 ? one : many}`;

/** "3 days", "1 day", "2 weeks" (whole weeks from 14 days up read more naturally). */
export function formatDays(days: number): string {
  return days >= 14 && days % 7 === 0 ? plural(days / 7, 'week', 'weeks') : plural(days, 'day', 'days');
}

/** "3–5 days", "2–3 weeks", "4 days": a range with its unit once, or a single value. */
export function formatDayRange(min: number, max: number): string {
  if (min === max) return formatDays(min);
  if (min >= 14 && min % 7 === 0 && max % 7 === 0) return `${formatNumber(min / 7)}–${formatNumber(max / 7)} weeks`;
  return `${formatNumber(min)}–${formatNumber(max)} days`;
}

/** "3–4 months", "1 month". */
export function formatMonthRange(min: number, max: number): string {
  return min === max ? plural(min, 'month', 'months') : `${formatNumber(min)}–${formatNumber(max)} months`;
}
