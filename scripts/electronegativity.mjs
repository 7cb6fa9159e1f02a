// npm run security:scan: Doyensec's Electronegativity over what Facet ships and over main/'s sources.
//
// Two scans, each one Electronegativity run, so its whole-app checks (CSP, navigation limits,
// permission handler) judge one application at a time:
//   out/   the freshly built app as electron-builder packs it: out/main, out/preload,
//          out/renderer and package.json. Bundling turns `new BrowserWindow` into
//          `new electron.BrowserWindow`, which the window checks do not recognise, so:
//   main/  the TypeScript sources of the main process, where those checks do fire.
// Any finding not listed in scripts/electronegativity-exceptions.json (check id + file)
// fails the scan, and so does an exception that no longer matches anything, a file the
// tool could not parse (it would go unscanned), and an inline `eng-disable` comment
// (exceptions live in the JSON file only).
//
// Offline by construction: the tool fetches translations from S3 on every run, and one
// check (AvailableSecurityFixesGlobalCheck, fed by ElectronVersionJSONCheck) downloads
// Electron's release list from GitHub. The first is answered locally with a refusal, the
// pair is not run, and any other attempt to open a connection stops the scan.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const EXCEPTIONS_FILE = path.join(ROOT, 'scripts', 'electronegativity-exceptions.json');
const BUILT_FOLDERS = ['main', 'preload', 'renderer'];
const NOT_RUN = ['AvailableSecurityFixesGlobalCheck', 'ElectronVersionJSONCheck'];
/** The files Electronegativity reads (its own rule, repeated here to count them and look for eng-disable). */
const SCANNED = /\.(js|jsx|ts|tsx|html|htm)$|(^|[\\/])(package\.json|package-lock\.json|yarn\.lock)$/i;

const require = createRequire(import.meta.url);
const started = performance.now();
const problems = [];

const electronVersion = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).devDependencies?.electron;
if (!/^\d+\.\d+\.\d+$/.test(electronVersion ?? '')) fail(`package.json must pin electron to an exact version (found "${electronVersion}")`);

build();
const exceptions = readExceptions();
const stage = stageBuiltApp();
let findings;
try {
  const run = loadElectronegativityOffline();
  findings = [
    ...(await scan(run, { label: 'out/', input: stage, prefix: '' })),
    ...(await scan(run, { label: 'main/', input: path.join(ROOT, 'main'), prefix: 'main/' })),
  ];
} finally {
  rmSync(stage, { recursive: true, force: true });
}

const excepted = (finding) => exceptions.find((e) => e.check === finding.check && e.file === finding.file);
const rows = findings.map((finding) => ({ ...finding, exception: excepted(finding) }));
printTable(rows);

const fresh = rows.filter((row) => !row.exception);
for (const row of fresh) problems.push(`${row.check} in ${row.file}${row.line ? `:${row.line}` : ''} is not in the exceptions: fix the code, or add it with a reason`);
for (const exception of exceptions) {
  if (!rows.some((row) => row.exception === exception)) {
    problems.push(`the exception for ${exception.check} in ${exception.file} matches nothing any more: remove it from ${path.relative(ROOT, EXCEPTIONS_FILE)}`);
  }
}

