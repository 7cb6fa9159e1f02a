/**
 * A clinic logo in SVG, read into a small tree of shapes react-pdf can draw
 * (react-pdf's <Image> does not take SVG). Only plain drawings are accepted:
 * shapes, groups and text with presentation attributes. Anything richer
 * (gradients, embedded images, <use>, stylesheets, clipping, filters) returns
 * null, and the summary sets the clinic's name in its accent colour instead.
 */

export type SvgTag = 'g' | 'path' | 'circle' | 'ellipse' | 'rect' | 'line' | 'polyline' | 'polygon' | 'text' | 'tspan';

export type SvgProps = Record<string, string | number>;

export interface SvgElement {
  tag: SvgTag;
  props: SvgProps;
  children: SvgElement[];
  /** The words of a text or tspan element. */
  text?: string;
}

export interface SvgLogo {
  viewBox: { x: number; y: number; width: number; height: number };
  /** A group holding the drawing, with the root's presentation attributes. */
  root: SvgElement;
}

const SHAPES = new Set<string>(['g', 'path', 'circle', 'ellipse', 'rect', 'line', 'polyline', 'polygon', 'text', 'tspan']);
/** Elements that draw nothing: skipped with everything inside them. */
const SKIPPED = new Set(['title', 'desc', 'metadata']);
const MAX_ELEMENTS = 5000;

/** SVG attribute -> react-pdf prop; numeric ones are parsed. */
const ATTRIBUTES: Record<string, { prop: string; numeric?: boolean }> = {
  d: { prop: 'd' },
  points: { prop: 'points' },
  transform: { prop: 'transform' },
  fill: { prop: 'fill' },
  stroke: { prop: 'stroke' },
  'fill-rule': { prop: 'fillRule' },
  'stroke-linecap': { prop: 'strokeLinecap' },
  'stroke-linejoin': { prop: 'strokeLinejoin' },
  'stroke-dasharray': { prop: 'strokeDasharray' },
  'text-anchor': { prop: 'textAnchor' },
  'dominant-baseline': { prop: 'dominantBaseline' },
  'font-style': { prop: 'fontStyle' },
  'font-weight': { prop: 'fontWeight' },
  visibility: { prop: 'visibility' },
  ...Object.fromEntries(
    ['x', 'y', 'cx', 'cy', 'r', 'rx', 'ry', 'width', 'height', 'x1', 'y1', 'x2', 'y2', 'opacity'].map((name) => [name, { prop: name, numeric: true }]),
  ),
  'stroke-width': { prop: 'strokeWidth', numeric: true },
  'fill-opacity': { prop: 'fillOpacity', numeric: true },
  'stroke-opacity': { prop: 'strokeOpacity', numeric: true },
  'font-size': { prop: 'fontSize', numeric: true },
  'letter-spacing': { prop: 'letterSpacing', numeric: true },
};

/** Attributes whose effect cannot be drawn without them: their presence means "not a plain logo". */
const UNSUPPORTED_ATTRIBUTES = new Set(['clip-path', 'mask', 'filter', 'href', 'xlink:href']);

const FONT_WEIGHTS: Record<string, number> = { normal: 400, bold: 700, bolder: 700, lighter: 300 };
/** Logos nest a few groups; a deeper drawing is refused, as react-pdf draws it by recursion. */
const MAX_DEPTH = 32;

/** Why the logo cannot be drawn, in words that finish "Facet cannot draw this logo on the summary: …". */
class Unsupported extends Error {}

export type SvgLogoResult = { ok: true; logo: SvgLogo } | { ok: false; reason: string };

/**
 * Reads the logo in one pass: every search for the end of a comment, declaration or tag
 * starts where the last one ended, and one that finds no end refuses the logo at once.
 */
export function readSvgLogo(source: string): SvgLogoResult {
  try {
    return { ok: true, logo: parse(source) };
  } catch (error) {
    return { ok: false, reason: error instanceof Unsupported ? error.message : 'it could not be read' };
  }
}

export function parseSvgLogo(source: string): SvgLogo | null {
  const result = readSvgLogo(source);
  return result.ok ? result.logo : null;
}

