import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../main/services/content/load';
import type { Consultation } from '../../../shared/consultation/model';
import { ageOn, buildPlan, formatMoney, noPrescriberNote, parseAmount, reflectionReason, screeningChecklist, type PlanPack } from '../../../shared/consultation/plan';
import { BUILT_IN_CONTENT } from '../../fixtures/content-folders';
import { sampleConsultation } from '../../fixtures/consultation-sample';

const { pack: builtIn } = await loadContent({ builtIn: BUILT_IN_CONTENT, override: null });
const pack: PlanPack = builtIn!;

const TOXIN = 'toxin-type-a-100-unit-vial';
const SOFT = 'filler-ha-soft-1ml';
const FIRM = 'filler-ha-firm-1ml';

/**
 * The sample consultation (24 November 2026; frown lines with toxin, left tear
 * trough and lips with filler), assessed face to face with Dr Hale prescribing,
 * each area with a product and an amount in range.
 */
function planned(changes: Partial<Consultation> = {}): Consultation {
  return sampleConsultation('Test Patient', {
    concerns: [
      { regionId: 'frown-lines', plannedTreatment: 'toxin', note: '', productId: TOXIN, amount: { min: 18, max: 22 } },
      { regionId: 'tear-trough-left', plannedTreatment: 'filler', note: '', productId: SOFT, amount: { min: 0.3, max: 0.5 } },
      { regionId: 'lips', plannedTreatment: 'filler', note: '', productId: SOFT, amount: { min: 0.5, max: 1 } },
    ],
    ...changes,
  });
}
const fieldsOf = (consultation: Consultation) => buildPlan(consultation, pack).messages.map((m) => m.field);
const statuses = (consultation: Consultation) => Object.fromEntries(buildPlan(consultation, pack).areas.map((a) => [a.regionId, a.status]));

describe('a complete plan', () => {
  it('has no messages and every area ready', () => {
    const plan = buildPlan(planned(), pack);

    expect(plan.messages).toEqual([]);
    expect(plan.closedBecause).toBeNull();
    expect(plan.age).toBe(40);
    expect(plan.areas.map((a) => a.status)).toEqual(['ready', 'ready', 'ready']);
  });
});

describe('age on the day of the consultation', () => {
  it('counts whole years, turning a year older on the birthday itself', () => {
    expect(ageOn('2008-11-24', '2026-11-24')).toBe(18);
    expect(ageOn('2008-11-25', '2026-11-24')).toBe(17);
    expect(ageOn('2008-12-01', '2026-11-24')).toBe(17);
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
  });

  it('under 18: no treatment can be planned, every area says so, and there is no estimate', () => {
    const plan = buildPlan(planned({ patient: { name: 'Test Patient', dateOfBirth: '2008-11-25' } }), pack);

    expect(plan.age).toBe(17);
    expect(plan.closedBecause).toMatch(/^The patient is under 18 today\. In England, .* no treatment can be planned\./);
    expect(plan.areas.every((a) => a.status === 'blocked')).toBe(true);
    expect(plan.totals).toEqual([]);
    expect(plan.estimate).toBeNull();
    expect(plan.messages).toContainEqual({ field: { kind: 'dateOfBirth' }, message: 'The patient is 17 today, so no treatment can be planned' });
  });

  it('18 on the day of the consultation: the plan is open', () => {
    expect(buildPlan(planned({ patient: { name: 'Test Patient', dateOfBirth: '2008-11-24' } }), pack).closedBecause).toBeNull();
  });

  it('asks for the date of birth when treatment is planned without one, and for a real one when it is after the consultation', () => {
    expect(fieldsOf(planned({ patient: { name: 'Test Patient' } }))).toEqual([{ kind: 'dateOfBirth' }]);
    expect(buildPlan(planned({ patient: { name: 'Test Patient', dateOfBirth: '2027-01-01' } }), pack).messages[0]!.message).toMatch(/after the day of the consultation/);
    expect(fieldsOf(sampleConsultation('Test Patient', { patient: { name: 'Test Patient' }, concerns: [] }))).toEqual([]);
  });
});

