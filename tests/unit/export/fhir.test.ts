// @vitest-environment jsdom
// jsdom for its XML parser, which checks each narrative is well-formed XHTML.
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadContent } from '../../../main/services/content/load';
import type { Consultation } from '../../../shared/consultation/model';
import { buildFhirBundle, type DocumentBundle, type Resource } from '../../../shared/export/fhir';
import { BUILT_IN_CONTENT } from '../../fixtures/content-folders';
import { plannedConsultation, tenAreaConsultation } from '../../fixtures/consultation-plan';
import { sampleConsultation, UNICODE_NAMES } from '../../fixtures/consultation-sample';
import { narrativesIn, referencesIn, resourcesOf, xhtmlProblem } from '../../fixtures/fhir-bundle';
import { compileFhirSchema, type FhirSchema } from '../../fixtures/fhir-schema';

const { pack: loaded } = await loadContent({ builtIn: BUILT_IN_CONTENT, override: null });
const pack = loaded!;
const options = { generatedAt: new Date('2026-11-24T11:30:00Z') };
const build = (consultation: Consultation) => buildFhirBundle(consultation, pack, options);

// Validating a bundle tries each entry against all 148 R4 resource types: up to seconds on a shared 2-core machine.
vi.setConfig({ testTimeout: 30_000 });

let schema: FhirSchema;
beforeAll(() => {
  schema = compileFhirSchema();
}, 60_000);

/** Everything a bundle must be, whatever the consultation: valid R4, a document, and closed under its references. */
function expectSoundDocument(bundle: DocumentBundle) {
  expect(schema.errorsIn(bundle)).toEqual([]);
  expect(bundle.type).toBe('document');
  expect(bundle.entry[0]!.resource.resourceType).toBe('Composition');
  const fullUrls = bundle.entry.map((e) => e.fullUrl);
  expect(new Set(fullUrls).size).toBe(fullUrls.length);
  for (const { fullUrl, resource } of bundle.entry) {
    expect(fullUrl).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(`urn:uuid:${resource.id}`).toBe(fullUrl);
  }
  const unresolved = referencesIn(bundle.entry.map((e) => e.resource)).filter((r) => !fullUrls.includes(r));
  expect(unresolved).toEqual([]);
  for (const div of narrativesIn(bundle)) expect(xhtmlProblem(div)).toBeNull();
}

const composition = (bundle: DocumentBundle) => bundle.entry[0]!.resource as Resource & { section: { title: string; text: { div: string }; entry?: { reference: string }[] }[] };
const sectionText = (bundle: DocumentBundle, title: string) => composition(bundle).section.find((s) => s.title === title)?.text.div ?? '';
type CarePlan = Resource & { status: string; intent: string; period?: { start: string }; activity: { detail: Record<string, unknown> & { status: string; description: string } }[] };
const carePlanOf = (bundle: DocumentBundle) => resourcesOf<CarePlan>(bundle, 'CarePlan')[0];

describe('the official R4 schema', () => {
  it('compiles once for this file, and accepts a minimal document bundle', () => {
    expect(schema.validate({ resourceType: 'Bundle', type: 'document', timestamp: '2026-11-24T11:30:00Z' })).toBe(true);
  });

  it('rejects a broken bundle, saying where (so these tests can fail)', () => {
    const bundle = structuredClone(build(plannedConsultation('Zoë Ólafsdóttir')));
    Object.assign(bundle.entry[1]!.resource, { birthDate: '14/03/1986', nickname: 'Zo' });
    Object.assign(bundle.entry[0]!.resource, { status: 'done' });

    expect(schema.validate(bundle)).toBe(false);
    const errors = schema.errorsIn(bundle).join('\n');
    expect(errors).toContain('/entry/0/resource/status must be equal to one of the allowed values');
    expect(errors).toContain('/entry/1/resource/birthDate must match pattern');
    expect(errors).toContain('"additionalProperty":"nickname"');
  });
});

