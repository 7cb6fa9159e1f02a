import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { parse } from 'yaml';
import { expectNoSeriousAxeViolations } from './axe';
import { BUILT_IN_CONTENT_DIR, HOST_URL } from './browser-host';
import { expect, saveScreenshot, test } from './fixtures';

interface SlideEntry {
  id: string;
  kind: string;
  title: string;
  bullets?: string[];
  rows?: unknown[];
  steps?: unknown[];
  treatments?: unknown[];
  items?: unknown[];
}
const slides = (parse(readFileSync(path.join(BUILT_IN_CONTENT_DIR, 'slides.yaml'), 'utf8')) as { slides: SlideEntry[] }).slides;
const stepsOf = (s: SlideEntry) => s.bullets?.length ?? s.rows?.length ?? s.steps?.length ?? s.treatments?.length ?? s.items?.length ?? 1;

async function openDeck(app: Page) {
  await app.getByRole('button', { name: /Present the treatments/ }).click();
  await expect(stage(app)).toBeVisible();
}
/** The slide now showing: a slide on its way out is hidden from screen readers, so roles see only this one. */
const stage = (app: Page) => app.getByRole('main').getByRole('region', { name: /^Slide \d+ of \d+: / });
const current = stage;
const currentTitle = (app: Page) => current(app).getByRole('heading', { level: 2 });
/** The presenter's copy of the current slide. */
const presenterTitle = (presenter: Page) => presenter.getByRole('region', { name: /^Current slide: / }).getByRole('heading', { level: 2 });

