import type { ComponentType } from 'react';
import type { MechanismAnimation } from '../../../shared/content/schema';
import { FillerAnimation } from './FillerAnimation';
import type { MechanismLabels } from './labels';
import { ToxinAnimation } from './ToxinAnimation';

/** The drawing of each mechanism animation, keyed like schema.ts MECHANISMS: a new animation is a compile error here until it has one. */
export const MECHANISM_VIEWS: { [A in MechanismAnimation]: ComponentType<{ phase: number; labels: MechanismLabels }> } = {
  toxin: ToxinAnimation,
  filler: FillerAnimation,
};
