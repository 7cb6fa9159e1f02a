import path from 'node:path';
import { loadContent } from '../../main/services/content/load';
import type { ContentPack } from '../../shared/content/pack';
import type { Consultation } from '../../shared/consultation/model';
import { buildReviewCalendar } from '../../shared/export/calendar';
import { buildFhirBundle } from '../../shared/export/fhir';
import { tenAreaConsultation } from '../../tests/fixtures/consultation-plan';
import { defineSuite } from '../harness';

const BUILT_IN = path.resolve(__dirname, '../../assets/content/en');

let pack: ContentPack;
let consultation: Consultation;

export default defineSuite({
  name: 'structured exports',
  async setup() {
    const loaded = await loadContent({ builtIn: BUILT_IN, override: null });
    if (!loaded.pack) throw new Error('the default pack did not load');
    pack = loaded.pack;
    consultation = tenAreaConsultation('Bench Patient');
  },
  cases: [
    {
      // Issue 15: all four exports are written within 1 s; the FHIR bundle and the calendar file are a small share of it.
      name: '10-area plan: FHIR bundle (as JSON) + calendar file',
      iterations: 300,
      warmupIterations: 30,
      budgetMedianMs: 50,
      run: () => {
        const generatedAt = new Date();
        const json = JSON.stringify(buildFhirBundle(consultation, pack, { generatedAt }), null, 2);
        const ics = buildReviewCalendar(consultation, pack, { generatedAt });
        if (json.length === 0 || ics === null) throw new Error('an export came out empty');
      },
    },
  ],
});
