import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { loadContent } from '../../main/services/content/load';
import { defineSuite } from '../harness';

const BUILT_IN = path.resolve(__dirname, '../../assets/content/en');
const ROOT = path.resolve(__dirname, '../..');

/**
 * Cold: a fresh Node process loads and validates the pack once (module loading
 * excluded: the time is measured inside the process around loadContent).
 */
function coldLoadMs(): number {
  const script = `
    const { loadContent } = require('./main/services/content/load.ts');
    const started = performance.now();
    loadContent({ builtIn: ${JSON.stringify(BUILT_IN)}, override: null }).then((result) => {
      if (!result.pack || result.problems.length > 0) throw new Error('the default pack did not load cleanly');
      process.stdout.write(String(performance.now() - started));
    });`;
  const child = spawnSync(process.execPath, ['--import', 'tsx', '-e', script], { cwd: ROOT, encoding: 'utf8' });
  if (child.status !== 0) throw new Error(child.stderr);
  return Number(child.stdout);
}

export default defineSuite({
  name: 'content pack',
  cases: [
    {
      name: 'load + validate default pack (warm)',
      iterations: 100,
      warmupIterations: 20,
      budgetMedianMs: 30,
      run: async () => {
        const result = await loadContent({ builtIn: BUILT_IN, override: null });
        if (!result.pack) throw new Error('the default pack did not load');
      },
    },
    {
      name: 'load + validate default pack (cold, fresh process)',
      iterations: 10,
      warmupIterations: 1,
      budgetMedianMs: 150,
      run: () => coldLoadMs(),
    },
  ],
});
