import { z } from 'zod';

/**
 * A consultation record: what was discussed with one patient. It lives in the
 * renderer while the consultation is open, is autosaved (encrypted) by
 * main/services/consultations, and is what the summary PDF is built from.
 * Nothing here is ever logged.
 */

import { CONSULTATION_FORMAT } from './format';
import { CONSULTATION_LIMITS } from './limits';
import { InkDrawingsSchema } from '../ink/schema';

export { CONSULTATION_FORMAT, initialsOf } from './format';

const isoDate = z.iso.date({ error: 'must be a date like 2026-11-24' });


export const Patient = z.strictObject({
  /** The only required field. */
  name: z.string().trim().min(1, 'Enter the patient’s name').max(CONSULTATION_LIMITS.patientName),
  dateOfBirth: isoDate.optional(),
  /** The clinic's own reference for the patient, if it uses one. */
  reference: z.string().trim().max(CONSULTATION_LIMITS.reference).optional(),
});
export type Patient = z.infer<typeof Patient>;

/**
 * A planned amount, as a range (min = max for one figure). Only its shape is
 * checked here: an amount outside the product's range is kept, and plan.ts
 * says what is wrong with it, so nothing the practitioner typed is lost.
 */
export const AmountRange = z.strictObject({
  min: z.number().nonnegative().max(CONSULTATION_LIMITS.amount),
  max: z.number().nonnegative().max(CONSULTATION_LIMITS.amount),
});
export type AmountRange = z.infer<typeof AmountRange>;

export const Concern = z.strictObject({
  /** A content region id, e.g. "crows-feet-left". */
  regionId: z.string().min(1).max(100),
  /** The treatment planned for this area (a content treatment id), or null while undecided. */
  plannedTreatment: z.string().min(1).max(100).nullable(),
  note: z.string().max(CONSULTATION_LIMITS.concernNote),
  /** A product id from products.yaml; absent until one is chosen. */
  productId: z.string().min(1).max(100).optional(),
  amount: AmountRange.optional(),
});
export type Concern = z.infer<typeof Concern>;

/** Who assessed the patient and who prescribes: a plan with a prescription medicine needs both, face to face. */
export const Assessment = z.strictObject({
  inPerson: z.boolean(),
  /** Practitioner ids from clinic.yaml; null until chosen. */
  assessorId: z.string().min(1).max(100).nullable(),
  prescriberId: z.string().min(1).max(100).nullable(),
});
export type Assessment = z.infer<typeof Assessment>;

export const ScreeningAnswer = z.strictObject({
  /** A screening question id from treatments.yaml. */
  questionId: z.string().min(1).max(100),
  answer: z.enum(['yes', 'no']),
  /** Why treatment can still go ahead when this answer rules it out. */
  proceedReason: z.string().max(CONSULTATION_LIMITS.proceedReason).optional(),
});
export type ScreeningAnswer = z.infer<typeof ScreeningAnswer>;

export const Consultation = z.strictObject({
  format: z.literal(CONSULTATION_FORMAT),
  /** Random id (UUID); also names the draft file, so it carries no patient data. */
  id: z.uuid(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  /** The day of the consultation (local date). */
  date: isoDate,
  patient: Patient,
  /** A practitioner id from the content pack's clinic.yaml. */
  practitionerId: z.string().min(1).max(100),
  /** In the order they were added; the numbers on the face follow this order. */
  concerns: z.array(Concern).max(CONSULTATION_LIMITS.concerns),
  notes: z.string().max(CONSULTATION_LIMITS.notes),
  assessment: Assessment,
  screening: z.array(ScreeningAnswer).max(CONSULTATION_LIMITS.screeningAnswers),
  /** The day treatment is planned for, if one was set; on or after the earliest date the reflection policy allows. */
  plannedDate: isoDate.nullable(),
  /** What the practitioner drew over the slides and the face (shared/ink); absent in drafts saved before there was a pen. */
  drawings: InkDrawingsSchema.optional(),
  /** Whether the slides drawn on go into the patient's summary as a page of their own (ticked on the review screen). */
  drawingsInSummary: z.boolean().optional(),
});
export type Consultation = z.infer<typeof Consultation>;

/** What the home screen may show about an unfinished consultation: no name, only initials. */
export const DraftSummary = z.strictObject({
  id: z.uuid(),
  initials: z.string().max(4),
  date: isoDate,
  updatedAt: z.iso.datetime(),
  concernCount: z.number().int().nonnegative(),
  /** Present when this is an older copy than the last one saved (put back from a backup, or by someone else). */
  olderCopy: z.literal(true).optional(),
});
export type DraftSummary = z.infer<typeof DraftSummary>;

/**
 * The unfinished consultations on this computer: every one that could be
 * read, and a count of the rest, so one bad file never hides the others.
 */
export const DraftList = z.strictObject({
  drafts: z.array(DraftSummary),
  /** Saved, but cannot be opened until the system keychain lets Facet unlock its key (kept, never purged). */
  locked: z.number().int().nonnegative(),
  /** Changed or damaged: they cannot be opened. */
  unreadable: z.number().int().nonnegative(),
});
export type DraftList = z.infer<typeof DraftList>;
