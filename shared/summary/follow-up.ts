import type { Timing } from '../content/timing';
import { formatDayRange, formatDays, formatInterval, formatMonthRange } from '../content/timing-words';
import { addDays, type IsoDate } from './dates';
import { SUMMARY_WORDS as W } from './wording';

/**
 * What happens after treatment, and when, in words counted from the day of
 * treatment. Without a planned day Facet does not know that day (it may not be
 * the consultation day), so it gives no calendar dates: "about
 * 2 weeks after treatment" is true whenever the treatment happens. When the
 * plan sets a treatment day, the review and next treatment are dated from it.
 */

export interface SummaryFollowUpItem {
  kind: 'effect' | 'review' | 'wears-off' | 'repeat';
  label: string;
  text: string;
}

export interface SummaryFollowUp {
  /** Says what the times are counted from. */
  intro: string;
  items: SummaryFollowUpItem[];
}

/** A planned treatment day, and how to write a date out: the review and next treatment get calendar dates. */
export interface PlannedDay {
  date: IsoDate;
  format: (date: IsoDate) => string;
}

/** The treatment's own review and interval; the timings come per area. */
export interface FollowUpTreatment {
  reviewAfterDays?: number | undefined;
  minimumIntervalDays?: number | undefined;
}

export interface AreaTiming {
  /** The area's number in the summary. */
  number: number;
  timing: Timing;
}

function effectSentence({ onsetDays, fullEffectDays }: Timing): string {
  const buildsUp = fullEffectDays !== undefined && fullEffectDays > onsetDays.max;
  if (onsetDays.max === 0) return buildsUp ? W.effectStraightAwayThenBy(formatDays(fullEffectDays)) : W.effectStraightAway;
  const range = formatDayRange(onsetDays.min, onsetDays.max);
  return buildsUp ? W.effectFromAndBy(range, formatDays(fullEffectDays)) : W.effectFrom(range);
}

const monthRange = ({ durationMonths }: Timing): string => formatMonthRange(durationMonths.min, durationMonths.max);

/** One sentence for every area: "…in area 2, and about 6–18 months in area 3" when they differ. */
function wearsOffSentence(areas: readonly AreaTiming[]): string {
  const groups = groupBy(areas, monthRange);
  if (groups.length === 1) return W.wearsOff(groups[0]!.key);
  return W.wearsOffByArea(groups.map((g) => ({ range: g.key, areas: g.numbers })));
}

function groupBy(areas: readonly AreaTiming[], key: (timing: Timing) => string): { key: string; numbers: number[] }[] {
  const groups = new Map<string, number[]>();
  for (const area of areas) {
    const k = key(area.timing);
    groups.set(k, [...(groups.get(k) ?? []), area.number]);
  }
  return [...groups].map(([k, numbers]) => ({ key: k, numbers }));
}

/**
 * One sentence when every area says the same; otherwise one per group of
 * areas, naming them by number ("…in area 2. …in area 3.").
 */
function byArea(areas: readonly AreaTiming[], sentence: (timing: Timing) => string): string {
  const groups = groupBy(areas, sentence);
  if (groups.length === 1) return groups[0]!.key;
  return groups.map((g) => W.inAreas(g.key, g.numbers)).join(' ');
}

/** The review and the earliest next treatment as calendar dates, counted from the planned treatment day; absent where the content sets no time. */
export function followUpDates(treatment: FollowUpTreatment, plannedDate: IsoDate): { review?: IsoDate; repeat?: IsoDate } {
  return {
    ...(treatment.reviewAfterDays !== undefined && { review: addDays(plannedDate, treatment.reviewAfterDays) }),
    ...(treatment.minimumIntervalDays !== undefined && { repeat: addDays(plannedDate, treatment.minimumIntervalDays) }),
  };
}

/**
 * With a planned day, the review and the next treatment become dates ("around
 * 15 December 2026"); without one, they stay counted from treatment.
 */
export function followUp(treatment: FollowUpTreatment, areas: readonly AreaTiming[], planned?: PlannedDay): SummaryFollowUp {
  const dates = planned && followUpDates(treatment, planned.date);
  const items: SummaryFollowUpItem[] = [{ kind: 'effect', label: W.effectLabel, text: byArea(areas, effectSentence) }];
  if (treatment.reviewAfterDays !== undefined) {
    const text = dates?.review ? W.reviewAround(planned!.format(dates.review)) : W.review(formatDays(treatment.reviewAfterDays));
    items.push({ kind: 'review', label: W.reviewLabel, text });
  }
  items.push({ kind: 'wears-off', label: W.wearsOffLabel, text: wearsOffSentence(areas) });
  // Only where the content sets a shortest gap (toxin); a filler top-up is a clinical decision with no fixed gap.
  if (treatment.minimumIntervalDays !== undefined) {
    const text = dates?.repeat ? W.notBefore(planned!.format(dates.repeat)) : W.notSooner(formatInterval(treatment.minimumIntervalDays));
    items.push({ kind: 'repeat', label: W.repeatLabel, text });
  }
  return { intro: planned ? W.timesFromDate(planned.format(planned.date)) : W.timesIntro, items };
}
