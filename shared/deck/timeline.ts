import type { ContentPack } from '../content/pack';
import type { Treatment } from '../content/schema';
import { hasOwnTiming, timingIn, type Timing } from '../content/timing';

/** Average month length, to put days and months on one axis. */
export const DAYS_PER_MONTH = 30.44;

export interface TimelineRow {
  treatmentId: string;
  name: string;
  /** Fractions (0..1) of the axis. */
  onsetFrom: number;
  onsetTo: number;
  /** When the full effect is reached, if later than the onset. */
  fullEffect: number | null;
  /** The effect usually wears off somewhere in this range. */
  wearsOffFrom: number;
  wearsOffTo: number;
}

export interface Timeline {
  axisMonths: number;
  /** Month marks along the axis, with their position (0..1). */
  ticks: { month: number; at: number }[];
  rows: TimelineRow[];
}

/**
 * Onset and duration ranges of treatments on one shared month axis. Ranges
 * stay ranges: the effect starts within the onset range and wears off within
 * the duration range.
 */
export function buildTimeline(treatments: readonly Treatment[], axisMonths?: number): Timeline {
  const longest = Math.max(...treatments.map((t) => t.durationMonths.max), 1);
  const axis = axisMonths ?? Math.max(3, Math.ceil(longest / 3) * 3);
  const at = (months: number) => Math.min(1, Math.max(0, months / axis));
  const tickEvery = axis <= 6 ? 1 : axis <= 12 ? 2 : axis <= 24 ? 3 : 6;
  const ticks = Array.from({ length: Math.floor(axis / tickEvery) + 1 }, (_, i) => ({ month: i * tickEvery, at: at(i * tickEvery) }));
  const rows = treatments.map((treatment) => ({
    treatmentId: treatment.id,
    name: treatment.name,
    onsetFrom: at(treatment.onsetDays.min / DAYS_PER_MONTH),
    onsetTo: at(treatment.onsetDays.max / DAYS_PER_MONTH),
    fullEffect:
      treatment.fullEffectDays !== undefined && treatment.fullEffectDays > treatment.onsetDays.max
        ? at(treatment.fullEffectDays / DAYS_PER_MONTH)
        : null,
    wearsOffFrom: at(treatment.durationMonths.min),
    wearsOffTo: at(treatment.durationMonths.max),
  }));
  return { axisMonths: axis, ticks, rows };
}

export interface AreaTiming {
  /** The area's name without its side: "Under-eye hollow (tear trough)". */
  name: string;
  timing: Timing;
}

/**
 * The areas where a treatment has its own timing, once per area (not per
 * side), so the timeline can say where the general range does not hold.
 */
export function areaTimings(pack: Pick<ContentPack, 'regions'>, treatment: Treatment): AreaTiming[] {
  const seen = new Set<string>();
  return pack.regions.flatMap((region): AreaTiming[] => {
    const use = region.treatments.find((t) => t.treatment === treatment.id);
    if (!use || !hasOwnTiming(use) || seen.has(region.baseId)) return [];
    seen.add(region.baseId);
    return [{ name: region.baseName, timing: timingIn(treatment, use) }];
  });
}
