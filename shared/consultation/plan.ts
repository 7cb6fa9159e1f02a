import type { ContentPack } from '../content/pack';
import type { Product, ScreeningQuestion, Treatment } from '../content/schema';
import { addDays, dateLocale, daysBetween, formatLongDate, isIsoDate, type IsoDate } from '../summary/dates';
import type { AmountRange, Consultation, ScreeningAnswer } from './model';

/**
 * The rules a consultation's plan must meet before treatment (issue 14): the
 * patient's age, the screening answers, a prescriber for prescription
 * medicines, products and amounts from the clinic's catalogue, time to
 * reflect, and the price estimate. Pure, so the consultation screen, the
 * summary and the tests all get the same answer; type-only imports of the
 * zod modules keep it out of the page's bundle (see limits.ts).
 *
 * Nothing is refused by throwing: every bad input becomes a message for its
 * field, and what was typed stays in the consultation.
 */

export type PlanPack = Pick<ContentPack, 'treatments' | 'products' | 'clinic' | 'meta'>;

/** Where a message belongs: a field of the consultation, or of one planned area. */
export type PlanField =
  | { kind: 'dateOfBirth' }
  | { kind: 'prescriber' }
  | { kind: 'inPerson' }
  | { kind: 'plannedDate' }
  | { kind: 'product'; regionId: string }
  | { kind: 'amount'; regionId: string }
  | { kind: 'screening'; questionId: string };

export interface PlanMessage {
  field: PlanField;
  message: string;
}

/** One question of the checklist, and the answer that rules out each treatment it is asked for. */
export interface ScreeningItem {
  id: string;
  question: string;
  rulesOut: { treatmentId: string; when: 'yes' | 'no' }[];
}

export interface RuledOut {
  questionId: string;
  question: string;
  answer: 'yes' | 'no';
  /** Present when the practitioner recorded why treatment can still go ahead. */
  proceedReason?: string;
}

/**
 * ready: counted in the totals and the estimate. incomplete: no product or
 * amount yet. blocked: cannot go ahead (age, screening, prescriber).
 * invalid: a product or amount that breaks a rule.
 */
export type AreaStatus = 'ready' | 'incomplete' | 'blocked' | 'invalid';

export interface AreaPlan {
  regionId: string;
  treatmentId: string;
  product: Product | null;
  amount: AmountRange | null;
  status: AreaStatus;
  /** Screening answers that rule this treatment out; those with a reason do not block. */
  ruledOutBy: RuledOut[];
  messages: PlanMessage[];
}

export interface Total {
  min: number;
  max: number;
}

export interface ProductTotal {
  product: Product;
  areas: number;
  amount: Total;
  /** Whole syringes to open, for a product that gives its syringe size. */
  syringes: Total | null;
}

export interface TreatmentTotals {
  treatmentId: string;
  units: Total | null;
  mL: Total | null;
  products: ProductTotal[];
}

export interface Reflection {
  /** Days to think: the longest of the planned treatments' policies. */
  days: number;
  /** The treatment whose policy sets it. */
  treatmentId: string;
  earliestDate: IsoDate;
}

export type Estimate =
  | {
      status: 'ready';
      min: number;
      max: number;
      currency: string;
      lines: { product: Product; min: number; max: number }[];
      includes: readonly string[];
      validUntil: IsoDate;
      /** Planned areas not in the estimate (not ready yet, or not going ahead). */
      leftOut: string[];
    }
  | { status: 'unavailable'; reason: string };

export interface Plan {
  /** Whole years on the consultation day; null without a date of birth. */
  age: number | null;
  /** Set when nothing can be planned at all: said calmly, once, at the top. */
  closedBecause: string | null;
  areas: AreaPlan[];
  totals: TreatmentTotals[];
  reflection: Reflection | null;
  estimate: Estimate | null;
  /** Every message, the areas' included, in the order the screen shows its fields. */
  messages: PlanMessage[];
}

