import type { Consultation } from '../../shared/consultation/model';
import { slideIdOf } from '../../shared/ink/limits';
import type { Change } from './ConsultationContext';

/**
 * On the review screen, once slides have been drawn on: whether they go into
 * the patient's summary as a page of their own. The face's drawing is always
 * on the face in the summary.
 */
export function DrawingsInSummary({ consultation, change }: { consultation: Consultation; change(change: Change): void }) {
  const drawnSlides = (consultation.drawings ?? []).filter((entry) => slideIdOf(entry.view) !== null && entry.strokes.length > 0).length;
  if (drawnSlides === 0) return null;
  return (
    <label className="checkbox">
      <input type="checkbox" checked={consultation.drawingsInSummary === true} onChange={(event) => change({ type: 'setDrawingsInSummary', include: event.target.checked })} />
      <span>
        Add the {drawnSlides === 1 ? 'slide' : `${drawnSlides} slides`} you drew on to the summary, as a page of drawings
      </span>
    </label>
  );
}
