import path from 'node:path';
import { renderClinicianPdf } from '../../main/services/clinician-pdf';
import { loadContent } from '../../main/services/content/load';
import { preloadSummaryPdf } from '../../main/services/summary-pdf';
import { buildClinicianRecord, type ClinicianRecord } from '../../shared/clinician/model';
import type { ContentPack } from '../../shared/content/pack';
import { plannedConsultation, tenAreaConsultation } from '../../tests/fixtures/consultation-plan';
import { defineSuite } from '../harness';

const BUILT_IN = path.resolve(__dirname, '../../assets/content/en');
const OPTIONS = { paperSize: 'A4', generatedAt: new Date(2026, 10, 24, 11, 30) } as const;

let pack: ContentPack;
let threeAreas: ClinicianRecord;
let tenAreas: ClinicianRecord;

async function render(record: ClinicianRecord): Promise<void> {
  const pdf = await renderClinicianPdf(record);
  if (pdf.length < 10_000) throw new Error('the clinician’s copy is suspiciously small');
}

/** The clinician's copy (issue 15): one of the four exports that must all be written within 1 s warm. */
export default defineSuite({
  name: 'clinician PDF',
  setup: async () => {
    pack = (await loadContent({ builtIn: BUILT_IN, override: null })).pack!;
    threeAreas = buildClinicianRecord(plannedConsultation('Zoë Ólafsdóttir'), pack, OPTIONS);
    tenAreas = buildClinicianRecord(tenAreaConsultation('Zoë Ólafsdóttir'), pack, OPTIONS);
    await preloadSummaryPdf();
  },
  cases: [
    {
      name: 'clinician’s copy PDF, 3-area plan (warm)',
      iterations: 30,
      warmupIterations: 5,
      budgetMedianMs: 100,
      run: () => render(threeAreas),
    },
    {
      name: 'clinician’s copy PDF, 10-area plan (warm)',
      iterations: 30,
      warmupIterations: 5,
      budgetMedianMs: 150,
      run: () => render(tenAreas),
    },
  ],
});