export const ADULT_AGE = 18;
/** The built-in toxin's id: a clinic's older treatments.yaml, written before `prescriptionOnly`, still gets the prescriber rule. */
const BUILT_IN_PRESCRIPTION_TREATMENT = 'toxin';

export function needsPrescriber(treatment: Pick<Treatment, 'id' | 'prescriptionOnly'>): boolean {
  return treatment.prescriptionOnly ?? treatment.id === BUILT_IN_PRESCRIPTION_TREATMENT;
}

/** Whole years from `dateOfBirth` to `onDate`; a birthday on 29 February counts on 1 March in other years. */
export function ageOn(dateOfBirth: IsoDate, onDate: IsoDate): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const [y, m, d] = onDate.split('-').map(Number) as [number, number, number];
  const hadBirthday = m > bm || (m === bm && d >= bd);
  return y - by - (hadBirthday ? 0 : 1);
}

/**
 * The checklist for the treatments given: each treatment's `screening`, or
 * its notSuitableFor lines as yes/no questions when it has none. A question
 * id shared by two treatments is asked once and can rule out both.
 */
export function screeningChecklist(treatments: readonly Treatment[]): ScreeningItem[] {
  const items = new Map<string, ScreeningItem>();
  for (const treatment of treatments) {
    for (const question of questionsOf(treatment)) {
      const item = items.get(question.id) ?? { id: question.id, question: question.question, rulesOut: [] };
      item.rulesOut.push({ treatmentId: treatment.id, when: question.rulesOutWhen });
      items.set(question.id, item);
    }
  }
  return [...items.values()];
}

function questionsOf(treatment: Treatment): ScreeningQuestion[] {
  return (
    treatment.screening ??
    treatment.notSuitableFor.map((line, i) => ({ id: `${treatment.id}-not-suitable-${i + 1}`, question: line, rulesOutWhen: 'yes' as const }))
  );
}

const AMOUNT_TEXT = /^\s*(\d+(?:\.\d+)?)\s*(?:(?:-|–|—|to)\s*(\d+(?:\.\d+)?))?\s*(?:units?|ml)?\s*$/i;

/** "20", "18–22", "0.5 to 1 mL": the amount as typed into a plan field, or the message for that field. */
export function parseAmount(text: string): { ok: true; amount: AmountRange } | { ok: false; message: string } {
  const match = AMOUNT_TEXT.exec(text);
  if (!match) return { ok: false, message: 'Enter an amount like 20, or a range like 18–22' };
  const min = Number(match[1]);
  const max = match[2] === undefined ? min : Number(match[2]);
  if (min <= 0) return { ok: false, message: 'Enter an amount more than 0' };
  if (min > max) return { ok: false, message: 'Put the smaller amount first, like 18–22' };
  return { ok: true, amount: { min, max } };
}

const unitWord = (product: Product, n: number) => (product.unit === 'mL' ? 'mL' : n === 1 ? 'unit' : 'units');
const number = (n: number) => n.toLocaleString('en-GB', { maximumFractionDigits: 2 });

