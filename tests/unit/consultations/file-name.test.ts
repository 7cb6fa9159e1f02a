import { describe, expect, it } from 'vitest';
import { safeNamePart, summaryFileName } from '../../../shared/consultation/file-name';

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
});
