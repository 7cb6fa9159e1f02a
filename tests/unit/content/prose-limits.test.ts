import { describe, expect, it } from 'vitest';
import { parseProse, type Inline, type ProseBlock } from '../../../shared/content/prose';
import { MAX_PROSE_LENGTH } from '../../../shared/content/schema';

/**
 * Prose is parsed in main on every load (and every save of a content file), and again in
 * the renderer: hostile Markdown must cost time in proportion to its length, and must never
 * nest deeper than the components that draw it can follow.
 */

/** ms for one parse of `text` (one run: for spotting work that takes seconds, before repeating it). */
function parseTime(text: string): number {
  const started = performance.now();
  parseProse(text);
  return performance.now() - started;
}

/** ms per character over 256,000 characters parsed in runs of `text`: the same amount of work, and of garbage, at every length. */
function msPerCharacter(text: string): number {
  const runs = Math.max(1, Math.round(256_000 / text.length));
  const started = performance.now();
  for (let run = 0; run < runs; run += 1) parseProse(text);
  return (performance.now() - started) / (runs * text.length);
}

/** Cost per character of `large` over that of `small`, best of five rounds taken in turn, so a busy moment on the machine touches both. */
function costRatio(small: string, large: string): number {
  let smallBest = Infinity;
  let largeBest = Infinity;
  for (let round = 0; round < 5; round += 1) {
    smallBest = Math.min(smallBest, msPerCharacter(small));
    largeBest = Math.min(largeBest, msPerCharacter(large));
  }
  return largeBest / smallBest;
}

/** `unit` repeated to `length` characters. */
const repeated = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

const ADVERSARIAL: [string, (length: number) => string][] = [
  ['"_a" repeated', (n) => repeated('_a', n)],
  ['"*a" repeated', (n) => repeated('*a', n)],
  ['"[" repeated', (n) => repeated('[', n)],
  ['"![" and "](" repeated', (n) => repeated('![a](', n)],
  ['nested quotes', (n) => `${repeated('>', n - 2)} x`],
  ['nested lists on one line', (n) => `${repeated('- ', n - 1)}x`],
  ['nested lists by indentation', (n) => repeated(Array.from({ length: 40 }, (_, i) => `${' '.repeat(i * 2)}- a`).join('\n') + '\n', n)],
  ['backticks after letters', (n) => repeated('`a', n)],
  ['backtick runs of every length', (n) => repeated(Array.from({ length: 400 }, (_, i) => '`'.repeat(i + 1)).join(' '), n)],
  ['nested emphasis', (n) => { const half = repeated('*a _a ', n / 2); return `${half}${repeated(' a_ a*', n / 2)}`; }],
  ['unclosed HTML attributes', (n) => repeated('<a x="', n)],
  ['unclosed HTML comments', (n) => repeated('<!--', n)],
  ['unclosed link destinations', (n) => repeated('[a](b', n)],
  ['entities', (n) => repeated('&#', n)],
  ['backslashes', (n) => repeated('\\', n)],
];

/** The longest prose field the schema lets through. */
const N = MAX_PROSE_LENGTH.paragraphs;

describe('hostile prose is parsed in time linear in its length', () => {
  it.each(ADVERSARIAL)('%s: 4× the longest allowed text takes less than 8× the time; 16× it, under 200 ms', (_name, make) => {
    const small = make(N);
    const large = make(4 * N);
    parseTime(small); // warm up
    // One run first: quadratic code would take seconds here, so stop before repeating it.
    expect(parseTime(make(16 * N))).toBeLessThan(200);

    // Linear: the same cost per character (time(4N) < 8 × time(N) allows it to double; quadratic would quadruple it).
    expect(costRatio(small, large)).toBeLessThan(2);
  }, 60_000);
});

function inlineDepth(inlines: readonly Inline[]): number {
  let deepest = 0;
  for (const inline of inlines) if (inline.type === 'strong' || inline.type === 'em') deepest = Math.max(deepest, 1 + inlineDepth(inline.children));
  return deepest;
}

function depthOf(blocks: readonly ProseBlock[]): number {
  return Math.max(
    0,
    ...blocks.map((block) =>
      block.type === 'list' ? Math.max(0, ...block.items.map(inlineDepth)) : block.type === 'image' ? 0 : inlineDepth(block.children),
    ),
  );
}

describe('hostile prose never nests deeper than Facet draws', () => {
  it.each([
    ['2,000 nested quotes', `${'>'.repeat(2000)} x`],
    ['2,000 nested lists', `${'- '.repeat(2000)}x`],
    ['2,000 levels of emphasis', `${'*a _a '.repeat(1000)}x${' a_ a*'.repeat(1000)}`],
  ])('%s: parsed without throwing, at most 8 levels deep, and flagged', (_name, text) => {
    const parsed = parseProse(text);

    expect(depthOf(parsed.blocks)).toBeLessThanOrEqual(8);
    expect(parsed.nestedTooDeeply).toBe(true);
  });

  it('ordinary nesting is kept and not flagged', () => {
    const parsed = parseProse('> Quoted **bold *and italic***\n\n- one\n  - two');

    expect(parsed.nestedTooDeeply).toBe(false);
    expect(parsed.blocks[0]).toEqual({
      type: 'paragraph',
      children: [
        { type: 'text', text: 'Quoted ' },
        { type: 'strong', children: [{ type: 'text', text: 'bold ' }, { type: 'em', children: [{ type: 'text', text: 'and italic' }] }] },
      ],
    });
  });
});
