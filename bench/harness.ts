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

/**
 * A budget for a side-by-side figure: a ratio to the peer measured in the same
 * run, or (for figures with no peer) an absolute ceiling on Facet's median.
 */
export type SideBudget = { maxRatio: number } | { maxMs: number } | { maxCount: number };

/** One figure of a side-by-side comparison: a key of what `facet()` (and `peer()`) return. */
export interface SideFigure {
  key: string;
  label: string;
  unit: 'ms' | 'count';
  budget?: SideBudget;
}

/**
 * Facet and a peer measured in the same run, alternating (Facet first on even
 * samples, the peer first on odd ones), so the machine's drift and other
 * engineers' load fall on both. Each sample returns its figures by key.
 */
export interface BenchSideBySide {
  name: string;
  /** Who Facet is compared with; figures with no peer value are reported alone. */
  peer?: string;
  samples: number;
  warmupSamples?: number;
  facet: () => Promise<Record<string, number>>;
  peerSample?: () => Promise<Record<string, number>>;
  figures: SideFigure[];
}

export interface BenchSuite {
  name: string;
  setup?: () => Promise<void> | void;
  teardown?: () => Promise<void> | void;
  cases?: BenchCase[];
  metrics?: BenchMetric[];
  sideBySide?: BenchSideBySide[];
}

export function defineSuite(suite: BenchSuite): BenchSuite {
  return suite;
}
