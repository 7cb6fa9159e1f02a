import type { ContentPack } from '../../../shared/content/pack';
import type { Slide } from '../../../shared/content/schema';
import { InlineProse } from '../../content/Prose';
import { Reveal } from '../Reveal';

export function BulletsSlide({ slide, step, pack }: { slide: Extract<Slide, { kind: 'bullets' }>; step: number; pack: ContentPack }) {
  const image = slide.image ? pack.images[slide.image] : undefined;
  return (
    <div className={image ? 'slide slide--bullets has-image' : 'slide slide--bullets'}>
      <h2 className="slide-heading">{slide.title}</h2>
      <div className="slide-body">
        <ul className="slide-bullets">
          {slide.bullets.map((bullet, index) => (
            <Reveal key={index} shown={index <= step} order={0}>
              <InlineProse markdown={bullet} />
            </Reveal>
          ))}
        </ul>
        {image && <img className="slide-image" src={image} alt={slide.imageAlt ?? ''} />}
      </div>
    </div>
  );
}
