import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { loadContent } from '../../main/services/content/load';
import { silentLogger } from '../../main/services/log';
import { createExporter } from '../../main/services/exports';
import { preloadSummaryPdf, renderSummaryPdf } from '../../main/services/summary-pdf';
import type { ContentPack } from '../../shared/content/pack';
import { DEFAULT_SETTINGS } from '../../shared/settings';
import { buildSummary, type SummaryModel } from '../../shared/summary/model';
import { sampleConsultation } from '../../tests/fixtures/consultation-sample';
import { tenAreaConsultation } from '../../tests/fixtures/consultation-plan';
import { defineSuite } from '../harness';
import { createPreviewSite, openPreview, printA4, printToPdfCold } from '../peers/print-to-pdf';
import type { StaticSite } from '../peers/static-site';
import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../../tests/e2e/chromium';

const BUILT_IN = path.resolve(__dirname, '../../assets/content/en');
const ROOT = path.resolve(__dirname, '../..');
const GENERATED_AT = new Date(2026, 10, 24, 11, 30);

/** The sample consultation: frown lines (toxin), left tear trough and lips (filler), A4. */
async function sampleModel(): Promise<SummaryModel> {
  const { pack } = await loadContent({ builtIn: BUILT_IN, override: null });
  if (!pack) throw new Error('the default pack did not load');
  return buildSummary(sampleConsultation('Zoë Ólafsdóttir'), pack, { paperSize: 'A4', generatedAt: GENERATED_AT });
}

/**
 * A fresh Node process renders the summary once. The clock runs inside the
 * process, from the start of rendering (font registration and react-pdf's
 * first layout included) to the PDF bytes. Loading the modules is excluded, as
 * in the content bench; `what: 'import'` times loading react-pdf itself,
 * 'unwarmed' times loading it and the first render together, and
 * 'afterStart' runs the app's start-up warm-up first (as main does once the
 * window shows) and then times the first real summary.
 */
function coldMs(what: 'render' | 'import' | 'unwarmed' | 'afterStart'): number {
  const script = `
    const { loadContent } = require('./main/services/content/load.ts');
    const { buildSummary } = require('./shared/summary/model.ts');
    const { preloadSummaryPdf, renderSummaryPdf } = require('./main/services/summary-pdf/index.ts');
    const { sampleConsultation } = require('./tests/fixtures/consultation-sample.ts');
    const { warmUpSummaryPdf } = require('./main/services/summary-pdf/warm-up.ts');
    (async () => {
      const { pack } = await loadContent({ builtIn: ${JSON.stringify(BUILT_IN)}, override: null });
      const model = buildSummary(sampleConsultation('Zoë Ólafsdóttir'), pack, { paperSize: 'A4', generatedAt: new Date() });
      let started = performance.now();
      if (${JSON.stringify(what)} === 'unwarmed') {
        const pdf = await renderSummaryPdf(model);
        if (pdf.subarray(0, 5).toString() !== '%PDF-') throw new Error('not a PDF');
        return process.stdout.write(String(performance.now() - started));
      }
      // What main does once the window shows (Backend.warmUpSummaryPdf), long before the practitioner exports.
      if (${JSON.stringify(what)} === 'afterStart' && !(await warmUpSummaryPdf(pack))) throw new Error('the warm-up did not run');
      await preloadSummaryPdf();
      if (${JSON.stringify(what)} === 'import') return process.stdout.write(String(performance.now() - started));
      started = performance.now();
      const pdf = await renderSummaryPdf(model);
      if (pdf.subarray(0, 5).toString() !== '%PDF-') throw new Error('not a PDF');
      process.stdout.write(String(performance.now() - started));
    })();`;
  const child = spawnSync(process.execPath, ['--import', 'tsx', '-e', script], { cwd: ROOT, encoding: 'utf8' });
  if (child.status !== 0) throw new Error(child.stderr);
  return Number(child.stdout);
}

let model: SummaryModel;
let previewSite: StaticSite;
let warmBrowser: Browser;
let warmPreview: Page;
let tenAreas: SummaryModel;
let pack: ContentPack;

/**
 * From "Export" reaching main to the folder dialog being asked for, with the
 * real renderer making the PDF meanwhile. The dialog answers "cancel" once the
 * PDF is done, so iterations do not overlap.
 */
