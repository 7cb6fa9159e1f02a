/**
 * Makes text safe to set in a font that cannot draw every character: a
 * character without a glyph becomes '?', marks that only modify a
 * neighbour (emoji joiners, variation selectors, skin tones) are dropped,
 * and control characters go, except line breaks.
 */

export type HasGlyph = (codePoint: number) => boolean;

export const REPLACEMENT = '?';

const isInvisibleModifier = (cp: number): boolean =>
  (cp >= 0x200b && cp <= 0x200f) || // zero-width space, (non-)joiners, direction marks
  (cp >= 0x202a && cp <= 0x202e) || // bidi embedding controls
  (cp >= 0x2060 && cp <= 0x2064) || // word joiner, invisible operators
  (cp >= 0xfe00 && cp <= 0xfe0f) || // variation selectors
  cp === 0xfeff || // byte order mark
  (cp >= 0x1f3fb && cp <= 0x1f3ff) || // emoji skin tones
  (cp >= 0xe0000 && cp <= 0xe007f) || // tag characters (flag sequences)
  (cp >= 0xe0100 && cp <= 0xe01ef); // variation selectors supplement

export function printableText(text: string, hasGlyph: HasGlyph): string {
  let out = '';
  for (const char of text.normalize('NFC')) {
    const cp = char.codePointAt(0)!;
    if (cp === 0x0a) out += '\n';
    else if (cp === 0x0d) continue;
    else if (cp === 0x09) out += ' ';
    else if (cp === 0x2028 || cp === 0x2029) out += '\n';
    else if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) || isInvisibleModifier(cp)) continue;
    else out += hasGlyph(cp) ? char : REPLACEMENT;
  }
  return out;
}

/** Fields that are not set as text: images, and metadata (PDF metadata is Unicode and needs no font). */
const NOT_TEXT = new Set(['logoDataUrl', 'metadata', 'path', 'regionId', 'id', 'paperSize', 'locale', 'consultationDate', 'palette']);

/** The model (the summary's, or the clinician's copy's) with every string that will be drawn passed through printableText. */
export function printableModel<Model>(model: Model, hasGlyph: HasGlyph): Model {
  const map = (value: unknown, key: string | null): unknown => {
    if (key !== null && NOT_TEXT.has(key)) return value;
    if (typeof value === 'string') return printableText(value, hasGlyph);
    if (Array.isArray(value)) return value.map((item) => map(item, null));
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, map(v, k)]));
    }
    return value;
  };
  return map(model, null) as Model;
}
