import { useEffect, useState } from 'react';
import type { DraftSummary } from '../../shared/consultation/model';
import { useFacetApi } from '../api-context';
import { useNavigation } from '../navigation';
import { useConsultation } from './ConsultationContext';

/**
 * Unfinished consultations saved on this computer (after a crash or a closed
 * laptop), shown by initials only: the home screen may be seen by others.
 */
export function ResumeNotice() {
  const api = useFacetApi();
  const { consultation, resume } = useConsultation();
  const { go } = useNavigation();
  const [drafts, setDrafts] = useState<DraftSummary[]>([]);
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    let active = true;
    void api?.consultations.list().then((result) => active && result.ok && setDrafts(result.value));
    return () => {
      active = false;
    };
  }, [api, consultation]);

  if (consultation) {
    return (
      <aside className="resume-notice" aria-label="Consultation in progress">
        <p>
          <strong>Consultation in progress</strong> with {consultation.patient.name}.
        </p>
        <button type="button" className="button button--primary" onClick={() => go('consultation')}>
          Continue
        </button>
      </aside>
    );
  }
  const waiting = drafts.filter((d) => d.id !== undefined);
  if (waiting.length === 0) return null;
  return (
    <aside className="resume-notice" aria-label="Unfinished consultations">
      <div>
        <p>
          <strong>{waiting.length === 1 ? 'An unfinished consultation was saved' : `${waiting.length} unfinished consultations were saved`}</strong> on this
          computer.
        </p>
        {message && (
          <p className="status-problem" role="alert">
            {message}
          </p>
        )}
      </div>
      <ul className="draft-list">
        {waiting.map((draft) => (
          <li key={draft.id}>
            <span className="draft-initials" aria-hidden="true">
              {draft.initials}
            </span>
            <span>
              Patient {draft.initials}, {draft.date}, {draft.concernCount === 1 ? '1 area' : `${draft.concernCount} areas`}
            </span>
            <button
              type="button"
              className="button button--primary"
              onClick={async () => {
                const problem = await resume(draft.id);
                if (problem) setMessage(problem);
                else go('consultation');
              }}
            >
              Resume<span className="visually-hidden"> consultation {draft.initials}</span>
            </button>
          </li>
        ))}
      </ul>
    </aside>
  );
}
