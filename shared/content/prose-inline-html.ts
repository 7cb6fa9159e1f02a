/**
 * What a `<` or `&` starts in inline text: an autolink, HTML (which Facet drops), or an
 * entity. Each scan is linear: a closing mark is looked for once (see Finder).
 */

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

/**
 * `indexOf` that remembers its last answer per needle. Searches move forward through the
 * text, so a needle that is not there is looked for once, and a found one is reused by
 * every search that starts before it.
 */
export class Finder {
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

/** An autolink keeps its words; HTML, comments and the code inside <script> are dropped up to `end`. */
export type AngleBracket = { kind: 'autolink'; words: string; end: number } | { kind: 'html'; end: number };

/** What the `<` at `at` starts, or null when it is only a `<`. `finder` searches `source`. */
export function angleBracketAt(source: string, at: number, finder: Finder): AngleBracket | null {
  for (const pattern of [AUTOLINK, EMAIL]) {
    pattern.lastIndex = at;
    const match = pattern.exec(source);
    if (match) return { kind: 'autolink', words: match[1]!, end: at + match[0].length };
  }
  const end = htmlEnd(source, at, finder);
  if (end === -1) return null;
  TAG_NAME.lastIndex = at;
  const tag = TAG_NAME.exec(source);
  const name = tag?.[2]?.toLowerCase();
  if (tag && !tag[1] && name && RAW_TEXT_ELEMENTS.has(name) && source[end - 2] !== '/') {
    const closing = new RegExp(`</${name}\\s*>`, 'gi');
    closing.lastIndex = end;
    const found = closing.exec(source);
    return { kind: 'html', end: found ? found.index + found[0].length : source.length };
  }
  return { kind: 'html', end };
}

/** Where the HTML (tag, comment, declaration) starting at `at` ends, or -1 when it is not HTML. */
function htmlEnd(source: string, at: number, finder: Finder): number {
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

/** The character an entity at `at` stands for, and where it ends; null when `&` starts none. */
export function entityAt(source: string, at: number): { text: string; end: number } | null {
  ENTITY.lastIndex = at;
  const match = ENTITY.exec(source);
  const [whole, hex, decimal, name] = match ?? [];
  if (!whole) return null;
  const end = at + whole.length;
  if (name !== undefined) return { text: NAMED_ENTITIES[name] ?? whole, end };
  const code = parseInt(hex ?? decimal!, hex ? 16 : 10);
  return { text: code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '\ufffd', end };
}
