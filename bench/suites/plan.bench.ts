import path from 'node:path';
import { loadContent } from '../../main/services/content/load';
import type { ContentPack } from '../../shared/content/pack';
import type { Consultation } from '../../shared/consultation/model';
import { buildPlan } from '../../shared/consultation/plan';
import { consultationReducer } from '../../shared/consultation/reducer';
import { sampleConsultation } from '../../tests/fixtures/consultation-sample';
import { defineSuite } from '../harness';

const BUILT_IN = path.resolve(__dirname, '../../assets/content/en');
const TOXIN_AREAS = ['forehead', 'frown-lines', 'crows-feet-left', 'crows-feet-right', 'bunny-lines'];
const FILLER_AREAS = ['lips', 'tear-trough-left', 'tear-trough-right', 'nasolabial-left', 'chin'];

let pack: ContentPack;
let consultation: Consultation;
let step = 0;

/** A ten-area plan, every area with a product and an amount, screened and dated: the most the screen recomputes per change. */
function tenAreaPlan(): Consultation {
  return sampleConsultation('Bench Patient', {
    concerns: [
      ...TOXIN_AREAS.map((regionId) => ({ regionId, plannedTreatment: 'toxin', note: '', productId: 'toxin-type-a-100-unit-vial', amount: { min: 4, max: 12 } })),
      ...FILLER_AREAS.map((regionId) => ({ regionId, plannedTreatment: 'filler', note: '', productId: 'filler-ha-firm-1ml', amount: { min: 0.5, max: 1 } })),
    ],
    screening: [{ questionId: 'blood-thinners', answer: 'yes', proceedReason: 'Explained' }],
    plannedDate: '2026-12-01',
  });
}

export default defineSuite({
  name: 'consultation plan',
  async setup() {
    const loaded = await loadContent({ builtIn: BUILT_IN, override: null });
    if (!loaded.pack) throw new Error('the default pack did not load');
    pack = loaded.pack;
    consultation = tenAreaPlan();
  },
  cases: [
    {
      // Issue 14: choosing a product and amount for an area updates the plan and estimate in under 50 ms.
      name: 'choose an amount for one of 10 areas: plan + estimate',
      iterations: 500,
      warmupIterations: 50,
      budgetMedianMs: 50,
      run: () => {
        step += 1;
        const amount = { min: 4 + (step % 4), max: 12 };
        consultation = consultationReducer(consultation, { type: 'setAmount', regionId: 'forehead', amount, at: new Date().toISOString() });
        const plan = buildPlan(consultation, pack);
        if (plan.estimate?.status !== 'ready') throw new Error('the ten-area plan has no estimate');
      },
    },
  ],
});
