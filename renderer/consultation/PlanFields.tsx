import { useId, useState } from 'react';
import { CONSULTATION_LIMITS } from '../../shared/consultation/limits';
import type { AmountRange, Consultation } from '../../shared/consultation/model';
import { formatMoney, noPrescriberNote, parseAmount, reflectionReason, screeningChecklist, type AreaPlan, type Plan, type PlanField, type Total } from '../../shared/consultation/plan';
import type { ContentPack } from '../../shared/content/pack';
import { formatLongDate } from '../../shared/summary/dates';
import { dateLocale } from '../../shared/summary/model';
import type { Change } from './ConsultationContext';
import { rememberTypedAmount, typedAmount } from './typedAmounts';
import { PractitionerOptions } from './PractitionerOptions';

/**
 * The plan's fields on the consultation screen (issue 14): assessment,
 * screening, each area's product and amount, and the plan's totals, dates and
 * estimate. Every rule's message comes from buildPlan and sits next to its
 * field; what was typed is never thrown away.
 */

const sameField = (a: PlanField, b: PlanField) =>
  a.kind === b.kind &&
  ('regionId' in a ? 'regionId' in b && a.regionId === b.regionId : true) &&
  ('questionId' in a ? 'questionId' in b && a.questionId === b.questionId : true);

export function messageFor(plan: Plan, field: PlanField): string | null {
  return plan.messages.find((m) => sameField(m.field, field))?.message ?? null;
}

/** A field's message: always in the page (so a change is announced), described by the field only when there is one. */
export function FieldMessage({ id, message }: { id: string; message: string | null }) {
  return (
    <p id={id} className="field-error" aria-live="polite">
      {message}
    </p>
  );
}

const described = (id: string, message: string | null) => (message ? { 'aria-describedby': id, 'aria-invalid': true as const } : {});

// Assessment ------------------------------------------------------------------

export function AssessmentSection({ consultation, pack, plan, change }: { consultation: Consultation; pack: ContentPack; plan: Plan; change: (c: Change) => void }) {
  const ids = { dob: useId(), dobMessage: useId(), assessor: useId(), prescriber: useId(), prescriberMessage: useId(), inPersonMessage: useId(), noPrescriber: useId() };
  const { assessment, patient } = consultation;
  const prescribers = pack.clinic.practitioners.filter((p) => p.prescriber);
  const dobMessage = messageFor(plan, { kind: 'dateOfBirth' });
  const prescriberMessage = messageFor(plan, { kind: 'prescriber' });
  const inPersonMessage = messageFor(plan, { kind: 'inPerson' });

  const setDateOfBirth = (value: string) => {
    const { dateOfBirth: _dropped, ...rest } = patient;
    change({ type: 'setPatient', patient: value ? { ...rest, dateOfBirth: value } : rest });
  };

  return (
    <section className="panel plan-section" aria-labelledby="assessment-title">
      <h2 id="assessment-title">Assessment</h2>
      <div className="field">
        <label htmlFor={ids.dob}>Date of birth</label>
        <input id={ids.dob} type="date" value={patient.dateOfBirth ?? ''} max={consultation.date} onChange={(e) => setDateOfBirth(e.target.value)} {...described(ids.dobMessage, dobMessage)} />
        {plan.age !== null && !dobMessage && <p className="field-hint">{plan.age} years old today</p>}
        <FieldMessage id={ids.dobMessage} message={dobMessage} />
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={ids.assessor}>Assessed by</label>
          <select id={ids.assessor} value={assessment.assessorId ?? ''} onChange={(e) => change({ type: 'setAssessment', assessment: { assessorId: e.target.value || null } })}>
            <option value="">Choose…</option>
            <PractitionerOptions practitioners={pack.clinic.practitioners} />
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.prescriber}>Prescribed by</label>
          {prescribers.length === 0 ? (
            <p id={ids.noPrescriber} className="plan-note">
              {noPrescriberNote(pack.treatments)}
            </p>
          ) : (
            <select
              id={ids.prescriber}
              value={assessment.prescriberId ?? ''}
              onChange={(e) => change({ type: 'setAssessment', assessment: { prescriberId: e.target.value || null } })}
              {...described(ids.prescriberMessage, prescriberMessage)}
            >
              <option value="">Choose…</option>
              <PractitionerOptions practitioners={prescribers} />
              {assessment.prescriberId && !prescribers.some((p) => p.id === assessment.prescriberId) && (
                <option value={assessment.prescriberId}>{assessment.prescriberId} (not a prescriber)</option>
              )}
            </select>
          )}
          <FieldMessage id={ids.prescriberMessage} message={prescriberMessage} />
        </div>
      </div>
      <div className="field">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={assessment.inPerson}
            onChange={(e) => change({ type: 'setAssessment', assessment: { inPerson: e.target.checked } })}
            {...described(ids.inPersonMessage, inPersonMessage)}
          />
          The assessment was face to face, in person
        </label>
        <FieldMessage id={ids.inPersonMessage} message={inPersonMessage} />
      </div>
    </section>
  );
}

