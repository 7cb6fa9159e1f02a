import type { AmountRange, Consultation } from '../consultation/model';
import { buildPlan, formatMoney, type Plan, type Total } from '../consultation/plan';
import type { ContentPack, Region } from '../content/pack';
import { parseProse, type Inline, type ProseBlock } from '../content/prose';
import type { Product, RegionTreatment } from '../content/schema';
import { timingIn, type Timing } from '../content/timing';
import { treatmentById } from '../content/treatments';
import { REGION_SHAPES } from '../face/regions';
import { FACE_VIEW, slideView } from '../ink/limits';
import { strokesOf, type InkStroke } from '../ink/stroke';
import type { Point } from '../face/path';
import type { Settings } from '../settings';
import { accentPalette, type AccentPalette } from '../ui/colour';
import { dateLocale, formatLongDate, isIsoDate, localIsoDate, type IsoDate } from './dates';
import { followUp, type AreaTiming, type PlannedDay, type SummaryFollowUp } from './follow-up';
import { formatDayRange, formatDays, formatMonthRange } from '../content/timing-words';
import { SUMMARY_WORDS as W } from './wording';

export type { SummaryFollowUp, SummaryFollowUpItem } from './follow-up';
export { dateLocale } from './dates';

/**
 * The patient's summary as plain data: everything the PDF draws, already
 * chosen, ordered, worded and dated, so the renderer only lays it out. Built
 * from the consultation and the content pack as it is now; anything the
 * consultation names that the pack no longer has is left out with a neutral
 * line, never an error.
 */

/** Prose from the content pack, as blocks. Pictures are left out: the summary has its own diagram. */
export type SummaryProse = Exclude<ProseBlock, { type: 'image' }>[];

export type PaperSize = Settings['paperSize'];

export interface SummaryClinic {
  name: string;
  contact: string[];
  /** The logo as a data URL (SVG, PNG, JPEG or WebP), when the pack has one. */
  logoDataUrl?: string;
  palette: AccentPalette;
  /** The clinic's phone numbers for the "Getting help" box, when clinic.yaml gives them. */
  phone?: { day: string; outOfHours?: string };
}

export interface SummaryPatient {
  name: string;
  /** Written out: "3 March 1984". */
  dateOfBirth?: string;
  reference?: string;
}

export interface SummaryPractitioner {
  name: string;
  role?: string;
  /** false when the consultation names a practitioner the clinic's list no longer has. */
  known: boolean;
}

export interface SummaryPlannedTreatment {
  id: string;
  name: string;
  shortName: string;
  /** How this treatment helps in this area (the region's own words, else the treatment's). */
  how: SummaryProse;
  /** In this area: "about 3–5 days after treatment; full effect by about 2 weeks" (lower case: it sits in sentences). */
  onsetText: string;
  /** In this area: "about 6–12 months". */
  durationText: string;
}

export interface SummaryConcern {
  /** 1, 2, 3 ... in the order the areas were added; the same numbers are on the face. */
  number: number;
  regionId: string;
  areaName: string;
  causes: SummaryProse;
  /** "Lines from movement", "Loss of volume" ... */
  lineCauseNames: string[];
  /** planned: see plannedTreatment; undecided: none chosen yet; unavailable: the chosen one is no longer in the pack. */
  planStatus: 'planned' | 'undecided' | 'unavailable';
  plannedTreatment?: SummaryPlannedTreatment;
  /** The words to show instead of a treatment when there is none to show. */
  planText: string;
  note?: string;
  /** The product chosen for this area and the planned amount ("18–22 units"), when the plan has them and they meet its rules. */
  product?: { name: string; amountText?: string };
  /** Where the area is on the face diagram; absent for an area the diagram does not draw. */
  shape?: { path: string; label: Point };
}

export interface SummaryTreatment {
  id: string;
  name: string;
  shortName: string;
  summary: string;
  /** The concern numbers it is planned for. */
  concernNumbers: number[];
  whatToExpect: SummaryProse;
  downtime: string;
  aftercare: string[];
  sideEffects: { common: string[]; rare: string[] };
  /** Signs that need 999 or A&E (empty when the content gives none). */
  emergency: string[];
  /** Signs to call the clinic about. */
  seekHelp: string[];
  notSuitableFor: string[];
  followUp: SummaryFollowUp;
}

