import { useId } from 'react';
import type { ContentPack } from '../../shared/content/pack';
import type { TreatmentFilter } from '../../shared/face/selection';
import { TreatmentSwatch } from './TreatmentPatterns';

/** What the colours and patterns on the face mean. */
export function FaceLegend({ pack, filter }: { pack: ContentPack; filter: TreatmentFilter }) {
  const prefix = useId();
  const shown = pack.treatments.map((treatment, index) => ({ treatment, index })).filter(({ treatment }) => filter === 'all' || filter === treatment.id);
  return (
    <div className="face-legend" aria-label="Key to the face diagram" role="group">
      <ul>
        {shown.map(({ treatment, index }) => (
          <li key={treatment.id}>
            <TreatmentSwatch index={index} idPrefix={`${prefix}-${treatment.id}`} />
            <span>{treatment.name}</span>
          </li>
        ))}
        <li>
          <svg className="treatment-swatch" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <rect x="1.5" y="1.5" width="21" height="21" rx="5" fill="none" stroke="#565e66" strokeWidth="1.5" strokeDasharray="3 2.5" />
          </svg>
          <span>Dashed edge: used in some cases only</span>
        </li>
      </ul>
    </div>
  );
}
