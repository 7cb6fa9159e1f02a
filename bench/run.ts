import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Bench } from 'tinybench';
import type { BenchCase, BenchMetric, BenchSideBySide, BenchSuite, SideBudget } from './harness';

interface CaseResult {
  suite: string;
  name: string;
  samples: number;
  medianMs: number;
  madMs: number;
  p75Ms: number;
  p99Ms: number;
  minMs: number;
  maxMs: number;
  budgetMedianMs: number | null;
  withinBudget: boolean | null;
}

interface MetricResult {
  suite: string;
  name: string;
  unit: BenchMetric['unit'];
  value: number;
  budget: number | null;
  withinBudget: boolean | null;
}

interface SideResult {
  suite: string;
  comparison: string;
  figure: string;
  unit: 'ms' | 'count';
  samples: number;
  facetMedian: number;
  facetMin: number;
  facetMax: number;
  peer: string | null;
  peerMedian: number | null;
  ratio: number | null;
  budget: SideBudget | null;
  withinBudget: boolean | null;
  /** When this suite last ran (results of suites run separately are kept side by side). */
  date: string;
}

const SUITES_DIR = path.join(__dirname, 'suites');
const RESULTS_FILE = path.join(__dirname, 'results', 'latest.json');

async function runCase(suite: string, benchCase: BenchCase): Promise<CaseResult> {
  const bench = new Bench({
    name: benchCase.name,
    iterations: benchCase.iterations ?? 30,
    time: benchCase.time ?? 0,
    warmupIterations: benchCase.warmupIterations ?? 3,
    warmupTime: 0,
  });
  bench.add(benchCase.name, async () => {
    const reported = await benchCase.run();
    return typeof reported === 'number' ? { overriddenDuration: reported } : undefined;
  });
  const [task] = await bench.run();
  const result = task!.result;
  if (result.state !== 'completed') {
    throw new Error(`${suite} › ${benchCase.name}: ${result.state === 'errored' ? result.error.message : result.state}`);
  }
  const { latency } = result;
  const budget = benchCase.budgetMedianMs ?? null;
  return {
    suite,
    name: benchCase.name,
    samples: latency.samplesCount,
    medianMs: latency.p50,
    madMs: latency.mad,
    p75Ms: latency.p75,
    p99Ms: latency.p99,
    minMs: latency.min,
    maxMs: latency.max,
    budgetMedianMs: budget,
    withinBudget: budget === null ? null : latency.p50 <= budget,
  };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

function withinSideBudget(budget: SideBudget | null, facet: number, ratio: number | null): boolean | null {
  if (!budget) return null;
  if ('maxRatio' in budget) return ratio === null ? null : ratio <= budget.maxRatio;
  if ('maxMs' in budget) return facet <= budget.maxMs;
  return facet <= budget.maxCount;
}

/** Facet and its peer, alternating sample by sample; medians per figure, and Facet's over the peer's. */
async function runSideBySide(suite: string, side: BenchSideBySide, date: string): Promise<SideResult[]> {
  const facet = new Map<string, number[]>();
  const peer = new Map<string, number[]>();
  const record = (into: Map<string, number[]>, values: Record<string, number>) => {
    for (const [key, value] of Object.entries(values)) into.set(key, [...(into.get(key) ?? []), value]);
  };
  for (let i = 0; i < (side.warmupSamples ?? 1); i += 1) {
    await side.facet();
    await side.peerSample?.();
  }
  for (let i = 0; i < side.samples; i += 1) {
    const order = i % 2 === 0 ? [side.facet, side.peerSample] : [side.peerSample, side.facet];
    for (const sample of order) {
      if (!sample) continue;
      record(sample === side.facet ? facet : peer, await sample());
    }
  }
  return side.figures.map((figure) => {
    const own = facet.get(figure.key) ?? [];
    if (own.length === 0) throw new Error(`${suite} › ${side.name}: no values for ${figure.key}`);
    const theirs = peer.get(figure.key);
    const facetMedian = median(own);
    const peerMedian = theirs && theirs.length > 0 ? median(theirs) : null;
    const ratio = peerMedian ? facetMedian / peerMedian : null; // no ratio to a peer's zero (a count of long frames)
    const budget = figure.budget ?? null;
    return {
      suite,
      comparison: side.name,
      figure: figure.label,
      unit: figure.unit,
      samples: own.length,
      facetMedian,
      facetMin: Math.min(...own),
      facetMax: Math.max(...own),
      peer: peerMedian === null ? null : (side.peer ?? null),
      peerMedian,
      ratio,
      budget,
      withinBudget: withinSideBudget(budget, facetMedian, ratio),
      date,
    };
  });
}

const budgetText = (budget: SideBudget | null) =>
  !budget ? '' : 'maxRatio' in budget ? `<= ${budget.maxRatio}x peer` : 'maxMs' in budget ? `<= ${budget.maxMs} ms` : `<= ${budget.maxCount}`;
const sideValue = (value: number | null, unit: 'ms' | 'count') => (value === null ? '' : unit === 'ms' ? `${ms(value)} ms` : String(value));

function printSideBySide(results: SideResult[]): void {
  console.log('Side by side (medians; ratio = Facet / peer, same run, alternating)');
  console.table(
    results.map((r) => ({
      suite: r.suite,
      figure: r.figure,
      Facet: sideValue(r.facetMedian, r.unit),
      peer: r.peer ?? '',
      'peer value': sideValue(r.peerMedian, r.unit),
      ratio: r.ratio === null ? '' : `${r.ratio.toFixed(2)}x`,
      budget: budgetText(r.budget),
      verdict: r.withinBudget === null ? '' : r.withinBudget ? 'pass' : 'FAIL',
      run: r.date.slice(11, 16),
    })),
  );
}

async function loadSuites(filter: string | undefined): Promise<BenchSuite[]> {
  const files = (await readdir(SUITES_DIR)).filter((file) => file.endsWith('.bench.ts')).sort();
  const suites: BenchSuite[] = [];
  for (const file of files) {
    const loaded = (await import(path.join(SUITES_DIR, file))) as { default: BenchSuite };
    const suite = loaded.default;
    if (!filter || suite.name.includes(filter) || file.includes(filter)) suites.push(suite);
  }
  return suites;
}

const ms = (value: number) => value.toFixed(value < 10 ? 2 : 1);
const formatMetric = (value: number, unit: BenchMetric['unit']) =>
  unit === 'bytes' ? `${(value / 1024).toFixed(1)} KiB` : unit === 'ms' ? `${ms(value)} ms` : `${value.toFixed(1)} %`;
const verdict = (within: boolean | null) => (within === null ? '' : within ? 'ok' : 'OVER BUDGET');

async function main(): Promise<void> {
  const filter = process.argv[2];
  const suites = await loadSuites(filter);
  const cases: CaseResult[] = [];
  const metrics: MetricResult[] = [];
  const sides: SideResult[] = [];
  const date = new Date().toISOString();

  for (const suite of suites) {
    console.log(`\n▶ ${suite.name}`);
    await suite.setup?.();
    try {
      for (const benchCase of suite.cases ?? []) {
        const result = await runCase(suite.name, benchCase);
        cases.push(result);
        console.log(`  ${benchCase.name}: median ${ms(result.medianMs)} ms (±${ms(result.madMs)} MAD, n=${result.samples})`);
      }
      for (const metric of suite.metrics ?? []) {
        const value = await metric.measure();
        const budget = metric.budget ?? null;
        metrics.push({ suite: suite.name, name: metric.name, unit: metric.unit, value, budget, withinBudget: budget === null ? null : value <= budget });
        console.log(`  ${metric.name}: ${formatMetric(value, metric.unit)}`);
      }
      for (const side of suite.sideBySide ?? []) {
        const results = await runSideBySide(suite.name, side, date);
        sides.push(...results);
        for (const r of results) {
          console.log(`  ${r.figure}: ${sideValue(r.facetMedian, r.unit)}${r.peerMedian === null ? '' : ` vs ${r.peer} ${sideValue(r.peerMedian, r.unit)}${r.ratio === null ? '' : ` (${r.ratio.toFixed(2)}x)`}`}`);
        }
      }
    } finally {
      await suite.teardown?.();
    }
  }

  console.log('\nTimings (ms)');
  console.table(
    cases.map((c) => ({
      suite: c.suite,
      case: c.name,
      n: c.samples,
      median: ms(c.medianMs),
      'MAD (±)': ms(c.madMs),
      p75: ms(c.p75Ms),
      p99: ms(c.p99Ms),
      min: ms(c.minMs),
      max: ms(c.maxMs),
      budget: c.budgetMedianMs === null ? '' : `< ${c.budgetMedianMs}`,
      verdict: verdict(c.withinBudget),
    })),
  );
  if (metrics.length > 0) {
    console.log('Metrics');
    console.table(
      metrics.map((m) => ({
        suite: m.suite,
        metric: m.name,
        value: formatMetric(m.value, m.unit),
        budget: m.budget === null ? '' : `< ${formatMetric(m.budget, m.unit)}`,
        verdict: verdict(m.withinBudget),
      })),
    );
  }

  // Suites are often run one at a time: keep the other suites' last results beside this run's.
  const ran = new Set(suites.map((s) => s.name));
  const previous = await readPrevious();
  const keep = <T extends { suite: string }>(old: T[] | undefined, fresh: T[]) => [...(old ?? []).filter((r) => !ran.has(r.suite)), ...fresh];
  const allSides = keep(previous?.sideBySide, sides);
  if (allSides.length > 0) printSideBySide(allSides);

  const report = {
    date,
    machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model ?? 'unknown', memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version },
    cases: keep(previous?.cases, cases),
    metrics: keep(previous?.metrics, metrics),
    sideBySide: allSides,
  };
  await mkdir(path.dirname(RESULTS_FILE), { recursive: true });
  await writeFile(RESULTS_FILE, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`Results written to ${path.relative(process.cwd(), RESULTS_FILE)}`);
  const over = [...cases, ...metrics, ...sides].filter((r) => r.withinBudget === false);
  if (over.length > 0) console.log(`${over.length} result(s) over budget: ${over.map((r) => ('name' in r ? r.name : r.figure)).join(', ')}`);
}

async function readPrevious(): Promise<{ cases?: CaseResult[]; metrics?: MetricResult[]; sideBySide?: SideResult[] } | null> {
  try {
    return JSON.parse(await readFile(RESULTS_FILE, 'utf8')) as { cases?: CaseResult[]; metrics?: MetricResult[]; sideBySide?: SideResult[] };
  } catch {
    return null;
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