export interface SummaryNotes {
  /** The consultation's general notes, as paragraphs. */
  general: string[];
  concerns: { number: number; areaName: string; text: string }[];
}

export interface SummarySource {
  title: string;
  publisher?: string;
  url: string;
}

export interface SummaryMetadata {
  title: string;
  author: string;
  subject: string;
  keywords: string;
  creator: string;
  producer: string;
  language: string;
}

export interface SummaryPerson {
  name: string;
  role?: string;
}

/** One planned treatment's total over its areas: "40 units", "1.5–2 mL (2 syringes)". */
export interface SummaryTotal {
  treatmentId: string;
  name: string;
  amountText: string;
}

/** Worded as an estimate, never as an offer. */
export interface SummaryEstimate {
  /** "£360" or "£360–£640". */
  range: string;
  notOffer: string;
  includes: string[];
  validUntil: string;
  /** "It does not include area 3." when some planned areas are not priced yet. */
  leftOut?: string;
}

/** The plan as issue 14 asks the summary to show it. */
export interface SummaryPlan {
  /** Said instead of any plan when nothing can be planned (the patient is under 18). */
  closedBecause?: string;
  assessor?: SummaryPerson;
  /** Whether the assessor saw the patient face to face. */
  inPerson: boolean;
  prescriber?: SummaryPerson;
  totals: SummaryTotal[];
  /** The earliest treatment date, written out, and why (time to reflect). */
  earliest?: { date: string; reason: string };
  /** The planned treatment date, written out, when one is set and allowed. */
  plannedDate?: string;
  estimate?: SummaryEstimate;
}

export interface SummaryModel {
  paperSize: PaperSize;
  /** The locale dates are written in. */
  locale: string;
  clinic: SummaryClinic;
  patient: SummaryPatient;
  /** The consultation date, ISO and written out. */
  consultationDate: IsoDate;
  date: string;
  practitioner: SummaryPractitioner;
  concerns: SummaryConcern[];
  /** What the practitioner drew over the face (shared/ink), in the face's viewBox; absent when nothing was drawn. */
  faceDrawing?: readonly InkStroke[];
  /** The slides drawn on, in the deck's order, when the practitioner chose to include them; absent otherwise. */
  drawnSlides?: readonly SummaryDrawnSlide[];
  plan: SummaryPlan;
  /** Neutral lines about what could not be shown (content changed since the consultation). */
  omitted: string[];
  treatments: SummaryTreatment[];
  notes: SummaryNotes;
  disclaimers: { id: string; blocks: SummaryProse }[];
  /** Disclaimers for the first page, under the plan (showOn: first-page). */
  firstPageNotes: { id: string; blocks: SummaryProse }[];
  sources: SummarySource[];
  /** "24 November 2026": the day the PDF was made. */
  generatedOn: string;
  metadata: SummaryMetadata;
}

export interface SummaryDrawnSlide {
  slideId: string;
  title: string;
  /** In the slide's 1600 x 900 surface (shared/ink/limits.ts). */
  strokes: readonly InkStroke[];
}

export interface SummaryOptions {
  paperSize: PaperSize;
  /** When the summary is made (the footer shows its local date). */
  generatedAt: Date;
}


/** Line breaks inside a Markdown paragraph are soft: on paper, as on screen, they are spaces. */
function softBreaks(inlines: Inline[]): Inline[] {
  return inlines.map((inline) =>
    inline.type === 'text' ? { type: 'text', text: inline.text.replace(/[ \t]*\n[ \t]*/g, ' ') } : inline.type === 'break' ? inline : { ...inline, children: softBreaks(inline.children) },
  );
}

export function summaryProse(markdown: string): SummaryProse {
  return parseProse(markdown).blocks.flatMap((block): SummaryProse => {
    switch (block.type) {
      case 'image':
        return [];
      case 'list':
        return [{ ...block, items: block.items.map(softBreaks) }];
      default:
        return [{ ...block, children: softBreaks(block.children) }];
    }
  });
}

const paragraphs = (text: string): string[] =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);

