import { createElement } from 'react';
import type { SummaryModel } from '../../../shared/summary/model';
import { printableModel, printableText } from '../../../shared/summary/printable';
import { DEFAULT_FONTS_DIR, forgetShapedText, summaryFonts } from './fonts';
import { drawWithPageNumbers } from './page-numbering';
import { loadReactPdf, type ReactPdf } from './react-pdf';
import { SummaryDocument } from './SummaryDocument';

export { DEFAULT_FONTS_DIR } from './fonts';
export { pageCount } from './page-numbering';

export interface SummaryPdfOptions {
  /** The folder holding Inter's TTF files: the packaged app's resources/fonts. Defaults to the repository's assets/fonts. */
  fontsDir?: string;
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
  const pdf = await loadReactPdf();
  const fonts = await summaryFonts(pdf.Font, options.fontsDir ?? DEFAULT_FONTS_DIR);
  const printable = (text: string) => printableText(text, fonts.hasGlyph);
  const printableSummary = printableModel(model, fonts.hasGlyph);
  const render = (summary: SummaryModel): Promise<Buffer> =>
    drawWithPageNumbers(summary, (numbering) =>
      pdf.renderToBuffer(createElement(SummaryDocument, { model: summary, family: fonts.family, printable, numbering }) as Parameters<ReactPdf['renderToBuffer']>[0]),
    );
  try {
    return await render(printableSummary);
  } catch (error) {
    if (!printableSummary.clinic.logoDataUrl) throw error;
    // A clinic logo react-pdf cannot draw (broken path data, say) must not stop
    // the export: the clinic's name stands in for it, as for a WebP logo.
    const { logoDataUrl: _unusable, ...clinic } = printableSummary.clinic;
    return render({ ...printableSummary, clinic });
  } finally {
    forgetShapedText(patientTexts(printableSummary));
  }
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
