import type { BrowserContext, Page } from '@playwright/test';

/**
 * In-page probes shared by Facet and its peers, so both are timed by the same
 * rules. Installed before any page script runs (as plain JavaScript: code sent
 * to the page must not depend on how the bench itself was compiled).
 *
 * - "showing": the first frame whose heading (in `root`, with the expected text)
 *   has any opacity: what the old figures stopped at.
 * - "in place": the first frame from which everything in `root` stays put:
 *   every visible text element painted with its final font (loaded, not a
 *   fallback or blank while a `font-display: block` font loads), the heading
 *   fully opaque, no finite animation or transition running on it or its
 *   ancestors, nothing matching `gone` left (a slide still leaving), and the
 *   same boxes and opacities on the next frame.
 * - "frames over 33 ms": frame intervals longer than two 60 Hz frames between
 *   `since` and "in place".
 * - The last trusted keydown or click is kept, with its event time, so a
 *   figure can start at the input event rather than at a round trip from Node.
 */
const PROBE = `(() => {
  const lastInput = { keydown: 0, click: 0 };
  for (const type of ['keydown', 'click']) {
    window.addEventListener(type, (event) => { if (event.isTrusted) lastInput[type] = event.timeStamp; }, { capture: true });
  }
  // Opacities are read once per element per frame (text elements share ancestors): the probe's own
  // cost runs on the page's main thread, inside the frames it counts.
  let opacities = new Map();
  const opacityOf = (element) => {
    if (!element || element.nodeType !== 1) return 1;
    let known = opacities.get(element);
    if (known === undefined) {
      known = Number(getComputedStyle(element).opacity) * opacityOf(element.parentElement);
      opacities.set(element, known);
    }
    return known;
  };
  const textElements = (root) => {
    const found = new Set();
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!element || !node.textContent.trim() || element.closest('[aria-hidden="true"]')) continue;
      if (!element.checkVisibility({ visibilityProperty: true })) continue;
      const box = element.getBoundingClientRect();
      if (box.width * box.height <= 1 || box.bottom < 0 || box.top > innerHeight || box.right < 0 || box.left > innerWidth) continue;
      found.add(element);
    }
    return [...found];
  };
  // One document.fonts.check per distinct font with all its elements' text (the same answer as one
  // check per element, which cost Facet's home screen, with ~20 text elements, ~5 ms a frame).
  const fontsReady = (elements) => {
    const textByFont = new Map();
    for (const element of elements) {
      const style = getComputedStyle(element);
      const font = style.fontStyle + ' ' + style.fontWeight + ' 16px ' + style.fontFamily;
      textByFont.set(font, (textByFont.get(font) || '') + element.textContent);
    }
    for (const [font, text] of textByFont) if (!document.fonts.check(font, text)) return false;
    return true;
  };
  const animating = (root) => document.getAnimations().some((animation) => {
    if (animation.playState !== 'running') return false;
    const target = animation.effect && animation.effect.target;
    if (!target || !(root.contains(target) || target.contains(root))) return false;
    return Number.isFinite(animation.effect.getComputedTiming().endTime);
  });
  const heading = (root, title) => {
    const candidates = [...root.querySelectorAll('h1, h2')].filter((h) => !h.closest('[aria-hidden="true"]'));
    return title === undefined ? candidates[0] : candidates.find((h) => h.textContent.trim() === title);
  };
  /** Resolves with { showingAt, inPlaceAt, framesOver33 } in page time (performance.now). */
  const watch = ({ root: rootSelector, ready, title, gone, noHeading, since, timeoutMs = 10000 }) => new Promise((resolve, reject) => {
    let showingAt = null, candidateAt = null, lastSignature = '', lastFrame = null, framesOver33 = 0;
    const frame = (now) => {
      opacities = new Map();
      if (lastFrame !== null && lastFrame >= since && now - lastFrame > 33.4) framesOver33 += 1;
      lastFrame = now;
      if (now - since > timeoutMs) return reject(new Error('probe: nothing in place under ' + rootSelector + ' after ' + timeoutMs + ' ms'));
      const root = (!ready || document.querySelector(ready)) ? document.querySelector(rootSelector) : null;
      const head = root && (noHeading ? root : heading(root, title));
      if (!head) { candidateAt = null; return requestAnimationFrame(frame); }
      const headOpacity = opacityOf(head);
      if (showingAt === null && headOpacity > 0 && head.checkVisibility({ visibilityProperty: true })) showingAt = now;
      const texts = textElements(root);
      const settled = headOpacity === 1 && texts.length > 0 && fontsReady(texts) && !animating(root) && !(gone && document.querySelector(gone));
      const signature = settled ? texts.map((t) => { const b = t.getBoundingClientRect(); return [b.x, b.y, b.width, b.height, opacityOf(t)].join(','); }).join(';') : '';
      if (!settled || signature !== lastSignature) { candidateAt = settled ? now : null; lastSignature = signature; return requestAnimationFrame(frame); }
      resolve({ showingAt: showingAt === null ? candidateAt : showingAt, inPlaceAt: candidateAt, framesOver33 });
    };
    requestAnimationFrame(frame);
  });
  window.__probe = { watch, lastInput };
})();`;

export interface ProbeTarget {
  /** Where the text that must be in place lives. */
  root: string;
  /** Must exist before anything counts (the app's own "ready" marker). */
  ready?: string;
  /** The heading (h1 or h2 in `root`) must say this. */
  title?: string;
  /** Must no longer exist (a slide on its way out). */
  gone?: string;
  /** The screen has no heading of its own: `root` itself must be fully opaque. */
  noHeading?: boolean;
}

export interface ProbeResult {
  showingAt: number;
  inPlaceAt: number;
  framesOver33: number;
}

/** Into a page, or into every page of a context (a window the app opens itself). */
export async function installProbe(into: Page | BrowserContext): Promise<void> {
  await into.addInitScript({ content: PROBE });
}

/** Starts watching now; the returned promise settles when `target` is in place (times in page time). */
export function watchFrom(page: Page, target: ProbeTarget, since?: number): Promise<ProbeResult> {
  return page.evaluate(
    `window.__probe.watch({ ...${JSON.stringify(target)}, since: ${since === undefined ? 'performance.now()' : String(since)} })`,
  ) as Promise<ProbeResult>;
}

/** The page time of the last trusted input event of this type. */
export function lastInputAt(page: Page, type: 'keydown' | 'click'): Promise<number> {
  return page.evaluate(`window.__probe.lastInput.${type}`) as Promise<number>;
}

/** Page time now. */
export function pageNow(page: Page): Promise<number> {
  return page.evaluate('performance.now()') as Promise<number>;
}
