import { screeningChecklist } from '../consultation/plan';
import { treatmentById } from '../content/treatments';
import { planTotals } from '../summary/model';
import { CONSULT_NOTE, SECTION_CODES, SYSTEMS } from './fhir-codes';
import { concernName, entry, firstOfEach, type ExportContext } from './fhir-context';
import type { Parties } from './fhir-parties';
import { areaPlanText, plannedAreas, planDates, type AreaConditions } from './fhir-plan';
import { b, fhirText, labelled, narrative, ol, p, table, ul, type Xhtml } from './fhir-text';
import type { BundleEntry, CodeableConcept, Coding, Narrative, Reference } from './fhir-types';
import { FHIR_WORDS as W } from './fhir-wording';

/**
 * The Composition: the document's table of contents and its readable text.
 * Each section's narrative says in words what its entries hold, so a records
 * system that shows only the text still shows the whole consultation.
 */

interface Section {
  title: string;
  code?: CodeableConcept;
  text: Narrative;
  entry?: Reference[];
}

const sectionCode = (coding: Coding): CodeableConcept => ({ coding: [coding], text: coding.display! });

function areasSection(ctx: ExportContext, conditions: AreaConditions): Section {
  const { consultation, pack } = ctx;
  const concerns = firstOfEach(consultation.concerns, (c) => c.regionId);
  const items = concerns.map((concern) => {
    const treatment = treatmentById(pack, concern.plannedTreatment);
    const plan = treatment ? W.plannedTreatment(treatment.name) : concern.plannedTreatment === null ? W.undecided : W.unavailable;
    const note = fhirText(concern.note);
    return p(b(concernName(ctx, concern.regionId)), ` ${plan}`, ...(note ? [` ${W.note}: ${note}`] : []));
  });
  return {
    title: W.areasTitle,
    code: sectionCode(SECTION_CODES.reasonForVisit),
    text: narrative(items.length > 0 ? ol(items) : p(W.noAreas)),
    ...(conditions.entries.length > 0 && { entry: conditions.entries.map((e) => ({ reference: e.fullUrl })) }),
  };
}

function assessmentSection(ctx: ExportContext): Section {
  const { consultation, pack, plan } = ctx;
  const person = (id: string | null) => {
    if (id === null) return W.notRecorded;
    const found = pack.clinic.practitioners.find((x) => x.id === id);
    return found ? (found.role ? `${found.name} (${found.role})` : found.name) : W.notInClinicList;
  };
  const { assessorId, prescriberId, inPerson } = consultation.assessment;
  const prescriber = pack.clinic.practitioners.find((x) => x.id === prescriberId);
  const questions = new Map(screeningChecklist(pack.treatments).map((q) => [q.id, q.question]));
  const answers = consultation.screening.map((a) => [questions.get(a.questionId) ?? a.questionId, W.answer(a.answer), a.proceedReason?.trim() ?? '']);
  return {
    title: W.assessmentTitle,
    code: sectionCode(SECTION_CODES.assessment),
    text: narrative(
      labelled(W.consultationWith, person(consultation.practitionerId)),
      labelled(W.assessedBy, person(assessorId)),
      labelled(W.faceToFace, inPerson ? W.yes : W.notConfirmed),
      labelled(W.prescriber, prescriber && !prescriber.prescriber ? W.notListedAsPrescriber(prescriber.name) : person(prescriberId)),
      labelled(W.age, plan.age === null ? W.notRecorded : W.years(plan.age)),
      p(b(W.screening)),
      answers.length > 0 ? table(W.screeningHead, answers) : p(W.noScreening),
    ),
  };
}

function planSection(ctx: ExportContext, carePlan: BundleEntry | null): Section {
  const { plan, pack } = ctx;
  const areas = plannedAreas(ctx);
  const body: Xhtml[] =
    plan.closedBecause !== null
      ? [p(plan.closedBecause)]
      : areas.length === 0
        ? [p(W.noPlan)]
        : [
            ul(areas.map((area) => areaPlanText(ctx, area))),
            ...planTotals(plan, pack).map((t) => labelled(W.total(t.name), t.amountText)),
            ...planDates(ctx).map((line) => p(line)),
            ...(plan.messages.length > 0 ? [p(b(W.toResolve)), ul(plan.messages.map((m) => m.message))] : []),
          ];
  return {
    title: W.planTitle,
    code: sectionCode(SECTION_CODES.plan),
    text: narrative(...body),
    ...(carePlan && { entry: [{ reference: carePlan.fullUrl }] }),
  };
}

/** The consultation's general notes, a paragraph for each block of text; absent when there are none. */
function notesSection(ctx: ExportContext): Section[] {
  const paragraphs = ctx.consultation.notes.split(/\n\s*\n/).map(fhirText).filter(Boolean);
  return paragraphs.length > 0 ? [{ title: W.notesTitle, text: narrative(...paragraphs.map((x) => p(x))) }] : [];
}

export function composition(ctx: ExportContext, parties: Parties, conditions: AreaConditions, carePlan: BundleEntry | null): BundleEntry {
  const { consultation, pack } = ctx;
  const url = ctx.url('Composition');
  return entry(url, 'Composition', {
    language: pack.meta.locale,
    identifier: { system: SYSTEMS.uri, value: url },
    status: 'final',
    type: { coding: [CONSULT_NOTE], text: CONSULT_NOTE.display },
    subject: parties.patient,
    encounter: parties.encounter,
    date: consultation.updatedAt,
    author: [parties.practitioner(consultation.practitionerId) ?? parties.organization],
    title: W.compositionTitle(pack.clinic.name, ctx.long(consultation.date)),
    custodian: parties.organization,
    section: [areasSection(ctx, conditions), assessmentSection(ctx), planSection(ctx, carePlan), ...notesSection(ctx)],
  });
}
