/** The Facet mark: a cut gem outline, drawn in the accent colour. Decorative. */
export function FacetMark({ size = 32 }: { size?: number }) {
  return (
    <svg className="facet-mark" width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <path d="M16 3 27 11 22.5 28h-13L5 11Z" fill="var(--color-accent-soft)" stroke="var(--color-accent)" strokeWidth="1.8" strokeLinejoin="round" />
      <path d="M5 11h22M16 3l-4.5 8L16 28l4.5-17Z" fill="none" stroke="var(--color-accent)" strokeWidth="1.4" strokeLinejoin="round" />
    </svg>
  );
}
