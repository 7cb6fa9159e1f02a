/**
 * Colour maths for the clinic's accent colour (WCAG 2 contrast). The clinic
 * picks any colour; Facet adjusts it just enough that text on it, and it as
 * text on white, stays readable (AA, 4.5:1).
 */

export type Rgb = readonly [number, number, number];

export function parseHex(hex: string): Rgb | null {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  return match ? [parseInt(match[1]!, 16), parseInt(match[2]!, 16), parseInt(match[3]!, 16)] : null;
}

export function toHex([r, g, b]: Rgb): string {
  return `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

export function luminance([r, g, b]: Rgb): number {
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrastRatio(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Mixes `colour` toward `target` by `amount` (0..1). */
export function mix(colour: Rgb, target: Rgb, amount: number): Rgb {
  return [0, 1, 2].map((i) => colour[i]! + (target[i]! - colour[i]!) * amount) as unknown as Rgb;
}

const WHITE: Rgb = [255, 255, 255];
const BLACK: Rgb = [0, 0, 0];
export const AA_CONTRAST = 4.5;

export interface AccentPalette {
  /** Buttons and highlights; white text on it meets AA. */
  accent: string;
  /** Hover and pressed states, and accent-coloured text. */
  strong: string;
  /** Quiet tinted backgrounds. */
  soft: string;
  /** True when the clinic's colour had to be darkened to be readable. */
  adjusted: boolean;
}

export function accentPalette(hex: string, fallback = '#2b6b66'): AccentPalette {
  const base = parseHex(hex) ?? parseHex(fallback)!;
  let accent = base;
  let steps = 0;
  while (contrastRatio(accent, WHITE) < AA_CONTRAST && steps < 40) {
    accent = mix(accent, BLACK, 0.05);
    steps += 1;
  }
  return {
    accent: toHex(accent),
    strong: toHex(mix(accent, BLACK, 0.25)),
    soft: toHex(mix(accent, WHITE, 0.88)),
    adjusted: steps > 0,
  };
}
