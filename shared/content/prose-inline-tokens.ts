import type { Inline } from './prose-tree';

/**
 * What the inline parser's steps share: the sink it reports to, the token list the scanner
 * writes and the emphasis matcher and tree builder read, and the small scans they all use.
 */

export interface InlineSink {
  warn(message: string): void;
  /** Something was nested deeper than Facet draws (and was flattened). */
  tooDeep(): void;
}

/** An inline, or a picture: lifted out of a paragraph into a block of its own, or shown as its words elsewhere. */
export type ParsedInline = Inline | { type: 'image'; src: string; alt: string };

export const WARNINGS = {
  html: 'HTML is not allowed in content text and was left out.',
  table: 'Tables are not supported in content text and were left out.',
  link: 'Links are not followed in Facet; only their words are shown.',
  image: (src: string) => `The image "${src.slice(0, 80)}" is not a file inside the content pack, so it was left out.`,
};

export type Emphasis = 'strong' | 'em';

export interface Delimiter {
  kind: 'delimiter';
  char: '*' | '_';
  /** Marks not (yet) used for emphasis: they are shown as they are. */
  count: number;
  length: number;
  canOpen: boolean;
  canClose: boolean;
  /** Emphasis this run opens, innermost first (null: none, the usual case). */
  opens: Emphasis[] | null;
  /** Emphasis this run closes, innermost first. */
  closes: Emphasis[] | null;
}

export interface Bracket {
  kind: 'bracket';
  image: boolean;
  /** Links found before this bracket opened: a link inside it makes it unusable as a link. */
  linksBefore: number;
}

export type Token =
  | { kind: 'text'; text: string }
  | { kind: 'break' }
  | Delimiter
  | Bracket
  | { kind: 'link-start' | 'link-end' | 'image-end' }
  | { kind: 'image-start'; src: string | null };

export const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;

export function skipIndent(source: string, at: number): number {
  while (source[at] === ' ' || source[at] === '\t') at += 1;
  return at;
}

export function runLength(source: string, at: number): number {
  let end = at;
  while (source[end] === source[at]) end += 1;
  return end - at;
}