export function buildPlan(consultation: Consultation, pack: PlanPack): Plan {
  const treatments = new Map(pack.treatments.map((t) => [t.id, t]));
  const products = new Map(pack.products.map((p) => [p.id, p]));
  const messages: PlanMessage[] = [];
  const planned = consultation.concerns.filter((c) => c.plannedTreatment !== null && treatments.has(c.plannedTreatment));
  const plannedTreatments = [...new Set(planned.map((c) => c.plannedTreatment!))].map((id) => treatments.get(id)!);

  const { age, closedBecause } = ageRule(consultation, planned.length > 0, messages);
  const ruledOut = screeningRule(consultation, plannedTreatments);
  const prescriberMissing = prescriberRule(consultation, pack, plannedTreatments, messages);

  const areas = planned.map((concern): AreaPlan => {
    const treatmentId = concern.plannedTreatment!;
    const product = concern.productId ? products.get(concern.productId) ?? null : null;
    const amount = concern.amount ?? null;
    const areaMessages: PlanMessage[] = [];
    const field = (kind: 'product' | 'amount'): PlanField => ({ kind, regionId: concern.regionId });

    if (concern.productId && !product) {
      areaMessages.push({ field: field('product'), message: 'This product is no longer in the clinic’s list: choose another' });
    } else if (product && product.treatment !== treatmentId) {
      const wanted = treatments.get(treatmentId)!;
      areaMessages.push({ field: field('product'), message: `${product.name} is not used for ${wanted.name.toLowerCase()}: choose one of its products` });
    }
    if (amount) {
      if (!product) {
        areaMessages.push({ field: field('amount'), message: 'Choose a product, then its amount' });
      } else if (!(amount.min > 0) || !(amount.min <= amount.max)) {
        areaMessages.push({ field: field('amount'), message: 'Put the smaller amount first, like 18–22' });
      } else if (amount.min < product.amountPerArea.min || amount.max > product.amountPerArea.max) {
        const { min, max } = product.amountPerArea;
        areaMessages.push({ field: field('amount'), message: `For one area, enter ${number(min)} to ${number(max)} ${unitWord(product, max)} of this product` });
      }
    }

    const why = ruledOut.get(treatmentId) ?? [];
    const blocked = closedBecause !== null || why.some((r) => r.proceedReason === undefined) || prescriberMissing.has(treatmentId);
    const status: AreaStatus =
      areaMessages.length > 0 ? 'invalid' : blocked ? 'blocked' : product && amount ? 'ready' : 'incomplete';
    messages.push(...areaMessages);
    return { regionId: concern.regionId, treatmentId, product, amount, status, ruledOutBy: why, messages: areaMessages };
  });

  for (const [treatmentId, why] of ruledOut) {
    for (const r of why.filter((x) => x.proceedReason === undefined)) {
      const name = treatments.get(treatmentId)!.name.toLowerCase();
      messages.push({
        field: { kind: 'screening', questionId: r.questionId },
        message: `With this answer, ${name} is not suitable. Record a reason to go ahead, or plan something else for these areas`,
      });
    }
  }

  const reflection = reflectionRule(consultation, pack, plannedTreatments, messages);
  const ready = areas.filter((a) => a.status === 'ready');
  return {
    age,
    closedBecause,
    areas,
    totals: totalsOf(ready),
    reflection,
    estimate: closedBecause === null ? estimateOf(consultation, pack, areas) : null,
    messages,
  };
}

function ageRule(consultation: Consultation, anyPlanned: boolean, messages: PlanMessage[]): { age: number | null; closedBecause: string | null } {
  const dob = consultation.patient.dateOfBirth;
  const field: PlanField = { kind: 'dateOfBirth' };
  if (dob === undefined || !isIsoDate(dob) || !isIsoDate(consultation.date)) {
    if (anyPlanned) messages.push({ field, message: 'Enter the date of birth: treatment can be planned only for someone aged 18 or over' });
    return { age: null, closedBecause: null };
  }
  if (dob > consultation.date) {
    messages.push({ field, message: 'The date of birth is after the day of the consultation: check the year' });
    return { age: null, closedBecause: null };
  }
  const age = ageOn(dob, consultation.date);
  if (age >= ADULT_AGE) return { age, closedBecause: null };
  const closedBecause =
    'The patient is under 18 today. In England, treatment with botulinum toxin or filler for looks cannot be given to, or booked for, anyone under 18, so no treatment can be planned. The information in Facet can still be shared.';
  messages.push({ field, message: `The patient is ${age} today, so no treatment can be planned` });
  return { age, closedBecause };
}

