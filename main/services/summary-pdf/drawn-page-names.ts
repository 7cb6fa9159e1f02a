/**
 * The name react-pdf gives each "Drawn during your consultation" page (a
 * named destination, from `id` on the page's content), so main can find the
 * pages to lay the printed slides in, however the sections before them broke
 * across pages.
 */
export const drawnPageDestination = (index: number) => `drawn-slides-${index + 1}`;
export const DRAWN_PAGE_DESTINATION = /^drawn-slides-\d+$/;
