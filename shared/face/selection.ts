import type { ContentPack, Region } from '../content/pack';
import type { Timing as TreatmentTiming } from '../content/timing';
import { formatDayRange, formatDays, formatMonthRange } from '../content/timing-words';

/**
 * What the face diagram shows: which region is open in the panel, and which
 * treatment the filter highlights. A pure reducer, bound in the renderer.
 */

export type TreatmentFilter = 'all' | string;

export interface FaceState {
  selected: string | null;
  filter: TreatmentFilter;
}

export type FaceAction =
  | { type: 'select'; regionId: string }
  | { type: 'close' }
  | { type: 'filter'; filter: TreatmentFilter };

export const initialFaceState: FaceState = { selected: null, filter: 'all' };

export function faceReducer(state: FaceState, action: FaceAction): FaceState {
  switch (action.type) {
    case 'select':
      return state.selected === action.regionId ? state : { ...state, selected: action.regionId };
    case 'close':
      return state.selected === null ? state : { ...state, selected: null };
    case 'filter':
      return state.filter === action.filter ? state : { ...state, filter: action.filter };
  }
}

export type Use = 'usual' | 'sometimes';

/** How a treatment is used in a region, or null when it is not used there. */
export function useOf(region: Region, treatmentId: string): Use | null {
  const entry = region.treatments.find((t) => t.treatment === treatmentId);
  return entry ? (entry.usual ? 'usual' : 'sometimes') : null;
}

export interface RegionMark {
  /** The treatment's place in the pack's list, which picks its colour and pattern. */
  treatmentIndex: number;
  treatmentId: string;
  use: Use;
}

/**
 * Region id -> the treatments to mark there: every treatment used in the
 * region for "All", or just the filtered one. Regions with no mark are absent.
 */
export function regionMarks(pack: ContentPack, filter: TreatmentFilter): Map<string, RegionMark[]> {
  const marks = new Map<string, RegionMark[]>();
  for (const region of pack.regions) {
    const regionMarks = pack.treatments.flatMap((treatment, treatmentIndex): RegionMark[] => {
      if (filter !== 'all' && filter !== treatment.id) return [];
      const use = useOf(region, treatment.id);
      return use ? [{ treatmentIndex, treatmentId: treatment.id, use }] : [];
    });
    if (regionMarks.length > 0) marks.set(region.id, regionMarks);
  }
  return marks;
}

/** A selected region that no longer exists (content reloaded) closes the panel rather than showing nothing. */
export function selectedRegion(pack: ContentPack, state: FaceState): Region | null {
  return state.selected === null ? null : (pack.regions.find((region) => region.id === state.selected) ?? null);
}

export interface Timing {
  /** e.g. "3–5 days", "Straight away" */
  onset: string;
  /** e.g. "2 weeks" when the full effect comes later than the first signs */
  fullEffect: string | null;
  /** e.g. "3–4 months" */
  duration: string;
}

/** Onset and duration in words, from a treatment's ranges (or an area's own: see timingIn). */
export function describeTiming(timing: TreatmentTiming): Timing {
  const { onsetDays, fullEffectDays, durationMonths } = timing;
  const onset = onsetDays.max === 0 ? 'Straight away' : formatDayRange(onsetDays.min, onsetDays.max);
  const fullEffect = fullEffectDays === undefined || fullEffectDays <= onsetDays.max ? null : formatDays(fullEffectDays);
  return { onset, fullEffect, duration: formatMonthRange(durationMonths.min, durationMonths.max) };
}