/** The answers that rule out each planned treatment, by treatment id. */
function screeningRule(consultation: Consultation, planned: readonly Treatment[]): Map<string, RuledOut[]> {
  const answers = new Map<string, ScreeningAnswer>(consultation.screening.map((a) => [a.questionId, a]));
  const out = new Map<string, RuledOut[]>();
  for (const item of screeningChecklist(planned)) {
    const answer = answers.get(item.id);
    if (!answer) continue;
    for (const rule of item.rulesOut) {
      if (answer.answer !== rule.when) continue;
      const reason = answer.proceedReason?.trim();
      const entry: RuledOut = { questionId: item.id, question: item.question, answer: answer.answer, ...(reason ? { proceedReason: reason } : {}) };
      out.set(rule.treatmentId, [...(out.get(rule.treatmentId) ?? []), entry]);
    }
  }
  return out;
}

/** Reports a missing or unsuitable prescriber; returns the planned treatments it blocks. */
function prescriberRule(consultation: Consultation, pack: PlanPack, planned: readonly Treatment[], messages: PlanMessage[]): Set<string> {
  const needing = planned.filter(needsPrescriber);
  if (needing.length === 0) return new Set();
  const names = needing.map((t) => t.name.toLowerCase()).join(' and ');
  const { prescriberId, inPerson } = consultation.assessment;
  const prescriber = pack.clinic.practitioners.find((p) => p.id === prescriberId);
  let blocked = false;
  if (prescriberId === null) {
    messages.push({ field: { kind: 'prescriber' }, message: `Choose who prescribes: ${names} is a prescription medicine` });
    blocked = true;
  } else if (!prescriber?.prescriber) {
    const who = prescriber ? prescriber.name : 'This practitioner';
    messages.push({ field: { kind: 'prescriber' }, message: `${who} is not listed as a prescriber in clinic.yaml: choose a prescriber` });
    blocked = true;
  }
  if (!inPerson) {
    messages.push({ field: { kind: 'inPerson' }, message: `Confirm the assessment was face to face: ${names} can be prescribed only after one` });
    blocked = true;
  }
  return blocked ? new Set(needing.map((t) => t.id)) : new Set();
}

/** Why the earliest treatment date is what it is, for the practitioner (the handout words it for the patient). */
export function reflectionReason(days: number, treatmentName: string): string {
  const treatment = treatmentName.toLowerCase();
  if (days === 0) return `The clinic sets no time to think it over before ${treatment}: treatment can be on the day.`;
  return `The clinic gives ${days === 1 ? '1 day' : `${days} days`} to think it over before ${treatment}.`;
}

/**
 * What a clinic with no prescriber in clinic.yaml can and cannot plan, from its
 * own treatments; null when none of them needs a prescription.
 */
