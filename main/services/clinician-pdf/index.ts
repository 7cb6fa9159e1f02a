import { createElement } from 'react';
import { clinicianPatientTexts, type ClinicianRecord } from '../../../shared/clinician/model';
import { printableModel } from '../../../shared/summary/printable';
import { DEFAULT_FONTS_DIR, forgetShapedText, summaryFonts } from '../summary-pdf/fonts';
import { loadReactPdf, type ReactPdf } from '../summary-pdf/react-pdf';
import { ClinicianDocument } from './ClinicianDocument';

export interface ClinicianPdfOptions {
  /** The folder holding Inter's TTF files: the packaged app's resources/fonts. Defaults to the repository's assets/fonts. */
  fontsDir?: string;
}

/**
 * The clinician's copy as PDF bytes, in the summary's font (react-pdf and
 * the font are loaded once, on first use, for both). Text the font cannot
 * draw is printed as '?', as on the summary. Nothing of the record is
 * logged, and once the PDF is made the patient's words are dropped from the
 * font's memory of text it has laid out.
 */
export async function renderClinicianPdf(record: ClinicianRecord, options: ClinicianPdfOptions = {}): Promise<Buffer> {
  const pdf = await loadReactPdf();
  const fonts = await summaryFonts(pdf.Font, options.fontsDir ?? DEFAULT_FONTS_DIR);
  const printable = printableModel(record, fonts.hasGlyph);
  try {
    return await pdf.renderToBuffer(createElement(ClinicianDocument, { record: printable, family: fonts.family }) as Parameters<ReactPdf['renderToBuffer']>[0]);
  } finally {
    forgetShapedText(clinicianPatientTexts(printable));
  }
}
