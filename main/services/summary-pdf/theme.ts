import { PAGE_MARGIN } from '../../../shared/summary/drawn-slides-layout';
import type { AccentPalette } from '../../../shared/ui/colour';

/**
 * The summary's look: soft neutrals, one accent (the clinic's, adjusted for
 * contrast by accentPalette), a warm red kept for "when to seek help" only.
 * Sizes are in points.
 */
export const INK = '#1f2629';
export const MUTED = '#56636a';
/** Labels and the footer: still AA (4.5:1) on white and on TINT. */
export const FAINT = '#646f75';
export const RULE = '#dfe3e5';
export const TINT = '#f6f4f1';
export const WHITE = '#ffffff';

export const HELP = { ink: '#8a2d25', border: '#dcaaa3', background: '#fcf4f2' };

export const SKIN = { light: '#f8eee6', dark: '#efdfd3', outline: '#8a6f62', contour: '#6f5a50', soft: '#b59a8c', hair: '#e3d8cd', hairOutline: '#a8917f', shade: '#785039' };

export const SIZE = { body: 9.5, small: 8.25, tiny: 7.25, lead: 10.5, h1: 22, h2: 13.5, h3: 10.5, label: 7 };

/** Body line height, as a multiple of the font size. */
export const LINE_HEIGHT = 1.4;

/** Shared with the drawn-slides layout, which the renderer's print page also follows. */
export const MARGIN = PAGE_MARGIN;

export interface Theme {
  family: string;
  accent: string;
  strong: string;
  soft: string;
}

export function theme(family: string, palette: AccentPalette): Theme {
  return { family, accent: palette.accent, strong: palette.strong, soft: palette.soft };
}
