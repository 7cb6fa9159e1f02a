import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../main/services/content/load';
import { buildClinicianRecord, clinicianPatientTexts } from '../../../shared/clinician/model';
import type { Consultation } from '../../../shared/consultation/model';
import type { ContentPack } from '../../../shared/content/pack';
import { buildSummary } from '../../../shared/summary/model';
import { plannedConsultation, SOFT_FILLER, tenAreaConsultation } from '../../fixtures/consultation-plan';
import { sampleConsultation } from '../../fixtures/consultation-sample';
import { BUILT_IN_CONTENT } from '../../fixtures/content-folders';

const pack = (await loadContent({ builtIn: BUILT_IN_CONTENT, override: null })).pack!;
const options = { paperSize: 'A4', generatedAt: new Date(2026, 10, 24, 11, 30) } as const;
const record = (consultation: Consultation, content: ContentPack = pack) => buildClinicianRecord(consultation, content, options);

describe('the clinician’s copy: who, when and by whom', () => {
  const copy = record(plannedConsultation('Zoë Ólafsdóttir'));

  it('gives the patient’s name, date of birth, age on the day and reference, and the consultation date', () => {
    expect(copy.patient).toEqual({ name: 'Zoë Ólafsdóttir', dateOfBirth: '14 March 1986', age: 40, reference: 'LC-20417' });
    expect(copy.consultationDate).toBe('24 November 2026');
  });

  it('counts the age on the consultation day, not on the day the copy is made', () => {
    const dayBefore = record(plannedConsultation('A', { patient: { name: 'A', dateOfBirth: '1986-11-25' } }));
    expect(dayBefore.patient.age).toBe(39);
  });

  it('leaves the age out when there is no date of birth', () => {
    expect(record(sampleConsultation('A', { patient: { name: 'A' } })).patient).toEqual({ name: 'A' });
  });

  it('names who ran the consultation, who assessed and who prescribes, with their roles, and whether the assessment was in person', () => {
    expect(copy.consultationBy).toBe('Dr Amara Hale');
    expect(copy.assessor).toEqual({ name: 'Dr Amara Hale', role: 'Aesthetic doctor' });
    expect(copy.prescriber).toEqual({ name: 'Sam Okafor', role: 'Nurse prescriber' });
    expect(copy.inPerson).toBe(true);
    expect(record(plannedConsultation('A', { assessment: { inPerson: false, assessorId: 'dr-amara-hale', prescriberId: 'sam-okafor' } })).inPerson).toBe(false);
  });

  it('leaves out a prescriber who is not listed as one', () => {
    const copy = record(plannedConsultation('A', { assessment: { inPerson: true, assessorId: 'eilidh-marsh', prescriberId: 'eilidh-marsh' } }));
    expect(copy.assessor).toEqual({ name: 'Eilidh Marsh', role: 'Aesthetic nurse' });
    expect(copy.prescriber).toBeUndefined();
    expect(copy.areas[0]!.status).toBe('needs-prescriber');
  });
});