function onsetText({ onsetDays: { min, max }, fullEffectDays }: Timing): string {
  const onset = max === 0 ? W.straightAway : W.onsetRange(formatDayRange(min, max));
  return fullEffectDays !== undefined && fullEffectDays > max ? `${onset}; ${W.fullEffectBy(formatDays(fullEffectDays))}` : onset;
}

const durationText = ({ durationMonths }: Timing): string => W.about(formatMonthRange(durationMonths.min, durationMonths.max));

const number = (n: number) => n.toLocaleString('en-GB', { maximumFractionDigits: 2 });
const range = ({ min, max }: Total | AmountRange) => (min === max ? number(min) : `${number(min)}–${number(max)}`);

/** "20 units", "18–22 units", "1 mL", "0.5–1 mL". */
export function amountText(amount: Total | AmountRange, unit: Product['unit']): string {
  return `${range(amount)} ${unit === 'mL' ? 'mL' : amount.max === 1 ? 'unit' : 'units'}`;
}

/** Each planned treatment's total over its ready areas, worded: "40 units", "1.5–2 mL (2 syringes)". */
export function planTotals(plan: Plan, pack: ContentPack): SummaryTotal[] {
  return plan.totals.flatMap((t) => {
    const treatment = treatmentById(pack, t.treatmentId);
    if (!treatment) return [];
    const syringes = t.products.filter((p) => p.syringes).map((p) => p.syringes!);
    const parts = [
      ...(t.units ? [amountText(t.units, 'units')] : []),
      ...(t.mL ? [amountText(t.mL, 'mL')] : []),
    ];
    const count = syringes.length > 0 && { min: syringes.reduce((n, s) => n + s.min, 0), max: syringes.reduce((n, s) => n + s.max, 0) };
    const text = parts.join(' and ') + (count ? ` (${W.syringes(range(count), count.max > 1)})` : '');
    return [{ treatmentId: t.treatmentId, name: treatment.name, amountText: text }];
  });
}

function personOf(pack: ContentPack, id: string | null): SummaryPerson | undefined {
  const p = id === null ? undefined : pack.clinic.practitioners.find((x) => x.id === id);
  return p && { name: p.name, ...(p.role && { role: p.role }) };
}

function summaryPlan(plan: Plan, consultation: Consultation, pack: ContentPack, concerns: readonly SummaryConcern[], long: (d: IsoDate) => string): SummaryPlan {
  const assessor = personOf(pack, consultation.assessment.assessorId);
  const prescriberId = consultation.assessment.prescriberId;
  const prescriber = pack.clinic.practitioners.find((p) => p.id === prescriberId)?.prescriber ? personOf(pack, prescriberId) : undefined;
  const people = { ...(assessor && { assessor }), inPerson: consultation.assessment.inPerson, ...(prescriber && { prescriber }) };
  if (plan.closedBecause !== null) return { closedBecause: plan.closedBecause, ...people, totals: [] };
  const dated = plannedDayOf(plan, consultation);
  const estimate = plan.estimate?.status === 'ready' ? plan.estimate : null;
  const numberOf = new Map(concerns.map((c) => [c.regionId, c.number]));
  const leftOut = estimate ? [...new Set(estimate.leftOut.flatMap((id) => numberOf.get(id) ?? []))].sort((a, b) => a - b) : [];
  return {
    ...people,
    totals: planTotals(plan, pack),
    ...(plan.reflection && { earliest: { date: long(plan.reflection.earliestDate), reason: W.earliestReason(plan.reflection.days) } }),
    ...(dated && { plannedDate: long(dated) }),
    ...(estimate && {
      estimate: {
        range: estimate.min === estimate.max ? formatMoney(estimate.min, estimate.currency) : `${formatMoney(estimate.min, estimate.currency)}–${formatMoney(estimate.max, estimate.currency)}`,
        notOffer: W.estimateNotOffer,
        includes: [...estimate.includes],
        validUntil: W.estimateValidUntil(long(estimate.validUntil)),
        ...(leftOut.length > 0 && { leftOut: W.estimateLeavesOut(leftOut) }),
      },
    }),
  };
}

