import { useId } from 'react';
import type { ContentPack } from '../../shared/content/pack';
import type { TreatmentFilter } from '../../shared/face/selection';
import { TreatmentSwatch } from './TreatmentPatterns';

/** "All" or one treatment: native radio buttons styled as a segmented control (arrow keys work as usual). */
export function TreatmentFilterBar({ pack, filter, onChange }: { pack: ContentPack; filter: TreatmentFilter; onChange: (filter: TreatmentFilter) => void }) {
  const name = useId();
  const options = [{ id: 'all', label: 'All treatments', index: null as number | null }, ...pack.treatments.map((t, index) => ({ id: t.id, label: t.name, index }))];
  return (
    <fieldset className="segmented">
      <legend className="segmented-legend">Show where each treatment acts</legend>
      {options.map((option) => (
        <label key={option.id} className={option.id === filter ? 'segment is-checked' : 'segment'}>
          <input type="radio" name={name} value={option.id} checked={option.id === filter} onChange={() => onChange(option.id)} />
          {option.index !== null && <TreatmentSwatch index={option.index} idPrefix={`${name}-${option.id}`} />}
          <span>{option.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
