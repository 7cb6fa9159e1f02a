import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CDPSession, Page } from '@playwright/test';
import * as flows from '../../tests/e2e/flows';
import { openBenchPage, type BenchPage } from '../browser-page';
import { defineSuite } from '../harness';

/**
 * Soak: a two-hour consultation compressed into one page session. One patient,
 * one open consultation, and 20 rounds of what a practitioner does again and
 * again: slides, the face diagram, typing notes (each one autosaved), and
 * exporting the summary. What matters is what a long session leaves behind:
 * heap that is never given back, errors that only show up on the hundredth
 * time, exports that get slower as the session ages.
 */

const PATIENT = 'Zoë Ólafsdóttir';
const ROUNDS = 20;
const PER_ROUND = { slideChanges: 50, selections: 25, autosaves: 15, exports: 1 };
const PLANNED = {
  slideChanges: ROUNDS * PER_ROUND.slideChanges,
  selections: ROUNDS * PER_ROUND.selections,
  autosaves: ROUNDS * PER_ROUND.autosaves,
  exports: ROUNDS * PER_ROUND.exports,
};
/**
 * The heap baseline is taken after this round: the first rounds load the lazy
 * screens and fill caches that are meant to stay. V8's compiled code keeps
 * growing for longer, as more of the same functions get optimised: the budget
 * counts the heap without it (see objectsInHeap), and the code is reported
 * beside it.
 */
const WARM_UP_ROUNDS = 2;
/** Every tenth slide change waits for its 200 ms transition, as a presenter pausing on a slide would; the rest follow at clicker speed, to fit in the time. */
const SETTLE_EVERY = 10;
const SLIDE_TRANSITION_MS = 260;
const STEP_TIMEOUT_MS = 10_000;
const EXPORT_TIMEOUT_MS = 30_000;

interface Snapshot {
  heap: number;
  nodes: number;
  listeners: number;
  /** From a heap snapshot (taken after every round): everything but compiled code, in bytes. */
  objects?: number;
  /** From the same snapshot: V8's compiled code (machine code, bytecode, feedback), in bytes. */
  code?: number;
  /** The same, by constructor (or node type): what to look at when the heap grows. */
  byKind?: Map<string, { count: number; bytes: number }>;
}

let bench: BenchPage;
let cdp: CDPSession;
let consultationId = '';
let regions: { id: string; name: string }[] = [];
// Made in setup, not on import: the runner imports every suite to read its name.
let exportDir = '';
const done = { slideChanges: 0, selections: 0, autosaves: 0, exports: 0 };
const exportMs: number[] = [];
const autosaveMs: number[] = [];
const problems: string[] = [];
let warm: Snapshot | null = null;
let last: Snapshot | null = null;

/** What the page sees of the soak's helpers (installed by `installPageHelpers`). */
interface SoakWindow {
  __soakProblem(text: string): void;
  __soakUntil(check: () => boolean, what: string, timeoutMs?: number): Promise<number>;
  __soakStep(step: SoakStep, arg: unknown): Promise<unknown>;
  __facetInvoke(channel: string, payload: unknown): Promise<unknown>;
}

type SoakStep = 'changeSlide' | 'selectRegion' | 'exportSummary';

/**
 * Runs in the page before the app. Counts what the app itself would not tell
 * us: IPC results that came back failed (the bridge looks the binding up on
 * every call, so wrapping it sees all of them) and CSP violations. Also adds a
 * frame-paced wait, so the soak's steps check the screen without a round trip
 * to Node per frame, and the soak's steps themselves: installed once and
 * called by name (see `step`), so 1,800 steps do not compile 1,800 scripts
 * into the heap being measured.
 */
