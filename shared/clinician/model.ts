import type { Consultation } from '../consultation/model';
import { buildPlan, screeningChecklist, type AreaPlan, type Plan } from '../consultation/plan';
import type { ContentPack } from '../content/pack';
import type { ProductUnit } from '../content/schema';
import { treatmentById } from '../content/treatments';
import { formatLongDate } from '../summary/dates';
import { buildSummary, type PaperSize, type SummaryConcern, type SummaryModel, type SummaryOptions, type SummaryTotal } from '../summary/model';
import { AREA_STATUS_TEXT, CLINICIAN_WORDS as W, type ClinicianAreaStatus } from './wording';

/**
 * The clinician's copy of a consultation (issue 15) as plain data: what the
 * clinical record prints, for the clinic's file or the patient's GP, in
 * enough detail for another practitioner to take over. It is built on the
 * patient's summary and the same plan, so both copies always agree on the
 * areas, their numbers, products, amounts, dates and totals; only the
 * wording (clinical, not for the patient) and the detail differ.
 */

export type ClinicianPaperSize = PaperSize;
export type ClinicianOptions = SummaryOptions;

export interface ClinicianPerson {
  name: string;
  role?: string;
}

export interface ClinicianScreeningAnswer {
  question: string;
  /** null: the question was not answered. */
  answer: 'yes' | 'no' | null;
  /** The planned treatments this answer rules out (their names); empty when it rules nothing out. */
  rulesOut: string[];
  /** Why treatment goes ahead anyway, when the answer rules one out and a reason was recorded. */
  proceedReason?: string;
}

export interface ClinicianArea {
  /** The same numbers as on the patient's summary and its face diagram. */
  number: number;
  areaName: string;
  /** The planned treatment's name; absent while undecided or when the pack no longer has it. */
  treatment?: string;
  status: ClinicianAreaStatus;
  statusText: string;
  product?: string;
  /** The planned amount for this area: a range (min = max for one figure) in the product's unit. */
  amount?: { min: number; max: number; unit: ProductUnit; text: string };
  note?: string;
}

/** The points discussed for one planned treatment: its risks, the alternatives, and what can be done if the result is not liked. */
export interface ClinicianDiscussion {
  treatmentId: string;
  name: string;
  areaNumbers: number[];
  risks: { common: string[]; rare: string[] };
  /** Empty when the clinic's content gives none (the record says so). */
  alternatives: string[];
  ifUnhappyWithResult: string[];
}

export interface ClinicianRecord {
  paperSize: ClinicianPaperSize;
  locale: string;
  clinic: { name: string; contact: string[] };
  patient: {
    name: string;
    /** Written out: "14 March 1986". */
    dateOfBirth?: string;
    /** Whole years on the consultation day. */
    age?: number;
    reference?: string;
  };
  /** Written out: "24 November 2026". */
  consultationDate: string;
  /** Who ran the consultation. */
  consultationBy: string;
  assessor?: ClinicianPerson;
  /** Present only when the practitioner chosen is listed as a prescriber. */
  prescriber?: ClinicianPerson;
  inPerson: boolean;
  /** Said instead of any plan when nothing can be planned (the patient is under 18). */
  closedBecause?: string;
  /** The checklist for the planned treatments, in the order it is asked, with each answer. */
  screening: ClinicianScreeningAnswer[];
  areas: ClinicianArea[];
  /** Each planned treatment's total over its ready areas: "40 units", "1.5–2 mL (2 syringes)". */
  totals: SummaryTotal[];
  earliest?: { date: string; reason: string };
  plannedDate?: string;
  /** A planned date the plan refuses (before the earliest date), written out, so the record shows what was entered and that it is not valid. */
  refusedPlannedDate?: string;
  estimate?: { range: string; includes: string[]; validUntil: string; leftOut?: string };
  /** The consultation's general notes, as paragraphs. */
  notes: string[];
  discussed: ClinicianDiscussion[];
  /** Neutral lines about areas that could not be shown (content changed since the consultation). */
  omitted: string[];
  generatedOn: string;
  metadata: SummaryModel['metadata'];
}