export function noPrescriberNote(treatments: readonly Pick<Treatment, 'id' | 'name' | 'prescriptionOnly'>[]): string | null {
  const names = (list: readonly Pick<Treatment, 'name'>[]) => list.map((t) => t.name.toLowerCase()).join(' and ');
  const needing = treatments.filter(needsPrescriber);
  if (needing.length === 0) return null;
  const others = treatments.filter((t) => !needsPrescriber(t));
  const can = others.length === 0 ? '' : ` ${capitalise(names(others))} can.`;
  return `No practitioner is marked as a prescriber in clinic.yaml, so ${names(needing)} cannot be planned.${can}`;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function reflectionDaysFor(pack: PlanPack, treatmentId: string): number {
  return pack.clinic.reflection.days[treatmentId] ?? pack.clinic.reflection.defaultDays;
}

function reflectionRule(consultation: Consultation, pack: PlanPack, planned: readonly Treatment[], messages: PlanMessage[]): Reflection | null {
  if (planned.length === 0 || !isIsoDate(consultation.date)) return null;
  const [longest] = planned
    .map((t) => ({ treatment: t, days: reflectionDaysFor(pack, t.id) }))
    .sort((a, b) => b.days - a.days);
  const reflection = { days: longest!.days, treatmentId: longest!.treatment.id, earliestDate: addDays(consultation.date, longest!.days) };
  const date = consultation.plannedDate;
  if (date !== null && isIsoDate(date) && daysBetween(reflection.earliestDate, date) < 0) {
    const earliest = formatLongDate(reflection.earliestDate, dateLocale(pack.meta.locale));
    const why = reflectionReason(reflection.days, longest!.treatment.name);
    messages.push({ field: { kind: 'plannedDate' }, message: `Choose ${earliest} or later: ${why.charAt(0).toLowerCase()}${why.slice(1, -1)}` });
  }
  return reflection;
}

/** Whole syringes for an amount of mL; the small allowance keeps 0.1 + 0.2 from opening a second syringe of 0.3. */
const syringesFor = (mL: number, syringeMl: number) => Math.ceil(mL / syringeMl - 1e-9);

function totalsOf(ready: readonly AreaPlan[]): TreatmentTotals[] {
  const byTreatment = new Map<string, Map<string, ProductTotal>>();
  for (const area of ready) {
    const product = area.product!;
    const amount = area.amount!;
    const totals = byTreatment.get(area.treatmentId) ?? new Map<string, ProductTotal>();
    const total = totals.get(product.id) ?? { product, areas: 0, amount: { min: 0, max: 0 }, syringes: null };
    total.areas += 1;
    total.amount = { min: total.amount.min + amount.min, max: total.amount.max + amount.max };
    totals.set(product.id, total);
    byTreatment.set(area.treatmentId, totals);
  }
  return [...byTreatment].map(([treatmentId, totals]) => {
    const products = [...totals.values()].map((t) => ({
      ...t,
      syringes: t.product.syringeMl ? { min: syringesFor(t.amount.min, t.product.syringeMl), max: syringesFor(t.amount.max, t.product.syringeMl) } : null,
    }));
    const sum = (unit: Product['unit']): Total | null => {
      const of = products.filter((p) => p.product.unit === unit);
      return of.length === 0 ? null : { min: round(of.reduce((n, p) => n + p.amount.min, 0)), max: round(of.reduce((n, p) => n + p.amount.max, 0)) };
    };
    return { treatmentId, units: sum('units'), mL: sum('mL'), products };
  });
}

const round = (n: number) => Math.round(n * 100) / 100;

function estimateOf(consultation: Consultation, pack: PlanPack, areas: readonly AreaPlan[]): Estimate | null {
  if (!pack.products.some((p) => p.price)) return null;
  const ready = areas.filter((a) => a.status === 'ready');
  if (ready.length === 0) return { status: 'unavailable', reason: 'Choose a product and an amount for an area to see an estimate' };
  const unpriced = [...new Set(ready.filter((a) => !a.product!.price).map((a) => a.product!.name))];
  if (unpriced.length > 0) return { status: 'unavailable', reason: `No price is set for ${unpriced.join(' or ')}, so there is no estimate` };

  // In hundredths, so sums of prices like 4.10 stay exact.
  const lines = totalsOf(ready).flatMap((t) =>
    t.products.map(({ product, areas: count, amount, syringes }) => {
      const price = Math.round(product.price!.amount * 100);
      const [min, max] =
        product.price!.per === 'area'
          ? [price * count, price * count]
          : product.price!.per === 'syringe'
            ? [price * syringes!.min, price * syringes!.max]
            : [Math.round(price * amount.min), Math.round(price * amount.max)];
      return { product, min: min / 100, max: max / 100 };
    }),
  );
  const { estimate } = pack.clinic;
  return {
    status: 'ready',
    min: lines.reduce((n, l) => n + Math.round(l.min * 100), 0) / 100,
    max: lines.reduce((n, l) => n + Math.round(l.max * 100), 0) / 100,
    currency: estimate.currency,
    lines,
    includes: estimate.includes,
    validUntil: addDays(consultation.date, estimate.validDays),
    leftOut: areas.filter((a) => a.status !== 'ready').map((a) => a.regionId),
  };
}

/** "£1,240" or "£1,240.50", in the clinic's currency. */
export function formatMoney(amount: number, currency: string): string {
  const whole = Number.isInteger(amount);
  return new Intl.NumberFormat('en-GB', { style: 'currency', currency, minimumFractionDigits: whole ? 0 : 2, maximumFractionDigits: 2 }).format(amount);
}
