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

const STYLES: readonly TreatmentStyle[] = [
  { colour: '#0072b2', ink: '#005a8c', pattern: 'diagonal' },
  { colour: '#e69f00', ink: '#8a5a00', pattern: 'dots' },
  { colour: '#009e73', ink: '#00674b', pattern: 'cross' },
  { colour: '#cc79a7', ink: '#8f4470', pattern: 'horizontal' },
];

/** The style of the treatment at `index` in the content pack's list. */
export function treatmentStyle(index: number): TreatmentStyle {
  return STYLES[index % STYLES.length]!;
}
