import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFDocument, rgb } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../main/services/content/load';
import { createLogger } from '../../../main/services/log';
import { createSlidePrinter } from '../../../main/services/slide-print';
import { renderSummaryPdf } from '../../../main/services/summary-pdf';
import type { SlidesPrinting } from '../../../main/services/slide-print';
import type { SlidePrintJob } from '../../../shared/ipc/contract';
import { slideView } from '../../../shared/ink/limits';
import type { InkDrawings, InkStroke } from '../../../shared/ink/stroke';
import { drawnSlidesLayout, type DrawnSlidesLayout } from '../../../shared/summary/drawn-slides-layout';
import { buildSummary } from '../../../shared/summary/model';
import { BUILT_IN_CONTENT } from '../../fixtures/content-folders';
import { sampleConsultation } from '../../fixtures/consultation-sample';
import { pdfText, rasterise, type Raster } from '../../fixtures/pdf-raster';

/**
 * The summary's drawn slides, printed by the app's own page (Chromium) and
 * laid into the frames react-pdf leaves for them; or, when printing fails,
 * the frames with the ink alone. Chromium is stood in for by a PDF made here
 * whose frames are painted a known colour, with a "stray" mark outside them
 * that must not reach the summary.
 */

const pack = (await loadContent({ builtIn: BUILT_IN_CONTENT, override: null })).pack!;
const generatedAt = new Date(2026, 10, 24, 11, 30);
const base = sampleConsultation('Ann Example', { concerns: [] });
const line: InkStroke = { id: 'line', tool: 'pen', colour: 'berry', width: 8, points: [150, 300, 300, 380, 450, 420] };
const drawnOn = (...indexes: number[]): InkDrawings => indexes.map((i) => ({ view: slideView(pack.slides[i]!.id), strokes: [line] }));

const SLIDE_FILL = rgb(0.1, 0.35, 0.8);
const STRAY = rgb(0.9, 0.1, 0.1);

/** What the print page would give: one page per layout page, each frame filled blue, and a red square outside the frames. */
async function fakePrinted(layout: DrawnSlidesLayout, pages = layout.pages.length): Promise<Buffer> {
  const doc = await PDFDocument.create();
  for (const page of layout.pages.slice(0, pages)) {
    const sheet = doc.addPage([layout.page.width, layout.page.height]);
    sheet.drawRectangle({ x: 0, y: layout.page.height - 40, width: 40, height: 40, color: STRAY });
    for (const frame of page.frames) sheet.drawRectangle({ x: frame.x, y: layout.page.height - frame.y - frame.height, width: frame.width, height: frame.height, color: SLIDE_FILL });
  }
  return Buffer.from(await doc.save());
}

/** A print whose page has drawn, printing these bytes. */
const printing = (pdf: Promise<Buffer>): SlidesPrinting => ({ drawn: Promise.resolve(), pdf });

function summaryOf(drawings: InkDrawings, paperSize: 'A4' | 'LETTER' = 'A4') {
  return buildSummary({ ...base, drawings, drawingsInSummary: true }, pack, { paperSize, generatedAt });
}

function layoutOf(model: ReturnType<typeof summaryOf>): DrawnSlidesLayout {
  return drawnSlidesLayout(model.paperSize, model.drawnSlides!.map((slide) => slide.slideId));
}

/** The colour at a point given in PDF points from the page's top-left corner. */
function colourAt({ width, height, rgb: pixels }: Raster, page: { width: number; height: number }, x: number, y: number): [number, number, number] {
  const i = (Math.round((y / page.height) * height) * width + Math.round((x / page.width) * width)) * 3;
  return [pixels[i]!, pixels[i + 1]!, pixels[i + 2]!];
}

const isSlideFill = ([r, g, b]: [number, number, number]) => r < 60 && g > 60 && g < 120 && b > 180;