test.describe('consultation deck', () => {
  test('walks the whole default deck with the keyboard, step by step, saving each slide', async ({ app, pageProblems }) => {
    await app.setViewportSize({ width: 1920, height: 1080 });
    await openDeck(app);
    for (const [index, slide] of slides.entries()) {
      await expect(currentTitle(app)).toHaveText(slide.title);
      await expect(app.getByRole('main').getByText(`Slide ${index + 1} / ${slides.length}`, { exact: true })).toBeVisible();
      for (let step = 1; step < stepsOf(slide); step += 1) await app.keyboard.press('ArrowRight');
      await saveScreenshot(app, `deck-${String(index + 1).padStart(2, '0')}-${slide.id}`);
      if (index < slides.length - 1) await app.keyboard.press(index % 2 === 0 ? 'PageDown' : 'Space');
    }
    expect(pageProblems).toEqual([]);
  });

  test('body text is at least 28 px on a 1920x1080 screen', async ({ app }) => {
    await app.setViewportSize({ width: 1920, height: 1080 });
    await openDeck(app);
    await app.keyboard.press('PageDown');
    const bulletSize = await current(app).getByRole('listitem').first().evaluate((li) => parseFloat(getComputedStyle(li).fontSize));

    expect(bulletSize).toBeGreaterThanOrEqual(28);
  });

  test('reveals bullets one at a time, and going back shows the previous slide complete', async ({ app }) => {
    await openDeck(app);
    await app.keyboard.press('ArrowRight');
    // Bullets not yet revealed are hidden from screen readers: include them to check which are.
    const bullets = current(app).getByRole('listitem', { includeHidden: true });
    await expect(bullets.nth(0)).toHaveAttribute('aria-hidden', 'false');
    await expect(bullets.nth(1)).toHaveAttribute('aria-hidden', 'true');
    await app.keyboard.press('n');
    await expect(bullets.nth(1)).toHaveAttribute('aria-hidden', 'false');

    await app.keyboard.press('End');
    await app.keyboard.press('p');
    await expect(currentTitle(app)).toHaveText(slides.at(-2)!.title);
    await expect(current(app).locator('[aria-hidden="true"]')).toHaveCount(0);
  });

  test('Home, End and typing a number with Enter jump', async ({ app }) => {
    await openDeck(app);
    await app.keyboard.press('End');
    await expect(currentTitle(app)).toHaveText(slides.at(-1)!.title);
    await app.keyboard.press('Home');
    await expect(currentTitle(app)).toHaveText(slides[0]!.title);
    await app.keyboard.type('9');
    await expect(app.getByRole('status').filter({ hasText: 'Go to slide 9' })).toBeVisible();
    await app.keyboard.press('Enter');
    await expect(currentTitle(app)).toHaveText(slides[8]!.title);
    await app.keyboard.type('12');
    await app.keyboard.press('Enter');
    await expect(currentTitle(app)).toHaveText(slides[11]!.title);
  });

  test('O opens the overview; choosing a thumbnail jumps; Escape closes it', async ({ app }) => {
    await openDeck(app);
    await app.keyboard.press('o');
    const overview = app.getByRole('dialog', { name: 'All slides' });
    await expect(overview.getByRole('button')).toHaveCount(slides.length);
    await saveScreenshot(app, 'deck-overview');
    await expectNoSeriousAxeViolations(app);
    await overview.getByRole('button', { name: `Slide 5: ${slides[4]!.title}` }).click();
    await expect(overview).toHaveCount(0);
    await expect(currentTitle(app)).toHaveText(slides[4]!.title);

    await app.keyboard.press('Escape');
    await expect(overview).toBeVisible();
    await app.keyboard.press('ArrowRight');
    await app.keyboard.press('Enter');
    await expect(currentTitle(app)).toHaveText(slides[5]!.title);
  });

  test('B blanks the screen and any key brings it back without moving on', async ({ app }) => {
    await openDeck(app);
    await app.keyboard.press('b');
    await expect(app.getByRole('status', { name: /Screen blanked/ })).toBeVisible();
    await app.keyboard.press('x');
    await expect(app.getByRole('status', { name: /Screen blanked/ })).toHaveCount(0);
    await expect(currentTitle(app)).toHaveText(slides[0]!.title);
  });

  test('jumps to the face diagram and back without losing the place', async ({ app }) => {
    await openDeck(app);
    await app.keyboard.type('7');
    await app.keyboard.press('Enter');
    await app.keyboard.press('ArrowRight');
    await app.keyboard.press('d');
    await expect(app.getByRole('group', { name: /Front view of a face/ })).toBeVisible();
    await app.getByRole('button', { name: 'Back to slides' }).click();

    await expect(currentTitle(app)).toHaveText(slides[6]!.title);
    await expect(current(app).locator('[aria-current="step"]')).toContainText('2');
  });

  test('swipes left and right on a touch screen', async ({ app }) => {
    await openDeck(app);
    const box = (await stage(app).boundingBox())!;
    const swipe = async (fromX: number, toX: number) => {
      const y = box.y + box.height / 2;
      await stage(app).dispatchEvent('pointerdown', { pointerType: 'touch', clientX: fromX, clientY: y, bubbles: true });
      await stage(app).dispatchEvent('pointerup', { pointerType: 'touch', clientX: toX, clientY: y, bubbles: true });
    };
    await swipe(box.x + box.width * 0.8, box.x + box.width * 0.2);
    await expect(currentTitle(app)).toHaveText(slides[1]!.title);
    await swipe(box.x + box.width * 0.2, box.x + box.width * 0.8);
    await expect(currentTitle(app)).toHaveText(slides[0]!.title);
  });

  test('with reduced motion no animation runs when changing slides', async ({ app }) => {
    await app.emulateMedia({ reducedMotion: 'reduce' });
    await openDeck(app);
    for (let i = 0; i < 8; i += 1) {
      await app.keyboard.press('PageDown');
      const running = await app.evaluate(() =>
        document
          .getAnimations()
          .filter((a) => a.playState === 'running')
          .map((a) => `${(a.effect as KeyframeEffect | null)?.target?.className ?? '?'} ${(a as CSSTransition).transitionProperty ?? ''}`),
      );
      const frames = await app.evaluate(
        () =>
          new Promise<string[]>((resolve) => {
            const seen: string[] = [];
            const sample = () => {
              const frame = document.querySelector('main .slide-frame');
              seen.push(frame ? `${getComputedStyle(frame).opacity}|${getComputedStyle(frame).transform}` : 'none');
              if (seen.length < 4) requestAnimationFrame(sample);
              else resolve(seen);
            };
            requestAnimationFrame(sample);
          }),
      );
      expect(running).toEqual([]);
      expect(new Set(frames)).toEqual(new Set(['1|none']));
    }
  });

  test('the in-app “Reduce motion” switch stops animations too', async ({ app }) => {
    await openDeck(app);
    await app.getByRole('button', { name: 'Reduce motion' }).click();
    await expect(app.getByRole('button', { name: 'Reduce motion' })).toHaveAttribute('aria-pressed', 'true');
    await app.locator('body').click({ position: { x: 5, y: 400 } });
    await app.keyboard.press('PageDown');
    const opacity = await app.evaluate(() => getComputedStyle(document.querySelector('main .slide-frame')!).opacity);
    expect(opacity).toBe('1');
  });

  test('has no serious accessibility violations on any kind of slide', async ({ app }) => {
    await openDeck(app);
    const seen = new Set<string>();
    for (const [index, slide] of slides.entries()) {
      if (!seen.has(slide.kind)) {
        seen.add(slide.kind);
        await app.keyboard.type(String(index + 1));
        await app.keyboard.press('Enter');
        await expect(currentTitle(app)).toHaveText(slide.title);
        await expectNoSeriousAxeViolations(app);
      }
    }
    expect(seen.size).toBe(9);
  });
});

