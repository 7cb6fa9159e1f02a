import { packImagePath } from './image-path';
import type { Inline } from './prose-tree';

/**
 * The inline half of the prose parser: emphasis, code, links, pictures, entities, HTML.
 *
 * Every step is linear in the length of the text, whatever it holds: each scan for a
 * closing mark either starts where the last one stopped or is remembered (a closing
 * `-->` that is not there is looked for once, not once per `<!--`), and emphasis is
 * matched with CommonMark's delimiter algorithm, which never looks at a mark twice for
 * the same kind of closer. Nesting is bounded, so nothing that draws the result recurses
 * without end.
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

type Emphasis = 'strong' | 'em';

interface Delimiter {
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

interface Bracket {
  kind: 'bracket';
  image: boolean;
  /** Links found before this bracket opened: a link inside it makes it unusable as a link. */
  linksBefore: number;
}

type Token =
  | { kind: 'text'; text: string }
  | { kind: 'break' }
  | Delimiter
  | Bracket
  | { kind: 'link-start' | 'link-end' | 'image-end' }
  | { kind: 'image-start'; src: string | null };

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
const WHITESPACE = /\s/u;
const PUNCTUATION = /[\p{P}\p{S}]/u;
/** Characters that may start markup; everything between them is plain text. */
const SPECIAL = new Uint8Array(128);
for (const char of '\\`*_![]<&\n') SPECIAL[char.charCodeAt(0)] = 1;
const AUTOLINK = /<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*)>/y;
const EMAIL = /<([^\s<>@]+@[^\s<>@]+)>/y;
const TAG_NAME = /<(\/?)([A-Za-z][A-Za-z0-9-]*)/y;
const ENTITY = /&(?:#[xX]([0-9a-fA-F]{1,6})|#([0-9]{1,7})|([A-Za-z][A-Za-z0-9]{1,31}));/y;
const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', copy: '©', reg: '®', trade: '™',
  hellip: '…', mdash: '—', ndash: '–', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', middot: '·', times: '×', deg: '°',
};
/** Elements whose content is code, not prose: dropped along with the tags. */
const RAW_TEXT_ELEMENTS = new Set(['script', 'style', 'textarea', 'title']);
const MAX_LINK_PARENTHESES = 32;

/**
 * `indexOf` that remembers its last answer per needle. Searches move forward through the
 * text, so a needle that is not there is looked for once, and a found one is reused by
 * every search that starts before it.
 */
class Finder {
  private readonly last = new Map<string, { from: number; at: number }>();

  constructor(private readonly text: string) {}

  find(needle: string, from: number): number {
    const last = this.last.get(needle);
    if (last && from >= last.from && (last.at === -1 || from <= last.at)) return last.at;
    const at = this.text.indexOf(needle, from);
    this.last.set(needle, { from, at });
    return at;
  }
}

const isSpace = (char: string) => WHITESPACE.test(char);
const isPunctuation = (char: string) => PUNCTUATION.test(char);

export function parseInlines(text: string, sink: InlineSink, maxDepth: number): ParsedInline[] {
  return new InlineParser(text, sink, maxDepth).parse();
}

class InlineParser {
  private readonly tokens: Token[] = [];
  /** Indexes (in `tokens`) of delimiter runs not yet matched, in order. */
  private delimiters: number[] = [];
  /** Indexes (in `tokens`) of open `[` and `![`. */
  private readonly brackets: number[] = [];
  private links = 0;
  private readonly finder: Finder;
  private backtickRuns: Map<number, { starts: number[]; next: number }> | null = null;

  constructor(
    private readonly source: string,
    private readonly sink: InlineSink,
    private readonly maxDepth: number,
  ) {
    this.finder = new Finder(source);
  }

  parse(): ParsedInline[] {
    const { source } = this;
    let at = 0;
    while (at < source.length) {
      let next = at;
      while (next < source.length && SPECIAL[source.charCodeAt(next)] !== 1) next += 1;
      if (next > at) this.text(source.slice(at, next));
      at = next < source.length ? this.special(next) : next;
    }
    this.matchEmphasis(-1);
    return new TreeBuilder(this.sink, this.maxDepth).build(this.tokens);
  }

  private text(text: string): void {
    const last = this.tokens.at(-1);
    if (last?.kind === 'text') last.text += text;
    else this.tokens.push({ kind: 'text', text });
  }

