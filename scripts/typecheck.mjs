// Typechecks each layer with its own tsconfig (listed as references in tsconfig.json),
// so shared/ is checked without DOM or Node types and renderer/ without Node types.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const tsc = require.resolve('typescript/bin/tsc');
const { references } = JSON.parse(readFileSync(new URL('../tsconfig.json', import.meta.url), 'utf8'));

let failed = 0;
for (const { path } of references) {
  const started = performance.now();
  const result = spawnSync(process.execPath, [tsc, '-p', path, '--noEmit'], { stdio: 'inherit' });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`${result.status === 0 ? 'ok  ' : 'FAIL'} ${path} (${seconds}s)`);
  if (result.status !== 0) failed += 1;
}
process.exit(failed === 0 ? 0 : 1);