function pdfTitle(pdf: Buffer): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'facet-info-'));
  try {
    writeFileSync(path.join(dir, 'in.pdf'), pdf);
    return execFileSync('pdfinfo', [path.join(dir, 'in.pdf')], { encoding: 'utf8' }).match(/^Title:\s*(.*)$/m)?.[1] ?? '';
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the drawn slides, printed by the app, in the summary', () => {
  it('lays each printed slide into its frame, and nothing else from the printed page', async () => {
    const model = summaryOf(drawnOn(1));
    const layout = layoutOf(model);
    const pdf = await renderSummaryPdf(model, { printSlides: () => printing(fakePrinted(layout)) });
    const pages = pdfText(pdf);
    const index = pages.findIndex((text) => text.includes('Drawn during your consultation'));
    expect(index).toBeGreaterThan(0);
    const raster = rasterise(pdf, index + 1, 72);
    const frame = layout.pages[0]!.frames[0]!;
    expect(isSlideFill(colourAt(raster, layout.page, frame.x + frame.width / 2, frame.y + frame.height / 2))).toBe(true);
    expect(isSlideFill(colourAt(raster, layout.page, frame.x + 3, frame.y + 3))).toBe(true);
    // Just outside the frame, and where the stray mark was: the summary's own white page.
    expect(colourAt(raster, layout.page, frame.x + frame.width / 2, frame.y - 4)).toEqual([255, 255, 255]);
    expect(colourAt(raster, layout.page, 20, 20)).toEqual([255, 255, 255]);
    // The summary's own words stay: the printed slide shows its title, so the frames-only note is gone.
    expect(pages[index]).toContain('Each slide is shown with the drawing over it');
    expect(pages[index]).not.toContain('could not be printed');
    expect(pages[index]).toContain(`Ann Example · Page ${index + 1} of ${pages.length}`);
  });

  it('takes two slides a page, numbering the extra pages with the rest of the summary', async () => {
    const model = summaryOf(drawnOn(0, 1, 2));
    const layout = layoutOf(model);
    expect(layout.pages.map((page) => page.frames.length)).toEqual([2, 1]);
    const pdf = await renderSummaryPdf(model, { printSlides: () => printing(fakePrinted(layout)) });
    const pages = pdfText(pdf);
    const first = pages.findIndex((text) => text.includes('Drawn during your consultation'));
    for (const [offset, page] of layout.pages.entries()) {
      const raster = rasterise(pdf, first + offset + 1, 72);
      for (const frame of page.frames) expect(isSlideFill(colourAt(raster, layout.page, frame.x + frame.width / 2, frame.y + frame.height / 2))).toBe(true);
      expect(pages[first + offset]).toContain(`Page ${first + offset + 1} of ${pages.length}`);
    }
    expect(pages.at(-1)).toContain(`Page ${pages.length} of ${pages.length}`);
  });

  it('fits US Letter as well as A4', async () => {
    const model = summaryOf(drawnOn(0, 1), 'LETTER');
    const layout = layoutOf(model);
    const bottom = layout.pages[0]!.frames.at(-1)!;
    expect(bottom.y + bottom.height).toBeLessThanOrEqual(layout.page.height - 60);
    const pdf = await renderSummaryPdf(model, { printSlides: () => printing(fakePrinted(layout)) });
    const index = pdfText(pdf).findIndex((text) => text.includes('Drawn during your consultation'));
    const raster = rasterise(pdf, index + 1, 72);
    expect(isSlideFill(colourAt(raster, layout.page, bottom.x + bottom.width / 2, bottom.y + bottom.height / 2))).toBe(true);
  });

  it('keeps the summary’s title and metadata as react-pdf wrote them', async () => {
    const model = summaryOf(drawnOn(1));
    const printed = await renderSummaryPdf(model, { printSlides: () => printing(fakePrinted(layoutOf(model))) });
    const plain = await renderSummaryPdf(model);
    expect(pdfTitle(printed)).toBe(pdfTitle(plain));
    expect(pdfTitle(printed)).not.toBe('');
  });
});

