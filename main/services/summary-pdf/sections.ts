import { drawnSlidesLayout, type DrawnSlidesPageLayout } from '../../../shared/summary/drawn-slides-layout';
import type { SummaryModel, SummaryTreatment } from '../../../shared/summary/model';

export type SummarySection =
  | { kind: 'overview' }
  | { kind: 'areas' }
  | { kind: 'drawnSlides'; index: number; page: DrawnSlidesPageLayout }
  | { kind: 'treatment'; treatment: SummaryTreatment }
  | { kind: 'aftercare'; treatment: SummaryTreatment }
  | { kind: 'closing' };

/**
 * The summary's sections, each starting on a new page: the overview (who,
 * where on the face, when to expect what); area by area with the notes; the
 * slides the practitioner drew on, when they chose to include them (two a
 * page, see drawn-slides-layout.ts); for
 * each planned treatment, a page about it (to read before deciding) and an
 * aftercare sheet with the emergency advice (to keep afterwards); the small print.
 */
export function summarySections(model: SummaryModel): SummarySection[] {
  return [
    { kind: 'overview' },
    ...(model.concerns.length > 0 || model.notes.general.length > 0 ? [{ kind: 'areas' } as const] : []),
    ...drawnSlidesPages(model).map((page, index) => ({ kind: 'drawnSlides', index, page }) as const),
    ...model.treatments.flatMap((treatment) => [{ kind: 'treatment', treatment } as const, { kind: 'aftercare', treatment } as const]),
    { kind: 'closing' },
  ];
}

function drawnSlidesPages(model: SummaryModel): DrawnSlidesPageLayout[] {
  if (!model.drawnSlides) return [];
  return drawnSlidesLayout(model.paperSize, model.drawnSlides.map((slide) => slide.slideId)).pages;
}