/** Builds the clinician's copy; like the summary, never throws for content that changed since the consultation. */
export function buildClinicianRecord(consultation: Consultation, pack: ContentPack, options: ClinicianOptions): ClinicianRecord {
  const plan = buildPlan(consultation, pack);
  const summary = buildSummary(consultation, pack, options, plan);
  const nameOf = (treatmentId: string) => treatmentById(pack, treatmentId)?.name ?? treatmentId;
  const { patient, plan: summaryPlan } = summary;
  const reflection = plan.reflection;
  const estimate = summaryPlan.estimate;
  // Counted as the summary counts them: each recorded area whose region the pack no longer has.
  const missing = consultation.concerns.filter((c) => !pack.regions.some((r) => r.id === c.regionId)).length;
  const refused = plan.messages.some((m) => m.field.kind === 'plannedDate') ? consultation.plannedDate : null;

  return {
    paperSize: options.paperSize,
    locale: summary.locale,
    clinic: { name: summary.clinic.name, contact: summary.clinic.contact },
    patient: { ...patient, ...(plan.age !== null && { age: plan.age }) },
    consultationDate: summary.date,
    consultationBy: summary.practitioner.known ? summary.practitioner.name : W.notInList,
    ...(summaryPlan.assessor && { assessor: summaryPlan.assessor }),
    ...(summaryPlan.prescriber && { prescriber: summaryPlan.prescriber }),
    inPerson: summaryPlan.inPerson,
    ...(summaryPlan.closedBecause && { closedBecause: summaryPlan.closedBecause }),
    screening: screeningAnswers(consultation, pack, plan, nameOf),
    areas: summary.concerns.map((concern) => clinicianArea(concern, plan)),
    totals: summaryPlan.totals,
    ...(summaryPlan.earliest && reflection && { earliest: { date: summaryPlan.earliest.date, reason: W.earliestReason(reflection.days, nameOf(reflection.treatmentId).toLowerCase()) } }),
    ...(summaryPlan.plannedDate && { plannedDate: summaryPlan.plannedDate }),
    ...(refused && { refusedPlannedDate: formatLongDate(refused, summary.locale) }),
    ...(estimate && {
      estimate: { range: estimate.range, includes: estimate.includes, validUntil: estimate.validUntil, ...(estimate.leftOut && { leftOut: estimate.leftOut }) },
    }),
    notes: summary.notes.general,
    discussed: summary.treatments.map((t) => {
      const content = treatmentById(pack, t.id)!;
      return {
        treatmentId: t.id,
        name: t.name,
        areaNumbers: t.concernNumbers,
        risks: t.sideEffects,
        alternatives: [...(content.alternatives ?? [])],
        ifUnhappyWithResult: [...(content.ifUnhappyWithResult ?? [])],
      };
    }),
    omitted: missing > 0 ? [W.omittedAreas(missing)] : [],
    generatedOn: summary.generatedOn,
    metadata: {
      ...summary.metadata,
      title: W.documentTitle(patient.name, summary.date),
      subject: W.documentSubject(summary.clinic.name),
      keywords: W.keywords,
    },
  };
}

/** One area, numbered and named as on the patient's summary, with its product and amount only where the summary shows them (valid). */
function clinicianArea(concern: SummaryConcern, plan: Plan): ClinicianArea {
  const areaPlan = plan.areas.find((a) => a.regionId === concern.regionId && a.treatmentId === concern.plannedTreatment?.id);
  const status = areaStatus(concern, plan, areaPlan);
  const amountText = concern.product?.amountText;
  const amount = amountText !== undefined && areaPlan?.amount && areaPlan.product ? { ...areaPlan.amount, unit: areaPlan.product.unit, text: amountText } : undefined;
  return {
    number: concern.number,
    areaName: concern.areaName,
    ...(concern.plannedTreatment && { treatment: concern.plannedTreatment.name }),
    status,
    statusText: AREA_STATUS_TEXT[status],
    ...(concern.product && { product: concern.product.name }),
    ...(amount && { amount }),
    ...(concern.note && { note: concern.note }),
  };
}

function areaStatus(concern: SummaryConcern, plan: Plan, area: AreaPlan | undefined): ClinicianAreaStatus {
  if (concern.planStatus !== 'planned') return concern.planStatus;
  if (plan.closedBecause !== null || !area) return 'closed';
  switch (area.status) {
    case 'ready':
      return area.ruledOutBy.length > 0 ? 'ready-despite-screening' : 'ready';
    case 'blocked':
      return area.ruledOutBy.some((r) => r.proceedReason === undefined) ? 'ruled-out' : 'needs-prescriber';
    default:
      return area.status;
  }
}

/**
 * The screening checklist of the planned treatments, as the consultation
 * screen asks it, with each answer. What an answer rules out, and the reason
 * to proceed, are the plan's (its areas' ruledOutBy), not worked out again.
 */
function screeningAnswers(consultation: Consultation, pack: ContentPack, plan: Plan, nameOf: (id: string) => string): ClinicianScreeningAnswer[] {
  const plannedIds = new Set(plan.areas.map((a) => a.treatmentId));
  const answers = new Map(consultation.screening.map((a) => [a.questionId, a.answer]));
  return screeningChecklist(pack.treatments.filter((t) => plannedIds.has(t.id))).map((item) => {
    const ruling = [...plannedIds].flatMap((treatmentId) => {
      const found = plan.areas.find((a) => a.treatmentId === treatmentId)?.ruledOutBy.find((r) => r.questionId === item.id);
      return found ? [{ treatmentId, found }] : [];
    });
    const proceedReason = ruling.find((r) => r.found.proceedReason)?.found.proceedReason;
    return {
      question: item.question,
      answer: answers.get(item.id) ?? null,
      rulesOut: ruling.map((r) => nameOf(r.treatmentId)),
      ...(proceedReason && { proceedReason }),
    };
  });
}

/** Everything in a record that belongs to this patient rather than to the clinic's content: for forgetting after a render. */
export function clinicianPatientTexts(record: ClinicianRecord): string[] {
  const { patient } = record;
  return [
    patient.name,
    patient.reference ?? '',
    patient.dateOfBirth ?? '',
    W.footerPatient(patient.name, patient.dateOfBirth),
    ...record.notes,
    ...record.areas.map((area) => area.note ?? ''),
    ...record.screening.map((answer) => answer.proceedReason ?? ''),
  ];
}