// Screening -------------------------------------------------------------------

export function ScreeningSection({ consultation, pack, plan, change }: { consultation: Consultation; pack: ContentPack; plan: Plan; change: (c: Change) => void }) {
  const plannedIds = new Set(plan.areas.map((a) => a.treatmentId));
  const items = screeningChecklist(pack.treatments.filter((t) => plannedIds.has(t.id)));
  return (
    <section className="panel plan-section" aria-labelledby="screening-title">
      <h2 id="screening-title">Screening</h2>
      {items.length === 0 ? (
        <p className="empty-state">Plan a treatment for an area to see its questions.</p>
      ) : (
        <ul className="screening-list">
          {items.map((item) => (
            <ScreeningQuestionRow key={item.id} item={item} consultation={consultation} pack={pack} plan={plan} change={change} />
          ))}
        </ul>
      )}
    </section>
  );
}

function ScreeningQuestionRow({
  item,
  consultation,
  pack,
  plan,
  change,
}: {
  item: ReturnType<typeof screeningChecklist>[number];
  consultation: Consultation;
  pack: ContentPack;
  plan: Plan;
  change: (c: Change) => void;
}) {
  const ids = { message: useId(), reason: useId() };
  const answer = consultation.screening.find((a) => a.questionId === item.id);
  const message = messageFor(plan, { kind: 'screening', questionId: item.id });
  const ruledOut = item.rulesOut.filter((r) => answer?.answer === r.when && plan.areas.some((a) => a.treatmentId === r.treatmentId));
  const treatmentNames = ruledOut.map((r) => pack.treatments.find((t) => t.id === r.treatmentId)?.name.toLowerCase() ?? r.treatmentId);
  return (
    <li className={`screening-item${ruledOut.length > 0 ? ' is-ruling-out' : ''}`}>
      <fieldset>
        <legend>{item.question}</legend>
        <div className="yes-no">
          {(['yes', 'no'] as const).map((value) => (
            <label key={value} className="choice">
              <input
                type="radio"
                name={`screening-${item.id}`}
                value={value}
                checked={answer?.answer === value}
                onChange={() => change({ type: 'answerScreening', questionId: item.id, answer: value })}
                {...described(ids.message, message)}
              />
              {value === 'yes' ? 'Yes' : 'No'}
            </label>
          ))}
        </div>
        {answer && (
          <button type="button" className="screening-clear" onClick={() => change({ type: 'answerScreening', questionId: item.id, answer: null })}>
            Clear answer
          </button>
        )}
        <FieldMessage id={ids.message} message={message} />
        {ruledOut.length > 0 && (
          <div className="field proceed-reason">
            <label htmlFor={ids.reason}>
              Reason to go ahead with {treatmentNames.join(' and ')} <span className="optional">(if it can)</span>
            </label>
            <textarea
              id={ids.reason}
              rows={2}
              maxLength={CONSULTATION_LIMITS.proceedReason}
              value={answer?.proceedReason ?? ''}
              onChange={(e) => change({ type: 'setProceedReason', questionId: item.id, reason: e.target.value })}
            />
          </div>
        )}
      </fieldset>
    </li>
  );
}

// Per area: product and amount ----------------------------------------------------

const formatAmount = (amount: AmountRange | undefined) => (amount ? (amount.min === amount.max ? `${amount.min}` : `${amount.min}–${amount.max}`) : '');

