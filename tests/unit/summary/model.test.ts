import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../main/services/content/load';
import type { ContentPack } from '../../../shared/content/pack';
import { buildSummary, dateLocale, summaryProse } from '../../../shared/summary/model';
import { BUILT_IN_CONTENT } from '../../fixtures/content-folders';
import { sampleConsultation } from '../../fixtures/consultation-sample';

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
