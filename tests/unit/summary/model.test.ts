import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../main/services/content/load';
import type { ContentPack } from '../../../shared/content/pack';
import { buildSummary, dateLocale, summaryProse } from '../../../shared/summary/model';
import { BUILT_IN_CONTENT } from '../../fixtures/content-folders';
import { sampleConsultation } from '../../fixtures/consultation-sample';
import { plannedConsultation } from '../../fixtures/consultation-plan';

const { pack: loaded } = await loadContent({ builtIn: BUILT_IN_CONTENT, override: null });
const pack = loaded!;
const options = { paperSize: 'A4', generatedAt: new Date(2026, 10, 24, 11, 30) } as const;
const sample = (changes = {}) => buildSummary(sampleConsultation('Zoë Ólafsdóttir', changes), pack, options);

describe('buildSummary', () => {
  it('numbers the concerns 1, 2, 3 in the order they were added, with their areas and plans', () => {
    const { concerns } = sample();

    expect(concerns.map((c) => [c.number, c.areaName, c.plannedTreatment?.name])).toEqual([
      [1, 'Frown lines between the brows', 'Botulinum toxin'],
      [2, 'Under-eye hollow (tear trough) (left)', 'Dermal fillers'],
      [3, 'Lips', 'Dermal fillers'],
    ]);
  });

  it('explains each area in the region’s own words, with the cause labels and the face shape', () => {
    const [frown] = sample().concerns;

    expect(frown!.lineCauseNames).toEqual(['Lines from movement']);
    expect(JSON.stringify(frown!.causes)).toContain('Two small muscles between the brows');
    expect(JSON.stringify(frown!.plannedTreatment!.how)).toContain('Relaxing these muscles');
    expect(frown!.plannedTreatment!.onsetText).toBe('about 3–5 days after treatment; full effect by about 2 weeks');
    expect(frown!.plannedTreatment!.durationText).toBe('about 3–4 months');
    expect(frown!.shape?.label).toEqual({ x: 300, y: 280 });
    expect(frown!.note).toBe('Start conservatively; review at two weeks.');
  });

  it('lists each planned treatment once, in order of first appearance, with the areas it is for', () => {
    const { treatments } = sample();

    expect(treatments.map((t) => [t.id, t.concernNumbers])).toEqual([
      ['toxin', [1]],
      ['filler', [2, 3]],
    ]);
    expect(treatments[1]!.sideEffects.common).toContain('Bruising');
    expect(treatments[0]!.emergency).toContain('Trouble swallowing, speaking or breathing');
    expect(treatments[1]!.notSuitableFor).toContain('Anyone who is pregnant or breastfeeding');
  });

  it('gives each area its own timing where the content has one, and the treatment’s elsewhere', () => {
    const [, underEye, lips] = sample().concerns;

    expect(underEye!.plannedTreatment!.durationText).toBe('about 6–12 months');
    expect(lips!.plannedTreatment!.durationText).toBe('about 6–18 months');
  });

  it('words the follow-up relative to the day of treatment, not as calendar dates', () => {
    const [toxin, filler] = sample().treatments;

    expect(toxin!.followUp.intro).toBe('Times are counted from the day you have the treatment.');
    expect(toxin!.followUp.items.map((i) => i.kind)).toEqual(['effect', 'review', 'wears-off', 'repeat']);
    expect(filler!.followUp.items.map((i) => i.kind)).toEqual(['effect', 'review', 'wears-off']);
    expect(JSON.stringify(sample().treatments)).not.toMatch(/2026|2027/);
  });

  it('carries the clinic’s phone numbers and the first-page caveat', () => {
    const summary = sample();

    expect(summary.clinic.phone).toEqual({ day: '01632 960000 (Monday to Saturday, 9am to 6pm)', outOfHours: '01632 960111' });
    expect(summary.firstPageNotes.map((d) => d.id)).toEqual(['summary-not-a-prescription']);
    expect(summary.disclaimers.map((d) => d.id)).not.toContain('summary-not-a-prescription');
  });

  it('falls back to "Your practitioner" for a practitioner no longer in the clinic’s list', () => {
    expect(sample({ practitionerId: 'someone-who-left' }).practitioner).toEqual({ name: 'Your practitioner', known: false });
    expect(sample().practitioner).toEqual({ name: 'Dr Amara Hale', role: 'Aesthetic doctor', known: true });
  });

  it('skips an area the content no longer has, with a neutral line, and keeps the numbers consecutive', () => {
    const summary = sample({
      concerns: [
        { regionId: 'frown-lines', plannedTreatment: 'toxin', note: '' },
        { regionId: 'removed-area', plannedTreatment: 'filler', note: 'gone' },
        { regionId: 'lips', plannedTreatment: 'filler', note: '' },
      ],
    });

    expect(summary.concerns.map((c) => [c.number, c.regionId])).toEqual([
      [1, 'frown-lines'],
      [2, 'lips'],
    ]);
    expect(summary.omitted).toEqual([expect.stringContaining('One area we talked about is not shown here')]);
  });

  it('keeps an area whose planned treatment was removed from the content, asking the patient to check', () => {
    const [concern] = sample({ concerns: [{ regionId: 'lips', plannedTreatment: 'thread-lift', note: '' }] }).concerns;

    expect(concern!.planStatus).toBe('unavailable');
    expect(concern!.plannedTreatment).toBeUndefined();
    expect(concern!.planText).toMatch(/ask your practitioner/);
  });

  it('says when no treatment has been decided for an area yet, and plans no treatment section for it', () => {
    const summary = sample({ concerns: [{ regionId: 'lips', plannedTreatment: null, note: '' }] });

    expect(summary.concerns[0]!.planStatus).toBe('undecided');
    expect(summary.treatments).toEqual([]);
  });

  it('shows only the disclaimers meant for the summary', () => {
    const edited: ContentPack = {
      ...pack,
      disclaimers: [...pack.disclaimers, { id: 'slides-only', text: 'Only at the end of the deck.', showOn: ['slides'] }],
    };
    const summary = buildSummary(sampleConsultation('Zoë'), edited, options);

    expect(summary.disclaimers.map((d) => d.id)).toEqual(['results-vary', 'illustrations', 'not-consent', 'prescription-only', 'inform-not-promote']);
  });

  it('lists the sources of the planned treatments only', () => {
    const toxinOnly = sample({ concerns: [{ regionId: 'forehead', plannedTreatment: 'toxin', note: '' }] });

    expect(toxinOnly.sources.map((s) => s.publisher)).toContain('NHS');
    expect(toxinOnly.sources.map((s) => s.publisher)).not.toContain('US Food and Drug Administration (FDA)');
  });

  it('carries the clinic’s branding and the document metadata', () => {
    const summary = sample();

    expect(summary.clinic.name).toBe('Linden Clinic');
    expect(summary.clinic.logoDataUrl).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(summary.clinic.palette.accent).toBe('#2b6b66');
    expect(summary.metadata).toMatchObject({
      title: 'Facet summary – Zoë Ólafsdóttir – 24 November 2026',
      author: 'Linden Clinic',
      creator: 'Facet',
    });
    expect(summary.patient).toEqual({ name: 'Zoë Ólafsdóttir', dateOfBirth: '14 March 1986', reference: 'LC-20417' });
    expect(summary.generatedOn).toBe('24 November 2026');
  });

  it('splits the general notes into paragraphs and leaves out empty notes', () => {
    const summary = sample();

    expect(summary.notes.general).toHaveLength(2);
    expect(summary.notes.concerns.map((n) => n.number)).toEqual([1, 3]);
    expect(sample({ notes: '   ' }).notes.general).toEqual([]);
  });

  it('counts an area added twice once', () => {
    const summary = sample({
      concerns: [
        { regionId: 'lips', plannedTreatment: 'filler', note: '' },
        { regionId: 'lips', plannedTreatment: 'toxin', note: '' },
      ],
    });

    expect(summary.concerns).toHaveLength(1);
    expect(summary.treatments.map((t) => t.id)).toEqual(['filler']);
  });
});

