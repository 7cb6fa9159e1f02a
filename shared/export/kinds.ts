import { safeNamePart } from '../consultation/file-name';

/**
 * What Facet can write for a consultation, into one folder the practitioner
 * picks: the patient's summary, the clinician's copy, a FHIR R4 bundle for the
 * clinic's records system, and a calendar file with the review dates. Kept
 * free of zod so the renderer can list them.
 */
export const EXPORT_KINDS = ['patientSummary', 'clinicianCopy', 'fhirBundle', 'calendar'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

export interface ExportKindInfo {
  /** What the practitioner ticks. */
  label: string;
  /** Its name inside a sentence: "Facet could not make the clinician’s copy". */
  inSentence: string;
  /** One line on what it holds and who it is for. */
  detail: string;
  /** The file's last part, with its extension. */
  suffix: string;
  /** True when it holds more than the patient's handout (clinical details): written for the clinic only. */
  clinical: boolean;
}

export const EXPORT_KIND_INFO: Record<ExportKind, ExportKindInfo> = {
  patientSummary: {
    label: 'Patient summary (PDF)',
    inSentence: 'the patient summary',
    detail: 'The patient’s handout, with aftercare and safety information.',
    suffix: '.pdf',
    clinical: false,
  },
  clinicianCopy: {
    label: 'Clinician’s copy (PDF)',
    inSentence: 'the clinician’s copy',
    detail: 'For the clinic’s file or the GP: assessment, screening, products and doses.',
    suffix: '.pdf',
    clinical: true,
  },
  fhirBundle: {
    label: 'Record for the clinic’s system (FHIR)',
    inSentence: 'the record for the clinic’s system',
    detail: 'A FHIR R4 document the clinic’s records system can import.',
    suffix: '.fhir.json',
    clinical: true,
  },
  calendar: {
    label: 'Review dates (calendar file)',
    inSentence: 'the calendar file',
    detail: 'Review and repeat dates for the clinic’s calendar (.ics).',
    suffix: '.ics',
    clinical: false,
  },
};

const FILE_WORDS: Record<ExportKind, string> = {
  patientSummary: 'Facet summary',
  clinicianCopy: 'Facet clinical record',
  fhirBundle: 'Facet record',
  calendar: 'Facet review dates',
};

/** e.g. `Facet clinical record - Ada Lovelace - 2026-12-01.pdf`; safe on Windows, macOS and Linux. */
export function exportFileName(kind: ExportKind, patientName: string, date: string): string {
  return `${FILE_WORDS[kind]} - ${safeNamePart(patientName)} - ${date}${EXPORT_KIND_INFO[kind].suffix}`;
}

/** The kinds in their usual order, each once. */
export function orderedKinds(kinds: readonly ExportKind[]): ExportKind[] {
  return EXPORT_KINDS.filter((kind) => kinds.includes(kind));
}
