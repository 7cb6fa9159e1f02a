import type { Slide } from '../content/schema';
import { factsOf } from './slide-kinds';

/**
 * How many steps a slide has: the presenter's "next" first reveals the
 * slide's parts one at a time, then moves to the next slide.
 */
export function stepsOf(slide: Slide): number {
  return factsOf(slide).steps(slide);
}
