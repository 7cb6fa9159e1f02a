/** @jsxRuntime automatic */
// (The bench renders this preview in Node with tsx, which reads the root tsconfig: no JSX mode there.)
import type { Inline } from '../../shared/content/prose';
import type { SummaryClinic, SummaryModel, SummaryPerson, SummaryPlan, SummaryProse, SummaryTreatment } from '../../shared/summary/model';
import { SUMMARY_WORDS as W } from '../../shared/summary/wording';

/**
 * Everything the patient's PDF says, in its order and with its words (the
 * PDF draws the same model), so the practitioner can check it before export.
 * Only the face drawing is left out; the areas keep their numbers.
 */
export function SummaryPreview({ model }: { model: SummaryModel }) {
  return (
    <article className="summary-preview" aria-label="Summary preview">
      <header className="summary-preview-header">
        <p className="summary-clinic">{model.clinic.name}</p>
        <h2>{W.title}</h2>
        <p>
          {model.patient.name} · {model.date} · {model.practitioner.name}
          {model.patient.reference && ` · ${model.patient.reference}`}
        </p>
      </header>

      <section aria-labelledby="preview-areas">
        <h3 id="preview-areas">{W.areasHeading}</h3>
        {model.concerns.length === 0 && <p className="empty-state">{W.noAreas}</p>}
        <ol className="preview-concerns">
          {model.concerns.map((concern) => (
            <li key={concern.regionId}>
              <p className="preview-area">
                <span className="concern-number">{concern.number}</span> {concern.areaName}
              </p>
              <ProseText blocks={concern.causes} />
              <p>
                <strong>Plan:</strong>{' '}
                {concern.plannedTreatment
                  ? `${concern.plannedTreatment.name}. It starts to work ${concern.plannedTreatment.onsetText}, and usually lasts ${concern.plannedTreatment.durationText}.`
                  : concern.planText}
              </p>
              {concern.product && (
                <p>
                  <strong>{W.product}:</strong> {concern.product.name}
                  {concern.product.amountText && <strong className="preview-amount">{` · ${concern.product.amountText}`}</strong>}
                </p>
              )}
              {concern.note && <p className="preview-note">Note: {concern.note}</p>}
            </li>
          ))}
        </ol>
        {model.omitted.map((line, i) => (
          <p key={i}>{line}</p>
        ))}
      </section>

      {model.firstPageNotes.length > 0 && (
        <section aria-labelledby="preview-caveat" className="preview-disclaimers">
          <h3 id="preview-caveat">{W.caveatHeading}</h3>
          {model.firstPageNotes.map((note) => (
            <ProseText key={note.id} blocks={note.blocks} />
          ))}
        </section>
      )}

      {model.treatments.length > 0 && (
        <section aria-labelledby="preview-when">
          <h3 id="preview-when">{W.yourDates}</h3>
          <p>{model.treatments[0]!.followUp.intro}</p>
          {model.treatments.map((treatment) => (
            <div key={treatment.id}>
              <h4>{treatment.name}</h4>
              <ul className="preview-follow-up">
                {treatment.followUp.items.map((item) => (
                  <li key={item.kind}>
                    <strong>{item.label}:</strong> {item.text}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      )}

      <PlanPreview plan={model.plan} />

      {model.notes.general.length > 0 && (
        <section aria-labelledby="preview-notes">
          <h3 id="preview-notes">{W.notesHeading}</h3>
          {model.notes.general.map((paragraph, i) => (
            <p key={i}>{paragraph}</p>
          ))}
        </section>
      )}

      {model.treatments.map((treatment) => (
        <TreatmentPreview key={treatment.id} treatment={treatment} clinic={model.clinic} />
      ))}

      {model.clinic.contact.length > 0 && (
        <section aria-labelledby="preview-contact">
          <h3 id="preview-contact">{W.questions(model.clinic.name)}</h3>
          <p>{model.clinic.contact.join(' · ')}</p>
        </section>
      )}

      <section aria-labelledby="preview-disclaimers" className="preview-disclaimers">
        <h3 id="preview-disclaimers">{W.disclaimersHeading}</h3>
        {model.disclaimers.map((d) => (
          <ProseText key={d.id} blocks={d.blocks} />
        ))}
        {model.sources.length > 0 && (
          <>
            <h4>{W.sourcesHeading}</h4>
            <ul>
              {model.sources.map((source, i) => (
                <li key={i}>
                  {source.title}
                  {source.publisher && ` (${source.publisher})`}: {source.url}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </article>
  );
}

/** Said as the PDF's "Your plan" says it: who, when, how much in all, and the estimate (never an offer). */
function PlanPreview({ plan }: { plan: SummaryPlan }) {
  const people: { name: string; person: SummaryPerson }[] = [
    ...(plan.assessor ? [{ name: W.assessedBy, person: plan.assessor }] : []),
    ...(plan.prescriber ? [{ name: W.prescriber, person: plan.prescriber }] : []),
  ];
  const dates: { name: string; value: string; detail?: string }[] = [
    ...(plan.earliest ? [{ name: W.earliestDate, value: plan.earliest.date, detail: plan.earliest.reason }] : []),
    ...(plan.plannedDate ? [{ name: W.plannedDate, value: plan.plannedDate }] : []),
  ];
  if (!plan.closedBecause && people.length === 0 && dates.length === 0 && plan.totals.length === 0) return null;
  const facts = [...people.map((p) => ({ name: p.name, value: p.person.name, detail: p.person.role })), ...dates];
  return (
    <section aria-labelledby="preview-plan" className="preview-plan">
      <h3 id="preview-plan">{W.planHeading}</h3>
      {plan.closedBecause && <p className="preview-plan-closed">{plan.closedBecause}</p>}
      {facts.length > 0 && (
        <dl className="preview-plan-facts">
          {facts.map((fact) => (
            <div key={fact.name}>
              <dt>{fact.name}</dt>
              <dd>
                <span className="preview-plan-value">{fact.value}</span>
                {fact.detail && <span className="preview-plan-detail">{fact.detail}</span>}
              </dd>
            </div>
          ))}
        </dl>
      )}
      {plan.totals.length > 0 && (
        <div>
          <h4 id="preview-plan-totals">{W.totalsLabel}</h4>
          <ul className="preview-plan-totals" aria-labelledby="preview-plan-totals">
            {plan.totals.map((total) => (
              <li key={total.treatmentId}>
                {`${total.name}: `}
                <strong className="preview-amount">{total.amountText}</strong>
              </li>
            ))}
          </ul>
        </div>
      )}
      {plan.estimate && (
        <div className="preview-estimate">
          <h4>
            <span>{W.estimate}</span> <span className="preview-estimate-range">{plan.estimate.range}</span>
          </h4>
          <p>{plan.estimate.notOffer}</p>
          {plan.estimate.includes.length > 0 && (
            <>
              <p>
                <strong>{W.estimateIncludes}</strong>
              </p>
              <List items={plan.estimate.includes} />
            </>
          )}
          {plan.estimate.leftOut && <p>{plan.estimate.leftOut}</p>}
          <p className="preview-estimate-valid">{plan.estimate.validUntil}</p>
        </div>
      )}
    </section>
  );
}

function TreatmentPreview({ treatment, clinic }: { treatment: SummaryTreatment; clinic: SummaryClinic }) {
  return (
    <section aria-label={treatment.name} className="preview-treatment">
      <h3>{W.treatmentHeading(treatment.name)}</h3>
      <p>{W.plannedFor(treatment.concernNumbers)}</p>
      <p>{treatment.summary}</p>
      <h4>{W.whatToExpect}</h4>
      <ProseText blocks={treatment.whatToExpect} />
      <p>
        <strong>{W.downtime}:</strong> {treatment.downtime}
      </p>
      <h4>{W.notSuitable}</h4>
      <List items={treatment.notSuitableFor} />
      <h4>{W.sideEffects}</h4>
      <p>
        <strong>{W.common}</strong>
      </p>
      <List items={treatment.sideEffects.common} />
      <p>
        <strong>{W.rare}</strong>
      </p>
      <List items={treatment.sideEffects.rare} />
      <div className="preview-help">
        <h4>{W.getHelp}</h4>
        {treatment.emergency.length > 0 && (
          <>
            <p>
              <strong>{W.emergency}</strong>
            </p>
            <List items={treatment.emergency} />
          </>
        )}
        <p>
          <strong>{W.seekHelp}</strong>
        </p>
        <List items={treatment.seekHelp} />
        <p>
          {clinic.phone && `${W.dayPhone}: ${clinic.phone.day}. `}
          {clinic.phone?.outOfHours ? `${W.outOfHoursPhone}: ${clinic.phone.outOfHours}.` : W.noOutOfHours} {W.cannotReach}
        </p>
      </div>
      <h4>{W.aftercare}</h4>
      <List items={treatment.aftercare} />
    </section>
  );
}

function List({ items }: { items: readonly string[] }) {
  return (
    <ul>
      {items.map((item, i) => (
        <li key={i}>{item}</li>
      ))}
    </ul>
  );
}

const inlineText = (inlines: Inline[]): string =>
  inlines.map((i) => (i.type === 'text' ? i.text : i.type === 'break' ? ' ' : inlineText(i.children))).join('');

function ProseText({ blocks }: { blocks: SummaryProse }) {
  return (
    <>
      {blocks.map((block, i) =>
        block.type === 'list' ? (
          <ul key={i}>
            {block.items.map((item, j) => (
              <li key={j}>{inlineText(item)}</li>
            ))}
          </ul>
        ) : (
          <p key={i}>{inlineText(block.children)}</p>
        ),
      )}
    </>
  );
}
