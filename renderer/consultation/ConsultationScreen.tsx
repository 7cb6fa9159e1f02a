import { useId, useMemo, useState } from 'react';
import { CONSULTATION_LIMITS } from '../../shared/consultation/limits';
import type { Consultation } from '../../shared/consultation/model';
import type { ContentPack } from '../../shared/content/pack';
import { regionMarks } from '../../shared/face/selection';
import { formatLongDate } from '../../shared/summary/dates';
import { dateLocale } from '../../shared/summary/model';
import { usePack } from '../content/ContentContext';
import { FaceDiagram } from '../face/FaceDiagram';
import { useNavigation } from '../navigation';
import { ScreenHeader } from '../ui/ScreenHeader';
import { useConsultation, type Change } from './ConsultationContext';
import { SaveIndicator } from './SaveIndicator';
import { treatmentById } from '../../shared/content/treatments';
import { buildPlan, type Plan } from '../../shared/consultation/plan';
import { AreaPlanFields, AssessmentSection, PlanSummarySection, ScreeningSection } from './PlanFields';

/**
 * The consultation at a glance: the areas the patient chose (numbered on the
 * face), the treatment planned for each with a note, and general notes.
 */
export function ConsultationScreen() {
  const pack = usePack();
  const { consultation, saveState, change, end } = useConsultation();
  const { go, back } = useNavigation();
  const [confirmingEnd, setConfirmingEnd] = useState(false);
  const [endError, setEndError] = useState<string | null>(null);
  const plan = useMemo(() => (consultation && pack ? buildPlan(consultation, pack) : null), [consultation, pack]);
  if (!consultation || !pack || !plan) return <p className="page">No consultation is open.</p>;
  const practitioner = pack.clinic.practitioners.find((p) => p.id === consultation.practitionerId);

  const finish = async () => {
    const outcome = await end();
    if (outcome.ok) go('home');
    else setEndError(outcome.message);
  };

  return (
    <div className="app-shell">
      <ScreenHeader title="Consultation" onBack={back} />
      <main className="page consultation-page" aria-labelledby="consultation-title">
        <div className="consultation-heading">
          <div>
            <h1 id="consultation-title">{consultation.patient.name}</h1>
            <p className="lead">
              {formatLongDate(consultation.date, dateLocale(pack.meta.locale))}
              {practitioner && ` · ${practitioner.name}`}
            </p>
          </div>
          <SaveIndicator state={saveState} />
        </div>

        <div className="plan-closed" role="status">
          {plan.closedBecause && (
            <>
              <h2>No treatment can be planned</h2>
              <p>{plan.closedBecause}</p>
            </>
          )}
        </div>

        <div className="consultation-grid">
          <div className="consultation-side">
          <section className="panel consultation-face" aria-labelledby="areas-face-title">
            <h2 id="areas-face-title">On the face</h2>
            <FacePreview pack={pack} consultation={consultation} />
            <div className="button-row">
              <button type="button" className="button button--primary" onClick={() => go('face')}>
                Choose areas on the face
              </button>
              <button type="button" className="button" onClick={() => go('deck')}>
                Show the slides
              </button>
            </div>
          </section>
          <AssessmentSection consultation={consultation} pack={pack} plan={plan} change={change} />
          <ScreeningSection consultation={consultation} pack={pack} plan={plan} change={change} />
          </div>

          <div className="consultation-main">
          <section className="panel" aria-labelledby="plan-title">
            <h2 id="plan-title">Areas and plan</h2>
            {consultation.concerns.length === 0 ? (
              <p className="empty-state">No areas yet. Choose them on the face diagram with the patient.</p>
            ) : (
              <ol className="concern-list">
                {consultation.concerns.map((concern, index) => (
                  <ConcernRow key={concern.regionId} number={index + 1} consultationId={consultation.id} concern={concern} pack={pack} plan={plan} change={change} />
                ))}
              </ol>
            )}
          </section>
          <PlanSummarySection consultation={consultation} pack={pack} plan={plan} change={change} />
          <div className="panel">
            <NotesField value={consultation.notes} onChange={(notes) => change({ type: 'setNotes', notes })} />
          </div>
          </div>
        </div>

        <div className="consultation-actions">
          <button type="button" className="button button--primary" onClick={() => go('review')}>
            Review the summary
          </button>
          {confirmingEnd ? (
            <div className="confirm" role="group" aria-label="End the consultation?">
              <span>End without exporting? The record is deleted from this computer.</span>
              <button type="button" className="button button--danger" onClick={() => void finish()}>
                End and delete
              </button>
              <button type="button" className="button button--quiet" onClick={() => setConfirmingEnd(false)}>
                Keep working
              </button>
            </div>
          ) : (
            <button type="button" className="button button--quiet" onClick={() => setConfirmingEnd(true)}>
              End consultation
            </button>
          )}
          {endError && (
            <p className="status-problem" role="alert">
              {endError}
            </p>
          )}
        </div>
      </main>
    </div>
  );
}

