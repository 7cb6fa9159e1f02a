import type { AreaPlan } from '../consultation/plan';
import { treatmentById } from '../content/treatments';
import { plannedDayOf, amountText } from '../summary/model';
import { CLINICAL_STATUS_ACTIVE, bodySite, quantityOf } from './fhir-codes';
import { areaName, concernName, entry, firstOfEach, ref, type ExportContext } from './fhir-context';
import type { Parties } from './fhir-parties';
import { fhirText } from './fhir-text';
import type { BundleEntry, Reference } from './fhir-types';
import { FHIR_WORDS as W } from './fhir-wording';

/**
 * The areas discussed, as Conditions (where the body site lives: a CarePlan
 * activity has no body site of its own in R4), and the plan, as a CarePlan
 * with intent "proposal" and one activity per planned area.
 */

export interface AreaConditions {
  entries: BundleEntry[];
  byRegion: ReadonlyMap<string, Reference>;
}

export function areaConditions(ctx: ExportContext, parties: Parties): AreaConditions {
  const { consultation } = ctx;
  const recorder = parties.practitioner(consultation.practitionerId);
  const byRegion = new Map<string, Reference>();
  const entries = firstOfEach(consultation.concerns, (c) => c.regionId).map((concern) => {
    const name = areaName(ctx, concern.regionId);
    const url = ctx.url(`Condition/${concern.regionId}`);
    byRegion.set(concern.regionId, ref(url));
    const note = fhirText(concern.note);
    return entry(url, 'Condition', {
      clinicalStatus: { coding: [CLINICAL_STATUS_ACTIVE], text: W.active },
      code: { text: fhirText(concernName(ctx, concern.regionId)) },
      bodySite: [bodySite(ctx.regions.get(concern.regionId)?.baseId, fhirText(name))],
      subject: parties.patient,
      encounter: parties.encounter,
      recordedDate: consultation.date,
      ...(recorder && { recorder }),
      ...(note && { note: [{ text: note }] }),
    });
  });
  return { entries, byRegion };
}

/** The areas the CarePlan proposes: every planned area once, unless nothing can be planned at all (under 18). */
export function plannedAreas(ctx: ExportContext): AreaPlan[] {
  return ctx.plan.closedBecause === null ? firstOfEach(ctx.plan.areas, (a) => a.regionId) : [];
}

/** A product and amount that break a rule are not proposed: the summary leaves them out too. */
export function proposedProduct(area: AreaPlan) {
  const product = area.status === 'invalid' ? null : area.product;
  return { product, amount: product ? area.amount : null };
}

/** One line for an area's plan: "Lips: Dermal fillers – Filler gel, soft, 1 mL syringe, 1–1.5 mL". */
export function areaPlanText(ctx: ExportContext, area: AreaPlan): string {
  const treatment = treatmentById(ctx.pack, area.treatmentId)!;
  const { product, amount } = proposedProduct(area);
  const what =
    area.status === 'invalid'
      ? W.toBeConfirmed
      : product
        ? amount
          ? W.productAmount(product.name, amountText(amount, product.unit))
          : W.productOnly(product.name)
        : W.toBeChosen;
  return `${W.areaPlan(areaName(ctx, area.regionId), treatment.name)} – ${what}`;
}

/** The earliest treatment date and why, and the planned date when one is set and allowed. */
export function planDates(ctx: ExportContext): string[] {
  const { plan, consultation, long } = ctx;
  const reflection = plan.reflection;
  const plannedDay = plannedDayOf(plan, consultation);
  const treatment = reflection && treatmentById(ctx.pack, reflection.treatmentId);
  return [
    ...(reflection && treatment ? [W.earliest(long(reflection.earliestDate), reflection.days, treatment.name)] : []),
    ...(plannedDay ? [W.plannedOn(long(plannedDay))] : []),
  ];
}

/** Why a blocked area cannot go ahead: its unresolved screening answers, else the prescriber rule. */
function blockedBecause(ctx: ExportContext, area: AreaPlan): string {
  const screening = area.ruledOutBy.filter((r) => r.proceedReason === undefined).map((r) => `${r.question} – ${W.answer(r.answer)}`);
  const prescriber = ctx.plan.messages.filter((m) => m.field.kind === 'prescriber' || m.field.kind === 'inPerson').map((m) => m.message);
  return `${W.blocked}: ${(screening.length > 0 ? screening : prescriber).join('; ')}`;
}

function activity(ctx: ExportContext, area: AreaPlan, reason: Reference | undefined, plannedDay: string | null) {
  const treatment = treatmentById(ctx.pack, area.treatmentId)!;
  const { product, amount } = proposedProduct(area);
  const range = amount !== null && amount.min !== amount.max;
  return {
    detail: {
      code: { text: fhirText(treatment.name) },
      ...(reason && { reasonReference: [reason] }),
      status: area.status === 'blocked' ? 'on-hold' : 'not-started',
      ...(area.status === 'blocked' && { statusReason: { text: fhirText(blockedBecause(ctx, area)) } }),
      ...(plannedDay && { scheduledPeriod: { start: plannedDay } }),
      ...(product && { productCodeableConcept: { text: fhirText(product.name) } }),
      ...(product && amount && { quantity: quantityOf(amount.max, product.unit) }),
      description: fhirText(`${areaPlanText(ctx, area)}.${range ? ` ${W.quantityIsUpper}` : ''}`),
    },
  };
}

export function carePlan(ctx: ExportContext, parties: Parties, conditions: AreaConditions): BundleEntry | null {
  const areas = plannedAreas(ctx);
  if (areas.length === 0) return null;
  const { consultation, plan } = ctx;
  const plannedDay = plannedDayOf(plan, consultation);
  const start = plan.reflection?.earliestDate ?? plannedDay;
  // A proposal ready to act on once the patient agrees is active; one with anything still to settle is a draft.
  const complete = plan.messages.length === 0 && areas.every((a) => a.status === 'ready');

  const author = parties.practitioner(consultation.assessment.assessorId) ?? parties.practitioner(consultation.practitionerId) ?? parties.organization;
  const contributors = [consultation.assessment.prescriberId, consultation.practitionerId]
    .flatMap((id) => parties.practitioner(id) ?? [])
    .filter((r, i, all) => r.reference !== author.reference && all.findIndex((x) => x.reference === r.reference) === i);
  const dates = planDates(ctx);
  const addresses = areas.flatMap((a) => conditions.byRegion.get(a.regionId) ?? []);

  return entry(ctx.url('CarePlan'), 'CarePlan', {
    status: complete ? 'active' : 'draft',
    intent: 'proposal',
    title: W.carePlanTitle,
    ...(dates.length > 0 && { description: fhirText(dates.join(' ')) }),
    subject: parties.patient,
    encounter: parties.encounter,
    ...(start && { period: { start } }),
    created: consultation.date,
    author,
    ...(contributors.length > 0 && { contributor: contributors }),
    addresses,
    activity: areas.map((area) => activity(ctx, area, conditions.byRegion.get(area.regionId), plannedDay)),
  });
}
