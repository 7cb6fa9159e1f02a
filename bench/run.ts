import { mkdir, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Bench } from 'tinybench';
import type { BenchCase, BenchMetric, BenchSuite } from './harness';

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

  const report = {
    date: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model ?? 'unknown', memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version },
    cases,
    metrics,
  };
  await mkdir(path.dirname(RESULTS_FILE), { recursive: true });
  await writeFile(RESULTS_FILE, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`Results written to ${path.relative(process.cwd(), RESULTS_FILE)}`);
  const over = [...cases, ...metrics].filter((r) => r.withinBudget === false);
  if (over.length > 0) console.log(`${over.length} result(s) over budget: ${over.map((r) => r.name).join(', ')}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