/** The planned treatment day, when one is set and the plan allows it (on or after the earliest date). */
export function plannedDayOf(plan: Plan, consultation: Consultation): IsoDate | null {
  const date = consultation.plannedDate;
  if (date === null || !isIsoDate(date) || plan.closedBecause !== null) return null;
  return plan.messages.some((m) => m.field.kind === 'plannedDate') ? null : date;
}

/** The strokes drawn over the face, when there are any: the PDF draws them over its face as vector paths. */
function faceDrawingOf(consultation: Consultation): { faceDrawing?: readonly InkStroke[] } {
  const strokes = strokesOf(consultation.drawings ?? [], FACE_VIEW);
  return strokes.length > 0 ? { faceDrawing: strokes } : {};
}

/** The slides with a drawing on them, when the practitioner ticked them into the summary; slides no longer in the content are left out. */
function drawnSlidesOf(consultation: Consultation, pack: ContentPack): { drawnSlides?: readonly SummaryDrawnSlide[] } {
  if (consultation.drawingsInSummary !== true) return {};
  const drawings = consultation.drawings ?? [];
  const drawnSlides = pack.slides
    .map((slide) => ({ slideId: slide.id, title: slide.title, strokes: strokesOf(drawings, slideView(slide.id)) }))
    .filter((slide) => slide.strokes.length > 0);
  return drawnSlides.length > 0 ? { drawnSlides } : {};
}

/**
 * Builds the summary; never throws for content that changed since the
 * consultation. A caller that has the consultation's plan already (the
 * clinician's copy) passes it, so the plan is worked out once.
 */
