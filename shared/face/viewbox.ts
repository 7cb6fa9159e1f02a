import type { FaceViewBox } from './geometry-types';

/** The face diagram's coordinate space, shared by the drawing, the regions, the screen and the PDF. */
export const FACE_VIEWBOX: FaceViewBox = { width: 600, height: 760 };
