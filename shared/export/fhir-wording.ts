/**
 * The words of the FHIR export's narratives and titles: a clinical record
 * for another practitioner, so plain and exact rather than patient-friendly.
 */
export const FHIR_WORDS = {
  compositionTitle: (clinic: string, date: string) => `Aesthetic consultation at ${clinic}, ${date}`,
  carePlanTitle: 'Proposed treatment plan',

  clinicReference: 'Clinic reference',
  active: 'Active',

  areasTitle: 'Areas discussed',
  noAreas: 'No areas of the face were recorded at this consultation.',
  concern: (area: string, causes: string) => (causes ? `${area} (${causes})` : area),
  plannedTreatment: (name: string) => `Treatment planned: ${name}.`,
  undecided: 'Treatment not decided.',
  unavailable: 'The treatment chosen is no longer in the clinic’s content.',
  note: 'Note',

  assessmentTitle: 'Assessment',
  consultationWith: 'Consultation with',
  assessedBy: 'Assessed by',
  faceToFace: 'Assessed face to face',
  prescriber: 'Prescriber',
  notListedAsPrescriber: (name: string) => `${name} (not listed as a prescriber in the clinic’s list)`,
  notRecorded: 'Not recorded',
  notInClinicList: 'A practitioner no longer in the clinic’s list',
  yes: 'Yes',
  notConfirmed: 'Not confirmed',
  age: 'Age on the day',
  years: (age: number) => `${age} ${age === 1 ? 'year' : 'years'}`,
  screening: 'Screening answers',
  noScreening: 'No screening answers were recorded.',
  screeningHead: ['Question', 'Answer', 'Reason to go ahead'],
  answer: (answer: 'yes' | 'no') => (answer === 'yes' ? 'Yes' : 'No'),

  planTitle: 'Plan of treatment',
  noPlan: 'No treatment was planned at this consultation.',
  areaPlan: (area: string, treatment: string) => `${area}: ${treatment}`,
  productAmount: (product: string, amount: string) => `${product}, ${amount}`,
  productOnly: (product: string) => `${product}, amount to be decided`,
  toBeChosen: 'product and amount to be chosen',
  toBeConfirmed: 'product or amount to be confirmed',
  blocked: 'Cannot go ahead as planned',
  total: (treatment: string) => `Total ${treatment.toLowerCase()}`,
  earliest: (date: string, days: number, treatment: string) =>
    days === 0 ? `Earliest treatment date: ${date}.` : `Earliest treatment date: ${date} (${days === 1 ? '1 day' : `${days} days`} to reflect before ${treatment.toLowerCase()}).`,
  plannedOn: (date: string) => `Planned treatment date: ${date}.`,
  toResolve: 'To resolve before treatment',
  quantityIsUpper: 'The quantity is the upper end of the planned amount.',

  notesTitle: 'Notes',
} as const;
