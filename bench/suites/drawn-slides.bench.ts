import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Consultation } from '../../shared/consultation/model';
import { preloadSummaryPdf } from '../../main/services/summary-pdf';
import { EXPORT_KINDS } from '../../shared/export/kinds';
import { slideView } from '../../shared/ink/limits';
import type { InkStroke } from '../../shared/ink/stroke';
import { plannedConsultation } from '../../tests/fixtures/consultation-plan';
import { openBenchPage, type BenchPage } from '../browser-page';
import { defineSuite } from '../harness';

/**
 * Issue 16 with issue 15's budget: ticking "drawings in summary" makes the
 * app print the drawn slides (its own page, printed by Chromium: here
 * Playwright's page.pdf() in the browser host, as the e2e tests do; in the
 * app a hidden window's printToPDF) and lay them into the summary. All four
 * exports must still be written within 1 s warm. The same export unticked is
 * measured beside it, so the difference is what printing adds.
 */

let bench: BenchPage;
let folder: string;

const ring = (id: string, cx: number, cy: number): InkStroke => ({
  id,
  tool: 'pen',
  colour: 'berry',
  width: 5,
  points: Array.from({ length: 60 }, (_, i) => [Math.round(cx + 220 * Math.cos((i / 59) * 2 * Math.PI)), Math.round(cy + 130 * Math.sin((i / 59) * 2 * Math.PI))]).flat(),
});

/** A 3-area plan with three slides drawn on (a bullet list, the toxin mechanism, the face), ticked into the summary or not. */
function drawnConsultation(inSummary: boolean): Consultation {
  return plannedConsultation('Bench Patient', {
    plannedDate: '2026-12-01',
    drawingsInSummary: inSummary,
    drawings: ['how-skin-ages', 'toxin-mechanism', 'toxin-areas'].map((slideId, i) => ({ view: slideView(slideId), strokes: [ring(`r${i}`, 800, 450)] })),
  });
}

async function exportAllFour(consultation: Consultation): Promise<void> {
  await bench.host.backend.consultations.save(consultation);
  bench.host.folderDialog.answer = folder;
  const result = await bench.host.backend.handlers['exports.write']({ id: consultation.id, kinds: [...EXPORT_KINDS] });
  if ((result as { status: string }).status !== 'saved') throw new Error('the export was not saved');
  const failed = bench.host.logLines.find((line) => line.includes('slides-not-printed'));
  if (failed) throw new Error(`the slides were not printed: ${failed}`);
  for (const name of readdirSync(folder)) rmSync(path.join(folder, name));
}

export default defineSuite({
  name: 'drawn slides in the summary',
  async setup() {
    bench = await openBenchPage();
    // As the app does once its window shows.
    await preloadSummaryPdf();
    folder = mkdtempSync(path.join(tmpdir(), 'facet-bench-drawn-'));
  },
  async teardown() {
    await bench.close();
    rmSync(folder, { recursive: true, force: true });
  },
  // Side by side, alternating sample by sample, so the machine's drift (other work on its two
  // cores) falls on both: the difference of the medians is what printing the slides adds.
  sideBySide: [
    {
      name: 'all four exports of a 3-area plan with 3 slides drawn on (warm)',
      peer: 'the same export, drawings not ticked into the summary',
      samples: 12,
      warmupSamples: 3,
      facet: async () => {
        const started = performance.now();
        await exportAllFour(drawnConsultation(true));
        return { all: performance.now() - started };
      },
      peerSample: async () => {
        const started = performance.now();
        await exportAllFour(drawnConsultation(false));
        return { all: performance.now() - started };
      },
      figures: [{ key: 'all', label: 'all four exports, the drawn slides printed into the summary', unit: 'ms', budget: { maxMs: 1000 } }],
    },
  ],
});
