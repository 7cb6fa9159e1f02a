import { randomUUID } from 'node:crypto';
import type { SlidePrintJob } from '../../shared/ipc/contract';
import { FacetError } from '../../shared/ipc/result';
import { PRINT_SLIDES_HASH } from '../../shared/summary/drawn-slides-layout';

export interface PrintPageRequest {
  jobId: string;
  /** Where to open the app's page (a job id only: the page asks for the job over IPC). */
  hash: string;
  paperSize: SlidePrintJob['paperSize'];
  /** Resolves when the page has drawn everything; rejects when it could not, or took too long. */
  ready: Promise<void>;
}

/**
 * Prints a page of the app to PDF: Electron's hidden BrowserWindow and
 * webContents.printToPDF in the app, Playwright's page.pdf() in the test host.
 * A page left open from an earlier print may be given the next job (the
 * `print.next` event) instead of loading the app again; a page whose print
 * failed must be closed whether `ready` resolves or rejects.
 */
export type PrintPage = (request: PrintPageRequest) => Promise<Buffer>;

/** How long the page may take to load and draw before the summary goes without it. */
export const PRINT_TIMEOUT_MS = 10_000;

/**
 * The drawn slides, printed by the renderer (which draws slides as the
 * patient saw them) rather than redrawn in react-pdf. Each job waits under a
 * random id until its page asks for it; the page says when it has drawn.
 */
export function createSlidePrinter(printPage: PrintPage, timeoutMs = PRINT_TIMEOUT_MS) {
  const jobs = new Map<string, { job: SlidePrintJob; drawn(ok: boolean): void }>();

  return {
    /** For the page at #print-slides:<id>. Unknown ids (a finished job, a guess) get nothing. */
    job(jobId: string): SlidePrintJob {
      const entry = jobs.get(jobId);
      if (!entry) throw new FacetError('not-found', 'There is nothing to print.');
      return entry.job;
    },

    ready(jobId: string, drawn: boolean): void {
      jobs.get(jobId)?.drawn(drawn);
    },

    print(job: SlidePrintJob): SlidesPrinting {
      const jobId = randomUUID();
      let settle: (ok: boolean, reason?: string) => void = () => undefined;
      const ready = new Promise<void>((resolve, reject) => {
        settle = (ok, reason = 'slides-not-drawn') => (ok ? resolve() : reject(new Error(reason)));
      });
      // The port awaits it too; this keeps a rejection the port never reached from going unhandled.
      ready.catch(() => undefined);
      jobs.set(jobId, { job, drawn: (ok) => settle(ok) });
      let timer: ReturnType<typeof setTimeout> | undefined;
      // Covers printing as well as drawing: a stuck print must not hold the export.
      const deadline = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          settle(false, 'slides-print-timed-out');
          reject(new Error('slides-print-timed-out'));
        }, timeoutMs);
      });
      const printed = printPage({ jobId, hash: `${PRINT_SLIDES_HASH}${jobId}`, paperSize: job.paperSize, ready });
      // A port that fails before the page has drawn (no window could open) ends the wait at once.
      printed.catch(() => settle(false, 'slides-not-printed'));
      const pdf = Promise.race([printed, deadline]).finally(() => {
        clearTimeout(timer);
        jobs.delete(jobId);
      });
      const drawn = Promise.race([ready, deadline]);
      // Callers may await either, or (when the other failed first) only one.
      for (const promise of [drawn, pdf]) promise.catch(() => undefined);
      return { drawn, pdf };
    },
  };
}

export type SlidePrinter = ReturnType<typeof createSlidePrinter>;

/** A print under way: `drawn` when the page has drawn the slides (printing starts then), `pdf` when it is printed. */
export interface SlidesPrinting {
  drawn: Promise<void>;
  pdf: Promise<Buffer>;
}
