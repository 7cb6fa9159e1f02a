import { createContext, useContext } from 'react';
import { treatmentStyle, type PatternKind } from '../../shared/face/treatment-style';

export const patternId = (prefix: string, index: number) => `${prefix}-treatment-${index}`;

/**
 * Chromium prints an SVG pattern as a low-resolution picture of the whole
 * area it fills (and one per area: megabytes for a face). The print page
 * asks for flat tints instead, which stay vector on paper.
 */
export const FlatTreatmentFills = createContext(false);

/** How an area of this treatment is filled: its pattern on screen, a flat tint when printing. */
export function useTreatmentFill(): (idPrefix: string, index: number) => { fill: string; fillOpacity?: number } {
  const flat = useContext(FlatTreatmentFills);
  return (idPrefix, index) => (flat ? { fill: treatmentStyle(index).colour, fillOpacity: 0.3 } : { fill: `url(#${patternId(idPrefix, index)})` });
}

const MARKS: Record<PatternKind, (ink: string) => React.ReactNode> = {
  diagonal: (ink) => <path d="M-2 2 L2 -2 M0 12 L12 0 M10 14 L14 10" stroke={ink} strokeWidth="2.2" />,
  dots: (ink) => <circle cx="6" cy="6" r="2.2" fill={ink} />,
  cross: (ink) => <path d="M0 6 H12 M6 0 V12" stroke={ink} strokeWidth="1.6" />,
  horizontal: (ink) => <path d="M0 6 H12" stroke={ink} strokeWidth="2" />,
};

/**
 * One SVG pattern per treatment style: a tint in the treatment's colour plus
 * its own marks, so areas differ by pattern as well as by colour.
 */
export function TreatmentPatterns({ idPrefix, count = 4 }: { idPrefix: string; count?: number }) {
  return (
    <>
      {Array.from({ length: count }, (_, index) => {
        const style = treatmentStyle(index);
        return (
          <pattern key={index} id={patternId(idPrefix, index)} width="12" height="12" patternUnits="userSpaceOnUse">
            <rect width="12" height="12" fill={style.colour} fillOpacity="0.22" />
            <g opacity="0.55">{MARKS[style.pattern](style.ink)}</g>
          </pattern>
        );
      })}
    </>
  );
}

/** A small swatch for legends and filter buttons, drawn with the same pattern. */
export function TreatmentSwatch({ index, idPrefix }: { index: number; idPrefix: string }) {
  const style = treatmentStyle(index);
  const fillOf = useTreatmentFill();
  return (
    <svg className="treatment-swatch" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <defs>
        <TreatmentPatterns idPrefix={idPrefix} />
      </defs>
      <rect x="1" y="1" width="22" height="22" rx="5" {...fillOf(idPrefix, index)} stroke={style.ink} strokeWidth="1.5" />
    </svg>
  );
}