interface OpenElement {
  name: string;
  element: SvgElement | null;
  /** Opened inside (or as) a skipped element. */
  skipped: boolean;
}

/** Where the markup starting at `at` (a comment, <?...?>, <!DOCTYPE ...>) ends; null when it is a tag. */
function skipMarkup(source: string, at: number): number | null {
  const endOf = (closing: string, from: number, what: string) => {
    const end = source.indexOf(closing, from);
    if (end === -1) throw new Unsupported(`it has ${what} that is never closed`);
    return end + closing.length;
  };
  if (source.startsWith('<!--', at)) return endOf('-->', at + 4, 'a comment (<!--)');
  if (source.startsWith('<![CDATA[', at)) throw new Unsupported('it has a CDATA section (<![CDATA[)');
  if (source.startsWith('<?', at)) return endOf('?>', at + 2, 'a "<?"');
  if (!source.startsWith('<!', at)) return null;
  // <!DOCTYPE svg ... [ <!ENTITY ...> ]>: its own entities are never expanded, only stepped over.
  const close = endOf('>', at + 2, 'a declaration (<!)');
  const subset = source.slice(at, close).indexOf('[');
  return subset === -1 ? close : endOf('>', endOf(']', at + subset, 'a declaration (<!)'), 'a declaration (<!)');
}

function parse(source: string): SvgLogo {
  let viewBox: SvgLogo['viewBox'] | null = null;
  let root: SvgElement | null = null;
  const stack: OpenElement[] = [];
  let skipping = 0;
  let count = 0;

  const addTextAt = (text: string) => {
    const parent = stack.at(-1);
    if (skipping === 0 && parent?.element && (parent.element.tag === 'text' || parent.element.tag === 'tspan')) addText(parent.element, text);
  };

  let at = 0;
  while (at < source.length) {
    const open = source.indexOf('<', at);
    if (open === -1) {
      addTextAt(source.slice(at));
      break;
    }
    if (open > at) addTextAt(source.slice(at, open));
    const skipped = skipMarkup(source, open);
    if (skipped !== null) {
      at = skipped;
      continue;
    }
    const close = source.indexOf('>', open + 1);
    if (close === -1) throw new Unsupported('it has a tag that is never closed');
    at = close + 1;
    const tag = /^(\/?)([A-Za-z][\w:.-]*)/.exec(source.slice(open + 1, Math.min(close, open + 200)));
    if (!tag) throw new Unsupported('it has a "<" that does not start a tag');
    const [head, closing, rawName] = tag;
    const selfClosing = source[close - 1] === '/' && close - 1 > open + head.length;
    const name = rawName!.toLowerCase();
    if (closing) {
      const opened = stack.pop();
      if (!opened || opened.name !== name) throw new Unsupported('its tags are not balanced');
      if (opened.skipped) skipping -= 1;
      continue;
    }
    count += 1;
    if (count > MAX_ELEMENTS) throw new Unsupported(`it has more than ${MAX_ELEMENTS} elements`);
    if (stack.length >= MAX_DEPTH) throw new Unsupported(`it nests elements more than ${MAX_DEPTH} deep`);
    const attributes = readAttributes(source.slice(open + 1 + head.length, selfClosing ? close - 1 : close));

    let element: SvgElement | null = null;
    const skippedElement = skipping > 0 || SKIPPED.has(name) || name.includes(':');
    if (skippedElement) {
      // Editor metadata (inkscape:*, sodipodi:*) and titles draw nothing.
      if (!selfClosing) skipping += 1;
    } else if (name === 'svg') {
      if (stack.length > 0) throw new Unsupported('it has an <svg> inside another');
      viewBox = readViewBox(attributes);
      root = { tag: 'g', props: presentation(attributes, true), children: [] };
      element = root;
    } else if (SHAPES.has(name)) {
      const parent = stack.at(-1)?.element;
      if (!parent) throw new Unsupported(`it has <${name}> outside <svg>`);
      element = { tag: name as SvgTag, props: presentation(attributes, false), children: [] };
      parent.children.push(element);
    } else {
      throw new Unsupported(`it uses <${name}>, which the summary cannot draw`);
    }
    if (!selfClosing) stack.push({ name, element, skipped: skippedElement });
  }
  if (!root || !viewBox) throw new Unsupported('it is not an SVG drawing');
  if (stack.length > 0) throw new Unsupported('its tags are not balanced');
  return { viewBox, root };
}

