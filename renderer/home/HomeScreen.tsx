import { useAppInfoState } from './useAppInfo';
import { usePack } from '../content/ContentContext';
import { useConsultation } from '../consultation/ConsultationContext';
import { ResumeNotice } from '../consultation/ResumeNotice';
import { ContentNotice } from '../content/ContentNotice';
import { useNavigation, type Screen } from '../navigation';
import { ClinicBrand } from '../ui/ClinicBrand';
import { StatusBar } from './StatusBar';

interface Action {
  id: string;
  title: string;
  description: string;
  primary?: boolean;
  screen: Screen;
}

const ACTIONS: readonly Action[] = [
  {
    id: 'consultation',
    title: 'Start a consultation',
    description: 'Record the patient’s concerns and the plan, then hand them a clear summary.',
    primary: true,
    screen: 'start',
  },
  {
    id: 'present',
    title: 'Present the treatments',
    description: 'Walk through how botulinum toxin and dermal fillers work, without a patient record.',
    screen: 'deck',
  },
  {
    id: 'face',
    title: 'Face diagram',
    description: 'Show where each treatment acts, region by region.',
    screen: 'face',
  },
  {
    id: 'settings',
    title: 'Settings and content',
    description: 'Paper size, privacy, and the clinic’s own wording.',
    screen: 'settings',
  },
];

export function HomeScreen() {
  const appInfo = useAppInfoState();
  const pack = usePack();
  const { go } = useNavigation();
  const { consultation } = useConsultation();
  const open = (screen: Screen) => go(screen === 'start' && consultation ? 'consultation' : screen);
  return (
    <div className="app-shell">
      <header className="top-bar">
        <ClinicBrand />
        <p className="offline-pill">
          <span className="offline-dot" aria-hidden="true" />
          Offline · patient data stays on this computer
        </p>
      </header>

      <ContentNotice />
      <ResumeNotice />

      <main className="home" aria-labelledby="home-title">
        <section className="home-intro">
          <p className="eyebrow">
            {greeting(new Date())}
            {pack && <span className="clinic-name"> · {pack.clinic.name}</span>}
          </p>
          <h1 id="home-title">Consultations, explained clearly.</h1>
          <p className="lead">
            Show how treatments work, mark what matters to the patient on the face, and give them a summary to take home.
          </p>
        </section>

        <ul className="action-grid" aria-label="What would you like to do?">
          {ACTIONS.map((action) => (
            <li key={action.id}>
              <button type="button" className={action.primary ? 'action-card action-card--primary' : 'action-card'} onClick={() => open(action.screen)}>
                <span className="action-title">{action.title}</span>
                <span className="action-description">{action.description}</span>
              </button>
            </li>
          ))}
        </ul>
      </main>

      <StatusBar appInfo={appInfo} />
    </div>
  );
}

function greeting(now: Date): string {
  const hour = now.getHours();
  if (hour < 12) return 'Good morning';
  if (hour < 18) return 'Good afternoon';
  return 'Good evening';
}
