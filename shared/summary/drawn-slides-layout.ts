import { SLIDE_SURFACE } from '../ink/limits';
import type { PAPER_SIZES } from '../settings-defaults';

type PaperSize = (typeof PAPER_SIZES)[number];

/**
 * Where the drawn slides sit on the summary's "Drawn during your consultation"
 * pages, in PDF points from the page's top-left corner. Two renderers share
 * it: react-pdf (main) draws the heading, each slide's title and the footer,
 * and Chromium (the renderer's #print-slides page) draws each slide with its
 * ink in exactly these frames; main then lays Chromium's frames onto
 * react-pdf's pages. Both must agree to the point, so neither computes it alone.
 */

/** The app's page opens at this hash, then a job id, to draw one summary's slides for printing (only an id: the page asks for the job over IPC). */
export const PRINT_SLIDES_HASH = '#print-slides:';

/** react-pdf's page sizes, in points (A4 is 210 x 297 mm). */
export const PAGE_SIZE: Record<PaperSize, { width: number; height: number }> = {
  A4: { width: 595.28, height: 841.89 },
  LETTER: { width: 612, height: 792 },
};

/** The summary's page margins (main/services/summary-pdf/theme.ts uses the same). */
export const PAGE_MARGIN = { x: 52, top: 46, bottom: 60 } as const;

/** The heading and the sentence under it, on the first page only. */
export const HEADING_HEIGHT = 84;
/** Each slide's title line above its frame, and the space after the frame. */
export const TITLE_HEIGHT = 18;
export const FRAME_GAP = 16;
export const SLIDES_PER_PAGE = 2;

export interface SlideFrame {
  slideId: string;
  /** The title line's top; the frame starts TITLE_HEIGHT below it. */
  titleTop: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface DrawnSlidesPageLayout {
  /** The first page carries the heading. */
  first: boolean;
  frames: SlideFrame[];
}

export interface DrawnSlidesLayout {
  page: { width: number; height: number };
  pages: DrawnSlidesPageLayout[];
}

/**
 * Two slides a page, as wide as the text column allows while two of them and
 * the heading fit under each other (US Letter is shorter than A4, so its
 * slides are a little narrower).
 */
export function drawnSlidesLayout(paperSize: PaperSize, slideIds: readonly string[]): DrawnSlidesLayout {
  const page = PAGE_SIZE[paperSize];
  const column = page.width - 2 * PAGE_MARGIN.x;
  const usable = page.height - PAGE_MARGIN.top - PAGE_MARGIN.bottom - HEADING_HEIGHT;
  const tallest = (usable - SLIDES_PER_PAGE * (TITLE_HEIGHT + FRAME_GAP)) / SLIDES_PER_PAGE;
  const width = Math.floor(Math.min(column, (tallest * SLIDE_SURFACE.width) / SLIDE_SURFACE.height));
  const height = (width * SLIDE_SURFACE.height) / SLIDE_SURFACE.width;
  const x = PAGE_MARGIN.x + (column - width) / 2;

  const pages: DrawnSlidesPageLayout[] = [];
  for (let start = 0; start < slideIds.length; start += SLIDES_PER_PAGE) {
    const first = start === 0;
    let top = PAGE_MARGIN.top + (first ? HEADING_HEIGHT : 0);
    const frames = slideIds.slice(start, start + SLIDES_PER_PAGE).map((slideId) => {
      const frame = { slideId, titleTop: top, x, y: top + TITLE_HEIGHT, width, height };
      top += TITLE_HEIGHT + height + FRAME_GAP;
      return frame;
    });
    pages.push({ first, frames });
  }
  return { page, pages };
}
