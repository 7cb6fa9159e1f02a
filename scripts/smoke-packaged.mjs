// npm run smoke:packaged: the packaged app, end to end, wherever an Electron binary exists.
// Builds the unpacked app in the smoke-test mode (the only build that accepts a DevTools port and
// saves the summary without a dialog, see main/startup-guards.ts), launches it with a temporary
// data folder, checks the first screen, starts a consultation, exports the summary PDF over CDP,
// closes the window and checks the app exits 0 within a few seconds. Without a binary (offline
// installs) it says why and exits 0, or 1 with --strict.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, readSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { findElectron } from './lib/electron-binary.mjs';
import {
  devToolsEndpoint,
  displayProblem,
  findUnpackedExecutable,
  parseSmokeArgs,
  quitVerdict,
  smokeBuilderConfig,
  smokeDecision,
  USAGE,
} from './lib/smoke-packaged.mjs';
import { checkStart, gatherStartFacts } from './lib/start-check.mjs';

const projectRoot = path.resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const HOME_HEADING = 'Consultations, explained clearly.';
const PATIENT = 'Smoke Test';
/** Closing waits at most 3 s for the page's last save and 1 s for the log; the rest is margin. */
const QUIT_LIMIT_MS = 8000;
const STEP_TIMEOUT_MS = 30_000;

/** Thrown for a failed check: its message is the whole report. */
class SmokeFailure extends Error {}

function say(line) {
  process.stdout.write(`${line}\n`);
}

function binOf(pkg, name) {
  const manifest = require.resolve(`${pkg}/package.json`);
  return path.join(path.dirname(manifest), JSON.parse(readFileSync(manifest, 'utf8')).bin[name]);
}

