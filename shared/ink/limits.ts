import { FACE_VIEWBOX } from '../face/viewbox';

/**
 * How much drawing a consultation may hold, and the spaces strokes are drawn
 * in. Zod-free, so the page (which must not bundle zod) and main's schema
 * (ink/schema.ts) share the same numbers.
 */
export const INK_LIMITS = {
  /** After smoothing; a long scribble is thinned to fit. */
  pointsPerStroke: 400,
  strokesPerView: 2000,
  /** Slides plus the face. */
  views: 120,
  /** Across the whole consultation, so a saved draft stays small (about 1 MB at most). */
  totalPoints: 120_000,
  strokeId: 24,
  viewId: 110,
} as const;

export interface InkSurface {
  width: number;
  height: number;
}

/** Slides are 16:9; strokes on them are stored in this space, whatever the window's size. */
export const SLIDE_SURFACE: InkSurface = { width: 1600, height: 900 };

/** The face is drawn in the face diagram's own viewBox, so the PDF's face takes the strokes as they are. */
export const FACE_SURFACE: InkSurface = FACE_VIEWBOX;

/** A drawing belongs to a view: the face diagram, or one slide (by its content id). */
export const FACE_VIEW = 'face';
const SLIDE_PREFIX = 'slide:';

export function slideView(slideId: string): string {
  return `${SLIDE_PREFIX}${slideId}`;
}

export function slideIdOf(view: string): string | null {
  return view.startsWith(SLIDE_PREFIX) ? view.slice(SLIDE_PREFIX.length) : null;
}

export function surfaceOf(view: string): InkSurface {
  return view === FACE_VIEW ? FACE_SURFACE : SLIDE_SURFACE;
}
