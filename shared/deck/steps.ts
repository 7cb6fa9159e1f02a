import type { Slide } from '../content/schema';

/**
 * How many steps a slide has: the presenter's "next" first reveals the
 * slide's parts one at a time, then moves to the next slide.
 */
export function stepsOf(slide: Slide): number {
  switch (slide.kind) {
    case 'bullets':
      return slide.bullets.length;
    case 'comparison':
      return slide.rows.length;
    case 'mechanism':
      return slide.steps.length;
    case 'timeline':
    case 'suitability':
      return slide.treatments.length;
    case 'questions':
      return slide.items.length;
    case 'title':
    case 'face':
    case 'disclaimers':
      return 1;
  }
}