test.describe('presenter view', () => {
  test('shows current slide, next slide, notes and a clock, in step with the audience view both ways', async ({ app, host, context }) => {
    await openDeck(app);
    await app.getByRole('button', { name: 'Presenter view' }).click();
    expect(host.presenterRequests.count).toBe(1);

    // The presenter window is the same app at #presenter, in the same browser session.
    const presenter = await context.newPage();
    await presenter.goto(`${HOST_URL}#presenter`);
    await expect(presenter.getByText('Presenter view')).toBeVisible();
    await expect(presenter.getByRole('region', { name: 'Notes' })).toContainText(/\w{10,}/);
    await expect(presenter.getByRole('region', { name: 'Next slide' })).toBeVisible();
    await expect(presenter.locator('time')).toHaveText(/^\d+:\d\d$/);

    await app.bringToFront();
    await app.keyboard.press('PageDown');
    await expect(presenter.getByText(`Slide 2 of ${slides.length}`)).toBeVisible();
    await expect(presenterTitle(presenter)).toHaveText(slides[1]!.title);

    await presenter.getByRole('button', { name: 'Next ›' }).click();
    await presenter.getByRole('button', { name: 'Next ›' }).click();
    await expect(presenter.getByText(`Slide 2 of ${slides.length}`)).toBeVisible();
    await expect(current(app).getByRole('listitem', { includeHidden: true }).nth(2)).toHaveAttribute('aria-hidden', 'false');
    await presenter.keyboard.press('End');
    await expect(currentTitle(app)).toHaveText(slides.at(-1)!.title);
    await saveScreenshot(presenter, 'presenter-view');
    await expectNoSeriousAxeViolations(presenter);
  });

  test('a presenter view opened mid-deck starts where the audience is, without moving it', async ({ app, context }) => {
    await openDeck(app);
    await app.keyboard.type('5');
    await app.keyboard.press('Enter');
    await expect(currentTitle(app)).toHaveText(slides[4]!.title);

    const presenter = await context.newPage();
    await presenter.goto(`${HOST_URL}#presenter`);

    await expect(presenter.getByText(new RegExp(`^Slide 5 of \\d+$`))).toBeVisible();
    await expect(presenterTitle(presenter)).toHaveText(slides[4]!.title);
    await expect(currentTitle(app)).toHaveText(slides[4]!.title);
  });

  test('an audience window that reloads picks up the slide the presenter is on', async ({ app, context }) => {
    await openDeck(app);
    const presenter = await context.newPage();
    await presenter.goto(`${HOST_URL}#presenter`);
    await expect(presenter.getByText(new RegExp(`^Slide 1 of \\d+$`))).toBeVisible();
    await presenter.keyboard.type('7');
    await presenter.keyboard.press('Enter');
    await expect(presenter.getByText(new RegExp(`^Slide 7 of \\d+$`))).toBeVisible();

    await app.reload();
    await openDeck(app);

    await expect(currentTitle(app)).toHaveText(slides[6]!.title);
    await expect(presenter.getByText(new RegExp(`^Slide 7 of \\d+$`))).toBeVisible();
  });
});

test.describe('full screen', () => {
  test('F and the Full screen button ask the app window to go full screen, and the button shows the state', async ({ app, host }) => {
    await openDeck(app);
    const button = app.getByRole('button', { name: 'Full screen' });
    await expect(button).toHaveAttribute('aria-pressed', 'false');

    await app.keyboard.press('f');
    await expect.poll(() => host.fullScreen.on).toBe(true);
    await expect(button).toHaveAttribute('aria-pressed', 'true');

    await button.click();
    await expect.poll(() => host.fullScreen.on).toBe(false);
    await expect(button).toHaveAttribute('aria-pressed', 'false');
  });
});
