/** Words a mechanism drawing may show, from the slide's content, plus a description for screen readers. */
export type MechanismLabels = Partial<Record<'skin' | 'muscle' | 'nerve' | 'toxin' | 'filler' | 'collagen' | 'fat', string>> & {
  describe: string;
};
