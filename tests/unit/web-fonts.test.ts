import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fontCoverage, type CodePointRanges } from '../../main/services/summary-pdf/font-coverage';
import { woff2Cmap } from '../fixtures/woff2-cmap';

/**
 * The window's fonts (scripts/web-fonts.py): each Inter face as a Latin
 * WOFF2 and a WOFF2 of the rest, and fonts.css naming each with the
 * unicode-range it covers. Together they must draw exactly what the TTF
 * draws, or text would fall back to a system face.
 */

const ROOT = path.resolve(__dirname, '../..');
const CSS = readFileSync(path.join(ROOT, 'renderer/styles/fonts.css'), 'utf8');

interface Face {
  weight: string;
  style: string;
  file: string;
  ranges: CodePointRanges;
}

const parseRange = (text: string): [number, number] => {
  const [start, end = start] = text.trim().replace(/^U\+/i, '').split('-');
  return [parseInt(start!, 16), parseInt(end!, 16)];
};

const faces: Face[] = [...CSS.matchAll(/@font-face\s*{([^}]*)}/g)].map(([, body]) => {
  const field = (name: string) => new RegExp(`${name}:\\s*([^;]+);`).exec(body!)?.[1]?.trim() ?? '';
  return {
    weight: field('font-weight'),
    style: field('font-style'),
    file: path.resolve(ROOT, 'renderer/styles', /url\('([^']+)'\)/.exec(field('src'))![1]!),
    ranges: field('unicode-range').split(',').map(parseRange),
  };
});

const codePoints = (ranges: CodePointRanges) => ranges.flatMap(([start, end]) => Array.from({ length: end - start + 1 }, (_, i) => start + i));
const TTF = { '400 normal': 'Inter-Regular', '400 italic': 'Inter-Italic', '500 normal': 'Inter-Medium', '600 normal': 'Inter-SemiBold', '700 normal': 'Inter-Bold' };

describe('the window’s fonts', () => {
  it('are WOFF2 files that exist, two per face of the TTFs', () => {
    expect(faces).toHaveLength(10);
    for (const face of faces) {
      expect(existsSync(face.file), face.file).toBe(true);
      expect(readFileSync(face.file).subarray(0, 4).toString('latin1')).toBe('wOF2');
      expect(CSS).toContain("format('woff2')");
    }
    expect(new Set(faces.map((f) => `${f.weight} ${f.style}`))).toEqual(new Set(Object.keys(TTF)));
  });

  it.each(Object.entries(TTF))('%s: each file draws exactly its unicode-range, and the two together what %s.ttf draws', (key, ttf) => {
    const own = faces.filter((f) => `${f.weight} ${f.style}` === key);
    const drawn = own.map((face) => codePoints(fontCoverage(woff2Cmap(readFileSync(face.file)))));
    own.forEach((face, i) => expect(drawn[i]).toEqual(codePoints(face.ranges)));
    const together = drawn.flat().sort((a, b) => a - b);

    expect(new Set(together).size).toBe(together.length); // no character in both
    expect(together).toEqual(codePoints(fontCoverage(readFileSync(path.join(ROOT, 'assets/fonts', `${ttf}.ttf`)))));
  });

  it('puts all of Basic Latin and Latin-1 that Inter draws in the small file the first screen preloads', () => {
    const html = readFileSync(path.join(ROOT, 'renderer/index.html'), 'utf8');
    const preloaded = [...html.matchAll(/rel="preload" href="([^"]+)"/g)].map(([, href]) => path.resolve(ROOT, 'renderer', href!));
    expect(preloaded.length).toBeGreaterThan(0);
    for (const file of preloaded) {
      const face = faces.find((f) => f.file === file);
      expect(face, file).toBeDefined();
      const covered = new Set(codePoints(face!.ranges));
      for (const text of ['Consultations, explained clearly.', 'Zoë Ólafsdóttir · £ € – ’']) {
        for (const char of text) expect(covered.has(char.codePointAt(0)!), char).toBe(true);
      }
    }
  });
});
