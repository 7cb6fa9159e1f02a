import type { MechanismLabel } from '../../../shared/content/schema';

/** Words a mechanism drawing may show, from the slide's content (schema.ts MECHANISMS), plus a description for screen readers. */
export type MechanismLabels = Partial<Record<MechanismLabel, string>> & {
  describe: string;
};
