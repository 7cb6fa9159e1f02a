// Adds up the unit/dom (vitest) and e2e (Playwright) results into one closing line.
import { readFileSync } from 'node:fs';

const read = (file) => JSON.parse(readFileSync(new URL(`../test-results/${file}`, import.meta.url), 'utf8'));

const vitest = read('vitest.json');
const playwright = read('playwright.json').stats;

const passed = vitest.numPassedTests + playwright.expected;
const failed = vitest.numFailedTests + playwright.unexpected + playwright.flaky;
const skipped = vitest.numPendingTests + vitest.numTodoTests + playwright.skipped;

console.log(`unit+dom: ${vitest.numPassedTests} passed, ${vitest.numFailedTests} failed; e2e: ${playwright.expected} passed, ${playwright.unexpected} failed, ${playwright.skipped} skipped`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed === 0 ? 0 : 1);
