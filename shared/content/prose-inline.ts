import { packImagePath } from './image-path';
import { delimiterFlanks, matchEmphasis } from './prose-emphasis';
import { angleBracketAt, entityAt, Finder } from './prose-inline-html';
import { ASCII_PUNCTUATION, runLength, skipIndent, WARNINGS, type Bracket, type Delimiter, type InlineSink, type ParsedInline, type Token } from './prose-inline-tokens';
import { TreeBuilder } from './prose-inline-tree';
import { linkTarget } from './prose-link-target';

/**
 * The inline half of the prose parser: emphasis, code, links, pictures, entities, HTML.
 * This module scans the text into tokens; prose-emphasis.ts pairs the emphasis marks,
 * prose-link-target.ts reads link targets, prose-inline-html.ts reads `<` and `&`, and
 * prose-inline-tree.ts builds the tree.
 *
 * Every step is linear in the length of the text, whatever it holds: each scan for a
 * closing mark either starts where the last one stopped or is remembered (a closing
 * `-->` that is not there is looked for once, not once per `<!--`), and emphasis is
 * matched with CommonMark's delimiter algorithm, which never looks at a mark twice for
 * the same kind of closer. Nesting is bounded, so nothing that draws the result recurses
 * without end.
 */

/** Characters that may start markup; everything between them is plain text. */
const SPECIAL = new Uint8Array(128);
for (const char of '\\`*_![]<&\n') SPECIAL[char.charCodeAt(0)] = 1;

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
    this.matchEmphasisAfter(-1);
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
    return skipIndent(this.source, at + 1);
  }

  private hardBreak(newline: number): number {
    this.tokens.push({ kind: 'break' });
    return skipIndent(this.source, newline + 1);
  }

  /** `code`: its words, as they are. A run with no closing run of the same length is shown as it is. */
  private codeSpan(at: number): number {
    const length = runLength(this.source, at);
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

  /** `*` and `_` runs, kept for emphasis matching when the flanking rules let them open or close. */
  private delimiterRun(at: number): number {
    const char = this.source[at] as '*' | '_';
    const length = runLength(this.source, at);
    const { canOpen, canClose } = delimiterFlanks(this.source, at, length);
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
    const target = usable ? linkTarget(this.source, at + 1) : null;
    if (!target) {
      this.tokens[openIndex] = { kind: 'text', text: opener.image ? '![' : '[' };
      this.text(']');
      return at + 1;
    }
    // Emphasis inside the brackets is settled now, apart from what is outside them (CommonMark).
    this.matchEmphasisAfter(openIndex);
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

  private angleBracket(at: number): number {
    const found = angleBracketAt(this.source, at, this.finder);
    if (!found) {
      this.text('<');
      return at + 1;
    }
    if (found.kind === 'autolink') {
      this.sink.warn(WARNINGS.link);
      this.text(found.words);
    } else {
      this.sink.warn(WARNINGS.html);
    }
    return found.end;
  }

  private entity(at: number): number {
    const found = entityAt(this.source, at);
    if (!found) {
      this.text('&');
      return at + 1;
    }
    this.text(found.text);
    return found.end;
  }

  /** Pairs the delimiter runs after token `after`, which are then done with. */
  private matchEmphasisAfter(after: number): void {
    let first = this.delimiters.length;
    while (first > 0 && this.delimiters[first - 1]! > after) first -= 1;
    const runs = this.delimiters.slice(first).map((index) => this.tokens[index] as Delimiter);
    this.delimiters = this.delimiters.slice(0, first);
    matchEmphasis(runs);
  }
}