describe('screening', () => {
  it('one checklist for the planned treatments: a question both treatments ask is asked once, and rules out both', () => {
    const checklist = screeningChecklist(pack.treatments);
    const pregnant = checklist.find((q) => q.id === 'pregnant')!;

    expect(checklist.filter((q) => q.id === 'pregnant')).toHaveLength(1);
    expect(pregnant.rulesOut).toEqual([
      { treatmentId: 'toxin', when: 'yes' },
      { treatmentId: 'filler', when: 'yes' },
    ]);
  });

  it('a treatment without its own questions asks its notSuitableFor lines', () => {
    const [toxin] = pack.treatments;
    const { screening: _none, ...withoutQuestions } = toxin!;
    const checklist = screeningChecklist([withoutQuestions]);

    expect(checklist.map((q) => q.question)).toEqual(toxin!.notSuitableFor);
    expect(checklist[1]).toEqual({ id: 'toxin-not-suitable-2', question: toxin!.notSuitableFor[1], rulesOut: [{ treatmentId: 'toxin', when: 'yes' }] });
  });

  it('an answer that rules a treatment out marks the areas planned with it and says why', () => {
    const consultation = planned({ screening: [{ questionId: 'drip-antibiotics', answer: 'yes' }] });
    const plan = buildPlan(consultation, pack);

    expect(statuses(consultation)).toEqual({ 'frown-lines': 'blocked', 'tear-trough-left': 'ready', lips: 'ready' });
    expect(plan.areas[0]!.ruledOutBy).toEqual([{ questionId: 'drip-antibiotics', question: 'Are you having antibiotics by drip or injection?', answer: 'yes' }]);
    expect(plan.messages).toEqual([
      { field: { kind: 'screening', questionId: 'drip-antibiotics' }, message: expect.stringMatching(/^With this answer, botulinum toxin is not suitable\. Record a reason/) },
    ]);
  });

  it('the answer that rules out can be no ("Do you feel well today?")', () => {
    expect(statuses(planned({ screening: [{ questionId: 'well-today', answer: 'no' }] }))).toEqual({ 'frown-lines': 'blocked', 'tear-trough-left': 'blocked', lips: 'blocked' });
    expect(statuses(planned({ screening: [{ questionId: 'well-today', answer: 'yes' }] }))).toEqual({ 'frown-lines': 'ready', 'tear-trough-left': 'ready', lips: 'ready' });
  });

  it('a recorded reason to go ahead lifts the block and stays with the area for the record', () => {
    const reason = 'Low-dose aspirin; bruising risk explained and accepted';
    const plan = buildPlan(planned({ screening: [{ questionId: 'blood-thinners', answer: 'yes', proceedReason: reason }] }), pack);

    expect(plan.messages).toEqual([]);
    expect(plan.areas.every((a) => a.status === 'ready')).toBe(true);
    expect(plan.areas[2]!.ruledOutBy).toEqual([expect.objectContaining({ questionId: 'blood-thinners', proceedReason: reason })]);
  });

  it('a reason of only spaces is no reason', () => {
    expect(statuses(planned({ screening: [{ questionId: 'pregnant', answer: 'yes', proceedReason: '   ' }] }))['lips']).toBe('blocked');
  });
});

