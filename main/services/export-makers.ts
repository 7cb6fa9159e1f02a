import { buildClinicianRecord } from '../../shared/clinician/model';
import { buildReviewCalendar } from '../../shared/export/calendar';
import { buildFhirBundle } from '../../shared/export/fhir';
import type { ExportKind } from '../../shared/export/kinds';
import { FacetError } from '../../shared/ipc/result';
import { buildSummary } from '../../shared/summary/model';
import { renderClinicianPdf } from './clinician-pdf';
import type { ExportRenderer } from './exports';
import { renderSummaryPdf, type SummaryPdfOptions } from './summary-pdf';

/** What makes each kind of export, from the saved consultation, the content and the settings. */
export function exportMakers(fontsDir: string, slides: Pick<SummaryPdfOptions, 'printSlides' | 'log'> = {}): Record<ExportKind, ExportRenderer> {
  return {
    patientSummary: (consultation, pack, settings, generatedAt) =>
      renderSummaryPdf(buildSummary(consultation, pack, { paperSize: settings.paperSize, generatedAt }), { fontsDir, ...slides }),
    clinicianCopy: (consultation, pack, settings, generatedAt) =>
      renderClinicianPdf(buildClinicianRecord(consultation, pack, { paperSize: settings.paperSize, generatedAt }), { fontsDir }),
    fhirBundle: async (consultation, pack, _settings, generatedAt) => `${JSON.stringify(buildFhirBundle(consultation, pack, { generatedAt }), null, 2)}\n`,
    calendar: async (consultation, pack, _settings, generatedAt) => {
      const calendar = buildReviewCalendar(consultation, pack, { generatedAt });
      // The review screen offers no calendar file then; this is for a consultation changed meanwhile.
      if (calendar === null) throw new FacetError('invalid-request', 'There are no dates for a calendar file yet: set a planned treatment date first. Nothing was saved.');
      return calendar;
    },
  };
}
