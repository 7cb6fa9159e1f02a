import type { ContentPack } from '../../shared/content/pack';
import type { Slide } from '../../shared/content/schema';
import { BulletsSlide } from './slides/BulletsSlide';
import { ComparisonSlide } from './slides/ComparisonSlide';
import { FaceSlide } from './slides/FaceSlide';
import { MechanismSlide } from './slides/MechanismSlide';
import { DisclaimersSlide } from './slides/DisclaimersSlide';
import { QuestionsSlide } from './slides/QuestionsSlide';
import { SuitabilitySlide } from './slides/SuitabilitySlide';
import { TimelineSlide } from './slides/TimelineSlide';
import { TitleSlide } from './slides/TitleSlide';

/** Draws any slide at a given step. Sized by its container (a 16:9 stage), so it also works as a thumbnail. */
export function SlideView({ slide, step, pack }: { slide: Slide; step: number; pack: ContentPack }) {
  switch (slide.kind) {
    case 'title':
      return <TitleSlide slide={slide} pack={pack} />;
    case 'bullets':
      return <BulletsSlide slide={slide} step={step} pack={pack} />;
    case 'comparison':
      return <ComparisonSlide slide={slide} step={step} pack={pack} />;
    case 'mechanism':
      return <MechanismSlide slide={slide} step={step} />;
    case 'timeline':
      return <TimelineSlide slide={slide} step={step} pack={pack} />;
    case 'face':
      return <FaceSlide slide={slide} pack={pack} />;
    case 'questions':
      return <QuestionsSlide slide={slide} step={step} />;
    case 'suitability':
      return <SuitabilitySlide slide={slide} step={step} pack={pack} />;
    case 'disclaimers':
      return <DisclaimersSlide slide={slide} pack={pack} />;
  }
}