const seconds = ((performance.now() - started) / 1000).toFixed(1);
const version = require('@doyensec/electronegativity/package.json').version;
console.log(
  `\nElectronegativity ${version}, Electron ${electronVersion}, offline: ${rows.length} findings, ${rows.length - fresh.length} excepted, ${fresh.length} new (${seconds}s).`,
);
console.log(`Not run (they download Electron's release list): ${NOT_RUN.join(', ')}.`);
if (problems.length > 0) {
  console.error(`\nSecurity scan FAILED:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
console.log('Security scan passed.');

/** Builds out/ with electron-vite, so the scan always sees the current code. */
function build() {
  const bin = path.join(path.dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js');
  const result = spawnSync(process.execPath, [bin, 'build'], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) {
    process.stdout.write(result.stdout ?? '');
    process.stderr.write(result.stderr ?? '');
    fail('electron-vite build failed');
  }
  for (const folder of BUILT_FOLDERS) {
    if (!existsSync(path.join(ROOT, 'out', folder))) fail(`the build did not produce out/${folder}`);
  }
}

/** The packaged app's file layout (electron-builder.yml packs out/** and package.json). */
function stageBuiltApp() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'facet-electronegativity-'));
  for (const folder of BUILT_FOLDERS) cpSync(path.join(ROOT, 'out', folder), path.join(dir, 'out', folder), { recursive: true });
  copyFileSync(path.join(ROOT, 'package.json'), path.join(dir, 'package.json'));
  return dir;
}

function readExceptions() {
  const { exceptions: list } = JSON.parse(readFileSync(EXCEPTIONS_FILE, 'utf8'));
  if (!Array.isArray(list)) fail(`${EXCEPTIONS_FILE} must hold { "exceptions": [...] }`);
  for (const entry of list) {
    const complete = ['check', 'file', 'justification'].every((key) => typeof entry?.[key] === 'string' && entry[key].trim() !== '');
    if (!complete) fail(`every exception needs a check, a file and a justification: ${JSON.stringify(entry)}`);
  }
  return list;
}

function loadElectronegativityOffline() {
  const toolRoot = path.dirname(require.resolve('@doyensec/electronegativity/package.json'));
  const toolRequire = createRequire(path.join(toolRoot, 'package.json'));

  // Its only network client is `got` (translations, release list): answer from here, at once.
  const gotPath = toolRequire.resolve('got');
  const refusal = () => Promise.reject(new Error('Facet scans offline'));
  refusal.head = refusal;
  const stub = new Module(gotPath);
  Object.assign(stub, { filename: gotPath, loaded: true, exports: refusal });
  require.cache[gotPath] = stub;

  // Anything else that tries to connect stops the scan instead of waiting on a network that is not there.
  const connect = net.Socket.prototype.connect;
  net.Socket.prototype.connect = function guardedConnect(...args) {
    const target = args[0];
    const local = typeof target === 'string' || (typeof target === 'object' && target !== null && 'path' in target);
    if (!local) throw new Error('Electronegativity tried to open a network connection; the scan must stay offline');
    return connect.apply(this, args);
  };

  // The renderer bundle has class private fields (#x). The tool's Babel setup leaves them as
  // PrivateName nodes that its tree walker rejects, so the whole bundle would go unscanned;
  // Babel's own estree option turns them into the standard PrivateIdentifier nodes it can walk.
  const { Parser } = toolRequire('./dist/parser/parser.js');
  const parseBabel = Parser.prototype.parseBabel;
  Parser.prototype.parseBabel = function parseBabelWithClassFeatures(content) {
    this.babelPlugins = this.babelPlugins.map((plugin) => (plugin === 'estree' ? ['estree', { classFeatures: true }] : plugin));
    return parseBabel.call(this, content);
  };

  process.env.LANG = 'en-US';
  return toolRequire('./dist/runner.js');
}

async function scan(run, { label, input, prefix }) {
  const files = listFiles(input);
  for (const file of files) {
    if (/eng-disable/i.test(readFileSync(file, 'utf8'))) {
      problems.push(`${prefix}${path.relative(input, file)} has an eng-disable comment: list the exception in the JSON file instead`);
    }
  }
  const log = console.log;
  console.log = (...args) => {
    if (!String(args[0]).startsWith('Could not retrieve updated translations')) log(...args);
  };
  let result;
  try {
    result = await run(
      {
        input,
        electronVersionOverride: electronVersion,
        excludeFromScan: NOT_RUN,
        customScan: [],
        isRelative: true,
        parserPlugins: [],
      },
      false,
    );
  } finally {
    console.log = log;
  }
  for (const error of result.errors) {
    const where = `${prefix}${path.relative(input, error.file)}`;
    if (error.tolerable) console.warn(`warning: ${where}: ${error.message}`);
    else problems.push(`${where} could not be parsed, so it was not scanned: ${error.message}`);
  }
  console.log(`${label.padEnd(6)} ${files.length} files, ${result.atomicChecks} atomic + ${result.globalChecks} global checks, ${result.issues.length} findings`);
  return result.issues.map((issue) => ({
    scan: label,
    check: issue.id,
    // Whole-app findings have no file: they are about everything this scan saw.
    file: issue.file === 'N/A' ? label : `${prefix}${issue.file.split(path.sep).join('/')}`,
    line: issue.file === 'N/A' ? null : issue.location.line,
    severity: issue.severity.name,
    confidence: issue.confidence.name,
    review: Boolean(issue.manualReview),
    description: issue.description,
  }));
}

function listFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath ?? entry.path, entry.name))
    .filter((file) => !file.includes('node_modules') && SCANNED.test(file));
}

function printTable(list) {
  if (list.length === 0) {
    console.log('\nNo findings.');
    return;
  }
  const header = ['status', 'check', 'severity / confidence', 'where', 'what'];
  const body = list.map((row) => [
    row.exception ? 'excepted' : 'NEW',
    row.check,
    `${row.severity} / ${row.confidence}${row.review ? ' (review)' : ''}`,
    row.line ? `${row.file}:${row.line}` : row.file,
    row.description,
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...body.map((cells) => cells[column].length)));
  const line = (cells) => cells.map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column]))).join('  ');
  console.log(`\n${line(header)}\n${line(widths.map((width) => '-'.repeat(width)))}`);
  for (const cells of body) console.log(line(cells));
  for (const row of list.filter((r) => r.exception)) console.log(`  excepted ${row.check} in ${row.file}: ${row.exception.justification}`);
}

function fail(message) {
  console.error(`Security scan FAILED: ${message}`);
  process.exit(1);
}
