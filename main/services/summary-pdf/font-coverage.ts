/**
 * Which characters a TrueType/OpenType font can draw, read from its `cmap`
 * table: the summary replaces the others before react-pdf lays the text out,
 * so a name in a script the font lacks prints as '?' instead of failing.
 */

/** Inclusive code point ranges, sorted, that map to a real glyph. */
export type CodePointRanges = readonly (readonly [number, number])[];

export function fontCoverage(font: Uint8Array): CodePointRanges {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const cmap = tableOffset(view, 'cmap');
  if (cmap === null) throw new Error('The font has no cmap table');
  const subtables = view.getUint16(cmap + 2);
  let best: { offset: number; rank: number } | null = null;
  for (let i = 0; i < subtables; i += 1) {
    const record = cmap + 4 + i * 8;
    const platform = view.getUint16(record);
    const encoding = view.getUint16(record + 2);
    const offset = cmap + view.getUint32(record + 4);
    const format = view.getUint16(offset);
    // Prefer the full-Unicode table (format 12), then the BMP one (format 4).
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    const rank = !unicode ? 0 : format === 12 ? 2 : format === 4 ? 1 : 0;
    if (rank > 0 && (!best || rank > best.rank)) best = { offset, rank };
  }
  if (!best) throw new Error('The font has no Unicode cmap subtable this reader understands (format 4 or 12)');
  return merge(best.rank === 2 ? format12(view, best.offset) : format4(view, best.offset));
}

export function covers(ranges: CodePointRanges, codePoint: number): boolean {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const [start, end] = ranges[mid]!;
    if (codePoint < start) high = mid - 1;
    else if (codePoint > end) low = mid + 1;
    else return true;
  }
  return false;
}

function tableOffset(view: DataView, tag: string): number | null {
  const tables = view.getUint16(4);
  for (let i = 0; i < tables; i += 1) {
    const record = 12 + i * 16;
    const name = String.fromCharCode(view.getUint8(record), view.getUint8(record + 1), view.getUint8(record + 2), view.getUint8(record + 3));
    if (name === tag) return view.getUint32(record + 8);
  }
  return null;
}

function format12(view: DataView, offset: number): [number, number][] {
  const groups = view.getUint32(offset + 12);
  const ranges: [number, number][] = [];
  for (let i = 0; i < groups; i += 1) {
    const group = offset + 16 + i * 12;
    const [start, end, firstGlyph] = [view.getUint32(group), view.getUint32(group + 4), view.getUint32(group + 8)];
    // A group starting at glyph 0 maps its first code point to .notdef (the "missing" box).
    if (firstGlyph === 0) {
      if (end > start) ranges.push([start + 1, end]);
    } else {
      ranges.push([start, end]);
    }
  }
  return ranges;
}

function format4(view: DataView, offset: number): [number, number][] {
  const segments = view.getUint16(offset + 6) / 2;
  const ends = offset + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  const ranges: [number, number][] = [];
  for (let s = 0; s < segments; s += 1) {
    const end = view.getUint16(ends + s * 2);
    const start = view.getUint16(starts + s * 2);
    const delta = view.getInt16(deltas + s * 2);
    const rangeOffset = view.getUint16(rangeOffsets + s * 2);
    for (let code = start; code <= end && code !== 0xffff; code += 1) {
      let glyph: number;
      if (rangeOffset === 0) {
        glyph = (code + delta) & 0xffff;
      } else {
        const at = rangeOffsets + s * 2 + rangeOffset + (code - start) * 2;
        const raw = view.getUint16(at);
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (glyph !== 0) ranges.push([code, code]);
    }
  }
  return ranges;
}

function merge(ranges: [number, number][]): [number, number][] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = out.at(-1);
    if (last && start <= last[1] + 1) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}
