/**
 * The tree content prose is parsed into (prose.ts), which the renderer and
 * the summary PDF draw. Its own module, so the parsers and the entry point
 * share it without importing each other.
 */

export type Inline =
  | { type: 'text'; text: string }
  | { type: 'strong'; children: Inline[] }
  | { type: 'em'; children: Inline[] }
  | { type: 'break' };

export type ProseBlock =
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'heading'; children: Inline[] }
  | { type: 'list'; ordered: boolean; items: Inline[][] }
  | { type: 'image'; src: string; alt: string };
