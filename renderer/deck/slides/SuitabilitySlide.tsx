import { useId } from 'react';
import type { ContentPack } from '../../../shared/content/pack';
import type { Slide } from '../../../shared/content/schema';
import { InlineProse, Prose } from '../../content/Prose';
import { TreatmentSwatch } from '../../face/TreatmentPatterns';
import { Reveal } from '../Reveal';
import { treatmentEntry } from '../../../shared/content/treatments';

/**
 * Who should not have each treatment, side by side, from the treatments'
 * own notSuitableFor lists: the deck and the summary say the same thing.
 */
/** One treatment per step, like the timeline, so each list can be talked through. */
export function SuitabilitySlide({ slide, step, pack }: { slide: Extract<Slide, { kind: 'suitability' }>; step: number; pack: ContentPack }) {
  const prefix = useId();
  const treatments = slide.treatments.flatMap((id) => {
    const entry = treatmentEntry(pack, id);
    return entry ? [{ treatment: entry.treatment, index: entry.index }] : [];
  });
  return (
    <div className="slide slide--suitability">
      <h2 className="slide-heading">{slide.title}</h2>
      <div className="suitability-columns">
        {treatments.map(({ treatment, index }, column) => (
          <Reveal key={treatment.id} as="div" shown={column <= step} className="suitability-column">
            <section aria-labelledby={`${prefix}-${treatment.id}`}>
              <h3 id={`${prefix}-${treatment.id}`}>
                <TreatmentSwatch index={index} idPrefix={`${prefix}-swatch-${treatment.id}`} />
                {treatment.name}
              </h3>
              <ul className="suitability-list">
                {treatment.notSuitableFor.map((line, i) => (
                  <li key={i}>
                    <InlineProse markdown={line} />
                  </li>
                ))}
              </ul>
            </section>
          </Reveal>
        ))}
      </div>
      {slide.caption && <Prose markdown={slide.caption} className="slide-caption" />}
    </div>
  );
}
