import { useMemo, useState } from 'react';
import type { SummaryModel, SummaryProse } from '../../shared/summary/model';
import { buildSummary } from '../../shared/summary/model';
import { useFacetApi } from '../api-context';
import { usePack } from '../content/ContentContext';
import { useNavigation } from '../navigation';
import { ScreenHeader } from '../ui/ScreenHeader';
import { useConsultation } from './ConsultationContext';
import { useSettings } from './SettingsContext';

type ExportState =
  | { status: 'idle' }
  | { status: 'exporting' }
  | { status: 'saved'; fileName: string; exportId: string }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string };

/** Exactly what the patient's summary will say, and the export. */
export function ReviewScreen() {
  const pack = usePack();
  const api = useFacetApi();
  const { settings } = useSettings();
  const { consultation, flush, end } = useConsultation();
  const { go, back } = useNavigation();
  const [exportState, setExportState] = useState<ExportState>({ status: 'idle' });
  const model = useMemo(
    () => (consultation && pack ? buildSummary(consultation, pack, { paperSize: settings.paperSize, generatedAt: new Date() }) : null),
    [consultation, pack, settings.paperSize],
  );
  if (!consultation || !model || !api) return <p className="page">No consultation is open.</p>;

  const exportPdf = async () => {
    setExportState({ status: 'exporting' });
    if (!(await flush())) {
      setExportState({ status: 'failed', message: 'The consultation could not be saved first, so the summary was not made. Try again.' });
      return;
    }
    const result = await api.summary.export({ id: consultation.id });
    if (!result.ok) setExportState({ status: 'failed', message: result.error.message });
    else setExportState(result.value.status === 'saved' ? { status: 'saved', fileName: result.value.fileName, exportId: result.value.exportId } : { status: 'cancelled' });
  };

  const finish = async () => {
    if (!(await end())) go('home');
  };

  return (
    <div className="app-shell">
      <ScreenHeader title="Review" onBack={back} />
      <main className="page review-page" aria-labelledby="review-title">
        <div className="review-heading">
          <div className="page-intro">
            <h1 id="review-title">The patient’s summary</h1>
            <p className="lead">This is what the PDF will say. Change anything on the consultation screen first.</p>
          </div>
          <div className="export-box" aria-live="polite">
            {exportState.status !== 'saved' && (
              <button type="button" className="button button--primary" disabled={exportState.status === 'exporting'} onClick={() => void exportPdf()}>
                {exportState.status === 'exporting' ? 'Making the PDF…' : 'Export PDF'}
              </button>
            )}
            {exportState.status === 'cancelled' && <p className="action-result">Not saved. You can export again at any time.</p>}
            {exportState.status === 'failed' && (
              <p className="status-problem" role="alert">
                {exportState.message} The consultation is safe; you can try again.
              </p>
            )}
            {exportState.status === 'saved' && (
              <div className="export-done">
                <p>
                  Saved as <strong>{exportState.fileName}</strong>.
                </p>
                <div className="button-row">
                  <button type="button" className="button button--primary" onClick={() => void api.summary.open({ exportId: exportState.exportId })}>
                    Open the PDF
                  </button>
                  <button type="button" className="button" onClick={() => void exportPdf()}>
                    Export again
                  </button>
                  <button type="button" className="button button--quiet" onClick={() => void finish()}>
                    End consultation
                  </button>
                </div>
                <p className="action-result">Ending the consultation deletes it from this computer; the PDF is the record to keep.</p>
              </div>
            )}
          </div>
        </div>
        <SummaryPreview model={model} />
      </main>
    </div>
  );
}

function SummaryPreview({ model }: { model: SummaryModel }) {
  return (
    <article className="summary-preview" aria-label="Summary preview">
      <header className="summary-preview-header">
        <p className="summary-clinic">{model.clinic.name}</p>
        <h2>Your consultation summary</h2>
        <p>
          {model.patient.name} · {model.date} · {model.practitioner.name}
          {model.patient.reference && ` · ${model.patient.reference}`}
        </p>
      </header>
      <section aria-labelledby="preview-areas">
        <h3 id="preview-areas">Areas we discussed</h3>
        {model.concerns.length === 0 && <p className="empty-state">No areas were chosen.</p>}
        <ol className="preview-concerns">
          {model.concerns.map((concern) => (
            <li key={concern.regionId}>
              <p className="preview-area">
                <span className="concern-number">{concern.number}</span> {concern.areaName}
              </p>
              <ProseText blocks={concern.causes} />
              <p>
                <strong>Plan:</strong> {concern.plannedTreatment ? `${concern.plannedTreatment.name}: starts ${concern.plannedTreatment.onsetText}, usually lasts ${concern.plannedTreatment.durationText}` : concern.planText}
              </p>
              {concern.note && <p className="preview-note">Note: {concern.note}</p>}
            </li>
          ))}
        </ol>
      </section>
      {model.treatments.map((treatment) => (
        <section key={treatment.id} aria-label={treatment.name}>
          <h3>{treatment.name}</h3>
          <ProseText blocks={treatment.whatToExpect} />
          <ul className="preview-follow-up">
            {treatment.followUp.items.map((item) => (
              <li key={item.kind}>
                <strong>{item.label}:</strong> {item.text}
              </li>
            ))}
          </ul>
        </section>
      ))}
      {model.notes.general.length > 0 && (
        <section aria-labelledby="preview-notes">
          <h3 id="preview-notes">Notes</h3>
          {model.notes.general.map((paragraph, i) => (
            <p key={i}>{paragraph}</p>
          ))}
        </section>
      )}
      <section aria-labelledby="preview-disclaimers" className="preview-disclaimers">
        <h3 id="preview-disclaimers">Please note</h3>
        {model.disclaimers.map((d) => (
          <ProseText key={d.id} blocks={d.blocks} />
        ))}
      </section>
    </article>
  );
}

function ProseText({ blocks }: { blocks: SummaryProse }) {
  const text = (inlines: { type: string; text?: string; children?: unknown[] }[]): string =>
    inlines.map((i) => (i.type === 'text' ? i.text : i.type === 'break' ? ' ' : text((i.children ?? []) as never))).join('');
  return (
    <>
      {blocks.map((block, i) =>
        block.type === 'list' ? (
          <ul key={i}>
            {block.items.map((item, j) => (
              <li key={j}>{text(item as never)}</li>
            ))}
          </ul>
        ) : (
          <p key={i}>{text(block.children as never)}</p>
        ),
      )}
    </>
  );
}