describe('summary prose', () => {
  it('treats line breaks inside a paragraph as spaces and drops pictures', () => {
    expect(summaryProse('One line\nand the next.\n\n![A face](images/face.png)')).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: 'One line and the next.' }] },
    ]);
  });
});

describe('dateLocale', () => {
  it('writes bare English dates the British way and keeps regional locales', () => {
    expect(dateLocale('en')).toBe('en-GB');
    expect(dateLocale('en-US')).toBe('en-US');
    expect(dateLocale('de')).toBe('de');
  });
});

describe('buildSummary: the plan (issue 14)', () => {
  const planned = (changes = {}) => buildSummary(plannedConsultation('Zoë Ólafsdóttir', changes), pack, options);

  it('gives each area its product and planned amount, and each treatment its total', () => {
    const { concerns, plan } = planned();

    expect(concerns.map((c) => [c.product?.name, c.product?.amountText])).toEqual([
      ['Botulinum toxin type A (100-unit vial)', '18–22 units'],
      ['Filler gel, soft, 1 mL syringe', '0.5 mL'],
      ['Filler gel, soft, 1 mL syringe', '1–1.5 mL'],
    ]);
    expect(plan.totals.map((t) => [t.name, t.amountText])).toEqual([
      ['Botulinum toxin', '18–22 units'],
      ['Dermal fillers', '1.5–2 mL (2 syringes)'],
    ]);
  });

  it('names who assessed, face to face, and who prescribes', () => {
    const { plan } = planned();

    expect(plan.assessor).toEqual({ name: 'Dr Amara Hale', role: 'Aesthetic doctor' });
    expect(plan.inPerson).toBe(true);
    expect(plan.prescriber).toEqual({ name: 'Sam Okafor', role: 'Nurse prescriber' });
    expect(planned({ assessment: { inPerson: false, assessorId: 'eilidh-marsh', prescriberId: 'eilidh-marsh' } }).plan.prescriber).toBeUndefined();
  });

  it('gives the earliest treatment date with the time to reflect as its reason', () => {
    expect(planned().plan.earliest).toEqual({ date: '27 November 2026', reason: 'The clinic gives you 3 days to think it over before treatment.' });
  });

  it('words the estimate as an estimate, with what it includes and until when, never as an offer', () => {
    const { estimate } = planned().plan;

    expect(estimate).toEqual({
      range: '£632–£648',
      notOffer: 'This is not a quote or an offer; the price is agreed when you are treated.',
      includes: ['The treatment and the products used', 'A review about 2 weeks after treatment'],
      validUntil: 'This estimate is valid until 24 December 2026.',
    });
  });

  it('says which areas an estimate leaves out', () => {
    const c = plannedConsultation('Zoë Ólafsdóttir');
    const concerns = c.concerns.map((x, i) => (i === 2 ? { regionId: x.regionId, plannedTreatment: x.plannedTreatment, note: '' } : x));
    expect(buildSummary({ ...c, concerns }, pack, options).plan.estimate?.leftOut).toBe('It does not include area 3.');
  });

  it('gives no estimate without prices, and none while no area is ready', () => {
    const unpriced = { ...pack, products: pack.products.map(({ price: _price, ...p }) => p) };
    expect(buildSummary(plannedConsultation('Zoë Ólafsdóttir'), unpriced, options).plan.estimate).toBeUndefined();
    expect(sample().plan.estimate).toBeUndefined();
    expect(sample().concerns.every((c) => c.product === undefined)).toBe(true);
  });

  it('leaves out a product or amount the plan refuses', () => {
    const c = plannedConsultation('Zoë Ólafsdóttir');
    const concerns = c.concerns.map((x, i) => (i === 0 ? { ...x, amount: { min: 80, max: 90 } } : x));
    expect(buildSummary({ ...c, concerns }, pack, options).concerns[0]!.product).toBeUndefined();
  });

  it('dates the review and next treatment from the planned date, and keeps them relative without one', () => {
    const dated = planned({ plannedDate: '2026-12-01' });
    const toxin = dated.treatments.find((t) => t.id === 'toxin')!.followUp;

    expect(dated.plan.plannedDate).toBe('1 December 2026');
    expect(toxin.intro).toBe('Your treatment is planned for 1 December 2026. The dates below are counted from that day.');
    expect(toxin.items.find((i) => i.kind === 'review')!.text).toBe('You can usually come back for a review around 15 December 2026.');
    expect(toxin.items.find((i) => i.kind === 'repeat')!.text).toBe('If you choose to have it again, it should be not before about 1 March 2027.');

    const undated = planned().treatments.find((t) => t.id === 'toxin')!.followUp;
    expect(undated.intro).toBe('Times are counted from the day you have the treatment.');
    expect(undated.items.find((i) => i.kind === 'review')!.text).toMatch(/about 2 weeks after treatment/);
  });

  it('ignores a planned date before the earliest date', () => {
    const { plan, treatments } = planned({ plannedDate: '2026-11-25' });
    expect(plan.plannedDate).toBeUndefined();
    expect(treatments[0]!.followUp.intro).toBe('Times are counted from the day you have the treatment.');
  });

  it('says why nothing can be planned for someone under 18, with no products, totals or estimate', () => {
    const { plan, concerns } = planned({ patient: { name: 'Sam', dateOfBirth: '2010-01-01' } });
    expect(plan.closedBecause).toMatch(/under 18/);
    expect(plan.estimate).toBeUndefined();
    expect(plan.totals).toEqual([]);
    expect(concerns.every((c) => c.product === undefined)).toBe(true);
  });
});
