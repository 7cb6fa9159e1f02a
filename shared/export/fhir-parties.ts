import type { Practitioner } from '../content/schema';
import { isIsoDate } from '../summary/dates';
import { AMBULATORY, MEDICAL_RECORD_NUMBER, PARTICIPANT, PRIMARY_PERFORMER } from './fhir-codes';
import { entry, ref, type ExportContext } from './fhir-context';
import { fhirText } from './fhir-text';
import type { BundleEntry, Reference } from './fhir-types';
import { FHIR_WORDS as W } from './fhir-wording';

/** The people and places the consultation names: the patient, the clinic, its practitioners and the visit itself. */
export interface Parties {
  entries: BundleEntry[];
  patient: Reference;
  encounter: Reference;
  organization: Reference;
  /** The practitioner's entry, when the id is one of the clinic's practitioners. */
  practitioner: (id: string | null) => Reference | undefined;
}

/** A name as written, never split into given and family names: the consultation keeps one name field, and splitting it would be a guess. */
const nameElement = (name: string) => {
  const text = fhirText(name);
  return text ? { name: [{ text }] } : {};
};

export function buildParties(ctx: ExportContext): Parties {
  const { consultation, pack } = ctx;
  const organization = ref(ctx.url('Organization'));
  const patient = ref(ctx.url('Patient'));
  const encounter = ref(ctx.url('Encounter'));

  // The consulting practitioner, the assessor and the prescriber: one entry each, however many of those roles one person has.
  const { assessorId, prescriberId } = consultation.assessment;
  const ids = [...new Set([consultation.practitionerId, assessorId, prescriberId])];
  const named = ids.flatMap((id) => pack.clinic.practitioners.find((p) => p.id === id) ?? []);
  const practitionerUrl = (p: Practitioner) => ctx.url(`Practitioner/${p.id}`);
  const practitioner = (id: string | null) => {
    const found = named.find((p) => p.id === id);
    return found && ref(practitionerUrl(found));
  };

  const consultant = practitioner(consultation.practitionerId);
  const assessor = assessorId === consultation.practitionerId ? undefined : practitioner(assessorId);
  const participants = [
    ...(consultant ? [{ type: [{ coding: [PRIMARY_PERFORMER] }], individual: consultant }] : []),
    ...(assessor ? [{ type: [{ coding: [PARTICIPANT] }], individual: assessor }] : []),
  ];
  const reference = fhirText(consultation.patient.reference ?? '');
  const dateOfBirth = consultation.patient.dateOfBirth;

  return {
    patient,
    encounter,
    organization,
    practitioner,
    entries: [
      entry(patient.reference, 'Patient', {
        ...(reference && {
          identifier: [{ type: { coding: [MEDICAL_RECORD_NUMBER], text: W.clinicReference }, value: reference, assigner: organization }],
        }),
        ...nameElement(consultation.patient.name),
        ...(dateOfBirth && isIsoDate(dateOfBirth) && { birthDate: dateOfBirth }),
      }),
      entry(encounter.reference, 'Encounter', {
        status: 'finished',
        class: AMBULATORY,
        subject: patient,
        ...(participants.length > 0 && { participant: participants }),
        period: { start: consultation.date, end: consultation.date },
        serviceProvider: organization,
      }),
      ...named.map((p) => entry(practitionerUrl(p), 'Practitioner', nameElement(p.name))),
      entry(organization.reference, 'Organization', { name: fhirText(pack.clinic.name) }),
    ],
  };
}
