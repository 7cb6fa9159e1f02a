import type { Slide } from '../../../shared/content/schema';
import { InlineProse } from '../../content/Prose';
import { Reveal } from '../Reveal';

export function QuestionsSlide({ slide, step }: { slide: Extract<Slide, { kind: 'questions' }>; step: number }) {
  return (
    <div className="slide slide--questions">
      <h2 className="slide-heading">{slide.title}</h2>
      <ol className="slide-questions">
        {slide.items.map((item, index) => (
          <Reveal key={index} shown={index <= step}>
            <InlineProse markdown={item} />
          </Reveal>
        ))}
      </ol>
    </div>
  );
}