async function exportToDialogMs(): Promise<number> {
  let askedAt = 0;
  let rendered!: Promise<Buffer>;
  const unused = async () => {
    throw new Error('only the patient summary is exported here');
  };
  const exporter = createExporter({
    loadConsultation: async () => sampleConsultation('Zoë Ólafsdóttir'),
    loadPack: async () => pack,
    loadSettings: async () => DEFAULT_SETTINGS,
    render: {
      patientSummary: (consultation, current) => (rendered = renderSummaryPdf(buildSummary(consultation, current, { paperSize: 'A4', generatedAt: GENERATED_AT }))),
      clinicianCopy: unused,
      fhirBundle: unused,
      calendar: unused,
    },
    chooseFolder: async () => {
      askedAt = performance.now();
      await rendered;
      return null;
    },
    openPath: async () => '',
    log: silentLogger,
  });
  const started = performance.now();
  await exporter.write('6f1c2b1e-8f4a-4c55-9a1e-2b8c7d9e0f11', ['patientSummary']);
  return askedAt - started;
}

export default defineSuite({
  name: 'summary PDF',
  setup: async () => {
    model = await sampleModel();
    pack = (await loadContent({ builtIn: BUILT_IN, override: null })).pack!;
    tenAreas = buildSummary(tenAreaConsultation('Zoë Ólafsdóttir'), pack, { paperSize: 'A4', generatedAt: GENERATED_AT });
    await preloadSummaryPdf();
    previewSite = createPreviewSite(model);
    warmBrowser = await chromium.launch(chromiumLaunchOptions());
    warmPreview = await openPreview(warmBrowser, previewSite);
  },
  async teardown() {
    await warmBrowser?.close();
    previewSite?.remove();
  },
  cases: [
    {
      name: 'summary PDF, 3 concerns 2 treatments (warm)',
      iterations: 30,
      warmupIterations: 5,
      budgetMedianMs: 100,
      run: async () => {
        const pdf = await renderSummaryPdf(model);
        if (pdf.length < 10_000) throw new Error('the summary PDF is suspiciously small');
      },
    },
    {
      name: 'summary PDF, 10-area plan with products and amounts (warm)',
      iterations: 30,
      warmupIterations: 5,
      budgetMedianMs: 150,
      run: async () => {
        const pdf = await renderSummaryPdf(tenAreas);
        if (pdf.length < 10_000) throw new Error('the summary PDF is suspiciously small');
      },
    },
    {
      name: 'Export clicked to save dialog asked (PDF made meanwhile)',
      iterations: 15,
      warmupIterations: 2,
      budgetMedianMs: 300,
      run: exportToDialogMs,
    },
    {
      name: 'summary PDF, 3 concerns 2 treatments (cold, fresh process)',
      iterations: 8,
      warmupIterations: 1,
      budgetMedianMs: 600,
      run: () => coldMs('render'),
    },
  ],
  sideBySide: [
    {
      // The app warms the PDF renderer in the background once its window shows
      // (preloadSummaryPdf); the practitioner exports minutes later. So the first
      // export after start is timed after that warm-up, in a fresh process.
      name: 'summary PDF, first after start',
      peer: 'Chromium printToPDF, fresh browser',
      samples: 6,
      warmupSamples: 0,
      facet: async () => ({ first: coldMs('afterStart'), cold: coldMs('render'), unwarmed: coldMs('unwarmed') }),
      peerSample: async () => ({ first: await printToPdfCold(previewSite) }),
      figures: [
        { key: 'first', label: 'summary PDF, first export after start', unit: 'ms', budget: { maxRatio: 0.8 } },
        { key: 'cold', label: 'summary PDF, first render with only react-pdf loaded (no warm-up)', unit: 'ms' },
        { key: 'unwarmed', label: 'summary PDF, nothing warmed (react-pdf load + first render)', unit: 'ms' },
      ],
    },
    {
      name: 'summary PDF, warm',
      peer: 'Chromium printToPDF, warm',
      samples: 20,
      warmupSamples: 3,
      facet: async () => {
        const started = performance.now();
        await renderSummaryPdf(model);
        return { warm: performance.now() - started };
      },
      peerSample: async () => {
        const started = performance.now();
        await printA4(warmPreview);
        return { warm: performance.now() - started };
      },
      figures: [{ key: 'warm', label: 'summary PDF, warm', unit: 'ms', budget: { maxRatio: 0.5 } }],
    },
  ],
  metrics: [
    {
      name: 'load react-pdf in a fresh process (before the first summary)',
      unit: 'ms',
      measure: () => coldMs('import'),
    },
  ],
});
