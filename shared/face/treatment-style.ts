/**
 * How each treatment is marked on the face, on screen and in the PDF. Colours
 * are from the Okabe–Ito palette (distinguishable with the common forms of
 * colour blindness), and each also has its own pattern, so colour is never
 * the only cue.
 */
export type PatternKind = 'diagonal' | 'dots' | 'cross' | 'horizontal';

export interface TreatmentStyle {
  colour: string;
  /** A darker shade of the colour for strokes and text on light backgrounds (AA on white). */
  ink: string;
  pattern: PatternKind;
}

const COLOURS: readonly Omit<TreatmentStyle, 'pattern'>[] = [
  { colour: '#0072b2', ink: '#005a8c' },
  { colour: '#e69f00', ink: '#8a5a00' },
  { colour: '#009e73', ink: '#00674b' },
  { colour: '#cc79a7', ink: '#8f4470' },
];
const PATTERNS: readonly PatternKind[] = ['diagonal', 'dots', 'cross', 'horizontal'];

/** How many treatments can each have a colour-and-pattern pair of their own. */
export const DISTINCT_TREATMENT_STYLES = COLOURS.length * PATTERNS.length;

/**
 * The style of the treatment at `index` in the content pack's list. The first
 * four pair colour and pattern one to one; after that the pattern shifts
 * against the colour, so no two of the first DISTINCT_TREATMENT_STYLES share
 * a pair (a fifth treatment once looked exactly like the first).
 */
export function treatmentStyle(index: number): TreatmentStyle {
  const colour = COLOURS[index % COLOURS.length]!;
  const round = Math.floor(index / COLOURS.length);
  return { ...colour, pattern: PATTERNS[(index + round) % PATTERNS.length]! };
}
