import { closedSpline, openSpline, symmetric } from './spline';

/**
 * The face illustration's soft shading (the shading of the features themselves,
 * nostrils, brows and upper lip, is added in art.ts, where they are drawn) and faint creases (art.ts draws them
 * under the lines): coordinates in FACE_VIEWBOX units, the viewer's left half
 * where they are mirrored.
 */

// Soft shadows (each is filled very lightly; nested ones build a gradient).
export const SHADES = [
  // hollow under the cheekbone, fading along the side of the face
  closedSpline([
    [147, 384],
    [160, 404],
    [176, 422],
    [186, 436],
    [172, 440],
    [163, 456],
    [161, 472],
    [154, 450],
    [150, 420],
  ]),
  // side of the nose, two layers
  closedSpline([
    [282, 298],
    [288, 328],
    [288, 360],
    [282, 384],
    [270, 394],
    [276, 362],
    [277, 330],
  ]),
  closedSpline([
    [283, 320],
    [287, 344],
    [283, 372],
    [276, 384],
    [279, 352],
  ]),
  // eye socket above the upper lid
  closedSpline([
    [198, 306],
    [214, 290],
    [242, 284],
    [266, 292],
    [272, 312],
    [258, 300],
    [234, 296],
    [212, 301],
  ]),
  // under the lower lid
  closedSpline([
    [206, 320],
    [232, 331],
    [262, 324],
    [250, 336],
    [228, 338],
  ]),
];

export const SYMMETRIC_SHADES = [
  // under the nose tip
  symmetric([
    [300, 424],
    [290, 423],
    [282, 419],
    [292, 431],
    [300, 433],
  ]),
  // lower lip, once, and the shadow under it
  symmetric([
    [300, 473],
    [270, 471],
    [242, 472, 'corner'],
    [275, 490],
    [300, 493],
  ]),
  symmetric([
    [300, 496],
    [276, 493],
    [262, 489],
    [280, 503],
    [300, 507],
  ]),
  // under the chin, on the neck, two layers
  symmetric([
    [300, 579],
    [262, 572],
    [230, 557],
    [206, 542],
    [207, 568],
    [240, 590],
    [300, 600],
  ]),
  symmetric([
    [300, 579],
    [262, 572],
    [232, 560],
    [246, 578],
    [300, 588],
  ]),
  // sides of the neck
  symmetric([
    [300, 690],
    [262, 672],
    [226, 610],
    [207, 562],
    [206, 608],
    [204, 632],
    [240, 676],
    [300, 700],
  ]),
];

export const FOREHEAD_CREASES = [
  openSpline([
    [250, 206],
    [300, 201],
    [350, 206],
  ]),
  openSpline([
    [262, 226],
    [300, 222],
    [338, 226],
  ]),
];

export const NASOLABIAL_SOFT = openSpline([
  [264, 416],
  [251, 438],
  [240, 455],
  [232, 472],
]);

