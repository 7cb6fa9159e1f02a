import { ClinicBrand } from './ClinicBrand';

/** The bar at the top of every inner screen: the way back, and the clinic. */
export function ScreenHeader({ title, onBack, backLabel = 'Home' }: { title: string; onBack: () => void; backLabel?: string }) {
  return (
    <header className="top-bar">
      <button type="button" className="button button--quiet back-button" onClick={onBack}>
        <span aria-hidden="true">←</span> {backLabel}
      </button>
      <span className="visually-hidden">{title}</span>
      <ClinicBrand />
    </header>
  );
}
