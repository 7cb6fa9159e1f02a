import type { Timing } from '../content/timing';
import { formatDayRange, formatDays, formatInterval, formatMonthRange } from '../content/timing-words';
import { SUMMARY_WORDS as W } from './wording';

/**
 * What happens after treatment, and when, in words counted from the day of
 * treatment. Facet does not know that day (it may not be the consultation
 * day, and a summary is not a booking), so it gives no calendar dates: "about
 * 2 weeks after treatment" is true whenever the treatment happens.
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

export function followUp(treatment: FollowUpTreatment, areas: readonly AreaTiming[]): SummaryFollowUp {
  const items: SummaryFollowUpItem[] = [{ kind: 'effect', label: W.effectLabel, text: byArea(areas, effectSentence) }];
  if (treatment.reviewAfterDays !== undefined) items.push({ kind: 'review', label: W.reviewLabel, text: W.review(formatDays(treatment.reviewAfterDays)) });
  items.push({ kind: 'wears-off', label: W.wearsOffLabel, text: wearsOffSentence(areas) });
  // Only where the content sets a shortest gap (toxin); a filler top-up is a clinical decision with no fixed gap.
  if (treatment.minimumIntervalDays !== undefined) {
    items.push({ kind: 'repeat', label: W.repeatLabel, text: W.notSooner(formatInterval(treatment.minimumIntervalDays)) });
  }
  return { intro: W.timesIntro, items };
}