/** Runs a build step with its output shown; fails the smoke test if it fails. */
function runStep(label, args, env = process.env) {
  const started = Date.now();
  say(`• ${label}…`);
  const result = spawnSync(process.execPath, args, { cwd: projectRoot, env, stdio: 'inherit' });
  if (result.status !== 0) throw new SmokeFailure(`${label} failed (exit ${result.status ?? result.signal})`);
  say(`✓ ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

async function smokeTest(options) {
  const electron = findElectron(projectRoot);
  const decision = smokeDecision(electron, options);
  if (decision.action !== 'run') {
    (decision.action === 'skip' ? process.stdout : process.stderr).write(`${decision.message}\n`);
    return decision.action === 'skip' ? 0 : 1;
  }
  const noDisplay = displayProblem(process.platform, process.env);
  if (noDisplay) {
    process.stderr.write(`Packaged-app smoke test FAILED: ${noDisplay}\n`);
    return 1;
  }

  const work = mkdtempSync(path.join(tmpdir(), 'facet-smoke-'));
  let app = null;
  try {
    // Root is refused whatever gets built, so say so before spending a build on it.
    refuseUnlaunchable(electron.binary, options, ['root']);
    const executable = buildUnpackedApp(work, electron.distDir);
    refuseUnlaunchable(executable, options);
    app = launch(executable, work, options);
    const endpoint = await waitForEndpoint(app);
    say(`✓ launched ${path.relative(projectRoot, executable)} with a temporary data folder; DevTools at ${endpoint}`);
    await drive(app, endpoint, path.join(work, 'exports'));
    say('Packaged-app smoke test passed.');
    return 0;
  } catch (error) {
    const report = error instanceof SmokeFailure ? error.message : String(error?.stack ?? error);
    process.stderr.write(`Packaged-app smoke test FAILED: ${report}\n`);
    if (app?.output()) process.stderr.write(`--- the app's output ---\n${app.output().slice(-4000)}\n`);
    return 1;
  } finally {
    if (app && app.child.exitCode === null && app.child.signalCode === null) app.child.kill('SIGKILL');
    if (options.keep) say(`Kept the build and data folders in ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

/** electron-vite in smoke mode into a temporary folder, then electron-builder --dir from it. */
function buildUnpackedApp(work, electronDist) {
  const bundleDir = path.join(work, 'out');
  const outputDir = path.join(work, 'dist');
  runStep('bundle in smoke mode (electron-vite build --mode smoke)', [binOf('electron-vite', 'electron-vite'), 'build', '--mode', 'smoke', '--outDir', bundleDir]);

  const base = parseYaml(readFileSync(path.join(projectRoot, 'electron-builder.yml'), 'utf8'));
  const configFile = path.join(work, 'electron-builder.smoke.json');
  writeFileSync(configFile, JSON.stringify(smokeBuilderConfig(base, { bundleDir, outputDir, electronDist }), null, 2));
  // Never signed with a real identity: this build accepts a DevTools port and must not pass for a release.
  const env = { ...process.env, CSC_IDENTITY_AUTO_DISCOVERY: 'false' };
  runStep('package the unpacked app (electron-builder --dir)', [binOf('electron-builder', 'electron-builder'), '--dir', '--publish', 'never', '--config', configFile], env);

  const pkg = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8'));
  const executable = findUnpackedExecutable({
    platform: process.platform,
    outputDir,
    name: pkg.name,
    productName: pkg.productName ?? pkg.name,
    list: (dir) => (existsSync(dir) ? readdirSync(dir) : []),
    exists: existsSync,
  });
  if (!executable) throw new SmokeFailure(`no unpacked app found in ${outputDir} (entries: ${existsSync(outputDir) ? readdirSync(outputDir).join(', ') : 'none'})`);
  return executable;
}

/** The same checks as npm start, on the packaged app's own binary and sandbox helper (or only the `kinds` given). */
function refuseUnlaunchable(executable, options, kinds = ['root', 'sandbox-helper']) {
  const facts = gatherStartFacts({
    projectRoot,
    args: options.noSandbox ? ['--noSandbox'] : [],
    env: {},
    electron: { binary: executable, distDir: path.dirname(executable) },
    command: 'npm run smoke:packaged',
    noSandboxHint: 'npm run smoke:packaged -- --no-sandbox',
  });
  const verdict = checkStart(facts);
  if (verdict.ok || !kinds.includes(verdict.kind)) return;
  if (verdict.kind === 'sandbox-helper') {
    // Its helper is rebuilt on every run, so the chmod or AppArmor fix for npm start would not last.
    throw new SmokeFailure(
      `${verdict.message.split('\n').slice(0, 3).join('\n')}\nThe smoke build is new each run: pass --no-sandbox (npm run smoke:packaged -- --no-sandbox); it only ever opens a temporary data folder.`,
    );
  }
  throw new SmokeFailure(verdict.message);
}

function launch(executable, work, options) {
  const args = ['--remote-debugging-port=0', ...(options.noSandbox ? ['--no-sandbox'] : [])];
  const dataDir = path.join(work, 'data');
  const env = { ...process.env, FACET_USER_DATA_DIR: dataDir, FACET_SMOKE_EXPORT_FOLDER: path.join(work, 'exports') };
  mkdirSync(env.FACET_SMOKE_EXPORT_FOLDER);
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(executable, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal, at: Date.now() })));
  return { child, exited, dataDir, output: () => output };
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitForEndpoint(app) {
  const deadline = Date.now() + STEP_TIMEOUT_MS;
  let ended = null;
  void app.exited.then((outcome) => (ended = outcome));
  while (Date.now() < deadline) {
    const activePort = path.join(app.dataDir, 'DevToolsActivePort');
    const endpoint = devToolsEndpoint(app.output(), existsSync(activePort) ? readFileSync(activePort, 'utf8') : null);
    if (endpoint) return endpoint;
    if (ended) throw new SmokeFailure(`the app exited (code ${ended.code}, signal ${ended.signal}) before opening its DevTools port`);
    await sleep(100);
  }
  throw new SmokeFailure(`the app printed no DevTools address within ${STEP_TIMEOUT_MS} ms`);
}

/** Each check in turn; a failing one names itself. */
async function check(label, action) {
  try {
    await action();
  } catch (error) {
    throw new SmokeFailure(`${label}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
  say(`✓ ${label}`);
}

async function drive(app, endpoint, exportFolder) {
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.connectOverCDP(endpoint, { timeout: STEP_TIMEOUT_MS });
  try {
    let page = null;
    await check('the window shows app://facet', async () => {
      const deadline = Date.now() + STEP_TIMEOUT_MS;
      while (!page && Date.now() < deadline) {
        page = browser.contexts().flatMap((context) => context.pages()).find((candidate) => candidate.url().startsWith('app://facet/')) ?? null;
        if (!page) await sleep(100);
      }
      if (!page) throw new Error(`no page on app://facet/ (pages: ${browser.contexts().flatMap((c) => c.pages().map((p) => p.url())).join(', ') || 'none'})`);
    });
    page.setDefaultTimeout(STEP_TIMEOUT_MS);
    await check(`the first screen: heading “${HOME_HEADING}”`, async () => {
      await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
      await page.getByRole('heading', { level: 1, name: HOME_HEADING }).waitFor();
    });
    await check('a consultation starts', async () => {
      await page.getByRole('button', { name: /Start a consultation/ }).click();
      await page.getByLabel('Patient’s name').fill(PATIENT);
      await page.getByRole('button', { name: 'Start consultation' }).click();
      await page.getByRole('heading', { level: 1, name: PATIENT }).waitFor();
    });
    await check('the summary PDF is exported (FACET_SMOKE_EXPORT_FOLDER, no dialog)', async () => {
      await page.getByRole('button', { name: 'Review the summary' }).click();
      await page.getByRole('button', { name: /^Export/ }).click();
      await page.getByText('Saved in').waitFor();
      const pdfName = readdirSync(exportFolder).find((name) => name.startsWith('Facet summary - ') && name.endsWith('.pdf'));
      if (!pdfName) throw new Error(`no summary PDF in ${exportFolder}`);
      const pdfPath = path.join(exportFolder, pdfName);
      const head = Buffer.alloc(5);
      const fd = openSync(pdfPath, 'r');
      readSync(fd, head, 0, 5, 0);
      closeSync(fd);
      if (head.toString('latin1') !== '%PDF-') throw new Error(`${pdfPath} does not start with %PDF- (starts with ${JSON.stringify(head.toString('latin1'))})`);
    });
    await check(`closing the window quits the app with code 0 within ${QUIT_LIMIT_MS / 1000} s`, async () => {
      const closing = Date.now();
      // The DevTools connection drops as the app exits, so the close may not answer.
      void page.close().catch(() => undefined);
      const outcome = await Promise.race([app.exited, sleep(QUIT_LIMIT_MS + 2000).then(() => ({ code: null, signal: null, at: Date.now() }))]);
      const verdict = quitVerdict({ code: outcome.code, signal: outcome.signal, elapsedMs: outcome.at - closing, limitMs: QUIT_LIMIT_MS });
      if (!verdict.ok) throw new Error(verdict.message);
    });
  } finally {
    await browser.close().catch(() => undefined);
  }
}

// Last, once every class and constant above exists.
const options = parseSmokeArgs(process.argv.slice(2));
if ('error' in options) {
  process.stderr.write(`${options.error}\n`);
  process.exitCode = 2;
} else if (options.help) {
  process.stdout.write(`${USAGE}\n`);
} else {
  process.exitCode = await smokeTest(options);
}
