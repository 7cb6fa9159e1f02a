import type { Inline, ProseBlock } from './prose-tree';
import { WARNINGS, type InlineSink, type ParsedInline } from './prose-inline-tokens';

/**
 * The block half of the prose parser: paragraphs, headings, lists, quotes, code, and the
 * HTML blocks and tables that are left out. It goes through the lines once; a list item's
 * lines are parsed again one level down, and no deeper than the nesting limit, so the work
 * stays linear and the recursion shallow. Quotes are not drawn: their contents are kept
 * as ordinary paragraphs.
 */

export interface BlockSink extends InlineSink {
  inlines(text: string): ParsedInline[];
}

interface Line {
  /** The line without its quote marks (`>`), leading tabs as spaces. */
  text: string;
  quotes: number;
}

interface ListMarker {
  ordered: boolean;
  /** `-`, `+` or `*`; `.` or `)` after a number. */
  mark: string;
  /** Where the item's text starts, from the marker. */
  width: number;
  content: string;
  /** A list can interrupt a paragraph only with a bullet or "1." and some text. */
  canInterrupt: boolean;
}

/** Elements that start an HTML block (CommonMark's list): the block runs to the next blank line. */
const BLOCK_TAGS = new Set(
  ('address article aside base basefont blockquote body caption center col colgroup dd details dialog dir div dl dt fieldset ' +
    'figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hr html iframe legend li link main menu menuitem ' +
    'nav noframes ol optgroup option p param search section summary table tbody td tfoot th thead title tr track ul').split(' '),
);
const RAW_BLOCK = /^<(script|pre|style|textarea)(?:[\s>]|$)/i;
const BLOCK_TAG = /^<\/?([A-Za-z][A-Za-z0-9-]*)(?:[\s>]|\/>|$)/;
const LONE_TAG = /^(?:<[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>|<\/[A-Za-z][A-Za-z0-9-]*\s*>)\s*$/;

export function parseBlocks(markdown: string, sink: BlockSink, maxDepth: number): ProseBlock[] {
  return new BlockParser(sink, maxDepth).blocks(markdown.replace(/\r\n?/g, '\n').split('\n'), 0);
}

const isBlank = (text: string) => /^[ \t]*$/.test(text);
const indentOf = (text: string) => text.length - text.trimStart().length;

function expandLeadingTabs(text: string): string {
  if (!/^ *\t/.test(text)) return text;
  let column = 0;
  let at = 0;
  for (; at < text.length && (text[at] === ' ' || text[at] === '\t'); at += 1) column = text[at] === '\t' ? column + 4 - (column % 4) : column + 1;
  return ' '.repeat(column) + text.slice(at);
}

/** Strips quote marks (`>`, up to three spaces before each) and counts them. */
function unquote(raw: string): Line {
  let at = 0;
  let quotes = 0;
  for (;;) {
    let p = at;
    while (p < at + 3 && raw[p] === ' ') p += 1;
    if (raw[p] !== '>') break;
    quotes += 1;
    at = p + 1;
    if (raw[at] === ' ' || raw[at] === '\t') at += 1;
  }
  return { text: expandLeadingTabs(raw.slice(at)), quotes };
}

function listMarker(text: string): ListMarker | null {
  const match = /^(?:([-+*])|(\d{1,9})([.)]))([ \t]+|$)/.exec(text);
  if (!match) return null;
  const [whole, bullet, number, delimiter, spaces = ''] = match;
  const mark = bullet ?? delimiter!;
  const markerWidth = whole.length - spaces.length;
  const content = text.slice(whole.length);
  // Five or more spaces after the marker: the text starts one space in (the rest is indentation).
  const width = spaces.length === 0 || spaces.length > 4 || content === '' ? markerWidth + 1 : whole.length;
  return {
    ordered: bullet === undefined,
    mark,
    width,
    content: spaces.length > 4 ? `${spaces.slice(1)}${content}` : content,
    canInterrupt: content.trim() !== '' && (bullet !== undefined || number === '1'),
  };
}

function isThematicBreak(text: string): boolean {
  return /^(?:-{3,}|\*{3,}|_{3,})$/.test(text.replace(/[ \t]/g, ''));
}

function atxHeading(text: string): string | null {
  const match = /^#{1,6}(?:[ \t]+|$)/.exec(text);
  if (!match) return null;
  let content = text.slice(match[0].length).trimEnd();
  // A closing run of # is dropped when it stands apart: "## Title ##".
  let hashes = content.length;
  while (hashes > 0 && content[hashes - 1] === '#') hashes -= 1;
  if (hashes < content.length && (hashes === 0 || content[hashes - 1] === ' ' || content[hashes - 1] === '\t')) content = content.slice(0, hashes);
  return content.trim();
}

const tableCells = (text: string) => text.trim().replace(/^\|/, '').replace(/\|$/, '').split('|');

