import { useId } from 'react';
import type { ContentPack } from '../../../shared/content/pack';
import type { Slide } from '../../../shared/content/schema';
import { InlineProse } from '../../content/Prose';
import { TreatmentSwatch } from '../../face/TreatmentPatterns';
import { Reveal } from '../Reveal';
import { treatmentEntry } from '../../../shared/content/treatments';

export function ComparisonSlide({ slide, step, pack }: { slide: Extract<Slide, { kind: 'comparison' }>; step: number; pack: ContentPack }) {
  const prefix = useId();
  return (
    <div className="slide slide--comparison">
      <h2 className="slide-heading">{slide.title}</h2>
      <table className="comparison-table">
        <colgroup>
          <col className="comparison-label-column" />
          <col span={slide.columns.length} />
        </colgroup>
        <thead>
          <tr>
            <td />
            {slide.columns.map((column, c) => {
              const index = treatmentEntry(pack, column.treatment)?.index ?? -1;
              return (
                <th key={c} scope="col">
                  {index >= 0 && <TreatmentSwatch index={index} idPrefix={`${prefix}-${c}`} />}
                  {column.title}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {slide.rows.map((row, r) => (
            <Reveal key={r} as="tr" shown={r <= step}>
              <th scope="row">{row.label}</th>
              {row.cells.map((cell, c) => (
                <td key={c}>
                  <InlineProse markdown={cell} />
                </td>
              ))}
            </Reveal>
          ))}
        </tbody>
      </table>
    </div>
  );
}
