import type { ComponentType } from 'react';
import type { ContentPack } from '../../shared/content/pack';
import type { Slide } from '../../shared/content/schema';
import { SLIDE_VIEWS, type SlideViewProps } from './slide-views';

/** Draws any slide at a given step. Sized by its container (a 16:9 stage), so it also works as a thumbnail. */
export function SlideView({ slide, step, pack }: { slide: Slide; step: number; pack: ContentPack }) {
  // The registry is keyed by kind; TypeScript cannot carry the kind from the value to the entry.
  const View = SLIDE_VIEWS[slide.kind] as ComponentType<SlideViewProps<Slide>>;
  return <View slide={slide} step={step} pack={pack} />;
}