function installPageHelpers(): void {
  const w = window as unknown as SoakWindow;
  document.addEventListener('securitypolicyviolation', (event) => w.__soakProblem(`csp: ${event.violatedDirective} blocked ${event.blockedURI}`));
  const invoke = w.__facetInvoke;
  w.__facetInvoke = async (channel, payload) => {
    const result = await invoke(channel, payload);
    const failed = result as { ok?: boolean; error?: { code?: string } } | null;
    if (failed?.ok === false) w.__soakProblem(`ipc: ${channel} failed (${failed.error?.code ?? 'no code'})`);
    return result;
  };
  w.__soakUntil = (check, what, timeoutMs = 10_000) =>
    new Promise((resolve, reject) => {
      const started = performance.now();
      const poll = () => {
        if (check()) resolve(performance.now() - started);
        else if (performance.now() - started > timeoutMs) reject(new Error(`timed out waiting for ${what}`));
        else requestAnimationFrame(poll);
      };
      poll();
    });
  const steps: Record<SoakStep, (arg: never) => Promise<unknown>> = {
    /** PageDown until the deck's counter moves on (the reveal steps of a slide come first); Home from the last slide. */
    async changeSlide() {
      const counter = () => document.querySelector('.deck-counter')?.textContent ?? '';
      const before = counter();
      const [, at, of] = /(\d+) \/ (\d+)/.exec(before) ?? [];
      const key = at !== undefined && at === of ? 'Home' : 'PageDown';
      // One press per frame, like a clicker: each step renders before the next press.
      for (let presses = 0; counter() === before; presses += 1) {
        if (presses > 30) throw new Error(`the deck did not move on from "${before}"`);
        window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
        await new Promise(requestAnimationFrame);
      }
    },
    /** Clicks a region on the face and waits for its panel to show that region. */
    selectRegion({ id, name }: { id: string; name: string }) {
      document.querySelector(`[data-region="${id}"]`)!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      return w.__soakUntil(() => document.querySelector('.region-panel h2')?.textContent === name, `the panel for ${name}`);
    },
    /** On the review screen: Export (the patient summary); the time from the click to "Saved in" on screen. */
    async exportSummary({ timeout }: { timeout: number }) {
      const button = [...document.querySelectorAll<HTMLButtonElement>('.export-panel button')].find((b) => /^Export/.test(b.textContent ?? ''));
      if (!button) throw new Error('no Export button');
      const clickedAt = performance.now();
      button.click();
      const failure = () => document.querySelector('.export-panel [role="alert"]');
      await w.__soakUntil(() => document.querySelector('.export-done')?.textContent?.includes('Saved in') === true || failure() !== null, 'the export', timeout);
      if (failure()) throw new Error(`export failed: ${failure()!.textContent}`);
      return performance.now() - clickedAt;
    },
  };
  w.__soakStep = (name, arg) => steps[name](arg as never);
}

/** Runs one of the steps installed in the page: the same small script every time, only the argument changes. */
function step<T>(page: Page, name: SoakStep, arg: unknown = null): Promise<T> {
  return page.evaluate(([n, a]) => (window as unknown as SoakWindow).__soakStep(n, a), [name, arg] as const) as Promise<T>;
}

/**
 * openBenchPage has already loaded the app; the problem listeners and the
 * helpers must be in place before the app's own scripts run, so attach them
 * and load the app again.
 */