describe('prescriber and face-to-face assessment', () => {
  it('toxin without a prescriber: asked for, and only the toxin areas wait', () => {
    const consultation = planned({ assessment: { inPerson: true, assessorId: 'eilidh-marsh', prescriberId: null } });

    expect(buildPlan(consultation, pack).messages).toEqual([
      { field: { kind: 'prescriber' }, message: 'Choose who prescribes: botulinum toxin is a prescription medicine' },
    ]);
    expect(statuses(consultation)).toEqual({ 'frown-lines': 'blocked', 'tear-trough-left': 'ready', lips: 'ready' });
  });

  it('a practitioner not marked as a prescriber cannot prescribe', () => {
    const plan = buildPlan(planned({ assessment: { inPerson: true, assessorId: 'eilidh-marsh', prescriberId: 'eilidh-marsh' } }), pack);

    expect(plan.messages.map((m) => m.message)).toEqual(['Eilidh Marsh is not listed as a prescriber in clinic.yaml: choose a prescriber']);
  });

  it('toxin needs the assessment confirmed as face to face', () => {
    const consultation = planned({ assessment: { inPerson: false, assessorId: 'dr-amara-hale', prescriberId: 'dr-amara-hale' } });

    expect(fieldsOf(consultation)).toEqual([{ kind: 'inPerson' }]);
    expect(statuses(consultation)['frown-lines']).toBe('blocked');
  });

  it('a plan with filler only needs neither', () => {
    const fillerOnly = planned({ assessment: { inPerson: false, assessorId: null, prescriberId: null } });
    fillerOnly.concerns = fillerOnly.concerns.slice(1);

    expect(buildPlan(fillerOnly, pack).messages).toEqual([]);
  });
});

describe('products and amounts', () => {
  const withArea = (area: Partial<Consultation['concerns'][number]>) => {
    const consultation = planned();
    consultation.concerns = [{ ...consultation.concerns[2]!, ...area }];
    return buildPlan(consultation, pack).areas[0]!;
  };

  it('a product of another treatment is refused on the product field', () => {
    const area = withArea({ productId: TOXIN, amount: undefined });

    expect(area.status).toBe('invalid');
    expect(area.messages).toEqual([{ field: { kind: 'product', regionId: 'lips' }, message: 'Botulinum toxin type A (100-unit vial) is not used for dermal fillers: choose one of its products' }]);
  });

  it('a product no longer in the catalogue is refused', () => {
    expect(withArea({ productId: 'retired-product' }).messages[0]!.message).toBe('This product is no longer in the clinic’s list: choose another');
  });

  it('an amount outside the product’s range for one area is refused, giving the range', () => {
    expect(withArea({ amount: { min: 0.5, max: 2.5 } }).messages).toEqual([{ field: { kind: 'amount', regionId: 'lips' }, message: 'For one area, enter 0.1 to 2 mL of this product' }]);
    expect(withArea({ productId: FIRM, amount: { min: 0.2, max: 1 } }).messages[0]!.message).toBe('For one area, enter 0.5 to 3 mL of this product');
  });

  it('an amount in the wrong order, or without a product, is refused', () => {
    expect(withArea({ amount: { min: 1, max: 0.5 } }).messages[0]!.message).toBe('Put the smaller amount first, like 18–22');
    expect(withArea({ productId: undefined, amount: { min: 1, max: 1 } }).messages[0]!.message).toBe('Choose a product, then its amount');
  });

  it('an area with no product or amount yet is incomplete, not wrong', () => {
    expect(withArea({ productId: undefined, amount: undefined })).toMatchObject({ status: 'incomplete', messages: [] });
    expect(withArea({ amount: undefined }).status).toBe('incomplete');
  });

  it('reads amounts as typed: one figure, a range, with or without the unit', () => {
    expect(parseAmount('20')).toEqual({ ok: true, amount: { min: 20, max: 20 } });
    expect(parseAmount(' 18–22 units ')).toEqual({ ok: true, amount: { min: 18, max: 22 } });
    expect(parseAmount('0.5 to 1 mL')).toEqual({ ok: true, amount: { min: 0.5, max: 1 } });
    expect(parseAmount('about twenty')).toEqual({ ok: false, message: 'Enter an amount like 20, or a range like 18–22' });
    expect(parseAmount('22-18')).toEqual({ ok: false, message: 'Put the smaller amount first, like 18–22' });
    expect(parseAmount('0')).toEqual({ ok: false, message: 'Enter an amount more than 0' });
  });
});

