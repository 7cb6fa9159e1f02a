import { describe, expect, it } from 'vitest';
import { serialiseNameTableOnce } from '../../../main/services/summary-pdf/font-identity';

const face = (names: string[]) => ({ _tables: { name: { records: { fontFamily: { en: names[0] }, fullName: { en: names[1] } } } } });

describe('the name table pdfkit compares fonts by', () => {
  it('serialises to the same short key for equal tables and to different keys for different ones', () => {
    const regular = face(['Inter', 'Inter Regular']);
    const sameAgain = face(['Inter', 'Inter Regular']);
    const bold = face(['Inter', 'Inter Bold']);
    for (const font of [regular, sameAgain, bold]) serialiseNameTableOnce(font);

    const json = (font: ReturnType<typeof face>) => JSON.stringify(font._tables.name.records);
    expect(json(regular)).toBe(json(sameAgain));
    expect(json(regular)).not.toBe(json(bold));
    expect(json(regular).length).toBeLessThan(40);
  });

  it('leaves the records themselves as they were', () => {
    const regular = face(['Inter', 'Inter Regular']);
    serialiseNameTableOnce(regular);

    expect(Object.keys(regular._tables.name.records)).toEqual(['fontFamily', 'fullName']);
    expect(regular._tables.name.records.fullName.en).toBe('Inter Regular');
  });

  it('does nothing to a font without a name table', () => {
    expect(() => serialiseNameTableOnce({})).not.toThrow();
    expect(() => serialiseNameTableOnce(null)).not.toThrow();
  });
});
