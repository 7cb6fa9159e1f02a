/**
 * Facet's benchmark harness (`npm run bench`). Suites live in bench/suites/*.bench.ts;
 * each case runs under tinybench with warm-up and repeated samples, and the
 * runner prints median and spread and writes bench/results/latest.json.
 */

/** A timed case. Return a number to report that duration (ms) instead of the call's own time. */
export interface BenchCase {
  name: string;
  run: () => Promise<number | void> | number | void;
  /** Samples to take (at least). */
  iterations?: number;
  /** Minimum time to keep sampling, in ms. */
  time?: number;
  warmupIterations?: number;
  /** Budget for the median, in ms, from the issue that set it. */
  budgetMedianMs?: number;
}

/** A single measured quantity that is not a duration (a size, a ratio). */
export interface BenchMetric {
  name: string;
  unit: 'bytes' | 'ms' | '%';
  measure: () => Promise<number> | number;
  budget?: number;
}

export interface BenchSuite {
  name: string;
  setup?: () => Promise<void> | void;
  teardown?: () => Promise<void> | void;
  cases?: BenchCase[];
  metrics?: BenchMetric[];
}

export function defineSuite(suite: BenchSuite): BenchSuite {
  return suite;
}