async function watchForProblems(page: Page): Promise<void> {
  page.on('pageerror', (error) => problems.push(`exception: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  await page.exposeFunction('__soakProblem', (text: string) => problems.push(text));
  await page.addInitScript(installPageHelpers);
  await page.reload();
  await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
}

/** Polls a condition in Node (the back end's view), for things the page cannot see, such as a draft on disk. */
async function pollUntil(check: () => Promise<boolean>, what: string, timeoutMs = STEP_TIMEOUT_MS): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!(await check())) {
    if (performance.now() > deadline) throw new Error(`soak: timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function startConsultation(page: Page): Promise<void> {
  await flows.startConsultation(page, PATIENT, { clinicReference: 'LC-2041' });
  // A few areas, so every export is a real summary with concerns and treatment pages.
  await flows.openFaceDiagram(page);
  for (const name of ['Frown lines between the brows', 'Under-eye hollow (tear trough) (left)', 'Lips']) await flows.addArea(page, name);
  regions = await flows.faceRegions(page).evaluateAll((paths) => paths.map((p) => ({ id: p.getAttribute('data-region')!, name: p.getAttribute('aria-label')! })));
  await flows.backToConsultation(page);
  await pollUntil(async () => (await bench.host.backend.consultations.list()).drafts[0]?.concernCount === 3, 'the first autosave');
  consultationId = (await bench.host.backend.consultations.list()).drafts[0]!.id;
}

async function changeSlide(page: Page): Promise<void> {
  await step(page, 'changeSlide');
  done.slideChanges += 1;
  if (done.slideChanges % SETTLE_EVERY === 0) await page.waitForTimeout(SLIDE_TRANSITION_MS);
}

async function selectRegion(page: Page, region: { id: string; name: string }): Promise<void> {
  await step(page, 'selectRegion', region);
  done.selections += 1;
}

/** Types a new general note and waits until that exact text is in the encrypted draft on disk. */
async function autosave(page: Page, text: string): Promise<void> {
  const started = performance.now();
  await page.getByLabel('General notes').fill(text);
  await pollUntil(async () => (await bench.host.backend.consultations.load(consultationId)).notes === text, 'the autosave of a note');
  autosaveMs.push(performance.now() - started);
  done.autosaves += 1;
}

/** On the review screen: Export (the patient summary), timed in the page from the click to "Saved in" on screen. */
async function exportSummary(page: Page, folderName: string): Promise<void> {
  const folder = path.join(exportDir, folderName);
  mkdirSync(folder, { recursive: true });
  bench.host.folderDialog.answer = folder;
  const elapsed = await step<number>(page, 'exportSummary', { timeout: EXPORT_TIMEOUT_MS });
  exportMs.push(elapsed);
  const written = readdirSync(folder);
  if (written.length !== 1 || !written[0]!.startsWith('Facet summary - ')) throw new Error(`export: expected one summary in ${folderName}, found ${written.join(', ')}`);
  if (readFileSync(path.join(folder, written[0]!)).subarray(0, 5).toString() !== '%PDF-') throw new Error(`export: ${written[0]} is not a PDF`);
  done.exports += 1;
}

/** Heap and DOM after a full GC (V8 and Blink), on the consultation screen at the end of a round. */
async function snapshot(page: Page): Promise<Snapshot> {
  await page.waitForTimeout(500); // let the last transitions and the autosave's re-render finish
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const dom = await cdp.send('Memory.getDOMCounters');
  return { heap: usedSize, nodes: dom.nodes, listeners: dom.jsEventListeners };
}

/**
 * The heap snapshot's self sizes without compiled code (machine code,
 * bytecode, feedback), which V8 keeps adding as more of the app gets
 * optimised; that growth levels off and is no leak. What remains is what the
 * app holds on to. Slow (a few seconds), so it is taken twice, not per round.
 */
async function objectsInHeap(): Promise<{ objects: number; code: number; byKind: Map<string, { count: number; bytes: number }> }> {
  const chunks: string[] = [];
  const collect = ({ chunk }: { chunk: string }) => chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', collect);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', collect);
  const { snapshot, nodes, strings } = JSON.parse(chunks.join('')) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
    nodes: number[];
    strings: string[];
  };
  const fields = snapshot.meta.node_fields;
  const typeNames = snapshot.meta.node_types[0];
  const [type, name, size] = [fields.indexOf('type'), fields.indexOf('name'), fields.indexOf('self_size')];
  let objects = 0;
  let code = 0;
  const byKind = new Map<string, { count: number; bytes: number }>();
  for (let i = 0; i < nodes.length; i += fields.length) {
    const typeName = typeNames[nodes[i + type]!]!;
    if (typeName === 'code') {
      code += nodes[i + size]!;
      continue;
    }
    objects += nodes[i + size]!;
    // Objects by constructor name; strings, arrays and the like by their node type.
    const kind = typeName === 'object' || typeName === 'closure' || typeName === 'native' ? `${typeName} ${strings[nodes[i + name]!]!.slice(0, 60)}` : typeName;
    const entry = byKind.get(kind) ?? { count: 0, bytes: 0 };
    entry.count += 1;
    entry.bytes += nodes[i + size]!;
    byKind.set(kind, entry);
  }
  return { objects, code, byKind };
}

/** What grew most between two snapshots, by kind: the place to start when the heap grows. */
function largestGrowth(from: Map<string, { count: number; bytes: number }>, to: Map<string, { count: number; bytes: number }>, top = 12): string[] {
  return [...to.entries()]
    .map(([kind, now]) => ({ kind, bytes: now.bytes - (from.get(kind)?.bytes ?? 0), count: now.count - (from.get(kind)?.count ?? 0) }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, top)
    .map((g) => `${(g.bytes / 1024).toFixed(1)} KiB in ${g.count} more: ${g.kind}`);
}

async function round(page: Page, number: number): Promise<void> {
  await flows.openFaceDiagram(page);
  for (let i = 0; i < PER_ROUND.selections; i += 1) {
    // Walk the regions in order across rounds: each click is a different region from the last.
    await selectRegion(page, regions[done.selections % regions.length]!);
  }
  await flows.backToConsultation(page);

  await page.getByRole('button', { name: 'Show the slides' }).click();
  await page.getByRole('progressbar', { name: 'Progress through the slides' }).waitFor();
  for (let i = 0; i < PER_ROUND.slideChanges; i += 1) await changeSlide(page);
  // The deck's only way out is home; home's first card returns to the open consultation.
  await page.getByRole('button', { name: 'End presentation' }).click();
  await flows.homeHeading(page).waitFor();
  await page.getByRole('button', { name: /Start a consultation/ }).click();
  await page.getByRole('heading', { level: 1, name: PATIENT }).waitFor();

  // Same length every time, so a growing heap is not just a growing note.
  for (let i = 0; i < PER_ROUND.autosaves; i += 1) {
    await autosave(page, `Round ${String(number).padStart(2, '0')}, note ${String(i + 1).padStart(2, '0')}: would like a natural look; review at two weeks.`);
  }

  await flows.reviewSummary(page);
  await exportSummary(page, `round-${String(number).padStart(2, '0')}`);
  await flows.backToConsultation(page);
  await page.getByRole('heading', { level: 1, name: PATIENT }).waitFor();
}

async function soak(): Promise<void> {
  const { page } = bench;
  const started = performance.now();
  for (let number = 1; number <= ROUNDS; number += 1) {
    await round(page, number);
    const now = await snapshot(page);
    // A snapshot every round (a few seconds each), so the output shows whether what grows levels off.
    const { byKind, ...sizes } = await objectsInHeap();
    Object.assign(now, sizes);
    // Kinds are kept for the two snapshots compared at the end only.
    if (number === WARM_UP_ROUNDS || number === ROUNDS) now.byKind = byKind;
    if (number === WARM_UP_ROUNDS) warm = now;
    last = now;
    const mib = (bytes: number) => (bytes / 2 ** 20).toFixed(2);
    console.log(
      `    round ${String(number).padStart(2)}: ${((performance.now() - started) / 1000).toFixed(0)} s, heap ${mib(now.heap)} MiB (compiled code ${mib(now.code!)}, the rest ${mib(withoutCode(now))}), ${now.nodes} nodes, ${now.listeners} listeners, export ${exportMs.at(-1)!.toFixed(0)} ms, problems ${problems.length}`,
    );
  }
  if (warm && last) {
    console.log(
      `    after warm-up (round ${WARM_UP_ROUNDS}): the heap grew ${kib(last.heap - warm.heap)} KiB, of which V8's compiled code ${kib(last.code! - warm.code!)} KiB ` +
        '(the same functions optimised as they get hot: compilation, not state the app keeps; the budget counts the rest)',
    );
  }
  if (warm?.byKind && last?.byKind) for (const line of largestGrowth(warm.byKind, last.byKind)) console.log(`    grew after warm-up: ${line}`);
  for (const problem of problems) console.log(`    problem: ${problem}`);
  // Not counted as errors (the app never saw them), but worth a look when they appear.
  for (const line of bench.host.logLines.filter((l) => / (warn|error) /.test(l))) console.log(`    back-end log: ${line}`);
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const growth = (from: number, to: number) => ((to - from) / from) * 100;
const kib = (bytes: number) => (bytes / 1024).toFixed(1);
/** The JS heap (after GC) less V8's compiled code, both read at the same moment. */
function withoutCode(snapshot: Snapshot): number {
  return snapshot.heap - (snapshot.code ?? 0);
}
const required = (snapshot: Snapshot | null) => {
  if (!snapshot) throw new Error('soak: the soak did not run to the end');
  return snapshot;
};
/** The harness has no unit for plain counts, so the workload is reported as a share of what was planned. */
const performed = (count: number, planned: number) => (count / planned) * 100;
const operations = () => done.slideChanges + done.selections + done.autosaves + done.exports;

export default defineSuite({
  name: 'soak',
  async setup() {
    exportDir = mkdtempSync(path.join(tmpdir(), 'facet-soak-exports-'));
    bench = await openBenchPage();
    await watchForProblems(bench.page);
    cdp = await bench.page.context().newCDPSession(bench.page);
    await startConsultation(bench.page);
  },
  async teardown() {
    await cdp?.detach().catch(() => undefined);
    await bench?.close();
    if (exportDir) rmSync(exportDir, { recursive: true, force: true });
  },
  cases: [
    {
      name: `soak: ${ROUNDS} rounds (${PLANNED.slideChanges} slides, ${PLANNED.selections} regions, ${PLANNED.autosaves} autosaves, ${PLANNED.exports} exports)`,
      iterations: 1,
      warmupIterations: 0,
      budgetMedianMs: 10 * 60_000,
      run: soak,
    },
  ],
  metrics: [
    {
      name: 'soak: JS heap growth after warm-up, V8 compiled code excluded',
      unit: '%',
      budget: 5,
      measure: () => growth(withoutCode(required(warm)), withoutCode(required(last))),
    },
    { name: 'soak: JS heap growth after warm-up, compiled code included', unit: '%', measure: () => growth(required(warm).heap, required(last).heap) },
    { name: 'soak: V8 compiled code growth after warm-up', unit: 'bytes', measure: () => required(last).code! - required(warm).code! },
    { name: `soak: JS heap after round ${WARM_UP_ROUNDS} (after GC)`, unit: 'bytes', measure: () => required(warm).heap },
    { name: `soak: JS heap after round ${ROUNDS} (after GC)`, unit: 'bytes', measure: () => required(last).heap },
    { name: 'soak: heap objects growth after warm-up (snapshot, without compiled code)', unit: '%', measure: () => growth(required(warm).objects!, required(last).objects!) },
    { name: 'soak: DOM nodes growth after warm-up', unit: '%', measure: () => growth(required(warm).nodes, required(last).nodes) },
    // Errors as a share of the operations performed: any error at all is over the budget of 0.
    { name: 'soak: errors (page, console, IPC, CSP), % of operations', unit: '%', budget: 0, measure: () => (problems.length / Math.max(1, operations())) * 100 },
    { name: 'soak: export time, first', unit: 'ms', measure: () => exportMs[0]! },
    { name: 'soak: export time, last', unit: 'ms', measure: () => exportMs.at(-1)! },
    {
      name: 'soak: export time drift (median of last 5 vs first 5)',
      unit: '%',
      budget: 25,
      measure: () => growth(median(exportMs.slice(0, 5)), median(exportMs.slice(-5))),
    },
    { name: 'soak: autosave, note typed to draft on disk (median)', unit: 'ms', measure: () => median(autosaveMs) },
    { name: `soak: slide changes done, % of ${PLANNED.slideChanges}`, unit: '%', measure: () => performed(done.slideChanges, PLANNED.slideChanges) },
    { name: `soak: region selections done, % of ${PLANNED.selections}`, unit: '%', measure: () => performed(done.selections, PLANNED.selections) },
    { name: `soak: autosaves confirmed on disk, % of ${PLANNED.autosaves}`, unit: '%', measure: () => performed(done.autosaves, PLANNED.autosaves) },
    { name: `soak: exports saved, % of ${PLANNED.exports}`, unit: '%', measure: () => performed(done.exports, PLANNED.exports) },
  ],
});