describe('buildFhirBundle is a valid R4 document', () => {
  const cases: [string, Consultation][] = [
    ['the sample consultation (plan not finished: no products or amounts)', sampleConsultation('Zoë Ólafsdóttir')],
    ['a 3-area plan', plannedConsultation('Zoë Ólafsdóttir')],
    ['no plan', sampleConsultation('Sam Patient', { concerns: [{ regionId: 'lips', plannedTreatment: null, note: '' }] })],
    ['no areas at all, no date of birth, no reference, no notes', sampleConsultation('Sam Patient', { concerns: [], notes: '', patient: { name: 'Sam Patient' } })],
    ['a patient under 18', plannedConsultation('Alex Young', { patient: { name: 'Alex Young', dateOfBirth: '2010-05-01' } })],
    ...UNICODE_NAMES.map((name): [string, Consultation] => [`a unicode name (${name})`, plannedConsultation(name)]),
    ['a 10-area plan', tenAreaConsultation('Zoë Ólafsdóttir')],
    ['an amount outside the product’s range, and a planned day before the earliest date', plannedConsultation('Sam Patient', { plannedDate: '2026-11-25', concerns: [{ regionId: 'lips', plannedTreatment: 'filler', note: '', productId: 'filler-ha-soft-1ml', amount: { min: 3, max: 5 } }] })],
    ['a practitioner and an area the pack no longer has', plannedConsultation('Sam Patient', { practitionerId: 'gone', concerns: [{ regionId: 'old-area', plannedTreatment: 'toxin', note: '' }] })],
  ];
  it.each(cases)('%s', (_, consultation) => {
    expectSoundDocument(build(consultation));
  });

  it('stays valid and well-formed whatever is typed into names, references and notes', () => {
    // Control characters, no-break spaces, lone surrogates and markup all turn up in pasted text.
    const typed = fc.string({ unit: fc.constantFrom('a', 'Ω', '<', '&', '"', ' ', '\u00a0', '\u2028', '\u0007', '\n', '\ud83d', '😀', ';', ','), minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(typed, typed, typed, typed, (name, reference, note, notes) => {
        const consultation = plannedConsultation(name, { notes, patient: { name, reference, dateOfBirth: '1986-03-14' } });
        consultation.concerns[0]!.note = note;
        expectSoundDocument(build(consultation));
      }),
      { numRuns: 30 },
    );
  }, 60_000);
});

describe('what the bundle says', () => {
  const bundle = build(plannedConsultation('Zoë Ólafsdóttir'));

  it('is a consult note about the patient, written by the consulting practitioner', () => {
    const c = composition(bundle);
    expect(c).toMatchObject({ status: 'final', type: { coding: [{ system: 'http://loinc.org', code: '11488-4' }] }, date: '2026-11-24T10:31:00.000Z' });
    expect(c.title).toBe('Aesthetic consultation at Linden Clinic, 24 November 2026');
    expect(c.section.map((s) => s.title)).toEqual(['Areas discussed', 'Assessment', 'Plan of treatment', 'Notes']);
    expect(bundle.timestamp).toBe('2026-11-24T11:30:00.000Z');
  });

  it('gives the patient’s name as written, date of birth and the clinic’s reference', () => {
    const [patient] = resourcesOf(bundle, 'Patient');
    expect(patient).toMatchObject({ name: [{ text: 'Zoë Ólafsdóttir' }], birthDate: '1986-03-14', identifier: [{ value: 'LC-20417', type: { coding: [{ code: 'MR' }] } }] });
  });

  it('records a finished ambulatory visit on the consultation day', () => {
    const [encounter] = resourcesOf(bundle, 'Encounter');
    expect(encounter).toMatchObject({ status: 'finished', class: { code: 'AMB' }, period: { start: '2026-11-24', end: '2026-11-24' } });
  });

  it('lists each practitioner once, whatever roles they had', () => {
    expect(resourcesOf(bundle, 'Practitioner').map((p) => p.name)).toEqual([[{ text: 'Dr Amara Hale' }], [{ text: 'Sam Okafor' }]]);
    const allHale = build(plannedConsultation('Zoë Ólafsdóttir', { assessment: { inPerson: true, assessorId: 'dr-amara-hale', prescriberId: 'dr-amara-hale' } }));
    expect(resourcesOf(allHale, 'Practitioner')).toHaveLength(1);
  });

  it('proposes one activity per planned area, with treatment, product, upper amount and the range in words', () => {
    const plan = carePlanOf(bundle)!;
    expect(plan).toMatchObject({ status: 'active', intent: 'proposal', period: { start: '2026-11-27' } });
    expect(plan.activity.map((a) => a.detail)).toMatchObject([
      { code: { text: 'Botulinum toxin' }, productCodeableConcept: { text: 'Botulinum toxin type A (100-unit vial)' }, quantity: { value: 22, unit: 'units' }, status: 'not-started' },
      { code: { text: 'Dermal fillers' }, quantity: { value: 0.5, unit: 'mL', system: 'http://unitsofmeasure.org', code: 'mL' } },
      { code: { text: 'Dermal fillers' }, quantity: { value: 1.5, unit: 'mL' } },
    ]);
    expect(plan.activity[0]!.detail.description).toBe(
      'Frown lines between the brows: Botulinum toxin – Botulinum toxin type A (100-unit vial), 18–22 units. The quantity is the upper end of the planned amount.',
    );
    expect(sectionText(bundle, 'Plan of treatment')).toContain('<p><b>Total dermal fillers:</b> 1.5–2 mL (2 syringes)</p>');
  });

  it('puts each area’s body site on its Condition, coded in SNOMED CT only where the code is certain', () => {
    const conditions = resourcesOf<Resource & { bodySite: { coding?: { code: string }[]; text: string }[] }>(bundle, 'Condition');
    expect(conditions.map((c) => c.bodySite[0])).toEqual([
      { text: 'Frown lines between the brows' },
      { text: 'Under-eye hollow (tear trough) (left)' },
      { coding: [{ system: 'http://snomed.info/sct', code: '48477009', display: 'Lip structure' }], text: 'Lips' },
    ]);
    const plan = carePlanOf(bundle)!;
    expect(plan.activity.map((a) => (a.detail.reasonReference as { reference: string }[])[0]!.reference)).toEqual(
      bundle.entry.filter((e) => e.resource.resourceType === 'Condition').map((e) => e.fullUrl),
    );
  });

  it('dates the activities on the planned day when one is set', () => {
    const ten = carePlanOf(build(tenAreaConsultation('Zoë Ólafsdóttir')))!;
    expect(ten.activity).toHaveLength(10);
    expect(ten.activity.every((a) => (a.detail.scheduledPeriod as { start: string }).start === '2026-12-01')).toBe(true);
    expect(sectionText(build(tenAreaConsultation('Zoë Ólafsdóttir')), 'Plan of treatment')).toContain('Planned treatment date: 1 December 2026.');
  });

  it('keeps a plan without products or amounts yet as a draft', () => {
    const plan = carePlanOf(build(sampleConsultation('Zoë Ólafsdóttir')))!;
    expect(plan.status).toBe('draft');
    expect(plan.activity[0]!.detail).not.toHaveProperty('quantity');
    expect(plan.activity[0]!.detail.description).toBe('Frown lines between the brows: Botulinum toxin – product and amount to be chosen.');
  });

  it('does not propose a product or amount that breaks the clinic’s rules, nor a planned day before the earliest date', () => {
    const broken = build(
      plannedConsultation('Sam Patient', { plannedDate: '2026-11-25', concerns: [{ regionId: 'lips', plannedTreatment: 'filler', note: '', productId: 'filler-ha-soft-1ml', amount: { min: 3, max: 5 } }] }),
    );
    const [lips] = carePlanOf(broken)!.activity;
    expect(lips!.detail).not.toHaveProperty('productCodeableConcept');
    expect(lips!.detail).not.toHaveProperty('quantity');
    expect(lips!.detail).not.toHaveProperty('scheduledPeriod');
    expect(lips!.detail.description).toBe('Lips: Dermal fillers – product or amount to be confirmed.');
    expect(sectionText(broken, 'Plan of treatment')).toContain('For one area, enter 0.1 to 2 mL of this product');
  });

  it('puts toxin on hold without a prescriber, and lists what is left to resolve', () => {
    const noPrescriber = build(plannedConsultation('Zoë Ólafsdóttir', { assessment: { inPerson: true, assessorId: 'dr-amara-hale', prescriberId: null } }));
    const plan = carePlanOf(noPrescriber)!;
    expect(plan.status).toBe('draft');
    expect(plan.activity.map((a) => a.detail.status)).toEqual(['on-hold', 'not-started', 'not-started']);
    expect((plan.activity[0]!.detail.statusReason as { text: string }).text).toBe(
      'Cannot go ahead as planned: Choose who prescribes: botulinum toxin is a prescription medicine',
    );
    expect(sectionText(noPrescriber, 'Plan of treatment')).toContain('<p><b>To resolve before treatment</b></p><ul><li>Choose who prescribes');
  });

  it('puts an area ruled out by screening on hold, with the answer as the reason', () => {
    const ruledOut = build(plannedConsultation('Zoë Ólafsdóttir', { screening: [{ questionId: 'pregnant', answer: 'yes' }] }));
    const [toxin] = carePlanOf(ruledOut)!.activity;
    expect(toxin!.detail.status).toBe('on-hold');
    expect((toxin!.detail.statusReason as { text: string }).text).toMatch(/^Cannot go ahead as planned: .+ – Yes$/);
    expect(sectionText(ruledOut, 'Assessment')).toContain('<td>Yes</td>');
  });

  it('proposes nothing for a patient under 18, and says why', () => {
    const young = build(plannedConsultation('Alex Young', { patient: { name: 'Alex Young', dateOfBirth: '2010-05-01' } }));
    expect(carePlanOf(young)).toBeUndefined();
    expect(sectionText(young, 'Plan of treatment')).toContain('The patient is under 18 today.');
    expect(sectionText(young, 'Assessment')).toContain('16 years');
  });

  it('has no CarePlan when nothing was planned', () => {
    const none = build(sampleConsultation('Sam Patient', { concerns: [{ regionId: 'lips', plannedTreatment: null, note: '' }] }));
    expect(carePlanOf(none)).toBeUndefined();
    expect(sectionText(none, 'Plan of treatment')).toContain('No treatment was planned at this consultation.');
    expect(sectionText(none, 'Areas discussed')).toContain('Treatment not decided.');
  });

  it('escapes what was typed, so a note can never become markup', () => {
    const sneaky = plannedConsultation('Zoë <b>Ólafsdóttir</b>', { notes: 'Allergic to <script>alert(1)</script> & "latex"' });
    const text = sectionText(build(sneaky), 'Notes');
    expect(text).toContain('Allergic to &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;latex&quot;');
    expect(text).not.toContain('<script>');
  });
});

describe('reproducible ids', () => {
  it('gives the same bundle for the same consultation, pack and time', () => {
    expect(JSON.stringify(build(tenAreaConsultation('Zoë Ólafsdóttir')))).toBe(JSON.stringify(build(tenAreaConsultation('Zoë Ólafsdóttir'))));
  });

  it('makes a new document identifier when the consultation changes, but keeps its resources’ ids', () => {
    const first = build(plannedConsultation('Zoë Ólafsdóttir'));
    const later = build(plannedConsultation('Zoë Ólafsdóttir', { updatedAt: '2026-11-24T10:45:00.000Z' }));
    expect(later.identifier.value).not.toBe(first.identifier.value);
    expect(later.entry.map((e) => e.fullUrl)).toEqual(first.entry.map((e) => e.fullUrl));
  });

  it('shares no id between two consultations', () => {
    const a = build(plannedConsultation('Zoë Ólafsdóttir'));
    const b = build(plannedConsultation('Zoë Ólafsdóttir', { id: '0b9f3a1c-2d4e-4f60-8a7b-9c0d1e2f3a4b' }));
    const shared = a.entry.map((e) => e.fullUrl).filter((url) => b.entry.some((e) => e.fullUrl === url));
    expect(shared).toEqual([]);
  });
});

describe('privacy', () => {
  afterEach(() => vi.restoreAllMocks());

  it('logs nothing while building', () => {
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((method) => vi.spyOn(console, method).mockImplementation(() => {}));
    build(tenAreaConsultation('Zoë Ólafsdóttir'));
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });
});

/** An independent UUID v5 from Node's own SHA-1, to check the one shared/ carries. */
function nodeUuidV5(namespace: string, name: string): string {
  const bytes = createHash('sha1').update(Buffer.from(namespace.replaceAll('-', ''), 'hex')).update(name, 'utf8').digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

describe('nameBasedUuid', async () => {
  const { nameBasedUuid } = await import('../../../shared/export/uuid');

  it('matches the published example (Python’s uuid5 of python.org in the DNS namespace)', () => {
    expect(nameBasedUuid('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'python.org')).toBe('886313e1-3b8a-5372-9b90-0c9aee199e5d');
  });

  it('agrees with Node’s SHA-1 for any namespace and name, across block boundaries and non-ASCII', () => {
    fc.assert(
      fc.property(fc.uuid(), fc.string({ unit: 'grapheme', maxLength: 120 }), (namespace, name) => {
        expect(nameBasedUuid(namespace, name)).toBe(nodeUuidV5(namespace, name));
      }),
    );
  });

  it('refuses a namespace that is not a UUID', () => {
    expect(() => nameBasedUuid('not-a-uuid', 'x')).toThrow(RangeError);
  });
});
