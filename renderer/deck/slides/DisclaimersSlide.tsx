import type { ContentPack } from '../../../shared/content/pack';
import type { Slide } from '../../../shared/content/schema';
import { Prose } from '../../content/Prose';

/** The disclaimers marked `showOn: slides`, at the end of the deck, where docs/content.md says they are. */
export function DisclaimersSlide({ slide, pack }: { slide: Extract<Slide, { kind: 'disclaimers' }>; pack: ContentPack }) {
  const disclaimers = pack.disclaimers.filter((d) => d.showOn.includes('slides'));
  return (
    <div className="slide slide--disclaimers">
      <h2 className="slide-heading">{slide.title}</h2>
      <ul className="disclaimer-list">
        {disclaimers.map((disclaimer) => (
          <li key={disclaimer.id}>
            <Prose markdown={disclaimer.text} />
          </li>
        ))}
      </ul>
    </div>
  );
}
