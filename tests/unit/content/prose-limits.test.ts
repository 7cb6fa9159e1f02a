import { describe, expect, it } from 'vitest';
import { parseProse, type Inline, type ProseBlock } from '../../../shared/content/prose';
import { MAX_PROSE_LENGTH } from '../../../shared/content/schema';
import { costRatio, repeated, timeBest } from '../../fixtures/linear-time';

/**
 * Prose is parsed in main on every load (and every save of a content file), and again in
 * the renderer: hostile Markdown must cost time in proportion to its length, and must never
 * nest deeper than the components that draw it can follow.
 */

const parseTime = (text: string) => timeBest(parseProse, text);

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
    expect(costRatio(parseProse, small, large, 256_000)).toBeLessThan(2);
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
