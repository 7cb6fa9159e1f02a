import { describe, expect, it } from 'vitest';
import { accentPalette, contrastRatio, parseHex } from '../../shared/ui/colour';

const white = [255, 255, 255] as const;

describe('accentPalette', () => {
  it('keeps a dark enough clinic colour as it is', () => {
    expect(accentPalette('#2b6b66')).toMatchObject({ accent: '#2b6b66', adjusted: false });
  });

  it.each(['#f4c2d7', '#ffff00', '#7fd1ae', '#ffffff'])('darkens %s until white text on it meets AA', (hex) => {
    const palette = accentPalette(hex);

    expect(palette.adjusted).toBe(true);
    expect(contrastRatio(parseHex(palette.accent)!, white)).toBeGreaterThanOrEqual(4.5);
  });

  it('falls back to the default accent for a colour it cannot read', () => {
    expect(accentPalette('teal').accent).toBe('#2b6b66');
  });

  it('computes the WCAG contrast of black on white as 21:1', () => {
    expect(contrastRatio([0, 0, 0], white)).toBeCloseTo(21, 5);
  });
});
