import { Lexer, type Token, type Tokens } from 'marked';

/**
 * Content prose is Markdown, turned here into a small, safe tree that the
 * renderer (React) and the summary PDF both draw. Nothing in it can run or
 * fetch anything: raw HTML is dropped, links keep only their words, and
 * images must be files inside the pack.
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

export interface ParsedProse {
  blocks: ProseBlock[];
  /** Pack-relative paths of the images it shows. */
  images: string[];
  /** What was left out or changed, in words for the clinic. */
  warnings: string[];
}

const IMAGE_EXTENSION = /\.(svg|png|jpe?g|webp)$/i;

/** A path inside the pack: relative, no scheme, no `..`, an image file. */
export function isPackImagePath(src: string): boolean {
  if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('/') || src.startsWith('\\')) return false;
  const segments = src.split(/[\\/]/);
  return IMAGE_EXTENSION.test(src) && !segments.includes('..') && !segments.includes('');
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&nbsp;': '\u00a0' };
const decodeEntities = (text: string) => text.replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (entity) => ENTITIES[entity] ?? entity);

class ProseParser {
  readonly images: string[] = [];
  readonly warnings = new Set<string>();

  blocks(tokens: readonly Token[]): ProseBlock[] {
    return tokens.flatMap((token) => this.block(token));
  }

  private block(token: Token): ProseBlock[] {
    switch (token.type) {
      case 'paragraph':
        return this.paragraph((token as Tokens.Paragraph).tokens);
      case 'text': {
        const t = token as Tokens.Text;
        return this.paragraph(t.tokens ?? [{ type: 'text', raw: t.raw, text: t.text } as Tokens.Text]);
      }
      case 'heading':
        return [{ type: 'heading', children: this.inlines((token as Tokens.Heading).tokens) }];
      case 'list': {
        const list = token as Tokens.List;
        const items = list.items.map((item) => this.blocks(item.tokens).flatMap((b) => flattenToInline(b)));
        return [{ type: 'list', ordered: list.ordered, items }];
      }
      case 'blockquote':
        return this.blocks((token as Tokens.Blockquote).tokens);
      case 'code':
        return [{ type: 'paragraph', children: [{ type: 'text', text: (token as Tokens.Code).text }] }];
      case 'html':
        this.warnings.add('HTML is not allowed in content text and was left out.');
        return [];
      case 'table':
        this.warnings.add('Tables are not supported in content text and were left out.');
        return [];
      default:
        return [];
    }
  }

  /** A paragraph, with any images lifted out into blocks of their own. */
  private paragraph(tokens: readonly Token[]): ProseBlock[] {
    const blocks: ProseBlock[] = [];
    let run: Token[] = [];
    const flush = () => {
      const children = trimInlines(this.inlines(run));
      if (children.length > 0) blocks.push({ type: 'paragraph', children });
      run = [];
    };
    for (const token of tokens) {
      if (token.type === 'image') {
        flush();
        const image = this.image(token as Tokens.Image);
        if (image) blocks.push(image);
      } else {
        run.push(token);
      }
    }
    flush();
    return blocks;
  }

  private image(token: Tokens.Image): ProseBlock | null {
    if (!isPackImagePath(token.href)) {
      this.warnings.add(`The image "${token.href.slice(0, 80)}" is not a file inside the content pack, so it was left out.`);
      return null;
    }
    this.images.push(token.href);
    return { type: 'image', src: token.href, alt: decodeEntities(token.text) };
  }

  private inlines(tokens: readonly Token[] | undefined): Inline[] {
    const out: Inline[] = [];
    let insideScriptOrStyle = false;
    for (const token of tokens ?? []) {
      // The words between <script> and </script> are code, not prose: drop them with the tags.
      if (token.type === 'html') {
        const raw = (token as Tokens.HTML).raw;
        if (/^<(script|style)\b/i.test(raw)) insideScriptOrStyle = true;
        else if (/^<\/(script|style)\b/i.test(raw)) insideScriptOrStyle = false;
      }
      if (!insideScriptOrStyle) out.push(...this.inline(token));
    }
    return out;
  }

  private inline(token: Token): Inline[] {
    switch (token.type) {
      case 'text':
      case 'escape': {
        const t = token as Tokens.Text;
        return t.tokens ? this.inlines(t.tokens) : [{ type: 'text', text: decodeEntities(t.text) }];
      }
      case 'codespan':
        return [{ type: 'text', text: decodeEntities((token as Tokens.Codespan).text) }];
      case 'strong':
        return [{ type: 'strong', children: this.inlines((token as Tokens.Strong).tokens) }];
      case 'em':
        return [{ type: 'em', children: this.inlines((token as Tokens.Em).tokens) }];
      case 'del':
        return this.inlines((token as Tokens.Del).tokens);
      case 'link':
        this.warnings.add('Links are not followed in Facet; only their words are shown.');
        return this.inlines((token as Tokens.Link).tokens);
      case 'br':
        return [{ type: 'break' }];
      case 'image': {
        // An image inside a link or emphasis: keep the words only.
        const image = this.image(token as Tokens.Image);
        return image && image.type === 'image' ? [{ type: 'text', text: image.alt }] : [];
      }
      case 'html':
        this.warnings.add('HTML is not allowed in content text and was left out.');
        return [];
      default:
        return 'text' in token && typeof token.text === 'string' ? [{ type: 'text', text: decodeEntities(token.text) }] : [];
    }
  }
}

function flattenToInline(block: ProseBlock): Inline[] {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
      return block.children;
    case 'list':
      return block.items.flatMap((item, index) => (index === 0 ? item : [{ type: 'break' } as Inline, ...item]));
    case 'image':
      return [{ type: 'text', text: block.alt }];
  }
}

function trimInlines(inlines: Inline[]): Inline[] {
  const isBlank = (inline: Inline) => inline.type === 'text' && inline.text.trim() === '';
  let start = 0;
  let end = inlines.length;
  while (start < end && isBlank(inlines[start]!)) start += 1;
  while (end > start && isBlank(inlines[end - 1]!)) end -= 1;
  return inlines.slice(start, end);
}

export function parseProse(markdown: string): ParsedProse {
  const parser = new ProseParser();
  const blocks = parser.blocks(new Lexer({ gfm: true }).lex(markdown));
  return { blocks, images: parser.images, warnings: [...parser.warnings] };
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