function isTableStart(header: string, delimiterRow: string): boolean {
  if (!header.includes('|') || !delimiterRow.includes('|')) return false;
  const cells = tableCells(delimiterRow);
  return cells.length === tableCells(header).length && cells.every((cell) => /^:?-+:?$/.test(cell.trim()));
}

/** What ends the HTML block that `text` starts: a string to find, a blank line, or nothing (not HTML). */
function htmlBlockEnd(text: string, paragraphOpen: boolean): string | 'blank line' | null {
  const raw = RAW_BLOCK.exec(text);
  if (raw) return `</${raw[1]!.toLowerCase()}>`;
  if (text.startsWith('<!--')) return '-->';
  if (text.startsWith('<?')) return '?>';
  if (text.startsWith('<![CDATA[')) return ']]>';
  if (/^<![A-Za-z]/.test(text)) return '>';
  const tag = BLOCK_TAG.exec(text);
  if (tag && BLOCK_TAGS.has(tag[1]!.toLowerCase())) return 'blank line';
  return !paragraphOpen && LONE_TAG.test(text) ? 'blank line' : null;
}

class BlockParser {
  constructor(
    private readonly sink: BlockSink,
    private readonly maxDepth: number,
  ) {}

  blocks(raw: readonly string[], depth: number): ProseBlock[] {
    const lines = raw.map(unquote);
    const out: ProseBlock[] = [];
    let paragraph: string[] = [];
    let paragraphQuotes = 0;
    const flush = () => {
      if (paragraph.length > 0) out.push(...this.paragraph(paragraph.join('\n')));
      paragraph = [];
    };

    let i = 0;
    while (i < lines.length) {
      const { text: line, quotes } = lines[i]!;
      if (depth + quotes > this.maxDepth) this.sink.tooDeep();
      if (isBlank(line)) {
        flush();
        i += 1;
        continue;
      }
      // A deeper quote starts a new paragraph; a shallower line carries on the paragraph (lazily).
      if (paragraph.length > 0 && quotes > paragraphQuotes) flush();
      const indent = indentOf(line);
      if (indent >= 4) {
        if (paragraph.length === 0) {
          i = this.indentedCode(lines, i, out);
          continue;
        }
      } else {
        const text = line.slice(indent);
        const next = this.block(lines, i, text, depth, paragraph.length > 0);
        if (next === 'setext') {
          out.push({ type: 'heading', children: this.inlinesOnly(paragraph.join('\n')) });
          paragraph = [];
          i += 1;
          continue;
        }
        if (next !== null) {
          flush();
          out.push(...next.blocks);
          i = next.end;
          continue;
        }
      }
      if (paragraph.length === 0) paragraphQuotes = quotes;
      paragraph.push(line.trimStart());
      i += 1;
    }
    flush();
    return out;
  }