describe('when the slides cannot be printed', () => {
  async function fallback(printSlides: (job: SlidePrintJob) => SlidesPrinting, model = summaryOf(drawnOn(1))) {
    const lines: string[] = [];
    const pdf = await renderSummaryPdf(model, { printSlides, log: createLogger((line) => lines.push(line)) });
    const page = pdfText(pdf).find((text) => text.includes('Drawn during your consultation'))!;
    return { page, lines };
  }

  it('a print that fails leaves the frames with the drawing alone, and logs a code, no patient data', async () => {
    const failed = Promise.reject(new Error('slides-print-timed-out'));
    const { page, lines } = await fallback(() => ({ drawn: failed, pdf: failed }));
    expect(page).toContain('could not be printed');
    expect(page).toContain(pack.slides[1]!.title);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/warn summary-pdf\.slides-not-printed reason="slides-print-timed-out"$/);
    expect(lines.join('\n')).not.toContain('Ann');
  });

  it('a printed document with the wrong number of pages is not used', async () => {
    const model = summaryOf(drawnOn(0, 1, 2));
    const { page, lines } = await fallback(() => printing(fakePrinted(layoutOf(model), 1)), model);
    expect(page).toContain('Your practitioner drew on these slides');
    expect(lines[0]).toMatch(/reason="printed-page-count"$/);
  });

  it('something that is not a PDF is not used, and the export still succeeds', async () => {
    const { page, lines } = await fallback(() => printing(Promise.resolve(Buffer.from('not a pdf'))));
    expect(page).toContain('could not be printed');
    expect(lines[0]).toMatch(/summary-pdf\.slides-not-printed/);
  });
});

describe('the slide printer', () => {
  const job: SlidePrintJob = { paperSize: 'A4', slides: [{ slideId: 'how-skin-ages', strokes: [line] }] };

  it('gives the job to the page at its hash, prints once the page has drawn, then forgets it', async () => {
    let hash = '';
    const printer = createSlidePrinter(async (request) => {
      hash = request.hash;
      const id = hash.slice('#print-slides:'.length);
      expect(printer.job(id)).toEqual(job);
      printer.ready(id, true);
      await request.ready;
      return Buffer.from('%PDF');
    });
    await expect(printer.print(job).pdf).resolves.toEqual(Buffer.from('%PDF'));
    expect(hash).toMatch(/^#print-slides:[0-9a-f-]{36}$/);
    expect(() => printer.job(hash.slice('#print-slides:'.length))).toThrow(/nothing to print/);
  });

  it('fails when the page says it could not draw', async () => {
    const printer = createSlidePrinter(async (request) => {
      printer.ready(request.hash.slice('#print-slides:'.length), false);
      await request.ready;
      return Buffer.from('%PDF');
    });
    await expect(printer.print(job).pdf).rejects.toThrow('slides-not-drawn');
  });

  it('gives up on a page that never answers, and tells the port so it can close its window', async () => {
    let portSaw: unknown = null;
    const printer = createSlidePrinter(async (request) => {
      try {
        await request.ready;
      } catch (error) {
        portSaw = error;
      }
      return new Promise<Buffer>(() => undefined);
    }, 50);
    await expect(printer.print(job).pdf).rejects.toThrow('slides-print-timed-out');
    expect(String(portSaw)).toContain('slides-print-timed-out');
  });

  it('says at once that nothing was drawn when the port fails before the page draws', async () => {
    const printer = createSlidePrinter(async () => {
      throw new Error('no-printer');
    });
    const started = performance.now();
    const printing = printer.print(job);
    await expect(printing.drawn).rejects.toThrow('slides-not-printed');
    await expect(printing.pdf).rejects.toThrow('no-printer');
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('answers an unknown job id with not-found', () => {
    const printer = createSlidePrinter(async () => Buffer.from(''));
    expect(() => printer.job('6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f')).toThrow(expect.objectContaining({ code: 'not-found' }));
  });
});
