import type * as ReactPdf from '@react-pdf/renderer';

/**
 * react-pdf's elements are plain strings its reconciler recognises (see
 * @react-pdf/primitives). Naming them here lets the document be written as
 * JSX without loading react-pdf itself, which renderSummaryPdf imports only
 * when a summary is made: it is a large ES-module-only package, so loading it
 * lazily keeps it off the app's start-up path and out of require()-based
 * loaders. `assertPrimitives` checks these names against the loaded module.
 */
export const Document = 'DOCUMENT' as unknown as typeof ReactPdf.Document;
export const Page = 'PAGE' as unknown as typeof ReactPdf.Page;
export const View = 'VIEW' as unknown as typeof ReactPdf.View;
export const Text = 'TEXT' as unknown as typeof ReactPdf.Text;
export const Image = 'IMAGE' as unknown as typeof ReactPdf.Image;
export const Svg = 'SVG' as unknown as typeof ReactPdf.Svg;
export const G = 'G' as unknown as typeof ReactPdf.G;
export const Path = 'PATH' as unknown as typeof ReactPdf.Path;
export const Circle = 'CIRCLE' as unknown as typeof ReactPdf.Circle;
export const Ellipse = 'ELLIPSE' as unknown as typeof ReactPdf.Ellipse;
export const Rect = 'RECT' as unknown as typeof ReactPdf.Rect;
export const Line = 'LINE' as unknown as typeof ReactPdf.Line;
export const Polyline = 'POLYLINE' as unknown as typeof ReactPdf.Polyline;
export const Polygon = 'POLYGON' as unknown as typeof ReactPdf.Polygon;
export const Tspan = 'TSPAN' as unknown as typeof ReactPdf.Tspan;
export const Defs = 'DEFS' as unknown as typeof ReactPdf.Defs;
export const RadialGradient = 'RADIAL_GRADIENT' as unknown as typeof ReactPdf.RadialGradient;
export const Stop = 'STOP' as unknown as typeof ReactPdf.Stop;

const PRIMITIVES = { Document, Page, View, Text, Image, Svg, G, Path, Circle, Ellipse, Rect, Line, Polyline, Polygon, Tspan, Defs, RadialGradient, Stop };

/** Throws if the installed react-pdf names an element differently (an upgrade changed them). */
export function assertPrimitives(loaded: Record<string, unknown>): void {
  const wrong = Object.entries(PRIMITIVES).filter(([name, value]) => loaded[name] !== value);
  if (wrong.length > 0) throw new Error(`@react-pdf/renderer's elements changed: ${wrong.map(([name]) => name).join(', ')}`);
}
