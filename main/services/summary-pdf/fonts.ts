import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Font } from '@react-pdf/renderer';
import type { HasGlyph } from '../../../shared/summary/printable';
import { covers, fontCoverage, type CodePointRanges } from './font-coverage';
import { serialiseNameTableOnce } from './font-identity';

/**
 * Inter, registered with react-pdf from TTF files (react-pdf cannot read
 * WOFF2 in Node). The folder is passed in: the packaged app passes its
 * resources/fonts; tests and the bench use the repository's assets/fonts.
 */
export const DEFAULT_FONTS_DIR = path.resolve(__dirname, '../../../assets/fonts');

const FACES = [
  { file: 'Inter-Regular.ttf', fontWeight: 400, fontStyle: 'normal' },
  { file: 'Inter-Italic.ttf', fontWeight: 400, fontStyle: 'italic' },
  { file: 'Inter-Medium.ttf', fontWeight: 500, fontStyle: 'normal' },
  { file: 'Inter-SemiBold.ttf', fontWeight: 600, fontStyle: 'normal' },
  { file: 'Inter-Bold.ttf', fontWeight: 700, fontStyle: 'normal' },
] as const;

export interface SummaryFonts {
  /** The family name to set text in. */
  family: string;
  /** True when every face of the family can draw the character. */
  hasGlyph: HasGlyph;
}

type FontStore = Pick<typeof Font, 'register' | 'registerHyphenationCallback' | 'load' | 'getFont'>;

const byFolder = new Map<string, Promise<SummaryFonts>>();

/** Registers the family once per folder (react-pdf's font store is global) and reads what it can draw. */
export function summaryFonts(fontStore: FontStore, fontsDir: string): Promise<SummaryFonts> {
  const folder = path.resolve(fontsDir);
  let fonts = byFolder.get(folder);
  if (!fonts) {
    fonts = register(fontStore, folder, `Facet Inter ${byFolder.size + 1}`);
    byFolder.set(folder, fonts);
    fonts.catch(() => byFolder.delete(folder));
  }
  return fonts;
}

async function register(fontStore: FontStore, folder: string, family: string): Promise<SummaryFonts> {
  const coverages: CodePointRanges[] = await Promise.all(
    FACES.map(async ({ file }) => {
      const fontPath = path.join(folder, file);
      let bytes: Buffer;
      try {
        bytes = await readFile(fontPath);
      } catch (error) {
        throw new Error(`The summary font ${file} could not be read from ${folder}`, { cause: error });
      }
      return fontCoverage(bytes);
    }),
  );
  fontStore.register({
    family,
    fonts: FACES.map(({ file, fontWeight, fontStyle }) => ({ src: path.join(folder, file), fontWeight, fontStyle })),
  });
  // Names and medical words must not be broken with a hyphen across lines.
  fontStore.registerHyphenationCallback((word) => [word]);
  await Promise.all(
    FACES.map(async ({ fontWeight, fontStyle }) => {
      const descriptor = { fontFamily: family, fontWeight, fontStyle };
      await fontStore.load(descriptor);
      const face = (fontStore.getFont(descriptor) as { data?: unknown } | null)?.data;
      keepCharactersOnGlyphs(face);
      rememberShaping(face);
      serialiseNameTableOnce(face);
    }),
  );
  return { family, hasGlyph: (codePoint) => coverages.every((ranges) => covers(ranges, codePoint)) };
}

interface GlyphSource {
  getGlyph: (id: number, characters?: number[]) => { codePoints: number[] } | null;
}

/**
 * fontkit keeps one glyph object per glyph id, with the characters it was
 * first made for. When a glyph is first made with none (as a part of another
 * glyph, while a PDF's font subset is written), every later document that
 * draws it writes an empty entry in its character map: a digit or a full stop
 * then disappears from the text a screen reader or search reads, and Poppler
 * does not draw it either ("1.5 mL" printed as ".5 mL"). The first characters
 * a glyph is asked for are kept on it.
 */