  /** Handles the mark at `at`; returns where to go on. */
  private special(at: number): number {
    const { source } = this;
    switch (source[at]) {
      case '\\': {
        const next = source[at + 1];
        if (next === '\n') return this.hardBreak(at + 1);
        if (next !== undefined && ASCII_PUNCTUATION.test(next)) {
          this.text(next);
          return at + 2;
        }
        this.text('\\');
        return at + 1;
      }
      case '`':
        return this.codeSpan(at);
      case '*':
      case '_':
        return this.delimiterRun(at);
      case '!':
        if (source[at + 1] !== '[') {
          this.text('!');
          return at + 1;
        }
        this.brackets.push(this.tokens.push({ kind: 'bracket', image: true, linksBefore: this.links }) - 1);
        return at + 2;
      case '[':
        this.brackets.push(this.tokens.push({ kind: 'bracket', image: false, linksBefore: this.links }) - 1);
        return at + 1;
      case ']':
        return this.closeBracket(at);
      case '<':
        return this.angleBracket(at);
      case '&':
        return this.entity(at);
      default:
        return this.lineEnd(at);
    }
  }

  /** A line break inside a paragraph: soft (kept as "\n"), or hard after two spaces. */
  private lineEnd(at: number): number {
    const last = this.tokens.at(-1);
    if (last?.kind === 'text' && / {2,}$/.test(last.text.slice(-2))) {
      last.text = last.text.trimEnd();
      return this.hardBreak(at);
    }
    if (last?.kind === 'text') last.text = last.text.replace(/[ \t]+$/, '');
    this.text('\n');
    return this.skipIndent(at + 1);
  }

  private hardBreak(newline: number): number {
    this.tokens.push({ kind: 'break' });
    return this.skipIndent(newline + 1);
  }

  private skipIndent(at: number): number {
    while (this.source[at] === ' ' || this.source[at] === '\t') at += 1;
    return at;
  }

  private runLength(at: number): number {
    let end = at;
    while (this.source[end] === this.source[at]) end += 1;
    return end - at;
  }

  /** `code`: its words, as they are. A run with no closing run of the same length is shown as it is. */
  private codeSpan(at: number): number {
    const length = this.runLength(at);
    const close = this.closingBackticks(at + length, length);
    if (close === -1) {
      this.text('`'.repeat(length));
      return at + length;
    }
    let code = this.source.slice(at + length, close).replace(/\n/g, ' ');
    if (code.length > 2 && code.startsWith(' ') && code.endsWith(' ') && code.trim() !== '') code = code.slice(1, -1);
    this.text(code);
    return close + length;
  }