function addText(element: SvgElement, raw: string) {
  const words = decodeEntities(raw).replace(/\s+/g, ' ');
  if (words.trim() === '') return;
  if (element.children.length === 0) {
    element.text = `${element.text ?? ''}${words}`.trimStart();
  } else {
    element.children.push({ tag: 'tspan', props: {}, children: [], text: words.trim() });
  }
}

/** name="value" and name='value' pairs, read in one pass; anything else between them is stepped over. */
function readAttributes(text: string): Map<string, string> {
  const attributes = new Map<string, string>();
  const isSpace = (char: string | undefined) => char === ' ' || char === '\t' || char === '\n' || char === '\r';
  let at = 0;
  while (at < text.length) {
    while (at < text.length && (isSpace(text[at]) || text[at] === '=' || text[at] === '/')) at += 1;
    const nameStart = at;
    while (at < text.length && !isSpace(text[at]) && text[at] !== '=' && text[at] !== '/') at += 1;
    const name = text.slice(nameStart, at);
    let p = at;
    while (isSpace(text[p])) p += 1;
    if (text[p] !== '=') continue;
    p += 1;
    while (isSpace(text[p])) p += 1;
    const quote = text[p];
    if (quote !== '"' && quote !== "'") {
      at = p;
      continue;
    }
    const end = text.indexOf(quote, p + 1);
    if (end === -1) break;
    attributes.set(name.toLowerCase(), decodeEntities(text.slice(p + 1, end)));
    at = end + 1;
  }
  // style="fill: red; stroke-width: 2" overrides the attributes, as in a browser.
  for (const declaration of (attributes.get('style') ?? '').split(';')) {
    const colon = declaration.indexOf(':');
    if (colon > 0) attributes.set(declaration.slice(0, colon).trim().toLowerCase(), declaration.slice(colon + 1).trim());
  }
  return attributes;
}

function readViewBox(attributes: Map<string, string>): SvgLogo['viewBox'] {
  const values = (attributes.get('viewbox') ?? '').trim().split(/[\s,]+/).filter(Boolean).map(Number);
  if (values.length === 4 && values.every(Number.isFinite) && values[2]! > 0 && values[3]! > 0) {
    return { x: values[0]!, y: values[1]!, width: values[2]!, height: values[3]! };
  }
  const width = parseFloat(attributes.get('width') ?? '');
  const height = parseFloat(attributes.get('height') ?? '');
  if (width > 0 && height > 0) return { x: 0, y: 0, width, height };
  throw new Unsupported('it has no size (a viewBox, or a width and a height)');
}

function presentation(attributes: Map<string, string>, isRoot: boolean): SvgProps {
  const props: SvgProps = {};
  for (const [name, value] of attributes) {
    if (UNSUPPORTED_ATTRIBUTES.has(name)) throw new Unsupported(`it uses the attribute ${name}, which the summary cannot draw`);
    if (/url\(/i.test(value)) throw new Unsupported('it fills or strokes with a gradient or pattern (url(...))');
    const mapping = ATTRIBUTES[name];
    if (!mapping || (isRoot && ['x', 'y', 'width', 'height'].includes(name))) continue;
    if (name === 'font-weight') {
      const weight = FONT_WEIGHTS[value] ?? parseInt(value, 10);
      if (Number.isFinite(weight)) props.fontWeight = weight;
    } else if (mapping.numeric) {
      const number = parseFloat(value);
      if (Number.isFinite(number)) props[mapping.prop] = number;
    } else {
      props[mapping.prop] = value === 'currentColor' ? '#000000' : value;
    }
  }
  return props;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, body: string) => {
    if (body.startsWith('#')) {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return ENTITIES[body.toLowerCase()] ?? entity;
  });
}