function keepCharactersOnGlyphs(font: unknown): void {
  if (typeof font !== 'object' || font === null || typeof (font as GlyphSource).getGlyph !== 'function') return;
  const source = font as GlyphSource;
  const getGlyph = source.getGlyph.bind(source);
  source.getGlyph = (id, characters = []) => {
    const glyph = getGlyph(id, characters);
    if (glyph && glyph.codePoints.length === 0 && characters.length > 0) glyph.codePoints = [...characters];
    return glyph;
  };
}

interface Shaper {
  layout: (text: string, features?: unknown, ...rest: unknown[]) => ShapedRun;
}
interface ShapedRun {
  glyphs: unknown[];
  positions: object[];
}

const SHAPING_CACHE_SIZE = 4000;

/**
 * Inter's contextual alternates (arrows, punctuation raised between capitals)
 * change nothing a summary needs, and are most of its shaping time: off,
 * unless a style asks for them.
 */
function withoutContextualAlternates(features: unknown): Record<string, boolean> {
  const requested = Array.isArray(features)
    ? Object.fromEntries(features.map((tag) => [String(tag), true]))
    : typeof features === 'object' && features !== null
      ? (features as Record<string, boolean>)
      : {};
  return { calt: false, ...requested };
}

/**
 * fontkit shapes every run of text from scratch, and shaping (Inter's
 * OpenType tables) is most of the time a summary takes. Most of a summary's
 * text (the clinic's content, the headings) is the same from one export to
 * the next, so each face keeps the runs it has shaped. Callers get their own
 * copies of the arrays, so nothing they change leaks into the cache. The face
 * is react-pdf's loaded fontkit font; if a react-pdf upgrade hides it, this
 * does nothing and summaries are only slower.
 */
const shapingCaches = new Set<Map<string, ShapedRun>>();

/**
 * Drops every remembered run that holds any of these texts (or a piece of
 * one): called after each export with the patient's name and notes, so no
 * patient's words stay in memory once their summary is written.
 */
export function forgetShapedText(sensitive: readonly string[]): void {
  const pieces = sensitive.map((text) => text.trim()).filter((text) => text.length >= 2);
  if (pieces.length === 0) return;
  for (const cache of shapingCaches) {
    for (const key of cache.keys()) {
      const text = key.slice(key.indexOf('|', key.indexOf('|') + 1) + 1);
      if (pieces.some((piece) => text.includes(piece) || (text.trim().length >= 2 && piece.includes(text.trim())))) cache.delete(key);
    }
  }
}

/** How many remembered runs contain this text (for tests of forgetShapedText). */
export function countShapedText(piece: string): number {
  let count = 0;
  for (const cache of shapingCaches) for (const key of cache.keys()) if (key.includes(piece)) count += 1;
  return count;
}

function rememberShaping(font: unknown): void {
  if (typeof font !== 'object' || font === null || typeof (font as Shaper).layout !== 'function') return;
  const shaper = font as Shaper;
  const shape = shaper.layout.bind(shaper);
  const cache = new Map<string, ShapedRun>();
  shapingCaches.add(cache);
  shaper.layout = (text, requested, ...rest) => {
    const features = withoutContextualAlternates(requested);
    if (typeof text !== 'string') return shape(text, features, ...rest);
    const key = `${JSON.stringify(features)}|${JSON.stringify(rest)}|${text}`;
    let run = cache.get(key);
    if (!run) {
      run = shape(text, features, ...rest);
      if (cache.size >= SHAPING_CACHE_SIZE) cache.delete(cache.keys().next().value!);
      cache.set(key, run);
    }
    return Object.assign(Object.create(Object.getPrototypeOf(run) as object) as ShapedRun, run, {
      glyphs: [...run.glyphs],
      positions: run.positions.map((position) => ({ ...position })),
    });
  };
}
