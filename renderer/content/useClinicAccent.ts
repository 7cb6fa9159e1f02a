import { useEffect } from 'react';
import { accentPalette } from '../../shared/ui/colour';

/** Paints the app in the clinic's accent colour, adjusted to stay readable. */
export function useClinicAccent(accentColour: string | undefined): void {
  useEffect(() => {
    if (!accentColour) return;
    const palette = accentPalette(accentColour);
    const root = document.documentElement.style;
    root.setProperty('--color-accent', palette.accent);
    root.setProperty('--color-accent-strong', palette.strong);
    root.setProperty('--color-accent-soft', palette.soft);
  }, [accentColour]);
}
