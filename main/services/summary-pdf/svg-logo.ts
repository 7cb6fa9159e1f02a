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

class Unsupported extends Error {}

export function parseSvgLogo(source: string): SvgLogo | null {
  try {
    return parse(source);
  } catch (error) {
    if (error instanceof Unsupported) return null;
    throw error;
  }
}

interface OpenElement {
  name: string;
  element: SvgElement | null;
  /** Opened inside (or as) a skipped element. */
  skipped: boolean;
}

function parse(source: string): SvgLogo {
  if (source.includes('<![CDATA[')) throw new Unsupported('CDATA');
  const body = source
    .replace(/<\?[\s\S]*?\?>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<!DOCTYPE[^>]*>/gi, '');

  let viewBox: SvgLogo['viewBox'] | null = null;
  let root: SvgElement | null = null;
  const stack: OpenElement[] = [];
  let skipping = 0;
  let count = 0;

  for (const match of body.matchAll(/<(\/?)([A-Za-z][\w:.-]*)([^>]*?)(\/?)>|([^<]+)|(<)/g)) {
    const [, closing, rawName, attributeText = '', selfClosing, text, strayBracket] = match;
    if (strayBracket) throw new Unsupported('malformed markup');
    if (text !== undefined) {
      const parent = stack.at(-1);
      if (skipping === 0 && parent?.element && (parent.element.tag === 'text' || parent.element.tag === 'tspan')) addText(parent.element, text);
      continue;
    }
    const name = rawName!.toLowerCase();
    if (closing) {
      const open = stack.pop();
      if (!open || open.name !== name) throw new Unsupported('unbalanced tags');
      if (open.skipped) skipping -= 1;
      continue;
    }
    count += 1;
    if (count > MAX_ELEMENTS) throw new Unsupported('too many elements');
    const attributes = readAttributes(attributeText);

    let element: SvgElement | null = null;
    const skipped = skipping > 0 || SKIPPED.has(name) || name.includes(':');
    if (skipped) {
      // Editor metadata (inkscape:*, sodipodi:*) and titles draw nothing.
      if (!selfClosing) skipping += 1;
    } else if (name === 'svg') {
      if (stack.length > 0) throw new Unsupported('nested <svg>');
      viewBox = readViewBox(attributes);
      root = { tag: 'g', props: presentation(attributes, true), children: [] };
      element = root;
    } else if (SHAPES.has(name)) {
      const parent = stack.at(-1)?.element;
      if (!parent) throw new Unsupported(`<${name}> outside <svg>`);
      element = { tag: name as SvgTag, props: presentation(attributes, false), children: [] };
      parent.children.push(element);
    } else {
      throw new Unsupported(`<${name}>`);
    }
    if (!selfClosing) stack.push({ name, element, skipped });
  }
  if (stack.length > 0 || !root || !viewBox) throw new Unsupported('incomplete');
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

function readAttributes(text: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const [, name, doubleQuoted, singleQuoted] of text.matchAll(/([^\s=/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    attributes.set(name!.toLowerCase(), decodeEntities(doubleQuoted ?? singleQuoted ?? ''));
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
  throw new Unsupported('no size');
}

function presentation(attributes: Map<string, string>, isRoot: boolean): SvgProps {
  const props: SvgProps = {};
  for (const [name, value] of attributes) {
    if (UNSUPPORTED_ATTRIBUTES.has(name)) throw new Unsupported(`attribute ${name}`);
    if (/url\(/i.test(value)) throw new Unsupported('paint server');
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
