import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadContent } from '../../main/services/content/load';
import { exportMakers } from '../../main/services/export-makers';
import { createExporter } from '../../main/services/exports';
import { silentLogger } from '../../main/services/log';
import { preloadSummaryPdf } from '../../main/services/summary-pdf';
import { EXPORT_KINDS } from '../../shared/export/kinds';
import { DEFAULT_SETTINGS } from '../../shared/settings';
import type { ContentPack } from '../../shared/content/pack';
import type { Consultation } from '../../shared/consultation/model';
import { buildReviewCalendar } from '../../shared/export/calendar';
import { buildFhirBundle } from '../../shared/export/fhir';
import { plannedConsultation, tenAreaConsultation } from '../../tests/fixtures/consultation-plan';
import { defineSuite } from '../harness';

const BUILT_IN = path.resolve(__dirname, '../../assets/content/en');

const FONTS = path.resolve(__dirname, '../../assets/fonts');

let pack: ContentPack;
let consultation: Consultation;
let folder: string;

/**
 * The whole export as main does it, through the real makers and atomic writes:
 * the patient summary, the clinician's copy, the FHIR bundle and the calendar
 * file for the 3-area plan, into a temp folder the "dialog" names at once.
 */
function exportAllFour(planned: Consultation) {
  return createExporter({
    loadConsultation: async () => planned,
    loadPack: async () => pack,
    loadSettings: async () => DEFAULT_SETTINGS,
    render: exportMakers(FONTS),
    chooseFolder: async () => folder,
    openPath: async () => '',
    log: silentLogger,
  }).write(planned.id, [...EXPORT_KINDS]);
}

export default defineSuite({
  name: 'structured exports',
  async setup() {
    const loaded = await loadContent({ builtIn: BUILT_IN, override: null });
    if (!loaded.pack) throw new Error('the default pack did not load');
    pack = loaded.pack;
    consultation = tenAreaConsultation('Bench Patient');
    folder = mkdtempSync(path.join(tmpdir(), 'facet-bench-exports-'));
    await preloadSummaryPdf();
  },
  teardown: () => rmSync(folder, { recursive: true, force: true }),
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
    {
      name: 'all four exports of a 3-area plan written into one folder (warm)',
      iterations: 15,
      warmupIterations: 3,
      budgetMedianMs: 1000,
      run: async () => {
        const result = await exportAllFour(plannedConsultation('Bench Patient', { plannedDate: '2026-12-01' }));
        if (result.status !== 'saved' || result.files.length !== 4) throw new Error('not all four exports were written');
        for (const name of readdirSync(folder)) rmSync(path.join(folder, name));
      },
    },
  ],
});
