import type * as ReactPdfModule from '@react-pdf/renderer';
import { assertPrimitives } from './primitives';

export type ReactPdf = typeof ReactPdfModule;

let reactPdf: Promise<ReactPdf> | null = null;

/**
 * react-pdf is loaded on the first export, not at start-up (it is large, and
 * ES-module only), once for every PDF Facet makes (the patient's summary and
 * the clinician's copy).
 */
export function loadReactPdf(): Promise<ReactPdf> {
  reactPdf ??= import('@react-pdf/renderer').then((loaded) => {
    assertPrimitives(loaded as unknown as Record<string, unknown>);
    return loaded;
  });
  return reactPdf;
}
