import { createElement } from 'react';
import type { SlidePrintJob } from '../../../shared/ipc/contract';
import { drawnSlidesLayout } from '../../../shared/summary/drawn-slides-layout';
import type { SummaryModel } from '../../../shared/summary/model';
import { printableModel, printableText } from '../../../shared/summary/printable';
import type { Logger } from '../log';
import type { SlidesPrinting } from '../slide-print';
import { DEFAULT_FONTS_DIR, forgetShapedText, summaryFonts } from './fonts';
import { overlayPrintedSlides } from './drawn-slides-overlay';
import { drawWithPageNumbers } from './page-numbering';
import { loadReactPdf, type ReactPdf } from './react-pdf';
import { SummaryDocument } from './SummaryDocument';

export { DEFAULT_FONTS_DIR } from './fonts';
export { pageCount } from './page-numbering';

export interface SummaryPdfOptions {
  /** The folder holding Inter's TTF files: the packaged app's resources/fonts. Defaults to the repository's assets/fonts. */
  fontsDir?: string;
  /**
   * Prints the slides drawn on as the app shows them, ink over each (the
   * renderer's #print-slides page, see main/services/slide-print.ts). Without
   * it, or when it fails, each frame holds the drawing alone.
   */
  printSlides?: (job: SlidePrintJob) => SlidesPrinting;
  /** Where a failed print is noted (a code only). */
  log?: Logger;
}

/**
 * The app may call this when a consultation's review screen opens, so the
 * first export does not wait for react-pdf to load.
 */
export function preloadSummaryPdf(): Promise<unknown> {
  return loadReactPdf();
}

/**
 * The patient's summary as PDF bytes. Text the font cannot draw (a name in
 * Chinese, an emoji) is printed as '?' rather than failing the export; the
 * document's metadata keeps the exact text.
 */
export async function renderSummaryPdf(model: SummaryModel, options: SummaryPdfOptions = {}): Promise<Buffer> {
  const drawn = model.drawnSlides;
  // Chromium prints the slides while react-pdf lays out the summary around them.
  const printing = drawn && options.printSlides ? options.printSlides({ paperSize: model.paperSize, slides: drawn.map(({ slideId, strokes }) => ({ slideId, strokes: [...strokes] })) }) : null;
  // Only once the page has drawn (and Chromium prints) does react-pdf start: its layout holds
  // this thread, and the page's messages to main would wait behind it, leaving no overlap.
  const drawnInTime = printing ? await printing.drawn.then(() => true, () => false) : false;
  const pdf = await loadReactPdf();
  const fonts = await summaryFonts(pdf.Font, options.fontsDir ?? DEFAULT_FONTS_DIR);
  const printable = (text: string) => printableText(text, fonts.hasGlyph);
  const printableSummary = printableModel(model, fonts.hasGlyph);
  const render = (summary: SummaryModel, slidesPrinted: boolean): Promise<Buffer> =>
    drawWithPageNumbers(summary, (numbering) =>
      pdf.renderToBuffer(
        createElement(SummaryDocument, { model: summary, family: fonts.family, printable, numbering, slidesPrinted }) as Parameters<ReactPdf['renderToBuffer']>[0],
      ),
    );
  const renderDocument = async (slidesPrinted: boolean): Promise<Buffer> => {
    try {
      return await render(printableSummary, slidesPrinted);
    } catch (error) {
      if (!printableSummary.clinic.logoDataUrl) throw error;
      // A clinic logo react-pdf cannot draw (broken path data, say) must not stop
      // the export: the clinic's name stands in for it, as for a WebP logo.
      const { logoDataUrl: _unusable, ...clinic } = printableSummary.clinic;
      return render({ ...printableSummary, clinic }, slidesPrinted);
    }
  };

  try {
    if (!drawn || !printing) return await renderDocument(false);
    if (!drawnInTime) {
      options.log?.warn('summary-pdf.slides-not-printed', { reason: failureCode(await printing.pdf.then(() => null, (error: unknown) => error)) });
      return await renderDocument(false);
    }
    const summary = await renderDocument(true);
    try {
      const layout = drawnSlidesLayout(model.paperSize, drawn.map((slide) => slide.slideId));
      return await overlayPrintedSlides(summary, await printing.pdf, layout);
    } catch (error) {
      // The export never fails for this: the frames-only page stands in.
      options.log?.warn('summary-pdf.slides-not-printed', { reason: failureCode(error) });
      return await renderDocument(false);
    }
  } finally {
    forgetShapedText(patientTexts(printableSummary));
  }
}

/** A short code for the log: the error's message when it is one (ours are), never free text. */
function failureCode(error: unknown): string {
  return error instanceof Error && /^[a-z][a-z-]{0,40}$/.test(error.message) ? error.message : 'error';
}

/** Everything in a summary that belongs to this patient rather than to the clinic's content. */
function patientTexts(model: SummaryModel): string[] {
  const { patient, notes, concerns } = model;
  return [
    patient.name,
    patient.reference ?? '',
    patient.dateOfBirth ?? '',
    ...notes.general,
    ...notes.concerns.map((note) => note.text),
    ...concerns.map((concern) => concern.note ?? ''),
  ];
}
