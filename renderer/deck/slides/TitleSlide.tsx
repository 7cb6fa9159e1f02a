import type { ContentPack } from '../../../shared/content/pack';
import type { Slide } from '../../../shared/content/schema';

export function TitleSlide({ slide, pack }: { slide: Extract<Slide, { kind: 'title' }>; pack: ContentPack }) {
  const logo = pack.clinic.logo ? pack.images[pack.clinic.logo] : undefined;
  return (
    <div className="slide slide--title">
      {logo && <img className="slide-title-logo" src={logo} alt={pack.clinic.name} />}
      <div className="slide-title-text">
        <h2 className="slide-heading slide-heading--display">{slide.title}</h2>
        {slide.subtitle && <p className="slide-subtitle">{slide.subtitle}</p>}
      </div>
      <p className="slide-footnote">{pack.clinic.name}</p>
    </div>
  );
}
