import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeNamePart } from '../../../shared/consultation/file-name';
import { exportFileName } from '../../../shared/export/kinds';

const summaryFileName = (name: string, date: string) => exportFileName('patientSummary', name, date);

describe('summaryFileName', () => {
  it('follows “Facet summary - <patient> - <YYYY-MM-DD>.pdf” and keeps any alphabet', () => {
    expect(summaryFileName('Zoë Ólafsdóttir', '2026-11-24')).toBe('Facet summary - Zoë Ólafsdóttir - 2026-11-24.pdf');
    expect(summaryFileName('Ελένη Παπαδοπούλου', '2026-11-24')).toBe('Facet summary - Ελένη Παπαδοπούλου - 2026-11-24.pdf');
  });

  it.each([
    ['A/B\\C:D*E?F"G<H>I|J', 'A-B-C-D-E-F-G-H-I-J'],
    ['..\\..\\evil', 'evil'],
    ['  spaced   out  ', 'spaced out'],
    ['tab\tand\nnewline', 'tab and newline'],
    ['CON', 'CON-'],
    ['trailing dots...', 'trailing dots'],
    ['', 'patient'],
    ['///', 'patient'],
    ['Ann\u202Efdp.exe', 'Annfdp.exe'],
    ['Zero\u200Bwidth', 'Zerowidth'],
  ])('makes %j safe as %j', (name, expected) => {
    expect(safeNamePart(name)).toBe(expected);
  });

  it('shortens a very long name so the file name stays valid on every disk', () => {
    const part = safeNamePart('Ю'.repeat(500));
    expect([...part]).toHaveLength(60);
    expect(Buffer.byteLength(summaryFileName('Ю'.repeat(500), '2026-11-24'))).toBeLessThan(255);
  });

  it('keeps the whole file name within 255 bytes whatever the script, cutting whole letters (emoji are 4 bytes each)', () => {
    const name = summaryFileName('😀'.repeat(100), '2026-11-24');

    expect(Buffer.byteLength(name)).toBeLessThanOrEqual(255);
    expect(name).not.toMatch(/[\uD800-\uDFFF]/u); // in /u mode this class matches only a half-cut (lone) surrogate
  });

  it('never cuts a letter made of several code points in half (a flag)', () => {
    // A flag is two code points; after the "A", a cut by code points would leave half a flag at the end.
    const part = safeNamePart(`A${'🇬🇧'.repeat(40)}`);

    expect(part).toMatch(/^A(🇬🇧)+$/u);
  });

  it('any name gives a file name of at most 255 bytes that is well-formed text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (name) => {
        const file = summaryFileName(name, '2026-11-24');
        expect(Buffer.byteLength(file)).toBeLessThanOrEqual(255);
        expect(file).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
        expect(file.endsWith(' - 2026-11-24.pdf')).toBe(true);
      }),
    );
  });
});
