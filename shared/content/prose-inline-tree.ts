import type { Inline } from './prose-tree';
import type { Emphasis, InlineSink, ParsedInline, Token } from './prose-inline-tokens';

interface Frame {
  kind: Emphasis | 'image';
  children: ParsedInline[];
  /** A frame past the nesting limit shares its parent's children: drawn flat. */
  flattened: boolean;
  src?: string | null;
}

/** Turns the token list into a tree, no deeper than `maxDepth` levels of emphasis. */
export class TreeBuilder {
  private readonly root: ParsedInline[] = [];
  private readonly stack: Frame[] = [];
  private depth = 0;
  private pictures = 0;

  constructor(
    private readonly sink: InlineSink,
    private readonly maxDepth: number,
  ) {}

  private get children(): ParsedInline[] {
    return this.stack.at(-1)?.children ?? this.root;
  }

  build(tokens: readonly Token[]): ParsedInline[] {
    for (const token of tokens) {
      switch (token.kind) {
        case 'text':
          this.add({ type: 'text', text: token.text });
          break;
        case 'break':
          this.add({ type: 'break' });
          break;
        case 'bracket':
          this.add({ type: 'text', text: token.image ? '![' : '[' });
          break;
        case 'image-start':
          // A picture inside a picture is only words in the outer one's description.
          this.stack.push({ kind: 'image', children: this.pictures > 0 ? this.children : [], flattened: this.pictures > 0, src: token.src });
          this.pictures += 1;
          break;
        case 'image-end':
          this.close();
          break;
        case 'delimiter':
          for (let i = 0; i < (token.closes?.length ?? 0); i += 1) this.close();
          if (token.count > 0) this.add({ type: 'text', text: token.char.repeat(token.count) });
          for (let i = (token.opens?.length ?? 0) - 1; i >= 0; i -= 1) this.open(token.opens![i]!);
          break;
        default:
          // Links keep only their words.
          break;
      }
    }
    return this.root;
  }

  private add(inline: ParsedInline): void {
    const children = this.children;
    const last = children.at(-1);
    if (inline.type === 'text' && last?.type === 'text') children[children.length - 1] = { type: 'text', text: last.text + inline.text };
    else children.push(inline);
  }

  private open(kind: Emphasis): void {
    if (this.depth >= this.maxDepth) {
      this.sink.tooDeep();
      this.stack.push({ kind, children: this.children, flattened: true });
      return;
    }
    this.depth += 1;
    this.stack.push({ kind, children: [], flattened: false });
  }

  private close(): void {
    const frame = this.stack.pop()!;
    if (frame.kind === 'image') this.pictures -= 1;
    if (frame.flattened) return;
    if (frame.kind === 'image') {
      if (frame.src === null || frame.src === undefined) return;
      const alt = plainText(frame.children);
      // A picture inside emphasis (or another picture) is shown as its words.
      this.add(this.stack.length === 0 ? { type: 'image', src: frame.src, alt } : { type: 'text', text: alt });
      return;
    }
    this.depth -= 1;
    this.add({ type: frame.kind, children: frame.children as Inline[] });
  }
}

function plainText(inlines: readonly ParsedInline[]): string {
  return inlines
    .map((inline) => (inline.type === 'text' ? inline.text : inline.type === 'break' ? ' ' : inline.type === 'image' ? inline.alt : plainText(inline.children)))
    .join('');
}
