import { useMemo } from 'react';
import { buildSummary } from '../../shared/summary/model';
import { usePack } from '../content/ContentContext';
import { useNavigation } from '../navigation';
import { ScreenHeader } from '../ui/ScreenHeader';
import { useConsultation } from './ConsultationContext';
import { DrawingsInSummary } from './DrawingsInSummary';
import { useSettings } from '../settings/SettingsContext';
import { ExportPanel } from './ExportPanel';
import { SummaryPreview } from './SummaryPreview';

/** What the patient's summary will say (all of it, but for the face drawing), and the export. */
export function ReviewScreen() {
  const pack = usePack();
  const { settings } = useSettings();
  const { consultation, end, change } = useConsultation();
  const { go, back } = useNavigation();
  const model = useMemo(
    () => (consultation && pack ? buildSummary(consultation, pack, { paperSize: settings.paperSize, generatedAt: new Date() }) : null),
    [consultation, pack, settings.paperSize],
  );
  if (!consultation || !model) return <p className="page">No consultation is open.</p>;

  /** Ends the consultation and goes home; says why when it cannot. */
  const finish = async (): Promise<string | null> => {
    const outcome = await end();
    if (!outcome.ok) return outcome.message;
    go('home');
    return null;
  };

  return (
    <div className="app-shell">
      <ScreenHeader title="Review" onBack={back} />
      <main className="page review-page" aria-labelledby="review-title">
        <div className="review-heading">
          <div className="page-intro">
            <h1 id="review-title">The patient’s summary</h1>
            <p className="lead">
              Everything the patient’s PDF will say, in order; it also shows the numbered areas on a drawing of the face. Change
              anything on the consultation screen first.
            </p>
          </div>
        </div>
        <DrawingsInSummary consultation={consultation} change={change} />
        <div className="review-layout">
          <SummaryPreview model={model} />
          <ExportPanel consultation={consultation} pack={pack!} onEnd={finish} />
        </div>
      </main>
    </div>
  );
}
