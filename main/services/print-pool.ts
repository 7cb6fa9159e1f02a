import type { PrintPage } from './slide-print';

/** One page of the app that prints: a hidden BrowserWindow in the app, a Playwright page in the test host. */
export interface PrintTarget {
  /** Gives a page that has printed before its next job (the `print.next` event). */
  next(jobId: string): void;
  print(paperSize: 'A4' | 'LETTER'): Promise<Buffer>;
  close(): void;
  isClosed(): boolean;
}

/** Opens a new page at the app's URL with this hash; `loaded` settles when it has loaded. */
export type OpenPrintTarget = (hash: string) => Promise<{ target: PrintTarget; loaded: Promise<unknown> }>;

/** How long a page that printed stays open for the next export, then closes (a hidden renderer costs memory). */
export const PRINT_PAGE_IDLE_MS = 60_000;

/**
 * Keeps the page that printed last open for a while, so the next export
 * gives it a job instead of loading the app again (most of a print's time).
 * A page in use is never shared: a second export meanwhile opens its own. A
 * page whose print failed is closed, as its state is unknown.
 */
export function pooledPrintPage(open: OpenPrintTarget, idleMs = PRINT_PAGE_IDLE_MS): { printPage: PrintPage; close(): void } {
  let idle: { target: PrintTarget; timer: ReturnType<typeof setTimeout> } | null = null;

  const takeIdle = (): PrintTarget | null => {
    const kept = idle;
    idle = null;
    if (!kept) return null;
    clearTimeout(kept.timer);
    if (!kept.target.isClosed()) return kept.target;
    return null;
  };

  const keep = (target: PrintTarget) => {
    if (idle) {
      target.close();
      return;
    }
    const timer = setTimeout(() => {
      if (idle?.target === target) idle = null;
      target.close();
    }, idleMs);
    // An idle page must not keep a test run (or the app's shutdown) waiting.
    timer.unref?.();
    idle = { target, timer };
  };

  return {
    async printPage({ jobId, hash, paperSize, ready }) {
      const reused = takeIdle();
      const { target, loaded } = reused ? { target: reused, loaded: Promise.resolve() } : await open(hash);
      try {
        if (reused) reused.next(jobId);
        await Promise.all([loaded, ready]);
        const pdf = await target.print(paperSize);
        keep(target);
        return pdf;
      } catch (error) {
        target.close();
        throw error;
      }
    },
    close() {
      takeIdle()?.close();
    },
  };
}
