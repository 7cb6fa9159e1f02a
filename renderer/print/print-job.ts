import { PRINT_SLIDES_HASH } from '../../shared/summary/drawn-slides-layout';

/** The job id when this window was opened to print the drawn slides (main's hidden print window); kept apart so the first screen need not load the print page. */
export function printJobId(hash: string): string | null {
  return hash.startsWith(PRINT_SLIDES_HASH) ? hash.slice(PRINT_SLIDES_HASH.length) : null;
}