function FacePreview({ pack, consultation }: { pack: ContentPack; consultation: Consultation }) {
  const marks = useMemo(() => {
    const all = regionMarks(pack, 'all');
    const chosen = new Set(consultation.concerns.map((c) => c.regionId));
    return new Map([...all].filter(([id]) => chosen.has(id)));
  }, [pack, consultation.concerns]);
  return (
    <div className="face-preview">
      <FaceDiagram regions={pack.regions} marks={marks} selectedId={null} concernIds={consultation.concerns.map((c) => c.regionId)} label="The patient’s areas, numbered" />
    </div>
  );
}

const STATUS_WORDS = { ready: 'Planned', blocked: 'Cannot go ahead yet', invalid: 'Check the fields', incomplete: '' } as const;

function ConcernRow({
  number,
  consultationId,
  concern,
  pack,
  plan,
  change,
}: {
  number: number;
  consultationId: string;
  concern: Consultation['concerns'][number]; pack: ContentPack; plan: Plan; change: (c: Change) => void }) {
  const area = plan.areas.find((a) => a.regionId === concern.regionId);
  const ids = { plan: useId(), note: useId() };
  const region = pack.regions.find((r) => r.id === concern.regionId);
  const options = (region?.treatments ?? [])
    .map((use) => ({ use, treatment: treatmentById(pack, use.treatment) }))
    .filter((o) => o.treatment !== undefined);
  return (
    <li className={`concern-row${area ? ` is-${area.status}` : ''}`}>
      <span className="concern-number" aria-hidden="true">
        {number}
      </span>
      <div className="concern-fields">
        <div className="concern-head">
          <h3>{region?.name ?? 'An area no longer in the content'}</h3>
          {area && area.status !== 'incomplete' && <span className={`area-status is-${area.status}`}>{STATUS_WORDS[area.status]}</span>}
          <button type="button" className="button button--quiet concern-remove" onClick={() => change({ type: 'removeConcern', regionId: concern.regionId })}>
            Remove<span className="visually-hidden"> {region?.name}</span>
          </button>
        </div>
        <div className="field">
          <label htmlFor={ids.plan}>Planned treatment</label>
          <select
            id={ids.plan}
            value={concern.plannedTreatment ?? ''}
            onChange={(e) => change({ type: 'planTreatment', regionId: concern.regionId, treatmentId: e.target.value || null })}
          >
            <option value="">Not decided yet</option>
            {options.map(({ use, treatment }) => (
              <option key={use.treatment} value={use.treatment}>
                {treatment!.name}
                {use.usual ? '' : ' (in some cases)'}
              </option>
            ))}
          </select>
        </div>
        <AreaPlanFields consultationId={consultationId} concern={concern} area={area} pack={pack} plan={plan} change={change} />
        <div className="field concern-note">
          <label htmlFor={ids.note}>
            Note <span className="optional">(optional)</span>
          </label>
          <textarea id={ids.note} rows={2} maxLength={CONSULTATION_LIMITS.concernNote} value={concern.note} onChange={(e) => change({ type: 'setConcernNote', regionId: concern.regionId, note: e.target.value })} />
        </div>
      </div>
    </li>
  );
}

function NotesField({ value, onChange }: { value: string; onChange: (notes: string) => void }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>General notes</label>
      <textarea id={id} rows={4} maxLength={CONSULTATION_LIMITS.notes} value={value} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}
