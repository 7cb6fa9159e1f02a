import type { ArtStroke, FaceArt } from './geometry-types';
import type { Point } from './path';
import { FOREHEAD_CREASES, NASOLABIAL_SOFT, SHADES, SYMMETRIC_SHADES } from './art-shades';
import { circle, closedSpline, cubicPath, cubicYAt, MID, openSpline, pair, symmetric, xy, type Cubic, type Knot } from './spline';
import { FACE_VIEWBOX } from './viewbox';

/**
 * The front-view face diagram's illustration: a calm line-art bust (head,
 * ears, neck, a hint of shoulders), built from a handful of anatomical
 * landmarks. Sides are the patient's: the viewer's left is the patient's right.
 */

// ---------------------------------------------------------------------------
// Landmarks (viewer's left half = patient's right). Top of the hair 34, skull
// 62, eyes 315 (the middle of the head), brows ~272, nose base 425, mouth 472,
// chin 577: hairline (143) - brows - nose base - chin are three near-equal
// thirds, the mouth corners sit under the inner edge of the irises.
// ---------------------------------------------------------------------------

const EYE = { inner: { x: 267, y: 318 }, outer: { x: 199, y: 313 }, iris: { x: 234, y: 315 }, irisR: 14, pupilR: 5 };

/** The lash line of the upper lid, from the outer corner (slightly past it) to the inner one. */
const UPPER_LID: Cubic = [{ x: 196, y: 313.5 }, { x: 214, y: 296 }, { x: 252, y: 292 }, EYE.inner];
const LOWER_LID: Cubic = [EYE.outer, { x: 214, y: 328 }, { x: 250, y: 331 }, { x: 265, y: 321 }];
const INNER_CORNER = openSpline([
  [267, 318],
  [263.5, 317.5],
  [262, 320.5],
  [265, 321],
]);

/** The iris, clipped to the opening between the lids. */
function iris(): string {
  const points: Point[] = [];
  for (let s = 0; s < 48; s += 1) {
    const a = (s / 48) * Math.PI * 2;
    const x = EYE.iris.x + EYE.irisR * Math.cos(a);
    const y = EYE.iris.y + EYE.irisR * Math.sin(a);
    const top = cubicYAt(UPPER_LID, x) + 1;
    const bottom = cubicYAt(LOWER_LID, x) - 0.5;
    points.push({ x, y: Math.max(top, Math.min(bottom, y)) });
  }
  return `M ${points.map((p) => xy(p.x, p.y)).join(' L ')} Z`;
}

// Head, ears, neck and shoulders: the skin outline (hair is drawn over the scalp).
const SILHOUETTE_HALF: Knot[] = [
  [300, 62],
  [232, 68],
  [178, 92],
  [146, 136],
  [132, 190],
  [131, 240],
  [137, 289, 'corner'],
  // ear
  [128, 281],
  [116, 285],
  [110, 302],
  [109, 326],
  [112, 362],
  [120, 397],
  [131, 424],
  [141, 433],
  [148, 430, 'corner'],
  // cheek and jaw down to where the neck meets it
  [151, 452],
  [159, 478],
  [174, 502],
  [196, 528, 'corner'],
  // neck and shoulders
  [201, 566],
  [202, 610],
  [194, 640],
  [168, 664],
  [118, 684],
  [70, 704],
  [38, 730],
  [24, 760, 'corner'],
  [300, 760],
];

// Hair: short, swept back, tucked behind the ears; its lower edge is the hairline.
const HAIRLINE_HALF: Knot[] = [
  [138, 282],
  [140, 252],
  [144, 220],
  [152, 194],
  [166, 178],
  [188, 166],
  [216, 154],
  [256, 146],
  [300, 143],
];
const HAIRLINE_KNOTS: Knot[] = [...HAIRLINE_HALF, ...HAIRLINE_HALF.slice(0, -1).reverse().map(([x, y]): Knot => [2 * MID - x, y])];

