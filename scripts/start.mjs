// npm start: checks that Electron can launch here, then runs `electron-vite preview` (build, then
// open the app) exactly as if it had been called directly. Where launching would crash (no binary,
// root, Ubuntu 23.10+'s AppArmor with an unset sandbox helper) it prints the fix and exits 1 instead.
// The check never adds --no-sandbox itself: the sandbox is what keeps a page away from patient data.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { passThrough } from './lib/pass-through.mjs';
import { checkStart, gatherStartFacts } from './lib/start-check.mjs';

const projectRoot = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
// electron-vite runs ELECTRON_EXEC_PATH when it is set, so that is the binary to check then.
const execPath = process.env.ELECTRON_EXEC_PATH;
const given = execPath && (existsSync(execPath) ? { binary: execPath, distDir: path.dirname(execPath) } : { missing: `no Electron binary at ELECTRON_EXEC_PATH=${execPath}` });
const facts = gatherStartFacts({ projectRoot, args, command: 'npm start', noSandboxHint: 'npm start -- --noSandbox', ...(given ? { electron: given } : {}) });
const verdict = checkStart(facts);

if (!verdict.ok) {
  // exitCode, not exit(): the message must be fully written first (pipes are asynchronous on macOS).
  process.stderr.write(`${verdict.message}\n`);
  process.exitCode = 1;
} else {
  if (verdict.warning) process.stderr.write(`${verdict.warning}\n`);
  process.exitCode = await launch(facts.electron.binary);
}

/** electron-vite preview with the developer's arguments; resolves with its exit code. */
function launch(binary) {
  const electronVite = path.join(path.dirname(createRequire(import.meta.url).resolve('electron-vite/package.json')), 'bin', 'electron-vite.js');
  // electron-vite finds Electron through path.txt only; ELECTRON_EXEC_PATH makes it use the binary
  // found above, so ELECTRON_OVERRIDE_DIST_PATH works for npm start as it does for the tests.
  const env = { ...process.env, ELECTRON_EXEC_PATH: binary };
  return passThrough({ command: process.execPath, args: [electronVite, 'preview', ...args], env });
}
