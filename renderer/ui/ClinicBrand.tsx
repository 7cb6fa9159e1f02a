import { usePack } from '../content/ContentContext';
import { FacetMark } from './FacetMark';

/** The clinic's logo and name from its content pack; Facet's own mark until it loads. */
export function ClinicBrand() {
  const pack = usePack();
  const logo = pack?.clinic.logo ? pack.images[pack.clinic.logo] : undefined;
  if (!pack) {
    return (
      <div className="brand">
        <FacetMark />
        <span className="brand-name">Facet</span>
      </div>
    );
  }
  return (
    <div className="brand">
      {logo ? <img className="clinic-logo" src={logo} alt={pack.clinic.name} /> : <span className="brand-name">{pack.clinic.name}</span>}
    </div>
  );
}
