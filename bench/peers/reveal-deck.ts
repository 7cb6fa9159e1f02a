import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Slide } from '../../shared/content/schema';
import { factsOf } from '../../shared/deck/slide-kinds';
import { stepsOf } from '../../shared/deck/steps';
import { createStaticSite, type StaticSite } from './static-site';

/**
 * The peer deck: reveal.js (from npm, its dist files only) with its default
 * white theme and default transition, showing the same slides as Facet's
 * deck: each slide's title and its patient-facing text, with the same number
 * of steps (reveal's fragments) so "next" walks a slide the same way.
 */

const REVEAL_DIST = path.resolve(__dirname, '../../node_modules/reveal.js/dist');

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function section(slide: Slide, first: boolean): string {
  const items = factsOf(slide)
    .patientText(slide)
    .flatMap((field) => field.values)
    .filter((value): value is string => Boolean(value));
  const steps = stepsOf(slide);
  // Step 0 shows the first part; each later step reveals one more, as in Facet.
  const list = items.map((item, i) => `<li${i > 0 && i < steps ? ' class="fragment"' : ''}>${escape(item)}</li>`).join('');
  const heading = first ? `<h1>${escape(slide.title)}</h1>` : `<h2>${escape(slide.title)}</h2>`;
  return `<section data-slide-id="${slide.id}">${heading}${items.length > 0 ? `<ul>${list}</ul>` : ''}</section>`;
}

export function revealDeckHtml(slides: readonly Slide[]): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>reveal.js peer deck</title>
<link rel="stylesheet" href="dist/reset.css">
<link rel="stylesheet" href="dist/reveal.css">
<link rel="stylesheet" href="dist/theme/white.css">
</head>
<body>
<div class="reveal"><div class="slides">
${slides.map((slide, i) => section(slide, i === 0)).join('\n')}
</div></div>
<script src="dist/reveal.js"></script>
<script>Reveal.initialize({ hash: false });</script>
</body>
</html>
`;
}

/** Writes the deck and reveal's dist files into a temporary site. */
export function createRevealDeck(slides: readonly Slide[]): StaticSite {
  const site = createStaticSite('reveal');
  site.add(REVEAL_DIST, 'dist');
  writeFileSync(path.join(site.dir, 'index.html'), revealDeckHtml(slides));
  return site;
}

/** Where the text of reveal's current slide is. */
export const REVEAL_CURRENT = '.reveal.ready .slides > section.present';
