import type { BenchPage } from '../browser-page';
import { longestTaskSince, openBenchPage } from '../browser-page';
import { defineSuite } from '../harness';

let bench: BenchPage;
let regions: { id: string; name: string }[] = [];
let next = 0;
const longTasksDuringAnimation: number[] = [];

/**
 * Click on a region to its panel's content on screen: measured in the page,
 * from the click to the first frame where the panel shows that region's name.
 */
async function clickToPanel(): Promise<number> {
  const region = regions[next % regions.length]!;
  next += 1;
  const { elapsed, clickedAt } = await bench.page.evaluate(async ({ id, name }) => {
    const target = document.querySelector(`[data-region="${id}"]`)!;
    const clickedAt = performance.now();
    target.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    return new Promise<{ elapsed: number; clickedAt: number }>((resolve) => {
      const check = () => {
        const title = document.querySelector('.region-panel h2');
        const panel = title?.closest('.region-panel');
        if (title?.textContent === name && panel && Number(getComputedStyle(panel).opacity) > 0) {
          resolve({ elapsed: performance.now() - clickedAt, clickedAt });
        } else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });
  }, region);
  // Let the 220 ms entrance animation finish, then look for long tasks during it.
  await bench.page.waitForTimeout(300);
  longTasksDuringAnimation.push(await longestTaskSince(bench.page, clickedAt));
  return elapsed;
}

export default defineSuite({
  name: 'face diagram',
  async setup() {
    bench = await openBenchPage();
    await bench.page.getByRole('button', { name: /Face diagram/ }).click();
    await bench.page.locator('.face-region').first().waitFor();
    regions = await bench.page.locator('.face-region').evaluateAll((paths) =>
      paths.map((p) => ({ id: p.getAttribute('data-region')!, name: p.getAttribute('aria-label')! })),
    );
  },
  async teardown() {
    await bench.close();
  },
  cases: [{ name: 'click region to panel content visible', iterations: 46, warmupIterations: 4, budgetMedianMs: 50, run: clickToPanel }],
  metrics: [{ name: 'longest task during panel animation', unit: 'ms', budget: 50, measure: () => Math.max(0, ...longTasksDuringAnimation) }],
});