  /** A block starting at line `i` (other than a paragraph), with the line after it; 'setext' for an underline. */
  private block(lines: readonly Line[], i: number, text: string, depth: number, paragraphOpen: boolean): { blocks: ProseBlock[]; end: number } | 'setext' | null {
    const fence = /^(`{3,}|~{3,})([^`]*)$/.exec(text) ?? /^(~{3,})(.*)$/.exec(text);
    if (fence) return this.fencedCode(lines, i, fence[1]!, indentOf(lines[i]!.text));
    const heading = atxHeading(text);
    if (heading !== null) return { blocks: [{ type: 'heading', children: this.inlinesOnly(heading) }], end: i + 1 };
    if (paragraphOpen && /^(?:=+|-+)[ \t]*$/.test(text)) return 'setext';
    if (isThematicBreak(text)) return { blocks: [], end: i + 1 };
    const htmlEnd = htmlBlockEnd(text, paragraphOpen);
    if (htmlEnd !== null) {
      this.sink.warn(WARNINGS.html);
      return { blocks: [], end: this.skipHtml(lines, i, htmlEnd) };
    }
    if (i + 1 < lines.length && isTableStart(text, lines[i + 1]!.text)) {
      this.sink.warn(WARNINGS.table);
      let end = i + 2;
      while (end < lines.length && !isBlank(lines[end]!.text)) end += 1;
      return { blocks: [], end };
    }
    const marker = listMarker(text);
    return marker && (!paragraphOpen || marker.canInterrupt) ? this.list(lines, i, marker, depth) : null;
  }

  private fencedCode(lines: readonly Line[], i: number, fence: string, indent: number): { blocks: ProseBlock[]; end: number } {
    const code: string[] = [];
    let end = i + 1;
    for (; end < lines.length; end += 1) {
      const text = lines[end]!.text;
      const closing = text.trim();
      if (indentOf(text) < 4 && closing.length >= fence.length && closing === fence[0]!.repeat(closing.length)) {
        end += 1;
        break;
      }
      code.push(text.slice(Math.min(indent, indentOf(text))));
    }
    return { blocks: codeBlock(code), end };
  }

  private indentedCode(lines: readonly Line[], i: number, out: ProseBlock[]): number {
    const code: string[] = [];
    let end = i;
    for (; end < lines.length; end += 1) {
      const text = lines[end]!.text;
      if (!isBlank(text) && indentOf(text) < 4) break;
      code.push(text.slice(4));
    }
    while (code.length > 0 && isBlank(code.at(-1)!)) code.pop();
    out.push(...codeBlock(code));
    return end;
  }

  private skipHtml(lines: readonly Line[], i: number, end: string): number {
    if (end === 'blank line') {
      let line = i + 1;
      while (line < lines.length && !isBlank(lines[line]!.text)) line += 1;
      return line;
    }
    for (let line = i; line < lines.length; line += 1) {
      // The first line is searched after its opening, so "<!-->" alone does not end itself early.
      const text = line === i ? lines[line]!.text.trimStart().slice(2) : lines[line]!.text;
      if (text.toLowerCase().includes(end)) return line + 1;
    }
    return lines.length;
  }

  private list(lines: readonly Line[], start: number, first: ListMarker, depth: number): { blocks: ProseBlock[]; end: number } {
    const items: string[][] = [];
    let current: string[] = [];
    let contentStart = 0;
    let previousBlank = false;
    let i = start;
    for (; i < lines.length; i += 1) {
      const { text } = lines[i]!;
      if (isBlank(text)) {
        if (items.length > 0) current.push('');
        previousBlank = true;
        continue;
      }
      const indent = indentOf(text);
      if (items.length > 0 && indent >= contentStart) {
        current.push(text.slice(contentStart));
        previousBlank = false;
        continue;
      }
      const marker = indent < 4 && !isThematicBreak(text.slice(indent)) ? listMarker(text.slice(indent)) : null;
      if (marker && marker.ordered === first.ordered && marker.mark === first.mark) {
        current = [marker.content];
        items.push(current);
        contentStart = indent + marker.width;
        previousBlank = false;
        continue;
      }
      // A line that does not start a block carries on the item's last paragraph (CommonMark's "lazy" line).
      if (items.length > 0 && !previousBlank && !isBlank(current.at(-1) ?? '') && !this.startsBlock(text.slice(indent))) {
        current.push(text.trimStart());
        continue;
      }
      break;
    }
    // Blank lines at the end belong after the list, not in its last item.
    let end = i;
    while (end > start && isBlank(lines[end - 1]!.text)) end -= 1;
    for (const item of items) while (item.length > 0 && isBlank(item.at(-1)!)) item.pop();
    return { blocks: [{ type: 'list', ordered: first.ordered, items: items.map((item) => this.item(item, depth + 1)) }], end };
  }

  private startsBlock(text: string): boolean {
    return (
      isThematicBreak(text) ||
      listMarker(text) !== null ||
      atxHeading(text) !== null ||
      /^(`{3,}|~{3,})/.test(text) ||
      htmlBlockEnd(text, true) !== null
    );
  }

  /** One list item's inlines: its blocks one level down, or, past the nesting limit, its lines as one flat paragraph. */
  private item(lines: readonly string[], depth: number): Inline[] {
    if (depth > this.maxDepth) {
      this.sink.tooDeep();
      return this.inlinesOnly(lines.map((line) => line.trim()).join('\n'));
    }
    return this.blocks(lines, depth)
      .map(flattenToInline)
      .filter((inlines) => inlines.length > 0)
      .flatMap((inlines, index) => (index === 0 ? inlines : [{ type: 'break' } as Inline, ...inlines]));
  }

  /** A paragraph, with any pictures lifted out into blocks of their own. */
  private paragraph(text: string): ProseBlock[] {
    const blocks: ProseBlock[] = [];
    let run: Inline[] = [];
    const flush = () => {
      const children = trimInlines(run);
      if (children.length > 0) blocks.push({ type: 'paragraph', children });
      run = [];
    };
    for (const inline of this.sink.inlines(text.trimEnd())) {
      if (inline.type === 'image') {
        flush();
        blocks.push(inline);
      } else {
        run.push(inline);
      }
    }
    flush();
    return blocks;
  }

  /** Inlines where a picture cannot stand on its own (headings, list items): its words. */
  private inlinesOnly(text: string): Inline[] {
    return trimInlines(this.sink.inlines(text.trimEnd()).map((inline) => (inline.type === 'image' ? { type: 'text', text: inline.alt } : inline)));
  }
}

function codeBlock(lines: readonly string[]): ProseBlock[] {
  const text = lines.join('\n');
  return text.trim() === '' ? [] : [{ type: 'paragraph', children: [{ type: 'text', text }] }];
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
  const isBlankText = (inline: Inline) => inline.type === 'text' && inline.text.trim() === '';
  let start = 0;
  let end = inlines.length;
  while (start < end && isBlankText(inlines[start]!)) start += 1;
  while (end > start && isBlankText(inlines[end - 1]!)) end -= 1;
  return inlines.slice(start, end);
}