/** Outer edge of the hair, viewer's left to right. */
const HAIR_OUTER: Knot[] = [
  [130, 283, 'corner'],
  [126, 262],
  [122, 232],
  [120, 194],
  [125, 146],
  [146, 98],
  [184, 62],
  [238, 41],
  [300, 34],
  [364, 37],
  [420, 56],
  [458, 96],
  [476, 146],
  [481, 194],
  [478, 232],
  [474, 262],
  [470, 283, 'corner'],
];
const HAIR_PATH = closedSpline([
  ...HAIR_OUTER,
  ...[...HAIRLINE_KNOTS].reverse().map((k, index, all): Knot => (index === 0 || index === all.length - 1 ? [k[0], k[1], 'corner'] : k)),
]);

// A soft parting on the patient's right, the hair combed from it to both sides and back.
const HAIR_STRANDS = ([
  // the parting
  [
    [246, 147],
    [240, 112],
    [236, 76],
    [238, 46],
  ],
  // towards the viewer's left
  [
    [236, 82],
    [200, 86],
    [166, 112],
    [146, 150],
    [140, 196],
  ],
  [
    [242, 118],
    [206, 124],
    [176, 146],
    [158, 178],
    [146, 214],
  ],
  [
    [232, 58],
    [188, 70],
    [152, 104],
    [134, 150],
    [129, 204],
  ],
  // towards the viewer's right
  [
    [244, 128],
    [300, 112],
    [362, 116],
    [414, 142],
    [446, 184],
  ],
  [
    [240, 92],
    [304, 74],
    [378, 84],
    [436, 122],
    [462, 178],
  ],
  [
    [242, 56],
    [306, 48],
    [388, 62],
    [446, 106],
    [468, 166],
  ],
  [
    [262, 140],
    [330, 134],
    [392, 148],
    [430, 174],
  ],
] satisfies Knot[][]).map((knots) => openSpline(knots));

// The jaw from the ear lobe round the chin to the other lobe.
const JAW_HALF: Knot[] = [
  [148, 430],
  [151, 452],
  [159, 478],
  [174, 502],
  [198, 530],
  [229, 554],
  [262, 570],
  [300, 577],
];
const JAW = openSpline([...JAW_HALF, ...JAW_HALF.slice(0, -1).reverse().map(([x, y]): Knot => [2 * MID - x, y])]);

const EAR_RIM = openSpline([
  [137, 289],
  [128, 281],
  [116, 285],
  [110, 302],
  [109, 326],
  [112, 362],
  [120, 397],
  [131, 424],
  [141, 433],
  [148, 430],
]);
const EAR_HELIX_INNER = openSpline([
  [130, 291],
  [120, 296],
  [117, 322],
  [120, 358],
  [127, 388],
  [134, 406],
]);
const EAR_CONCHA = openSpline([
  [140, 332],
  [131, 344],
  [129, 366],
  [133, 386],
  [140, 396],
]);

const NECK_SIDE = openSpline([
  [199, 538],
  [201, 566],
  [202, 610],
  [194, 640],
  [168, 664],
  [118, 684],
  [76, 701],
]);

const BROW_SHAPE = closedSpline([
  [274, 282],
  [260, 272],
  [240, 265],
  [220, 263],
  [203, 267],
  [188, 277],
  [204, 272],
  [222, 270],
  [242, 274],
  [261, 282],
  [272, 289],
]);
const BROW_HAIRS = ([
  [
    [271, 286],
    [262, 277],
    [246, 271],
  ],
  [
    [256, 279],
    [238, 271],
    [220, 267],
  ],
  [
    [232, 270],
    [212, 269],
    [195, 275],
  ],
] satisfies Knot[][]).map((knots) => openSpline(knots));

const LID_CREASE = openSpline([
  [206, 305],
  [220, 295],
  [242, 290],
  [259, 296],
  [266, 307],
]);
const UNDER_EYE = openSpline([
  [214, 329],
  [234, 335],
  [254, 332],
]);

