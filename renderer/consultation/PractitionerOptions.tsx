import type { ContentPack } from '../../shared/content/pack';

/** The clinic's practitioners as <option>s, "Name – role", for every practitioner picker. */
export function PractitionerOptions({ practitioners }: { practitioners: readonly ContentPack['clinic']['practitioners'][number][] }) {
  return (
    <>
      {practitioners.map((p) => (
        <option key={p.id} value={p.id}>
          {p.name}
          {p.role ? ` – ${p.role}` : ''}
        </option>
      ))}
    </>
  );
}