export function buildSummary(consultation: Consultation, pack: ContentPack, options: SummaryOptions, plan: Plan = buildPlan(consultation, pack)): SummaryModel {
  const locale = dateLocale(pack.meta.locale);
  const long = (date: IsoDate) => formatLongDate(date, locale);
  const regions = new Map<string, Region>(pack.regions.map((r) => [r.id, r]));
  const shapes = new Map(REGION_SHAPES.map((s) => [s.id, s]));

  // The same area added twice is one area: the first one's plan counts, as below.
  const areaPlans = new Map(plan.areas.toReversed().map((a) => [a.regionId, a]));
  const plannedDate = plannedDayOf(plan, consultation);
  const plannedDay: PlannedDay | undefined = plannedDate === null ? undefined : { date: plannedDate, format: long };

  const concerns: SummaryConcern[] = [];
  /** Concern number -> the timing of its planned treatment in its area. */
  const timings = new Map<number, Timing>();
  let missingRegions = 0;
  const seenRegions = new Set<string>();
  for (const concern of consultation.concerns) {
    const region = regions.get(concern.regionId);
    if (!region) {
      missingRegions += 1;
      continue;
    }
    // The same area added twice is one area on the face: keep the first, with its plan.
    if (seenRegions.has(region.id)) continue;
    seenRegions.add(region.id);
    const treatment = treatmentById(pack, concern.plannedTreatment);
    const planStatus = concern.plannedTreatment === null ? 'undecided' : treatment ? 'planned' : 'unavailable';
    const shape = shapes.get(region.id);
    const note = concern.note.trim();
    const use: RegionTreatment | undefined = treatment && region.treatments.find((t) => t.treatment === treatment.id);
    const timing = treatment && timingIn(treatment, use);
    if (timing) timings.set(concerns.length + 1, timing);
    const areaPlan = treatment && plan.closedBecause === null ? areaPlans.get(region.id) : undefined;
    const product = areaPlan && areaPlan.treatmentId === treatment!.id && areaPlan.status !== 'invalid' ? areaPlan.product : null;
    concerns.push({
      number: concerns.length + 1,
      regionId: region.id,
      areaName: region.name,
      causes: summaryProse(region.causes),
      lineCauseNames: region.lines.map((line) => pack.meta.lineCauseNames[line]),
      planStatus,
      ...(treatment && {
        plannedTreatment: {
          id: treatment.id,
          name: treatment.name,
          shortName: treatment.shortName,
          how: summaryProse(use?.how ?? treatment.howItWorks),
          onsetText: onsetText(timing!),
          durationText: durationText(timing!),
        },
      }),
      planText: treatment ? treatment.name : planStatus === 'undecided' ? W.undecided : W.unavailable,
      ...(note && { note }),
      ...(product && { product: { name: product.name, ...(areaPlan!.amount && { amountText: amountText(areaPlan!.amount, product.unit) }) } }),
      ...(shape && { shape: { path: shape.path, label: shape.label } }),
    });
  }

  const planned: SummaryTreatment[] = [];
  const areasOf = (id: string): AreaTiming[] =>
    concerns.filter((c) => c.plannedTreatment?.id === id).map((c) => ({ number: c.number, timing: timings.get(c.number)! }));
  for (const concern of concerns) {
    const id = concern.plannedTreatment?.id;
    if (!id) continue;
    const existing = planned.find((t) => t.id === id);
    if (existing) {
      existing.concernNumbers.push(concern.number);
      continue;
    }
    const treatment = treatmentById(pack, id)!;
    planned.push({
      id,
      name: treatment.name,
      shortName: treatment.shortName,
      summary: treatment.summary,
      concernNumbers: [concern.number],
      whatToExpect: summaryProse(treatment.whatTreatmentIsLike),
      downtime: treatment.downtime,
      aftercare: [...treatment.aftercare],
      sideEffects: { common: [...treatment.sideEffects.common], rare: [...treatment.sideEffects.rare] },
      emergency: [...(treatment.emergency ?? [])],
      seekHelp: [...treatment.seekHelp],
      notSuitableFor: [...treatment.notSuitableFor],
      followUp: followUp(treatment, areasOf(id), plannedDay),
    });
  }

  const sourceIds = new Set(planned.flatMap((t) => treatmentById(pack, t.id)!.sources));
  const practitioner = pack.clinic.practitioners.find((p) => p.id === consultation.practitionerId);
  const patientName = consultation.patient.name.trim();
  const date = long(consultation.date);
  const dateOfBirth = consultation.patient.dateOfBirth;
  const reference = consultation.patient.reference?.trim();
  const logoDataUrl = pack.clinic.logo ? pack.images[pack.clinic.logo] : undefined;

  return {
    paperSize: options.paperSize,
    locale,
    clinic: {
      name: pack.clinic.name,
      contact: [...pack.clinic.contact],
      ...(logoDataUrl && { logoDataUrl }),
      palette: accentPalette(pack.clinic.accentColour),
      ...(pack.clinic.phone && {
        phone: { day: pack.clinic.phone.day, ...(pack.clinic.phone.outOfHours && { outOfHours: pack.clinic.phone.outOfHours }) },
      }),
    },
    patient: {
      name: patientName,
      ...(dateOfBirth && isIsoDate(dateOfBirth) && { dateOfBirth: long(dateOfBirth) }),
      ...(reference && { reference }),
    },
    consultationDate: consultation.date,
    date,
    practitioner: practitioner
      ? { name: practitioner.name, ...(practitioner.role && { role: practitioner.role }), known: true }
      : { name: W.unknownPractitioner, known: false },
    concerns,
    ...faceDrawingOf(consultation),
    ...drawnSlidesOf(consultation, pack),
    plan: summaryPlan(plan, consultation, pack, concerns, long),
    omitted: missingRegions > 0 ? [W.omittedAreas(missingRegions)] : [],
    treatments: planned,
    notes: {
      general: paragraphs(consultation.notes),
      concerns: concerns.flatMap((c) => (c.note ? [{ number: c.number, areaName: c.areaName, text: c.note }] : [])),
    },
    disclaimers: pack.disclaimers.filter((d) => d.showOn.includes('summary')).map((d) => ({ id: d.id, blocks: summaryProse(d.text) })),
    firstPageNotes: pack.disclaimers.filter((d) => d.showOn.includes('first-page')).map((d) => ({ id: d.id, blocks: summaryProse(d.text) })),
    sources: pack.meta.sources
      .filter((s) => sourceIds.has(s.id))
      .map((s) => ({ title: s.title, ...(s.publisher && { publisher: s.publisher }), url: s.url })),
    generatedOn: long(localIsoDate(options.generatedAt)),
    metadata: {
      title: W.documentTitle(patientName, date),
      author: pack.clinic.name,
      subject: W.documentSubject(pack.clinic.name),
      keywords: W.keywords,
      creator: W.creator,
      producer: W.producer,
      language: pack.meta.locale,
    },
  };
}
