import { useMemo } from 'react';
import type { ContentPack } from '../../../shared/content/pack';
import type { Slide } from '../../../shared/content/schema';
import { regionMarks } from '../../../shared/face/selection';
import { Prose } from '../../content/Prose';
import { FaceDiagram } from '../../face/FaceDiagram';
import { FaceLegend } from '../../face/FaceLegend';
import { treatmentById } from '../../../shared/content/treatments';

/** The face diagram inside the deck, showing where a treatment (or chosen regions) act. */
export function FaceSlide({ slide, pack }: { slide: Extract<Slide, { kind: 'face' }>; pack: ContentPack }) {
  const { treatment, regions } = slide.highlight;
  const marks = useMemo(() => {
    const all = regionMarks(pack, treatment ?? 'all');
    if (!regions) return all;
    const wanted = new Set(regions);
    return new Map([...all].filter(([id]) => wanted.has(id) || wanted.has(pack.regions.find((r) => r.id === id)?.baseId ?? '')));
  }, [pack, treatment, regions]);
  const treatmentName = treatmentById(pack, treatment)?.name;
  return (
    <div className="slide slide--face">
      <div className="slide-face-text">
        <h2 className="slide-heading">{slide.title}</h2>
        {slide.caption && <Prose markdown={slide.caption} className="slide-caption" />}
        <FaceLegend pack={pack} filter={treatment ?? 'all'} />
      </div>
      <div className="slide-face-diagram">
        <FaceDiagram
          regions={pack.regions}
          marks={marks}
          selectedId={null}
          concernIds={[]}
          label={treatmentName ? `Face diagram showing where ${treatmentName.toLowerCase()} is used` : 'Face diagram'}
        />
      </div>
    </div>
  );
}
