import { describe, expect, it } from 'vitest';
import { Consultation } from '../../../shared/consultation/model';
import { consultationReducer, createConsultation } from '../../../shared/consultation/reducer';

const start = createConsultation({
  id: '3f0c9a52-7b1e-4c8d-9a61-2e5d7f4b8c10',
  patient: { name: 'Łukasz Wąsik' },
  practitionerId: 'dr-amara-hale',
  date: '2026-11-24',
  at: '2026-11-24T10:00:00.000Z',
});
const at = '2026-11-24T10:05:00.000Z';

describe('consultationReducer', () => {
  it('starts a valid, empty consultation', () => {
    expect(Consultation.safeParse(start).success).toBe(true);
    expect(start.concerns).toEqual([]);
  });

  it('adds a concern with its default plan, in order, and removes it on a second toggle', () => {
    const one = consultationReducer(start, { type: 'toggleConcern', regionId: 'frown-lines', defaultTreatment: 'toxin', at });
    const two = consultationReducer(one, { type: 'toggleConcern', regionId: 'lips', defaultTreatment: 'filler', at });
    const back = consultationReducer(two, { type: 'toggleConcern', regionId: 'frown-lines', defaultTreatment: 'toxin', at });

    expect(two.concerns.map((c) => [c.regionId, c.plannedTreatment])).toEqual([['frown-lines', 'toxin'], ['lips', 'filler']]);
    expect(back.concerns.map((c) => c.regionId)).toEqual(['lips']);
    expect(two.updatedAt).toBe(at);
  });

  it('plans a treatment and notes a concern without touching the others', () => {
    let state = consultationReducer(start, { type: 'toggleConcern', regionId: 'chin', defaultTreatment: null, at });
    state = consultationReducer(state, { type: 'toggleConcern', regionId: 'lips', defaultTreatment: 'filler', at });
    state = consultationReducer(state, { type: 'planTreatment', regionId: 'chin', treatmentId: 'toxin', at });
    state = consultationReducer(state, { type: 'setConcernNote', regionId: 'chin', note: 'Start conservatively', at });

    expect(state.concerns).toEqual([
      { regionId: 'chin', plannedTreatment: 'toxin', note: 'Start conservatively' },
      { regionId: 'lips', plannedTreatment: 'filler', note: '' },
    ]);
  });

  it('ignores changes to a concern that is not there (returns the same state)', () => {
    expect(consultationReducer(start, { type: 'planTreatment', regionId: 'chin', treatmentId: 'toxin', at })).toBe(start);
    expect(consultationReducer(start, { type: 'removeConcern', regionId: 'chin', at })).toBe(start);
  });

  it('records general notes, patient, practitioner and date', () => {
    let state = consultationReducer(start, { type: 'setNotes', notes: 'Review at two weeks.', at });
    state = consultationReducer(state, { type: 'setPatient', patient: { name: 'Юлия Смирнова', reference: 'A-17' }, at });
    state = consultationReducer(state, { type: 'setPractitioner', practitionerId: 'sam-okafor', at });
    state = consultationReducer(state, { type: 'setDate', date: '2026-11-25', at });

    expect(state).toMatchObject({ notes: 'Review at two weeks.', patient: { name: 'Юлия Смирнова', reference: 'A-17' }, practitionerId: 'sam-okafor', date: '2026-11-25' });
    expect(Consultation.safeParse(state).success).toBe(true);
  });
});

describe('consultationReducer: the assessment and the plan (format 2)', () => {
  const withLips = consultationReducer(start, { type: 'toggleConcern', regionId: 'lips', defaultTreatment: 'filler', at });

  it('starts with the practitioner as assessor, face to face not yet confirmed, no prescriber, answers or date', () => {
    expect(start.assessment).toEqual({ inPerson: false, assessorId: 'dr-amara-hale', prescriberId: null });
    expect(start.screening).toEqual([]);
    expect(start.plannedDate).toBeNull();
  });

  it('sets parts of the assessment, keeping the rest', () => {
    const state = consultationReducer(start, { type: 'setAssessment', assessment: { prescriberId: 'sam-okafor', inPerson: true }, at });

    expect(state.assessment).toEqual({ inPerson: true, assessorId: 'dr-amara-hale', prescriberId: 'sam-okafor' });
  });

  it('records a screening answer once per question, keeps a reason typed for it when the answer changes, and clears it', () => {
    let state = consultationReducer(start, { type: 'answerScreening', questionId: 'blood-thinners', answer: 'yes', at });
    state = consultationReducer(state, { type: 'setProceedReason', questionId: 'blood-thinners', reason: 'Low-dose aspirin; bruising explained', at });
    state = consultationReducer(state, { type: 'answerScreening', questionId: 'blood-thinners', answer: 'no', at });

    expect(state.screening).toEqual([{ questionId: 'blood-thinners', answer: 'no', proceedReason: 'Low-dose aspirin; bruising explained' }]);
    expect(consultationReducer(state, { type: 'answerScreening', questionId: 'blood-thinners', answer: null, at }).screening).toEqual([]);
    expect(consultationReducer(start, { type: 'setProceedReason', questionId: 'unasked', reason: 'x', at })).toBe(start);
  });

  it('chooses a product and an amount for an area, and clears them, leaving the result valid', () => {
    let state = consultationReducer(withLips, { type: 'setProduct', regionId: 'lips', productId: 'filler-ha-soft-1ml', at });
    state = consultationReducer(state, { type: 'setAmount', regionId: 'lips', amount: { min: 0.5, max: 1 }, at });

    expect(state.concerns[0]).toMatchObject({ productId: 'filler-ha-soft-1ml', amount: { min: 0.5, max: 1 } });
    expect(Consultation.safeParse(state).success).toBe(true);
    const cleared = consultationReducer(consultationReducer(state, { type: 'setProduct', regionId: 'lips', productId: null, at }), {
      type: 'setAmount',
      regionId: 'lips',
      amount: null,
      at,
    });
    expect(cleared.concerns[0]).toEqual({ regionId: 'lips', plannedTreatment: 'filler', note: '' });
  });

  it('sets and clears the planned date', () => {
    const state = consultationReducer(start, { type: 'setPlannedDate', date: '2026-11-27', at });

    expect(state.plannedDate).toBe('2026-11-27');
    expect(consultationReducer(state, { type: 'setPlannedDate', date: null, at }).plannedDate).toBeNull();
  });
});
