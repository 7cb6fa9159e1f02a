import type { RegionTreatment, Treatment } from './schema';

/**
 * When a treatment starts to work and how long it lasts. An area can have its
 * own (filler under the eyes usually lasts less than in the cheeks), so every
 * place that shows a timing for an area asks here rather than reading the
 * treatment's general range.
 */
export interface Timing {
  onsetDays: { min: number; max: number };
  fullEffectDays?: number | undefined;
  durationMonths: { min: number; max: number };
}

export function timingIn(treatment: Treatment, use?: Pick<RegionTreatment, 'onsetDays' | 'fullEffectDays' | 'durationMonths'>): Timing {
  // An area with its own onset has its own full-effect time too (or none): the treatment's may not fit it.
  const ownOnset = use?.onsetDays !== undefined || use?.fullEffectDays !== undefined;
  return {
    onsetDays: use?.onsetDays ?? treatment.onsetDays,
    fullEffectDays: ownOnset ? use?.fullEffectDays : treatment.fullEffectDays,
    durationMonths: use?.durationMonths ?? treatment.durationMonths,
  };
}

/** True when an area gives its own timing for a treatment. */
export function hasOwnTiming(use: Pick<RegionTreatment, 'onsetDays' | 'fullEffectDays' | 'durationMonths'>): boolean {
  return use.onsetDays !== undefined || use.fullEffectDays !== undefined || use.durationMonths !== undefined;
}
