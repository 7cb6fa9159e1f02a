/**
 * The clinician's copy's sizes, in points: smaller and denser than the
 * patient's summary (it is read by clinicians, at a desk, as a record). The
 * colours are the summary's neutrals (summary-pdf/theme.ts); no accent, so it
 * prints the same on any clinic's paper and in black and white.
 */
export const CLINICAL_SIZE = { body: 8, small: 7.25, label: 6.75, title: 14, heading: 9.5 };

/** Body line height, as a multiple of the font size. */
export const CLINICAL_LINE_HEIGHT = 1.3;

export const CLINICAL_MARGIN = { x: 40, top: 36, bottom: 52 };

/** Where the footer sits, above the page's bottom edge. */
export const FOOTER_BOTTOM = 22;
