import { useMemo, useState } from 'react';
import { buildSummary } from '../../shared/summary/model';
import { usePack } from '../content/ContentContext';
import { useNavigation } from '../navigation';
import { ScreenHeader } from '../ui/ScreenHeader';
import { useConsultation } from './ConsultationContext';
import { DrawingsInSummary } from './DrawingsInSummary';
import { useSettings } from '../settings/SettingsContext';
import { SummaryPreview } from './SummaryPreview';
import { useSummaryExport } from './useSummaryExport';

/** What the patient's summary will say (all of it, but for the face drawing), and the export. */
export function ReviewScreen() {
  const pack = usePack();
  const { settings } = useSettings();
  const { consultation, end, change } = useConsultation();
  const { go, back } = useNavigation();
  const { state: exportState, exportPdf, openPdf } = useSummaryExport(consultation?.id ?? null);
  const [problem, setProblem] = useState<string | null>(null);
  const model = useMemo(
    () => (consultation && pack ? buildSummary(consultation, pack, { paperSize: settings.paperSize, generatedAt: new Date() }) : null),
    [consultation, pack, settings.paperSize],
  );
  if (!consultation || !model) return <p className="page">No consultation is open.</p>;

  const open = async () => {
    const outcome = await openPdf();
    setProblem(outcome.ok ? null : outcome.message);
  };
  const finish = async () => {
    const outcome = await end();
    if (outcome.ok) go('home');
    else setProblem(outcome.message);
  };

  return (
    <div className="app-shell">
      <ScreenHeader title="Review" onBack={back} />
      <main className="page review-page" aria-labelledby="review-title">
        <div className="review-heading">
          <div className="page-intro">
            <h1 id="review-title">The patient’s summary</h1>
            <p className="lead">
              Everything the PDF will say, in the same order. The PDF also shows the numbered areas on a drawing of the face.
              Change anything on the consultation screen first.
            </p>
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
                  <button type="button" className="button button--primary" onClick={() => void open()}>
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
                {problem && (
                  <p className="status-problem" role="alert">
                    {problem}
                  </p>
                )}
              </div>
            )}
          </div>
        </div>
        <DrawingsInSummary consultation={consultation} change={change} />
        <SummaryPreview model={model} />
      </main>
    </div>
  );
}