describe('time to reflect', () => {
  it('the earliest date is the consultation day plus the longest reflection time among the planned treatments', () => {
    expect(buildPlan(planned(), pack).reflection).toEqual({ days: 3, treatmentId: 'filler', earliestDate: '2026-11-27' });
    const toxinOnly = planned();
    toxinOnly.concerns = toxinOnly.concerns.slice(0, 1);
    expect(buildPlan(toxinOnly, pack).reflection).toEqual({ days: 2, treatmentId: 'toxin', earliestDate: '2026-11-26' });
  });

  it('a treatment the clinic gives no time of its own gets the default', () => {
    const clinic = { ...pack.clinic, reflection: { defaultDays: 5, days: {} } };

    expect(buildPlan(planned(), { ...pack, clinic }).reflection?.earliestDate).toBe('2026-11-29');
  });

  it('a planned date before the earliest date is refused; on it or after is fine', () => {
    expect(buildPlan(planned({ plannedDate: '2026-11-26' }), pack).messages).toEqual([
      { field: { kind: 'plannedDate' }, message: 'Choose 27 November 2026 or later: the clinic gives 3 days to think it over before dermal fillers' },
    ]);
    expect(buildPlan(planned({ plannedDate: '2026-11-27' }), pack).messages).toEqual([]);
  });

  it('says why the earliest date is what it is, the same way on the screen and in messages', () => {
    expect(reflectionReason(3, 'Dermal fillers')).toBe('The clinic gives 3 days to think it over before dermal fillers.');
    expect(reflectionReason(1, 'Botulinum toxin')).toBe('The clinic gives 1 day to think it over before botulinum toxin.');
    expect(reflectionReason(0, 'Dermal fillers')).toBe('The clinic sets no time to think it over before dermal fillers: treatment can be on the day.');
  });

  it('nothing planned: no earliest date', () => {
    expect(buildPlan(planned({ concerns: [] }), pack).reflection).toBeNull();
  });
});

describe('a clinic with no prescriber', () => {
  it('names the treatments that cannot be planned and those that can, from the clinic’s own list', () => {
    expect(noPrescriberNote(pack.treatments)).toBe(
      'No practitioner is marked as a prescriber in clinic.yaml, so botulinum toxin cannot be planned. Dermal fillers can.',
    );
    const treatments = [...pack.treatments, { ...pack.treatments[0]!, id: 'skin-booster', name: 'Skin boosters', prescriptionOnly: false }];
    expect(noPrescriberNote(treatments)).toBe(
      'No practitioner is marked as a prescriber in clinic.yaml, so botulinum toxin cannot be planned. Dermal fillers and skin boosters can.',
    );
    expect(noPrescriberNote(pack.treatments.filter((t) => t.id !== 'toxin'))).toBeNull();
  });
});

describe('totals per treatment', () => {
  it('adds units, mL and whole syringes per product', () => {
    const { totals } = buildPlan(planned(), pack);

    expect(totals).toEqual([
      { treatmentId: 'toxin', units: { min: 18, max: 22 }, mL: null, products: [expect.objectContaining({ areas: 1, amount: { min: 18, max: 22 }, syringes: null })] },
      { treatmentId: 'filler', units: null, mL: { min: 0.8, max: 1.5 }, products: [expect.objectContaining({ areas: 2, syringes: { min: 1, max: 2 } })] },
    ]);
  });

  it('amounts that fill syringes exactly open no extra one', () => {
    const consultation = planned();
    // 1.1 + 1.3 + 0.6 is 3.0000000000000004 in floating point: still three syringes.
    consultation.concerns = [
      { regionId: 'cheeks-left', plannedTreatment: 'filler', note: '', productId: FIRM, amount: { min: 1.1, max: 1.1 } },
      { regionId: 'cheeks-right', plannedTreatment: 'filler', note: '', productId: FIRM, amount: { min: 1.3, max: 1.3 } },
      { regionId: 'chin', plannedTreatment: 'filler', note: '', productId: FIRM, amount: { min: 0.6, max: 0.6 } },
    ];

    expect(buildPlan(consultation, pack).totals[0]!.products[0]!.syringes).toEqual({ min: 3, max: 3 });
  });
});

