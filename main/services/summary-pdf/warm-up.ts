import { CONSULTATION_FORMAT, type Consultation } from '../../../shared/consultation/model';
import type { ContentPack } from '../../../shared/content/pack';
import { buildSummary } from '../../../shared/summary/model';
import { renderSummaryPdf, type SummaryPdfOptions } from './index';

/**
 * The first summary of a session used to take over a second longer than the
 * tenth: loading react-pdf, registering and parsing the Inter files, and
 * compiling the layout code all happened on that first export. Rendering one
 * stand-in summary in the background after start does all of it before the
 * practitioner asks, so the first export is as fast as the tenth.
 *
 * The stand-in has no patient: a placeholder name and placeholder notes,
 * and one area for each treatment in the pack with a product and an amount
 * (so every kind of page and block is laid out). Its bytes are thrown away.
 * V8 compiles the layout code in tiers, so one render is not enough: the
 * first real export after three warm-ups measured about as fast as the
 * tenth, after one it was still twice as slow.
 */
const PLACEHOLDER = 'Warm-up text, never shown: a short paragraph of notes, as a practitioner would write after a consultation.';
const RENDERS = 3;

export function warmUpConsultation(pack: ContentPack): Consultation {
  const areas = pack.treatments
    .map((treatment) => pack.regions.find((region) => region.treatments.some((t) => t.treatment === treatment.id)))
    .filter((region) => region !== undefined);
  const practitioner = pack.clinic.practitioners.find((p) => p.prescriber) ?? pack.clinic.practitioners[0]!;
  const now = new Date().toISOString();
  return {
    format: CONSULTATION_FORMAT,
    id: '00000000-0000-4000-8000-000000000000',
    createdAt: now,
    updatedAt: now,
    date: now.slice(0, 10),
    patient: { name: 'Warm-up' },
    practitionerId: practitioner.id,
    concerns: areas.map((region) => {
      const treatment = region.treatments[0]!.treatment;
      const product = pack.products.find((p) => p.treatment === treatment);
      return { regionId: region.id, plannedTreatment: treatment, note: PLACEHOLDER, ...(product && { productId: product.id, amount: product.amountPerArea }) };
    }),
    notes: `${PLACEHOLDER}\n\n${PLACEHOLDER}`,
    assessment: { inPerson: true, assessorId: practitioner.id, prescriberId: practitioner.id },
    screening: [],
    plannedDate: null,
  };
}

/** Renders the stand-in summary once and forgets it. Never throws: a failed warm-up only means a slower first export. */
export async function warmUpSummaryPdf(pack: ContentPack | null, options: SummaryPdfOptions = {}): Promise<boolean> {
  if (!pack || pack.clinic.practitioners.length === 0) return false;
  const model = buildSummary(warmUpConsultation(pack), pack, { paperSize: 'A4', generatedAt: new Date() });
  try {
    for (let i = 0; i < RENDERS; i += 1) {
      await renderSummaryPdf(model, options);
      // Between renders, let whatever main has queued (an autosave, say) go first.
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return true;
  } catch {
    return false;
  }
}
