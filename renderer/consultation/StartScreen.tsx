import { useId, useState, type FormEvent } from 'react';
import { CONSULTATION_LIMITS } from '../../shared/consultation/limits';
import type { Patient } from '../../shared/consultation/model';
import { localIsoDate } from '../../shared/summary/dates';
import { usePack } from '../content/ContentContext';
import { useNavigation } from '../navigation';
import { ScreenHeader } from '../ui/ScreenHeader';
import { useConsultation } from './ConsultationContext';
import { PractitionerOptions } from './PractitionerOptions';

/** Start a consultation: the patient's name is the only thing Facet needs. */
export function StartScreen() {
  const pack = usePack();
  const { start } = useConsultation();
  const { go, back } = useNavigation();
  const ids = { name: useId(), dob: useId(), reference: useId(), practitioner: useId(), date: useId(), error: useId() };
  const practitioners = pack?.clinic.practitioners ?? [];
  const [name, setName] = useState('');
  const [dateOfBirth, setDateOfBirth] = useState('');
  const [reference, setReference] = useState('');
  const [practitionerId, setPractitionerId] = useState(practitioners[0]?.id ?? '');
  const [date, setDate] = useState(() => localIsoDate(new Date()));
  const [error, setError] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // Main checks the whole record again (zod) when it is saved; here, what the form can get wrong.
    const trimmed = name.trim();
    if (trimmed === '') {
      setError('Enter the patient’s name');
      return;
    }
    const patient: Patient = {
      name: trimmed.slice(0, 200),
      ...(dateOfBirth ? { dateOfBirth } : {}),
      ...(reference.trim() ? { reference: reference.trim().slice(0, 100) } : {}),
    };
    start({ patient, practitionerId: practitionerId || 'unknown', date });
    go('consultation', { replace: true });
  };

  return (
    <div className="app-shell">
      <ScreenHeader title="New consultation" onBack={back} />
      <main className="page page--narrow" aria-labelledby="start-title">
        <div className="page-intro">
          <h1 id="start-title">New consultation</h1>
          <p className="lead">Only the patient’s name is needed. Everything is saved on this computer as you go, encrypted.</p>
        </div>
        <form className="panel form" onSubmit={submit} noValidate>
          <div className="field">
            <label htmlFor={ids.name}>Patient’s name</label>
            <input
              id={ids.name}
              maxLength={CONSULTATION_LIMITS.patientName}
              value={name}
              onChange={(e) => setName(e.target.value)}
              autoComplete="off"
              required
              aria-invalid={error !== null}
              aria-describedby={error ? ids.error : undefined}
            />
            {error && (
              <p id={ids.error} className="field-error" role="alert">
                {error}
              </p>
            )}
          </div>
          <div className="field-row">
            <div className="field">
              <label htmlFor={ids.dob}>
                Date of birth <span className="optional">(optional)</span>
              </label>
              <input id={ids.dob} type="date" value={dateOfBirth} onChange={(e) => setDateOfBirth(e.target.value)} />
            </div>
            <div className="field">
              <label htmlFor={ids.reference}>
                Clinic reference <span className="optional">(optional)</span>
              </label>
              <input id={ids.reference} maxLength={CONSULTATION_LIMITS.reference} value={reference} onChange={(e) => setReference(e.target.value)} autoComplete="off" />
            </div>
          </div>
          <div className="field-row">
            <div className="field">
              <label htmlFor={ids.practitioner}>Practitioner</label>
              <select id={ids.practitioner} value={practitionerId} onChange={(e) => setPractitionerId(e.target.value)}>
                <PractitionerOptions practitioners={practitioners} />
              </select>
            </div>
            <div className="field">
              <label htmlFor={ids.date}>Date</label>
              <input id={ids.date} type="date" value={date} onChange={(e) => setDate(e.target.value)} required />
            </div>
          </div>
          <div className="button-row">
            <button type="submit" className="button button--primary">
              Start consultation
            </button>
          </div>
        </form>
      </main>
    </div>
  );
}
