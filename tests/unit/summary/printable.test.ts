import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { covers, fontCoverage } from '../../../main/services/summary-pdf/font-coverage';
import { DEFAULT_FONTS_DIR } from '../../../main/services/summary-pdf/fonts';
import { printableText } from '../../../shared/summary/printable';
import { UNICODE_NAMES } from '../../fixtures/consultation-sample';

const inter = fontCoverage(readFileSync(path.join(DEFAULT_FONTS_DIR, 'Inter-Regular.ttf')));
const hasGlyph = (codePoint: number) => covers(inter, codePoint);
const drawable = (char: string) => hasGlyph(char.codePointAt(0)!);

describe('the font coverage read from Inter’s cmap', () => {
  it('covers printable ASCII and the typography the summary uses', () => {
    for (let cp = 0x20; cp < 0x7f; cp += 1) expect(hasGlyph(cp)).toBe(true);
    for (const char of ['–', '’', '“', '”', '•', '·', '…', '\u00a0', '€', '£']) expect(drawable(char)).toBe(true);
  });

  it('covers Latin, Greek and Cyrillic letters', () => {
    for (const char of 'ëÓóŁąęśźżĄÇßøåÆЮлияΕλένηΠαδοπύ') expect(drawable(char)).toBe(true);
  });

  it('does not cover Chinese, Arabic or emoji', () => {
    for (const char of ['王', '秀', 'ع', '😀', '👩']) expect(drawable(char)).toBe(false);
  });
});

describe('printableText', () => {
  it('keeps the sample names exactly', () => {
    for (const name of UNICODE_NAMES) expect(printableText(name, hasGlyph)).toBe(name);
  });

  it('replaces each character the font cannot draw with a question mark', () => {
    expect(printableText('王秀英', hasGlyph)).toBe('???');
    expect(printableText('Anna 😀', hasGlyph)).toBe('Anna ?');
  });

  it('drops the invisible parts of emoji sequences: one emoji is one mark, and a symbol Inter has keeps its text form', () => {
    expect(printableText('👍🏽', hasGlyph)).toBe('?');
    expect(printableText('❤️', hasGlyph)).toBe('❤');
    expect(printableText('👩‍⚕️', hasGlyph)).toBe('??');
  });

  it('composes decomposed accents so they print as one letter', () => {
    expect(printableText('Zoe\u0308', hasGlyph)).toBe('Zoë');
  });

  it('keeps line breaks, turns tabs into spaces and drops other control characters', () => {
    expect(printableText('one\r\ntwo\tthree\u0007', hasGlyph)).toBe('one\ntwo three');
  });
});
