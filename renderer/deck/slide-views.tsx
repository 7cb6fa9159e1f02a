import type { ComponentType } from 'react';
import type { ContentPack } from '../../shared/content/pack';
import type { Slide } from '../../shared/content/schema';
import type { SlideKind, SlideOf } from '../../shared/deck/slide-kinds';
import { BulletsSlide } from './slides/BulletsSlide';
import { ComparisonSlide } from './slides/ComparisonSlide';
import { DisclaimersSlide } from './slides/DisclaimersSlide';
import { FaceSlide } from './slides/FaceSlide';
import { MechanismSlide } from './slides/MechanismSlide';
import { QuestionsSlide } from './slides/QuestionsSlide';
import { SuitabilitySlide } from './slides/SuitabilitySlide';
import { TimelineSlide } from './slides/TimelineSlide';
import { TitleSlide } from './slides/TitleSlide';

/** What every slide view is given; a view uses what it needs. */
export interface SlideViewProps<S extends Slide> {
  slide: S;
  step: number;
  pack: ContentPack;
}

/**
 * The view of each kind of slide: a mapped type over the kinds, so a kind
 * added to the schema is a compile error here until it has a view (a
 * forgotten view once meant a blank slide). The rest of a kind's facts are in
 * shared/deck/slide-kinds.ts.
 */
export const SLIDE_VIEWS: { [K in SlideKind]: ComponentType<SlideViewProps<SlideOf<K>>> } = {
  title: TitleSlide,
  bullets: BulletsSlide,
  comparison: ComparisonSlide,
  mechanism: MechanismSlide,
  timeline: TimelineSlide,
  face: FaceSlide,
  questions: QuestionsSlide,
  suitability: SuitabilitySlide,
  disclaimers: DisclaimersSlide,
};