const NOSE_BRIDGE = openSpline([
  [283, 306],
  [286, 332],
  [285, 356],
  [282, 374],
]);
const ALA = openSpline([
  [279, 391],
  [271, 400],
  [270, 410],
  [276, 417],
  [285, 418],
]);
const NOSTRIL = closedSpline([
  [284, 418],
  [289, 414.5],
  [296, 415],
  [297.5, 418.5],
  [291, 420.8],
]);
const NOSE_BASE = openSpline([
  [289, 421],
  [295, 424],
  [300, 424.6],
  [305, 424],
  [311, 421],
]);

const UPPER_LIP = symmetric([
  [300, 452],
  [289, 447],
  [268, 454],
  [240, 471, 'corner'],
  [270, 470],
  [300, 473],
]);
const LIP_LINE = openSpline([
  [240, 471],
  [270, 470],
  [300, 473],
  [330, 470],
  [360, 471],
]);
const LOWER_LIP = openSpline([
  [255, 481],
  [277, 490],
  [300, 493],
  [323, 490],
  [345, 481],
]);
const PHILTRUM = openSpline([
  [294, 428],
  [292, 438],
  [290, 447],
]);
const MENTOLABIAL = openSpline([
  [282, 511],
  [300, 507],
  [318, 511],
]);

const CLAVICLE = openSpline([
  [282, 712],
  [244, 703],
  [190, 701],
  [130, 707],
  [96, 701],
]);
const STERNAL_NOTCH = openSpline([
  [287, 705],
  [300, 711],
  [313, 705],
]);
const STERNOMASTOID = openSpline([
  [208, 552],
  [230, 612],
  [262, 670],
  [285, 700],
]);

const stroke = (kind: ArtStroke['kind']) => (d: string): ArtStroke => ({ d, kind });

export const FACE_ART: FaceArt = {
  viewBox: FACE_VIEWBOX,
  silhouette: symmetric(SILHOUETTE_HALF),
  hair: HAIR_PATH,
  strokes: [
    // soft shadows first, under the lines
    ...[...SHADES.flatMap(pair), ...SYMMETRIC_SHADES].map(stroke('shade')),
    // the features' own shade: nostrils darker (three layers), brows (three), the upper lip darker than the lower (two)
    ...[NOSTRIL, NOSTRIL, NOSTRIL, BROW_SHAPE, BROW_SHAPE, BROW_SHAPE].flatMap(pair).map(stroke('shade')),
    ...[UPPER_LIP, UPPER_LIP].map(stroke('shade')),
    ...pair(iris()).map(stroke('shade')),
    ...pair(circle(EYE.iris.x, EYE.iris.y, EYE.pupilR)).map(stroke('shade')),
    ...pair(circle(EYE.iris.x, EYE.iris.y, EYE.pupilR)).map(stroke('shade')),
    ...pair(circle(EYE.iris.x, EYE.iris.y, EYE.pupilR)).map(stroke('shade')),
    ...pair(circle(EYE.iris.x, EYE.iris.y, EYE.pupilR)).map(stroke('shade')),
    // faint guide lines: hair, creases, bony landmarks
    ...[...HAIR_STRANDS, ...pair(EAR_HELIX_INNER), ...pair(LID_CREASE), ...pair(INNER_CORNER), ...pair(UNDER_EYE), ...pair(NOSE_BRIDGE), NOSE_BASE].map(
      stroke('soft'),
    ),
    ...[...FOREHEAD_CREASES, ...pair(NASOLABIAL_SOFT), ...pair(PHILTRUM), MENTOLABIAL, ...pair(CLAVICLE), STERNAL_NOTCH, ...pair(STERNOMASTOID)].map(
      stroke('soft'),
    ),
    ...[...pair(BROW_SHAPE), ...BROW_HAIRS.flatMap(pair)].map(stroke('soft')),
    // features
    ...[...pair(cubicPath(LOWER_LID)), ...pair(iris()), ...pair(ALA), UPPER_LIP, LOWER_LIP, ...pair(EAR_CONCHA)].map(stroke('detail')),
    // outline, and the lash line of the upper lids
    ...[JAW, ...pair(EAR_RIM), ...pair(NECK_SIDE), ...pair(cubicPath(UPPER_LID)), LIP_LINE].map(stroke('contour')),
  ],
};
