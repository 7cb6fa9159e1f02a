import type { Point } from './path';

/**
 * The face diagram's drawing, shared by the screen (React SVG) and the
 * patient's summary PDF (react-pdf SVG), so both show the same face.
 * Coordinates are in FACE_VIEWBOX units; paths use absolute M, L, H, V, C, Q, Z.
 * Sides are the patient's: `-right` regions are on the viewer's left.
 */

export interface FaceViewBox {
  width: number;
  height: number;
}

/** One clickable area. `id` is the content pack's region id (two-sided ones end in -left / -right). */
export interface RegionShape {
  id: string;
  /** Closed outline of the area (ends with Z). */
  path: string;
  /** Where its number marker and hover label sit; inside the shape. */
  label: Point;
}

/** A stroke or fill of the illustration itself (not clickable). */
export interface ArtStroke {
  d: string;
  /** contour: main outline; detail: features (eyes, brows, lips); soft: light guide lines; shade: filled soft shadow. */
  kind: 'contour' | 'detail' | 'soft' | 'shade';
}

export interface FaceArt {
  viewBox: FaceViewBox;
  /** The silhouette of head and neck, closed: every region lies inside it; filled as the skin. */
  silhouette: string;
  /** Hair drawn behind/above the forehead, closed, filled in a soft neutral. */
  hair: string;
  strokes: readonly ArtStroke[];
}
