import { useState } from 'react';
import type { DraftList } from '../../shared/consultation/model';
import { useNavigation } from '../navigation';
import { useConsultation } from './ConsultationContext';
import { useDrafts } from './useDrafts';

const NO_DRAFTS: DraftList = { drafts: [], locked: 0, unreadable: 0 };

/**
 * Unfinished consultations saved on this computer (after a crash or a closed
 * laptop), shown by initials only: the home screen may be seen by others.
 * Saved consultations that cannot be opened are counted, with what to do, so
 * nothing saved silently disappears from view.
 */
export function ResumeNotice() {
  const { consultation, resume } = useConsultation();
  const { go } = useNavigation();
  const drafts = useDrafts();
  const list = drafts.status === 'ready' ? drafts.value : NO_DRAFTS;
  const listFailure = drafts.status === 'failed' ? drafts.message : null;
  const [message, setMessage] = useState<string | null>(null);

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
  const waiting = list.drafts;
  const cannotOpen = notOpenable(list);
  if (waiting.length === 0 && cannotOpen.length === 0 && listFailure === null) return null;
  return (
    <aside className="resume-notice" aria-label="Unfinished consultations">
      <div>
        {waiting.length > 0 && (
          <p>
            <strong>{waiting.length === 1 ? 'An unfinished consultation was saved' : `${waiting.length} unfinished consultations were saved`}</strong>{' '}
            on this computer.
          </p>
        )}
        {cannotOpen.length > 0 && <p role="status">{cannotOpen.join(' ')}</p>}
        {listFailure && (
          <p className="status-problem" role="alert">
            Facet could not check for unfinished consultations. {listFailure}
          </p>
        )}
        {message && (
          <p className="status-problem" role="alert">
            {message}
          </p>
        )}
      </div>
      {waiting.length > 0 && (
        <ul className="draft-list">
          {waiting.map((draft) => (
            <li key={draft.id}>
              <span className="draft-initials" aria-hidden="true">
                {draft.initials}
              </span>
              <span>
                Patient {draft.initials}, {draft.date}, {draft.concernCount === 1 ? '1 area' : `${draft.concernCount} areas`}
                {draft.olderCopy && <span className="status-problem"> This is an older copy of this consultation than the last one saved.</span>}
              </span>
              <button
                type="button"
                className="button button--primary"
                onClick={async () => {
                  const outcome = await resume(draft.id);
                  if (outcome.ok) go('consultation');
                  else setMessage(outcome.message);
                }}
              >
                Resume<span className="visually-hidden"> consultation {draft.initials}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}

/** Plain sentences for the saved consultations that cannot be opened, by reason. */
function notOpenable({ locked, unreadable }: DraftList): string[] {
  const sentences: string[] = [];
  if (locked > 0) {
    sentences.push(`${locked === 1 ? '1 saved consultation is' : `${locked} saved consultations are`} locked: unlock your keychain and restart Facet.`);
  }
  if (unreadable > 0) {
    sentences.push(
      unreadable === 1
        ? '1 saved consultation could not be read: it was changed or damaged.'
        : `${unreadable} saved consultations could not be read: they were changed or damaged.`,
    );
  }
  return sentences;
}