describe('the clinician’s copy: the plan', () => {
  const consultation = plannedConsultation('Zoë Ólafsdóttir', { plannedDate: '2026-12-01' });
  const copy = record(consultation);

  it('lists each area with its treatment, product and planned amount as a range with its unit, and its note', () => {
    expect(copy.areas).toEqual([
      {
        number: 1,
        areaName: 'Frown lines between the brows',
        treatment: 'Botulinum toxin',
        status: 'ready',
        statusText: 'Planned',
        product: 'Botulinum toxin type A (100-unit vial)',
        amount: { min: 18, max: 22, unit: 'units', text: '18–22 units' },
        note: 'Start conservatively; review at two weeks.',
      },
      expect.objectContaining({ number: 2, treatment: 'Dermal fillers', amount: { min: 0.5, max: 0.5, unit: 'mL', text: '0.5 mL' } }),
      expect.objectContaining({ number: 3, amount: { min: 1, max: 1.5, unit: 'mL', text: '1–1.5 mL' }, note: 'A subtle result: hydration and definition rather than size.' }),
    ]);
    expect(copy.areas[1]).not.toHaveProperty('note');
  });

  it('agrees with the patient’s summary on the numbers, products, totals, dates and estimate', () => {
    const summary = buildSummary(consultation, pack, options);
    expect(copy.areas.map((a) => [a.number, a.areaName, a.product, a.amount?.text])).toEqual(
      summary.concerns.map((c) => [c.number, c.areaName, c.product?.name, c.product?.amountText]),
    );
    expect(copy.totals).toEqual(summary.plan.totals);
    expect(copy.earliest?.date).toBe(summary.plan.earliest?.date);
    expect(copy.plannedDate).toBe('1 December 2026');
    expect(copy.estimate?.range).toBe(summary.plan.estimate?.range);
    expect(copy.estimate?.validUntil).toBe(summary.plan.estimate?.validUntil);
  });

  it('gives the earliest treatment date and why, in clinical words: the longest reflection period of the planned treatments', () => {
    // clinic.yaml: toxin 2 days, filler 3 days.
    expect(copy.earliest).toEqual({ date: '27 November 2026', reason: '3 days to reflect after the consultation (clinic policy for dermal fillers)' });
  });

  it('shows a planned date before the earliest date as entered but not valid, never as the planned date', () => {
    const copy = record(plannedConsultation('A', { plannedDate: '2026-11-25' }));
    expect(copy.plannedDate).toBeUndefined();
    expect(copy.refusedPlannedDate).toBe('25 November 2026');
    expect(record(consultation).refusedPlannedDate).toBeUndefined();
  });

  it('keeps the consultation’s general notes as paragraphs', () => {
    expect(copy.notes).toHaveLength(2);
    expect(copy.notes[1]).toBe('The patient will think it over and call the clinic to book.');
  });

  it('says which areas are undecided, and leaves out an amount outside the product’s range', () => {
    const copy = record(
      plannedConsultation('A', {
        concerns: [
          { regionId: 'lips', plannedTreatment: 'filler', note: '', productId: SOFT_FILLER, amount: { min: 9, max: 9 } },
          { regionId: 'forehead', plannedTreatment: null, note: '' },
        ],
      }),
    );
    expect(copy.areas.map((a) => [a.status, a.amount])).toEqual([
      ['invalid', undefined],
      ['undecided', undefined],
    ]);
    expect(copy.areas[1]!.statusText).toBe('Treatment not decided');
  });

  it('says, in clinical words, how many recorded areas the content no longer has, and numbers the rest as the summary does', () => {
    const consultation = plannedConsultation('A');
    const copy = record({ ...consultation, concerns: [{ regionId: 'retired-region', plannedTreatment: 'toxin', note: '' }, ...consultation.concerns] });
    expect(copy.omitted).toEqual(['1 area recorded at the consultation is not listed: the clinic’s content no longer has that region.']);
    expect(copy.areas.map((a) => a.number)).toEqual([1, 2, 3]);
    expect(record(consultation).omitted).toEqual([]);
  });

  it('plans nothing for a patient under 18, and says why once', () => {
    const copy = record(plannedConsultation('A', { patient: { name: 'A', dateOfBirth: '2010-01-01' } }));
    expect(copy.closedBecause).toMatch(/under 18/);
    expect(copy.areas.every((a) => a.status === 'closed' && a.amount === undefined)).toBe(true);
    expect(copy.totals).toEqual([]);
    expect(copy.patient.age).toBe(16);
  });

  it('builds a copy with no areas and no plan', () => {
    const copy = record(sampleConsultation('A', { concerns: [], notes: '' }));
    expect(copy.areas).toEqual([]);
    expect(copy.screening).toEqual([]);
    expect(copy.discussed).toEqual([]);
    expect(copy.totals).toEqual([]);
    expect(copy.earliest).toBeUndefined();
  });

  it('numbers ten areas 1 to 10, all planned', () => {
    const copy = record(tenAreaConsultation('A'));
    expect(copy.areas.map((a) => a.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(copy.areas.every((a) => a.status === 'ready' && a.amount)).toBe(true);
  });
});

describe('the clinician’s copy: screening', () => {
  it('lists every question for the planned treatments once, unanswered ones as null', () => {
    const copy = record(plannedConsultation('A'));
    const questions = copy.screening.map((s) => s.question);
    expect(new Set(questions).size).toBe(questions.length);
    expect(questions).toContain('Are you pregnant, trying for a baby or breastfeeding?');
    expect(questions).toContain('Has filler, or a numbing drug called lidocaine, ever made you ill?');
    expect(copy.screening.every((s) => s.answer === null && s.rulesOut.length === 0)).toBe(true);
  });

  it('says which treatments an answer rules out, and the reason recorded to proceed', () => {
    const copy = record(
      plannedConsultation('A', {
        screening: [
          { questionId: 'blood-thinners', answer: 'yes', proceedReason: 'Low-dose aspirin only; bruising risk discussed.' },
          { questionId: 'pregnant', answer: 'no' },
        ],
      }),
    );
    const thinners = copy.screening.find((s) => s.question === 'Do you take a medicine that thins the blood?')!;
    expect(thinners).toEqual({
      question: 'Do you take a medicine that thins the blood?',
      answer: 'yes',
      rulesOut: ['Botulinum toxin', 'Dermal fillers'],
      proceedReason: 'Low-dose aspirin only; bruising risk discussed.',
    });
    expect(copy.screening.find((s) => s.question.startsWith('Are you pregnant'))).toEqual({ question: 'Are you pregnant, trying for a baby or breastfeeding?', answer: 'no', rulesOut: [] });
    expect(copy.areas.map((a) => a.status)).toEqual(['ready-despite-screening', 'ready-despite-screening', 'ready-despite-screening']);
  });

  it('marks the areas an answer rules out without a reason, for the treatment it rules out only', () => {
    const copy = record(plannedConsultation('A', { screening: [{ questionId: 'nerve-muscle-condition', answer: 'yes' }] }));
    expect(copy.screening.find((s) => s.answer === 'yes')).toEqual({ question: 'Do you have a condition that weakens the nerves and muscles?', answer: 'yes', rulesOut: ['Botulinum toxin'] });
    expect(copy.areas.map((a) => a.status)).toEqual(['ruled-out', 'ready', 'ready']);
  });

  it('takes a "no" that rules a treatment out (feeling well today)', () => {
    const copy = record(plannedConsultation('A', { screening: [{ questionId: 'well-today', answer: 'no', proceedReason: '  ' }] }));
    const wellToday = copy.screening.find((s) => s.question === 'Do you feel well today?')!;
    expect(wellToday.rulesOut).toEqual(['Botulinum toxin', 'Dermal fillers']);
    expect(wellToday).not.toHaveProperty('proceedReason');
  });
});

describe('the clinician’s copy: points discussed', () => {
  it('gives each planned treatment’s risks, alternatives and what can be done if the result is not liked, from the content', () => {
    const [toxin, filler] = record(plannedConsultation('A')).discussed;
    expect(toxin).toMatchObject({ treatmentId: 'toxin', name: 'Botulinum toxin', areaNumbers: [1] });
    expect(filler).toMatchObject({ treatmentId: 'filler', areaNumbers: [2, 3] });
    const content = pack.treatments.find((t) => t.id === 'filler')!;
    expect(filler!.risks).toEqual(content.sideEffects);
    expect(filler!.alternatives).toEqual(content.alternatives);
    expect(filler!.ifUnhappyWithResult.join(' ')).toMatch(/hyaluronidase/);
    expect(toxin!.ifUnhappyWithResult.join(' ')).toMatch(/3 to 4 months/);
  });

  it('still builds from a clinic’s older content without them, leaving them empty', () => {
    const older: ContentPack = { ...pack, treatments: pack.treatments.map(({ alternatives: _a, ifUnhappyWithResult: _i, ...t }) => t) };
    const [toxin] = record(plannedConsultation('A'), older).discussed;
    expect(toxin!.alternatives).toEqual([]);
    expect(toxin!.ifUnhappyWithResult).toEqual([]);
    expect(toxin!.risks.common.length).toBeGreaterThan(0);
  });
});

describe('the clinician’s copy: what belongs to the patient', () => {
  it('lists the name, date of birth, reference, notes and reasons to proceed, to forget after a render', () => {
    const copy = record(plannedConsultation('Quillon Vasquez', { screening: [{ questionId: 'blood-thinners', answer: 'yes', proceedReason: 'Aspirin stopped.' }] }));
    const texts = clinicianPatientTexts(copy);
    for (const text of ['Quillon Vasquez', '14 March 1986', 'LC-20417', 'Aspirin stopped.', 'Start conservatively; review at two weeks.', copy.notes[0]!]) expect(texts).toContain(text);
  });
});
