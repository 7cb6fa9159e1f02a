/**
 * How long each field the practitioner types may be: the schema (model.ts)
 * checks them, the form fields stop there. Its own module, free of zod, so
 * the page can import it without bundling zod (whose start-up probe uses
 * eval, which the page's policy forbids).
 */
export const CONSULTATION_LIMITS = {
  patientName: 200,
  reference: 100,
  concernNote: 2000,
  notes: 10_000,
  concerns: 50,
  proceedReason: 1000,
  screeningAnswers: 100,
  /** The most of any product an area's plan can hold; content's own range is far smaller. */
  amount: 10_000,
} as const;