describe('the estimate', () => {
  it('a range from the amounts, with what it includes and the day it is valid until', () => {
    const { estimate } = buildPlan(planned(), pack);

    // Toxin 18–22 units at £4; filler 1–2 syringes at £280.
    expect(estimate).toEqual({
      status: 'ready',
      min: 72 + 280,
      max: 88 + 560,
      currency: 'GBP',
      lines: [expect.objectContaining({ min: 72, max: 88 }), expect.objectContaining({ min: 280, max: 560 })],
      includes: ['The treatment and the products used', 'A review about 2 weeks after treatment'],
      validUntil: '2026-12-24',
      leftOut: [],
    });
    expect(formatMoney(estimate!.status === 'ready' ? estimate!.max : 0, 'GBP')).toBe('£648');
  });

  it('a price per area counts areas, whatever the amount; pence stay exact', () => {
    const products = pack.products.map((p) => (p.id === TOXIN ? { ...p, price: { amount: 150.1, per: 'area' as const } } : p));
    const consultation = planned();
    consultation.concerns = [consultation.concerns[0]!, { regionId: 'forehead', plannedTreatment: 'toxin', note: '', productId: TOXIN, amount: { min: 6, max: 20 } }];
    const { estimate } = buildPlan(consultation, { ...pack, products });

    expect(estimate).toMatchObject({ status: 'ready', min: 300.2, max: 300.2 });
    expect(formatMoney(300.2, 'GBP')).toBe('£300.20');
  });

  it('areas not ready are left out, and named', () => {
    const consultation = planned({ screening: [{ questionId: 'toxin-reaction', answer: 'yes' }] });

    expect(buildPlan(consultation, pack).estimate).toMatchObject({ status: 'ready', min: 280, max: 560, leftOut: ['frown-lines'] });
  });

  it('a product without a price: no estimate, and why', () => {
    const products = pack.products.map(({ price: _price, ...p }) => (p.id === SOFT ? p : { ...p, price: _price }));

    expect(buildPlan(planned(), { ...pack, products }).estimate).toEqual({
      status: 'unavailable',
      reason: 'No price is set for Filler gel, soft, 1 mL syringe, so there is no estimate',
    });
  });

  it('a clinic that sets no prices gets no estimate at all', () => {
    const products = pack.products.map(({ price: _price, ...p }) => p);

    expect(buildPlan(planned(), { ...pack, products }).estimate).toBeNull();
  });
});

describe('speed', () => {
  it('plans and prices ten areas well within the 50 ms budget for a change', () => {
    const regions = ['forehead', 'frown-lines', 'crows-feet-left', 'crows-feet-right', 'bunny-lines', 'lips', 'tear-trough-left', 'tear-trough-right', 'cheeks-left', 'chin'];
    const consultation = planned({
      concerns: regions.map((regionId, i) =>
        i < 5
          ? { regionId, plannedTreatment: 'toxin', note: '', productId: TOXIN, amount: { min: 4, max: 12 } }
          : { regionId, plannedTreatment: 'filler', note: '', productId: FIRM, amount: { min: 0.5, max: 1 } },
      ),
      screening: [{ questionId: 'blood-thinners', answer: 'yes', proceedReason: 'Explained' }],
      plannedDate: '2026-12-01',
    });
    buildPlan(consultation, pack);

    const runs = 200;
    const started = performance.now();
    for (let i = 0; i < runs; i += 1) buildPlan(consultation, pack);
    const perPlan = (performance.now() - started) / runs;

    expect(buildPlan(consultation, pack).estimate).toMatchObject({ status: 'ready' });
    // Loose on purpose (shared 2-core machines): the budget is 50 ms, a plan takes well under 1 ms.
    expect(perPlan).toBeLessThan(5);
  });
});
