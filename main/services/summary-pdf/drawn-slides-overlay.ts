import type * as PdfLib from 'pdf-lib';
import type { DrawnSlidesLayout } from '../../../shared/summary/drawn-slides-layout';
import { DRAWN_PAGE_DESTINATION as DESTINATION, drawnPageDestination } from './drawn-page-names';

type PdfLib = typeof PdfLib;

let pdfLib: Promise<PdfLib> | null = null;

/** pdf-lib loads with the first summary that has printed slides, not at start-up. */
function loadPdfLib(): Promise<PdfLib> {
  pdfLib ??= import('pdf-lib');
  return pdfLib;
}

/**
 * Lays each slide Chromium printed (the slide with the ink over it, vector)
 * into its frame on the summary's drawn-slides pages. Only the area of the
 * frames is taken from the printed pages, so the summary's own heading, titles and
 * footer stay as react-pdf wrote them. Throws if the two do not match (page
 * counts, missing pages): the caller then uses the frames-only page.
 */
export async function overlayPrintedSlides(summary: Uint8Array, printed: Uint8Array, layout: DrawnSlidesLayout): Promise<Buffer> {
  const lib = await loadPdfLib();
  const { PDFDocument } = lib;
  // The summary's metadata (title, author, dates) is react-pdf's, and stays so.
  const doc = await PDFDocument.load(summary, { updateMetadata: false });
  const source = await PDFDocument.load(printed, { updateMetadata: false });
  if (source.getPageCount() !== layout.pages.length) throw new Error('printed-page-count');
  const targets = drawnPageIndexes(lib, doc, layout.pages.length);

  for (const [index, page] of layout.pages.entries()) {
    const from = source.getPage(index);
    const to = doc.getPage(targets[index]!);
    // Chromium's page is the same size give or take rounding; scale to be exact.
    const sx = from.getWidth() / layout.page.width;
    const sy = from.getHeight() / layout.page.height;
    // One embed per page, spanning its frames: each embed copies the page's resources (fonts,
    // pictures), so one per frame would store them twice. Between the frames react-pdf draws nothing.
    const area = {
      left: Math.min(...page.frames.map((frame) => frame.x)),
      right: Math.max(...page.frames.map((frame) => frame.x + frame.width)),
      top: Math.min(...page.frames.map((frame) => frame.y)),
      bottom: Math.max(...page.frames.map((frame) => frame.y + frame.height)),
    };
    const slides = await doc.embedPage(from, {
      left: area.left * sx,
      right: area.right * sx,
      top: from.getHeight() - area.top * sy,
      bottom: from.getHeight() - area.bottom * sy,
    });
    to.drawPage(slides, { x: area.left, y: to.getHeight() - area.bottom, width: area.right - area.left, height: area.bottom - area.top });
  }
  forgetDestinations(lib, doc);
  // Uncompressed cross-references, as react-pdf writes them (pageCount() reads them).
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}

/** The page index of each drawn-slides page, found by its named destination. */
function drawnPageIndexes(lib: PdfLib, doc: PdfLib.PDFDocument, count: number): number[] {
  const pages = doc.getPages();
  const found = new Map<string, number>();
  for (const [name, target] of destinations(lib, doc)) {
    if (!DESTINATION.test(name)) continue;
    const ref = target instanceof lib.PDFArray ? target.get(0) : undefined;
    const index = pages.findIndex((page) => page.ref === ref);
    if (index >= 0) found.set(name, index);
  }
  return Array.from({ length: count }, (_, i) => {
    const index = found.get(drawnPageDestination(i));
    if (index === undefined) throw new Error('drawn-page-missing');
    return index;
  });
}

function destinationNames({ PDFArray, PDFDict, PDFName }: PdfLib, doc: PdfLib.PDFDocument): PdfLib.PDFArray | undefined {
  const names = doc.catalog.lookupMaybe(PDFName.of('Names'), PDFDict);
  return names?.lookupMaybe(PDFName.of('Dests'), PDFDict)?.lookupMaybe(PDFName.of('Names'), PDFArray);
}

/** A text key of a name tree, as a string; null for anything else. */
function keyText({ PDFHexString, PDFString }: PdfLib, key: unknown): string | null {
  return key instanceof PDFString || key instanceof PDFHexString ? key.decodeText() : null;
}

/** The document's named destinations (pdfkit writes one flat name tree). */
function destinations(lib: PdfLib, doc: PdfLib.PDFDocument): [string, unknown][] {
  const names = destinationNames(lib, doc);
  if (!names) return [];
  const entries: [string, unknown][] = [];
  for (let i = 0; i + 1 < names.size(); i += 2) {
    const key = keyText(lib, names.lookup(i));
    if (key !== null) entries.push([key, names.lookup(i + 1)]);
  }
  return entries;
}

/** The drawn-slides names were only for finding the pages: a reader has no use for them. */
function forgetDestinations(lib: PdfLib, doc: PdfLib.PDFDocument): void {
  const names = destinationNames(lib, doc);
  if (!names) return;
  for (let i = names.size() - 2; i >= 0; i -= 2) {
    if (DESTINATION.test(keyText(lib, names.lookup(i)) ?? '')) {
      names.remove(i + 1);
      names.remove(i);
    }
  }
}
