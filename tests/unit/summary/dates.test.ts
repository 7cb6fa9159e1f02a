import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween, formatLongDate, localIsoDate } from '../../../shared/summary/dates';

describe('addDays', () => {
  it('crosses month and year ends', () => {
    expect(addDays('2026-11-24', 14)).toBe('2026-12-08');
    expect(addDays('2026-12-25', 10)).toBe('2027-01-04');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('counts 29 February in a leap year', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2028-02-28', 2)).toBe('2028-03-01');
  });

  it('is not moved by daylight saving changes (whole calendar days)', () => {
    // The clocks change in Europe on 29 March and 25 October 2026.
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-10-24', 2)).toBe('2026-10-26');
    expect(daysBetween('2026-03-01', '2026-04-01')).toBe(31);
  });

  it('rejects something that is not a date', () => {
    expect(() => addDays('24/11/2026', 1)).toThrow(RangeError);
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
  });
});

describe('addMonths', () => {
  it('keeps the day of the month when the target month has it', () => {
    expect(addMonths('2026-11-24', 3)).toBe('2027-02-24');
    expect(addMonths('2026-11-24', 18)).toBe('2028-05-24');
  });

  it('clamps to the end of a shorter month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-03-31', 1)).toBe('2026-04-30');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
  });

  it('lands on 29 February in a leap year, and clamps to the 28th in other years', () => {
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2028-02-29', 12)).toBe('2029-02-28');
    expect(addMonths('2024-02-29', 48)).toBe('2028-02-29');
  });

  it('goes back across a year end', () => {
    expect(addMonths('2027-01-15', -2)).toBe('2026-11-15');
  });
});

describe('formatLongDate', () => {
  it('writes the day, month and year in the locale', () => {
    expect(formatLongDate('2026-11-24', 'en-GB')).toBe('24 November 2026');
    expect(formatLongDate('2026-11-24', 'en-US')).toBe('November 24, 2026');
  });

  it('shows the calendar date whatever the time zone (no day before or after)', () => {
    expect(formatLongDate('2027-01-01', 'en-GB')).toBe('1 January 2027');
    expect(formatLongDate('2026-12-31', 'en-GB')).toBe('31 December 2026');
  });

  it('falls back to British English for a locale Intl does not accept', () => {
    expect(formatLongDate('2026-11-24', 'not a locale!')).toBe('24 November 2026');
  });

  it('takes the local calendar date of an instant', () => {
    expect(localIsoDate(new Date(2026, 10, 24, 23, 59))).toBe('2026-11-24');
    expect(localIsoDate(new Date(2027, 0, 1, 0, 0))).toBe('2027-01-01');
  });
});
