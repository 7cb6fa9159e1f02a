import { BACK_LABELS, useNavigation } from '../navigation';
import { ClinicBrand } from './ClinicBrand';

/** The bar at the top of every inner screen: the way back (named after where it goes), and the clinic. */
export function ScreenHeader({ title, onBack, backLabel }: { title: string; onBack: () => void; backLabel?: string }) {
  const { previous } = useNavigation();
  const label = backLabel ?? BACK_LABELS[previous ?? 'home'];
  return (
    <header className="top-bar">
      <button type="button" className="button button--quiet back-button" onClick={onBack}>
        <span aria-hidden="true">←</span> {label}
      </button>
      <span className="visually-hidden">{title}</span>
      <ClinicBrand />
    </header>
  );
}
