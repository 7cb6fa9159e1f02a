/**
 * Closing the window must not lose the last keystrokes: main asks the page to
 * save what it holds, and waits, for a bounded time, until the page says it
 * has. A page that is hung or gone never answers, so the wait has a limit and
 * the window still closes.
 */
export type CloseOutcome = 'ready' | 'timed-out';

export interface CloseGate {
  /** Sends the request (e.g. an `app.closeRequested` event) and waits for `ready()` or the time limit. */
  waitForPage(request: () => void, timeoutMs: number): Promise<CloseOutcome>;
  /** The page has saved: every wait in progress ends. */
  ready(): void;
}

export function createCloseGate(): CloseGate {
  const waiting = new Set<() => void>();
  return {
    waitForPage(request, timeoutMs) {
      return new Promise<CloseOutcome>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          waiting.delete(done);
          resolve('ready');
        };
        const timer = setTimeout(() => {
          waiting.delete(done);
          resolve('timed-out');
        }, timeoutMs);
        waiting.add(done);
        try {
          request();
        } catch {
          // The page is already gone: nothing to wait for but the time limit, which ends soon.
        }
      });
    },
    ready() {
      for (const done of [...waiting]) done();
    },
  };
}

/** Resolves with the promise's value, or with `fallback` once `ms` have passed, whichever is first. */
export function withinTime<T, F>(promise: Promise<T>, ms: number, fallback: F): Promise<T | F> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => resolve(fallback), Math.max(0, ms));
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
