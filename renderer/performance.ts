export const FIRST_SCREEN_MARK = 'facet:first-screen';

/**
 * For a layout effect of the first real screen. `data-ready` says its DOM is
 * complete and in the frame about to be painted (for tests waiting on a ready
 * app, and the benchmark's probe, which then times that frame as reveal.js's
 * is timed from its own `ready` class, set as its slides are laid out); the
 * performance mark comes with the next frame, for the cold-start benchmark.
 * Set from a passive effect a frame later, as it once was, the marker lagged
 * the screen itself by one to two frames.
 */
export function markFirstScreen(): void {
  if (document.documentElement.dataset.ready === 'true') return;
  document.documentElement.dataset.ready = 'true';
  requestAnimationFrame(() => performance.mark(FIRST_SCREEN_MARK));
}