  /** The start of the first run of exactly `length` backticks at or after `from`, or -1. */
  private closingBackticks(from: number, length: number): number {
    if (!this.backtickRuns) {
      this.backtickRuns = new Map();
      for (const match of this.source.matchAll(/`+/g)) {
        const runs = this.backtickRuns.get(match[0].length) ?? { starts: [], next: 0 };
        runs.starts.push(match.index);
        this.backtickRuns.set(match[0].length, runs);
      }
    }
    const runs = this.backtickRuns.get(length);
    if (!runs) return -1;
    while (runs.next < runs.starts.length && runs.starts[runs.next]! < from) runs.next += 1;
    return runs.starts[runs.next] ?? -1;
  }

  /** `*` and `_` runs, with CommonMark's flanking rules deciding what each can open or close. */
  private delimiterRun(at: number): number {
    const char = this.source[at] as '*' | '_';
    const length = this.runLength(at);
    const before = this.source[at - 1] ?? '\n';
    const after = this.source[at + length] ?? '\n';
    const left = !isSpace(after) && (!isPunctuation(after) || isSpace(before) || isPunctuation(before));
    const right = !isSpace(before) && (!isPunctuation(before) || isSpace(after) || isPunctuation(after));
    const canOpen = char === '*' ? left : left && (!right || isPunctuation(before));
    const canClose = char === '*' ? right : right && (!left || isPunctuation(after));
    if (!canOpen && !canClose) {
      // snake_case and 2*3: plain text, nothing to match.
      this.text(this.source.slice(at, at + length));
      return at + length;
    }
    this.delimiters.push(
      this.tokens.push({ kind: 'delimiter', char, count: length, length, canOpen, canClose, opens: null, closes: null }) - 1,
    );
    return at + length;
  }

  private closeBracket(at: number): number {
    const openIndex = this.brackets.pop();
    if (openIndex === undefined) {
      this.text(']');
      return at + 1;
    }
    const opener = this.tokens[openIndex] as Bracket;
    const usable = opener.image || this.links === opener.linksBefore;
    const target = usable ? this.linkTarget(at + 1) : null;
    if (!target) {
      this.tokens[openIndex] = { kind: 'text', text: opener.image ? '![' : '[' };
      this.text(']');
      return at + 1;
    }
    // Emphasis inside the brackets is settled now, apart from what is outside them (CommonMark).
    this.matchEmphasis(openIndex);
    if (opener.image) {
      const src = packImagePath(target.destination);
      if (src === null) this.sink.warn(WARNINGS.image(target.destination));
      this.tokens[openIndex] = { kind: 'image-start', src };
      this.tokens.push({ kind: 'image-end' });
    } else {
      this.links += 1;
      this.sink.warn(WARNINGS.link);
      this.tokens[openIndex] = { kind: 'link-start' };
      this.tokens.push({ kind: 'link-end' });
    }
    return target.end;
  }

  /**
   * `(destination "title")` after `]`. No scan here passes a `[` or `]`, so the scans that
   * start after different `]`s never overlap.
   */
  private linkTarget(at: number): { destination: string; end: number } | null {
    const { source } = this;
    if (source[at] !== '(') return null;
    let p = this.skipSpaces(at + 1);
    let destination: string;
    if (source[p] === '<') {
      const start = p + 1;
      p = start;
      while (p < source.length && !'<>[]\n'.includes(source[p]!)) p += 1;
      if (source[p] !== '>') return null;
      destination = source.slice(start, p);
      p += 1;
    } else {
      const start = p;
      let depth = 0;
      for (; p < source.length; p += 1) {
        const char = source[p]!;
        if (char === '\\' && p + 1 < source.length && ASCII_PUNCTUATION.test(source[p + 1]!) && source[p + 1] !== '[' && source[p + 1] !== ']') p += 1;
        else if (char === '(') {
          depth += 1;
          if (depth > MAX_LINK_PARENTHESES) return null;
        } else if (char === ')') {
          if (depth === 0) break;
          depth -= 1;
        } else if (char <= ' ' || '<>[]'.includes(char)) break;
      }
      if (depth !== 0) return null;
      destination = source.slice(start, p);
    }
    p = this.skipSpaces(p);
    const quote = source[p];
    if (quote === '"' || quote === "'" || quote === '(') {
      const close = quote === '(' ? ')' : quote;
      p += 1;
      while (p < source.length && source[p] !== close && source[p] !== '[' && source[p] !== ']') p += source[p] === '\\' ? 2 : 1;
      if (source[p] !== close) return null;
      p = this.skipSpaces(p + 1);
    }
    if (source[p] !== ')') return null;
    return { destination: destination.replace(/\\([!-/:-@[-`{-~])/g, '$1'), end: p + 1 };
  }

  /** Spaces, tabs and at most one line break. */
  private skipSpaces(at: number): number {
    let p = this.skipIndent(at);
    if (this.source[p] === '\n') p = this.skipIndent(p + 1);
    return p;
  }

  /** Autolinks keep their words; HTML, comments and the code inside <script> are dropped. */
  private angleBracket(at: number): number {
    const { source } = this;
    for (const pattern of [AUTOLINK, EMAIL]) {
      pattern.lastIndex = at;
      const match = pattern.exec(source);
      if (match) {
        this.sink.warn(WARNINGS.link);
        this.text(match[1]!);
        return at + match[0].length;
      }
    }
    const end = this.htmlEnd(at);
    if (end === -1) {
      this.text('<');
      return at + 1;
    }
    this.sink.warn(WARNINGS.html);
    TAG_NAME.lastIndex = at;
    const tag = TAG_NAME.exec(source);
    const name = tag?.[2]?.toLowerCase();
    if (tag && !tag[1] && name && RAW_TEXT_ELEMENTS.has(name) && source[end - 2] !== '/') {
      const closing = new RegExp(`</${name}\\s*>`, 'gi');
      closing.lastIndex = end;
      const found = closing.exec(source);
      return found ? found.index + found[0].length : source.length;
    }
    return end;
  }

  /** Where the HTML (tag, comment, declaration) starting at `at` ends, or -1 when it is not HTML. */
  private htmlEnd(at: number): number {
    const { source, finder } = this;
    const closedBy = (opening: string, closing: string) => {
      if (!source.startsWith(opening, at)) return null;
      const close = finder.find(closing, at + opening.length);
      return close === -1 ? -1 : close + closing.length;
    };
    const special = closedBy('<!--', '-->') ?? closedBy('<?', '?>') ?? closedBy('<![CDATA[', ']]>');
    if (special !== null) return special;
    if (/^<![A-Za-z]/.test(source.slice(at, at + 3))) {
      const close = finder.find('>', at);
      return close === -1 ? -1 : close + 1;
    }
    TAG_NAME.lastIndex = at;
    const tag = TAG_NAME.exec(source);
    if (!tag) return -1;
    // Attributes: anything up to ">", with quoted values jumped over; a "<" first means it is not a tag.
    for (let p = at + tag[0].length; p < source.length; p += 1) {
      const char = source[p];
      if (char === '>') return p + 1;
      if (char === '<') return -1;
      if (char === '"' || char === "'") {
        p = finder.find(char, p + 1);
        if (p === -1) return -1;
      }
    }
    return -1;
  }

  private entity(at: number): number {
    ENTITY.lastIndex = at;
    const match = ENTITY.exec(this.source);
    const [whole, hex, decimal, name] = match ?? [];
    if (!whole) {
      this.text('&');
      return at + 1;
    }
    if (name !== undefined) {
      this.text(NAMED_ENTITIES[name] ?? whole);
    } else {
      const code = parseInt(hex ?? decimal!, hex ? 16 : 10);
      this.text(code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '\ufffd');
    }
    return at + whole.length;
  }

  /**
   * CommonMark's "process emphasis" over the delimiter runs after token `after`, which are
   * then done with. Looking back for an opener stops where an earlier search for the same
   * kind of closer failed, so no run is looked at more than a few times in all.
   */
  private matchEmphasis(after: number): void {
    let first = this.delimiters.length;
    while (first > 0 && this.delimiters[first - 1]! > after) first -= 1;
    const runs = this.delimiters.slice(first).map((index) => this.tokens[index] as Delimiter);
    this.delimiters = this.delimiters.slice(0, first);

    const previous = runs.map((_, i) => i - 1);
    const next = runs.map((_, i) => (i + 1 < runs.length ? i + 1 : -1));
    const unlink = (i: number) => {
      if (previous[i]! !== -1) next[previous[i]!] = next[i]!;
      if (next[i]! !== -1) previous[next[i]!] = previous[i]!;
    };
    const floor = new Map<string, number>();
    let current = runs.length > 0 ? 0 : -1;
    while (current !== -1) {
      const closer = runs[current]!;
      if (!closer.canClose) {
        current = next[current]!;
        continue;
      }
      const key = `${closer.char}${closer.canOpen ? 1 : 0}${closer.length % 3}`;
      const bottom = floor.get(key) ?? -1;
      let opener = previous[current]!;
      for (; opener > bottom; opener = previous[opener]!) {
        const run = runs[opener]!;
        if (!run.canOpen || run.char !== closer.char) continue;
        const oddMatch = (closer.canOpen || run.canClose) && closer.length % 3 !== 0 && (run.length + closer.length) % 3 === 0;
        if (!oddMatch) break;
      }
      if (opener > bottom && opener !== -1) {
        const open = runs[opener]!;
        const used = open.count >= 2 && closer.count >= 2 ? 2 : 1;
        const emphasis: Emphasis = used === 2 ? 'strong' : 'em';
        open.count -= used;
        closer.count -= used;
        (open.opens ??= []).push(emphasis);
        (closer.closes ??= []).push(emphasis);
        // Runs between the two can no longer match anything: they stay as plain marks.
        for (let between = next[opener]!; between !== current; between = next[between]!) unlink(between);
        next[opener] = current;
        previous[current] = opener;
        if (open.count === 0) unlink(opener);
        if (closer.count === 0) {
          const after = next[current]!;
          unlink(current);
          current = after;
        }
      } else {
        floor.set(key, previous[current]!);
        const after = next[current]!;
        if (!closer.canOpen) unlink(current);
        current = after;
      }
    }
  }
}

interface Frame {
  kind: Emphasis | 'image';
  children: ParsedInline[];
  /** A frame past the nesting limit shares its parent's children: drawn flat. */
  flattened: boolean;
  src?: string | null;
}

/** Turns the token list into a tree, no deeper than `maxDepth` levels of emphasis. */
class TreeBuilder {
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
