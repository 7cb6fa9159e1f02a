import { treatmentStyle, type TreatmentStyle } from '../face/treatment-style';
import type { ContentPack } from './pack';
import type { Treatment } from './schema';

/** A treatment of the pack with its place in the list and its marking on the face. */
export interface TreatmentEntry {
  treatment: Treatment;
  index: number;
  style: TreatmentStyle;
}

const entries = new WeakMap<ContentPack['treatments'], Map<string, TreatmentEntry>>();

/**
 * The one way to find a treatment by id (the face, the slides, the
 * consultation and the summary all ask here), with its style. Indexed once
 * per pack.
 */
export function treatmentEntry(pack: Pick<ContentPack, 'treatments'>, id: string | null | undefined): TreatmentEntry | undefined {
  if (!id) return undefined;
  let byId = entries.get(pack.treatments);
  if (!byId) {
    byId = new Map(pack.treatments.map((treatment, index) => [treatment.id, { treatment, index, style: treatmentStyle(index) }]));
    entries.set(pack.treatments, byId);
  }
  return byId.get(id);
}

export function treatmentById(pack: Pick<ContentPack, 'treatments'>, id: string | null | undefined): Treatment | undefined {
  return treatmentEntry(pack, id)?.treatment;
}
