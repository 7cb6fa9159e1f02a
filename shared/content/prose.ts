import { isPackImagePath } from './image-path';
import { parseBlocks } from './prose-blocks';
import { parseInlines } from './prose-inline';
import type { Inline, ProseBlock } from './prose-tree';

/**
 * Content prose is Markdown (a small subset, see docs/content.md), turned here into a
 * small, safe tree that the renderer (React) and the summary PDF both draw. Nothing in it
 * can run or fetch anything: raw HTML is dropped, links keep only their words, and images
 * must be files inside the pack.
 *
 * The parser is Facet's own (prose-blocks.ts, prose-inline.ts) rather than a general
 * Markdown library: it takes time linear in the length of the text whatever the text
 * holds, and never nests deeper than MAX_PROSE_NESTING, so a hostile field can neither
 * block the main process nor overflow a stack in the main process or the page.
 */

export { isPackImagePath };
export type { Inline, ProseBlock };

/** Levels of quotes, lists and emphasis inside each other that Facet draws; deeper text is flattened (and the field refused by the schema). */
export const MAX_PROSE_NESTING = 8;

export interface ParsedProse {
  blocks: ProseBlock[];
  /** Pack-relative paths of the images it shows, each written one way (see packImagePath). */
  images: string[];
  /** What was left out or changed, in words for the clinic. */
  warnings: string[];
  /** Quotes, lists or emphasis went deeper than MAX_PROSE_NESTING; the deeper parts were flattened. */
  nestedTooDeeply: boolean;
}

export function parseProse(markdown: string): ParsedProse {
  const warnings = new Set<string>();
  let nestedTooDeeply = false;
  const sink = {
    warn: (message: string) => void warnings.add(message),
    tooDeep: () => void (nestedTooDeeply = true),
    inlines: (text: string) => parseInlines(text, sink, MAX_PROSE_NESTING),
  };
  const blocks = parseBlocks(markdown, sink, MAX_PROSE_NESTING);
  const images = blocks.flatMap((block) => (block.type === 'image' ? [block.src] : []));
  return { blocks, images, warnings: [...warnings], nestedTooDeeply };
}

/** The words alone, for screen-reader labels and places that cannot show formatting. */
export function proseToPlainText(markdown: string): string {
  const toText = (inlines: Inline[]): string =>
    inlines.map((i) => (i.type === 'text' ? i.text : i.type === 'break' ? ' ' : toText(i.children))).join('');
  return parseProse(markdown)
    .blocks.map((block) =>
      block.type === 'list' ? block.items.map(toText).join('; ') : block.type === 'image' ? block.alt : toText(block.children),
    )
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}