export function AreaPlanFields({
  consultationId,
  concern,
  area,
  pack,
  plan,
  change,
}: {
  consultationId: string;
  concern: Consultation['concerns'][number];
  area: AreaPlan | undefined;
  pack: ContentPack;
  plan: Plan;
  change: (c: Change) => void;
}) {
  const ids = { product: useId(), productMessage: useId(), amount: useId(), amountMessage: useId(), amountHint: useId() };
  // What was typed, kept here even when it cannot be read as an amount: nothing typed is lost.
  const [typed, setTyped] = useState(() => typedAmount(consultationId, concern.regionId) ?? formatAmount(concern.amount));
  const [parseMessage, setParseMessage] = useState<string | null>(() => {
    const kept = typedAmount(consultationId, concern.regionId);
    if (kept === undefined) return null;
    const parsed = parseAmount(kept);
    return parsed.ok ? null : parsed.message;
  });
  if (concern.plannedTreatment === null) return null;
  const products = pack.products.filter((p) => p.treatment === concern.plannedTreatment);
  const chosen = concern.productId ? pack.products.find((p) => p.id === concern.productId) : undefined;
  const productMessage = messageFor(plan, { kind: 'product', regionId: concern.regionId });
  const amountMessage = parseMessage ?? messageFor(plan, { kind: 'amount', regionId: concern.regionId });
  const unit = chosen ? (chosen.unit === 'mL' ? 'mL' : 'units') : products[0]?.unit === 'mL' ? 'mL' : 'units';

  const typeAmount = (text: string) => {
    setTyped(text);
    const parsed = parseAmount(text);
    rememberTypedAmount(consultationId, concern.regionId, text.trim() === '' || parsed.ok ? undefined : text);
    if (text.trim() === '') {
      setParseMessage(null);
      change({ type: 'setAmount', regionId: concern.regionId, amount: null });
      return;
    }
    if (parsed.ok) {
      setParseMessage(null);
      change({ type: 'setAmount', regionId: concern.regionId, amount: parsed.amount });
    } else {
      setParseMessage(parsed.message);
      // The plan and estimate must not count an amount the field no longer shows.
      change({ type: 'setAmount', regionId: concern.regionId, amount: null });
    }
  };

  return (
    <>
      <div className="field">
        <label htmlFor={ids.product}>Product</label>
        <select
          id={ids.product}
          value={concern.productId ?? ''}
          onChange={(e) => change({ type: 'setProduct', regionId: concern.regionId, productId: e.target.value || null })}
          {...described(ids.productMessage, productMessage)}
        >
          <option value="">{products.length === 0 ? 'None in the clinic’s list' : 'Choose…'}</option>
          {products.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
          {concern.productId && !products.some((p) => p.id === concern.productId) && <option value={concern.productId}>{chosen?.name ?? concern.productId}</option>}
        </select>
        <FieldMessage id={ids.productMessage} message={productMessage} />
      </div>
      <div className="field">
        <label htmlFor={ids.amount}>
          Amount <span className="optional">({unit})</span>
        </label>
        <input
          id={ids.amount}
          inputMode="decimal"
          autoComplete="off"
          placeholder={unit === 'mL' ? 'e.g. 0.5–1' : 'e.g. 18–22'}
          value={typed}
          onChange={(e) => typeAmount(e.target.value)}
          aria-invalid={amountMessage ? true : undefined}
          aria-describedby={amountMessage ? ids.amountMessage : chosen ? ids.amountHint : undefined}
        />
        {chosen && !amountMessage && (
          <p id={ids.amountHint} className="field-hint">
            {chosen.amountPerArea.min}–{chosen.amountPerArea.max} {unit} for one area
          </p>
        )}
        <FieldMessage id={ids.amountMessage} message={amountMessage} />
      </div>
      {area && area.ruledOutBy.length > 0 && (
        <div className="area-flags">
          {area.ruledOutBy.map((r) => (
            <p key={r.questionId} className={r.proceedReason ? 'is-proceeding' : 'is-blocked'}>
              {r.proceedReason ? `Going ahead: ${r.proceedReason}` : `Not suitable: “${r.question}” was answered ${r.answer}`}
            </p>
          ))}
        </div>
      )}
    </>
  );
}

// The plan's totals, dates and estimate -------------------------------------------

const n = (x: number) => x.toLocaleString('en-GB', { maximumFractionDigits: 2 });
const range = (t: Total, unit: string) => (t.min === t.max ? `${n(t.min)} ${unit}` : `${n(t.min)}–${n(t.max)} ${unit}`);
const money = (min: number, max: number, currency: string) => (min === max ? formatMoney(min, currency) : `${formatMoney(min, currency)}–${formatMoney(max, currency)}`);

export function PlanSummarySection({ consultation, pack, plan, change }: { consultation: Consultation; pack: ContentPack; plan: Plan; change: (c: Change) => void }) {
  const ids = { date: useId(), dateMessage: useId(), dateHint: useId() };
  const locale = dateLocale(pack.meta.locale);
  const treatmentName = (id: string) => pack.treatments.find((t) => t.id === id)?.name ?? id;
  const dateMessage = messageFor(plan, { kind: 'plannedDate' });
  const { reflection, estimate } = plan;
  if (plan.closedBecause !== null || plan.areas.length === 0) return null;

  return (
    <section className="panel plan-section plan-summary" aria-labelledby="plan-summary-title">
      <h2 id="plan-summary-title">The plan</h2>
      {plan.totals.length === 0 ? (
        <p className="empty-state">Choose a product and an amount for each area to see the totals.</p>
      ) : (
        <dl className="plan-totals">
          {plan.totals.map((t) => (
            <div key={t.treatmentId}>
              <dt>{treatmentName(t.treatmentId)}</dt>
              <dd>
                {t.units && <span>{range(t.units, 'units')}</span>}
                {t.mL && <span>{range(t.mL, 'mL')}</span>}
                {t.products
                  .filter((p) => p.syringes)
                  .map((p) => (
                    <span key={p.product.id} className="plan-detail">
                      {p.product.name}: {range(p.syringes!, p.syringes!.max === 1 ? 'syringe' : 'syringes')}
                    </span>
                  ))}
              </dd>
            </div>
          ))}
        </dl>
      )}
      {reflection && (
        <div className="plan-dates">
          <p>
            <strong>Earliest treatment date: {formatLongDate(reflection.earliestDate, locale)}</strong>
            <br />
            <span className="plan-detail">{reflectionReason(reflection.days, treatmentName(reflection.treatmentId))}</span>
          </p>
          <div className="field">
            <label htmlFor={ids.date}>
              Planned treatment date <span className="optional">(optional)</span>
            </label>
            <input
              id={ids.date}
              type="date"
              min={reflection.earliestDate}
              value={consultation.plannedDate ?? ''}
              onChange={(e) => change({ type: 'setPlannedDate', date: e.target.value || null })}
              aria-invalid={dateMessage ? true : undefined}
              aria-describedby={dateMessage ? ids.dateMessage : consultation.plannedDate ? ids.dateHint : undefined}
            />
            {/* The field shows the computer's date format; this says the day in words, as the summary will. */}
            {consultation.plannedDate && !dateMessage && (
              <p id={ids.dateHint} className="field-hint">
                {formatLongDate(consultation.plannedDate, locale, { weekday: true })}
              </p>
            )}
            <FieldMessage id={ids.dateMessage} message={dateMessage} />
          </div>
        </div>
      )}
      {estimate && (
        <div className="plan-estimate" aria-labelledby="estimate-title">
          <h3 id="estimate-title">Estimate</h3>
          {estimate.status === 'unavailable' ? (
            <p className="plan-detail">{estimate.reason}</p>
          ) : (
            <>
              <p className="estimate-amount">{money(estimate.min, estimate.max, estimate.currency)}</p>
              <ul className="estimate-lines">
                {estimate.lines.map((l) => (
                  <li key={l.product.id}>
                    <span>{l.product.name}</span> <span>{money(l.min, l.max, estimate.currency)}</span>
                  </li>
                ))}
              </ul>
              {estimate.includes.length > 0 && (
                <div className="estimate-includes">
                  <p className="plan-detail">Includes</p>
                  <ul>
                    {estimate.includes.map((line) => (
                      <li key={line}>{line}</li>
                    ))}
                  </ul>
                </div>
              )}
              {estimate.leftOut.length > 0 && (
                <p className="plan-detail">
                  Not included yet: {estimate.leftOut.map((id) => pack.regions.find((r) => r.id === id)?.name ?? id).join(', ')}.
                </p>
              )}
              <p className="plan-detail">An estimate, not an offer. Valid until {formatLongDate(estimate.validUntil, locale)}.</p>
            </>
          )}
        </div>
      )}
    </section>
  );
}
