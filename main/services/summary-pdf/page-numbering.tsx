/** @jsxRuntime automatic */
// (tsx, used by the bench and scripts, reads the root tsconfig, which sets no JSX mode.)
import type { SummaryModel } from '../../../shared/summary/model';
import { SUMMARY_WORDS as W } from '../../../shared/summary/wording';
import { Text } from './primitives';
import { summarySections } from './sections';

/**
 * How the footer numbers the pages; this module is the only place that counts
 * them. perSection: every section is known to fill exactly one page, so each
 * page's number is its section's place, written in directly. byLayout:
 * react-pdf numbers the pages as it breaks them, which makes it lay every page
 * out again (most of the time a summary takes); used when a section runs over
 * a page.
 */
export type PageNumbering = { kind: 'perSection'; total: number } | { kind: 'byLayout' };

/**
 * Most summaries have one page per section: draw them numbered per section,
 * check the pages written against the sections, and draw again numbered by
 * layout only when a section ran over.
 */
export async function drawWithPageNumbers(model: SummaryModel, draw: (numbering: PageNumbering) => Promise<Buffer>): Promise<Buffer> {
  const sections = summarySections(model).length;
  const quick = await draw({ kind: 'perSection', total: sections });
  if (pageCount(quick) === sections) return quick;
  return draw({ kind: 'byLayout' });
}

/** "Name · Page n of N" in the footer of the page(s) of the section at sectionIndex. */
export function PageNumber({ numbering, sectionIndex, patientName }: { numbering: PageNumbering; sectionIndex: number; patientName: string }) {
  const pageText = (number: number, total: number) => `${patientName} · ${W.page(number, total)}`;
  return numbering.kind === 'perSection' ? (
    <Text>{pageText(sectionIndex + 1, numbering.total)}</Text>
  ) : (
    <Text render={({ pageNumber, totalPages }) => pageText(pageNumber, totalPages ?? pageNumber)} />
  );
}

/** The number of pages in a PDF that pdfkit wrote (one uncompressed /Type /Page object per page). */
export function pageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type \/Page\b(?!s)/g)?.length ?? 0;
}
