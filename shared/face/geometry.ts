import type { ArtStroke, FaceArt, FaceViewBox, RegionShape } from './geometry-types';

type Point = RegionShape['label'];

/**
 * The front-view face diagram: a calm line-art bust (head, ears, neck, a hint
 * of shoulders) and the 23 tappable treatment areas drawn over it.
 *
 * Everything is built from a handful of anatomical landmarks below, with two
 * small helpers: `spline` turns a list of points into a smooth closed or open
 * path of cubic curves (Catmull-Rom), and `mirror` reflects a path across the
 * face's midline (x -> 600 - x), so both halves of the face, and every
 * -left region and its -right twin, are exact mirror images.
 *
 * Paths use only absolute M, L, C and Z (see path.ts). Sides are the
 * patient's: `-right` regions sit on the viewer's left (x < 300).
 */

export const FACE_VIEWBOX: FaceViewBox = { width: 600, height: 760 };

const MID = FACE_VIEWBOX.width / 2;

/** A point of a spline; a third element 'corner' makes a sharp corner there. */
type Knot = readonly [number, number] | readonly [number, number, 'corner'];

const num = (value: number): string => {
  const rounded = Math.round(value * 10) / 10;
  return Object.is(rounded, -0) ? '0' : String(rounded);
};
const xy = (x: number, y: number): string => `${num(x)} ${num(y)}`;

/** A smooth path through the knots (uniform Catmull-Rom as cubic Béziers). */
function spline(knots: readonly Knot[], closed: boolean): string {
  const n = knots.length;
  const at = (i: number): Knot => {
    if (closed) return knots[((i % n) + n) % n]!;
    return knots[Math.max(0, Math.min(n - 1, i))]!;
  };
  const corner = (k: Knot): boolean => k[2] === 'corner';
  const parts = [`M ${xy(knots[0]![0], knots[0]![1])}`];
  const segments = closed ? n : n - 1;
  for (let i = 0; i < segments; i += 1) {
    const p0 = at(i - 1);
    const p1 = at(i);
    const p2 = at(i + 1);
    const p3 = at(i + 2);
    const t1 = corner(p1) || (!closed && i === 0) ? [(p2[0] - p1[0]) / 2, (p2[1] - p1[1]) / 2] : [(p2[0] - p0[0]) / 2, (p2[1] - p0[1]) / 2];
    const t2 =
      corner(p2) || (!closed && i === segments - 1) ? [(p2[0] - p1[0]) / 2, (p2[1] - p1[1]) / 2] : [(p3[0] - p1[0]) / 2, (p3[1] - p1[1]) / 2];
    const c1 = [p1[0] + t1[0]! / 3, p1[1] + t1[1]! / 3];
    const c2 = [p2[0] - t2[0]! / 3, p2[1] - t2[1]! / 3];
    parts.push(`C ${xy(c1[0]!, c1[1]!)} ${xy(c2[0]!, c2[1]!)} ${xy(p2[0], p2[1])}`);
  }
  if (closed) parts.push('Z');
  return parts.join(' ');
}

const closedSpline = (knots: readonly Knot[]): string => spline(knots, true);
const openSpline = (knots: readonly Knot[]): string => spline(knots, false);

/**
 * A closed outline symmetric about the midline, from the half on the viewer's
 * left: knots run from a point on the midline, round the left side, to another
 * point on the midline; the right side is their mirror image.
 */
function symmetric(half: readonly Knot[]): string {
  const mirrored = half
    .slice(1, -1)
    .reverse()
    .map((k): Knot => (k[2] === 'corner' ? [2 * MID - k[0], k[1], 'corner'] : [2 * MID - k[0], k[1]]));
  return closedSpline([...half, ...mirrored]);
}

/** Mirror a path (absolute M, L, H, V, C, Q, Z) across the face's midline. */
function mirror(d: string): string {
  return d.replace(/([MLHVCQZ])([^MLHVCQZ]*)/g, (_all, command: string, args: string) => {
    const values = args.trim().split(/[\s,]+/).filter(Boolean).map(Number);
    if (command === 'Z') return 'Z ';
    if (command === 'V') return `V ${values.map(num).join(' ')} `;
    if (command === 'H') return `H ${values.map((x) => num(2 * MID - x)).join(' ')} `;
    const out = values.map((value, i) => (i % 2 === 0 ? num(2 * MID - value) : num(value)));
    return `${command} ${out.join(' ')} `;
  }).trim();
}

/** The same open stroke on both sides of the face. */
const pair = (d: string): string[] => [d, mirror(d)];

/** A circle as four cubic curves. */
function circle(cx: number, cy: number, r: number): string {
  const k = 0.5523 * r;
  return [
    `M ${xy(cx + r, cy)}`,
    `C ${xy(cx + r, cy + k)} ${xy(cx + k, cy + r)} ${xy(cx, cy + r)}`,
    `C ${xy(cx - k, cy + r)} ${xy(cx - r, cy + k)} ${xy(cx - r, cy)}`,
    `C ${xy(cx - r, cy - k)} ${xy(cx - k, cy - r)} ${xy(cx, cy - r)}`,
    `C ${xy(cx + k, cy - r)} ${xy(cx + r, cy - k)} ${xy(cx + r, cy)}`,
    'Z',
  ].join(' ');
}

type Cubic = readonly [Point, Point, Point, Point];

const cubicAt = ([p0, p1, p2, p3]: Cubic, t: number): Point => {
  const u = 1 - t;
  return {
    x: u * u * u * p0.x + 3 * u * u * t * p1.x + 3 * u * t * t * p2.x + t * t * t * p3.x,
    y: u * u * u * p0.y + 3 * u * u * t * p1.y + 3 * u * t * t * p2.y + t * t * t * p3.y,
  };
};

const cubicPath = ([p0, p1, p2, p3]: Cubic): string => `M ${xy(p0.x, p0.y)} C ${xy(p1.x, p1.y)} ${xy(p2.x, p2.y)} ${xy(p3.x, p3.y)}`;

/** y of a cubic (monotonic in x) at x, by sampling. */
function cubicYAt(curve: Cubic, x: number): number {
  let previous = cubicAt(curve, 0);
  for (let s = 1; s <= 64; s += 1) {
    const point = cubicAt(curve, s / 64);
    if ((x - previous.x) * (x - point.x) <= 0 && point.x !== previous.x) {
      return previous.y + ((point.y - previous.y) * (x - previous.x)) / (point.x - previous.x);
    }
    previous = point;
  }
  return previous.y;
}

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

// Soft shadows (each is filled very lightly; nested ones build a gradient).
const SHADES = [
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
  // nostrils, darker
  NOSTRIL,
  NOSTRIL,
  NOSTRIL,
  // brows
  BROW_SHAPE,
  BROW_SHAPE,
  BROW_SHAPE,
];

const SYMMETRIC_SHADES = [
  // under the nose tip
  symmetric([
    [300, 424],
    [290, 423],
    [282, 419],
    [292, 431],
    [300, 433],
  ]),
  // upper lip, twice (it is darker than the lower lip)
  UPPER_LIP,
  UPPER_LIP,
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

const FOREHEAD_CREASES = [
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

const NASOLABIAL_SOFT = openSpline([
  [264, 416],
  [251, 438],
  [240, 455],
  [232, 472],
]);

const stroke = (kind: ArtStroke['kind']) => (d: string): ArtStroke => ({ d, kind });

export const FACE_ART: FaceArt = {
  viewBox: FACE_VIEWBOX,
  silhouette: symmetric(SILHOUETTE_HALF),
  hair: HAIR_PATH,
  strokes: [
    // soft shadows first, under the lines
    ...[...SHADES.flatMap(pair), ...SYMMETRIC_SHADES].map(stroke('shade')),
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

// ---------------------------------------------------------------------------
// Regions: the areas tile the face with thin gaps between neighbours. Two-sided
// areas are drawn on the patient's right (viewer's left) and mirrored.
// ---------------------------------------------------------------------------

const region = (id: string, path: string, label: Point): RegionShape => ({ id, path, label });

/** A -right region on the viewer's left and its mirrored -left twin. */
function sides(base: string, knots: Knot[], label: Point): [RegionShape, RegionShape] {
  const path = closedSpline(knots);
  return [region(`${base}-right`, path, label), region(`${base}-left`, mirror(path), { x: 2 * MID - label.x, y: label.y })];
}

const FOREHEAD: Knot[] = [
  [300, 160],
  [254, 163],
  [224, 172],
  [212, 192],
  [214, 222],
  [220, 244],
  [246, 252],
  [272, 248],
  [300, 244],
];
const FROWN: Knot[] = [
  [300, 252],
  [280, 253],
  [270, 266],
  [272, 290],
  [282, 306],
  [300, 310],
];
const BUNNY: Knot[] = [
  [300, 316],
  [286, 318],
  [280, 336],
  [272, 358],
  [272, 372],
  [300, 376],
];
const LIPS: Knot[] = [
  [300, 448],
  [288, 443],
  [266, 449],
  [248, 460],
  [238, 472],
  [249, 486],
  [272, 497],
  [300, 501],
];
const MOUTH_OUTER: Knot[] = [
  [300, 428],
  [278, 429],
  [262, 436],
  [248, 448],
  [238, 461],
  [233, 473],
  [240, 489],
  [262, 504],
  [300, 511],
];
const CHIN: Knot[] = [
  [300, 515],
  [280, 516],
  [267, 528],
  [265, 548],
  [274, 567],
  [300, 573],
];
const NECK: Knot[] = [
  [300, 600],
  [262, 602],
  [236, 616],
  [228, 650],
  [234, 690],
  [262, 702],
  [300, 704],
];

const RIGHT: Record<string, Knot[]> = {
  crows: [
    [205, 313],
    [168, 287],
    [150, 296],
    [144, 316],
    [150, 336],
    [168, 346],
  ],
  temple: [
    [166, 200],
    [200, 194],
    [208, 216],
    [206, 248],
    [198, 270],
    [178, 280],
    [156, 280],
    [150, 256],
    [152, 224],
  ],
  tear: [
    [266, 323],
    [250, 330],
    [232, 334],
    [214, 332],
    [208, 337],
    [222, 346],
    [240, 358],
    [254, 372],
    [260, 380],
    [263, 352],
  ],
  cheek: [
    [152, 354],
    [188, 352],
    [214, 350],
    [234, 362],
    [248, 378],
    [250, 390],
    [238, 408],
    [224, 420],
    [200, 420],
    [172, 418],
    [152, 414],
  ],
  nasolabial: [
    [258, 390],
    [274, 398],
    [266, 418],
    [251, 437],
    [234, 452],
    [222, 465],
    [217, 476],
    [206, 475],
    [209, 466],
    [220, 446],
    [238, 420],
  ],
  marionette: [
    [202, 494],
    [220, 484],
    [232, 487],
    [248, 501],
    [260, 518],
    [260, 540],
    [250, 546],
    [232, 532],
    [214, 516],
  ],
  jaw: [
    [183, 491],
    [204, 517],
    [228, 537],
    [252, 551],
    [263, 556],
    [263, 578],
    [248, 574],
    [224, 562],
    [208, 546],
    [204, 535],
    [193, 513],
    [181, 500],
  ],
  masseter: [
    [156, 426],
    [184, 424],
    [212, 428],
    [206, 448],
    [198, 468],
    [190, 482],
    [174, 484],
    [163, 472],
    [156, 450],
  ],
};

/** The perioral skin: a ring round the lips (the lips are its hole, wound the other way). */
const MOUTH_LINES = `${symmetric(MOUTH_OUTER)} ${symmetric([...LIPS].reverse())}`;

const [crowsRight, crowsLeft] = sides('crows-feet', RIGHT.crows!, { x: 170, y: 316 });
const [templeRight, templeLeft] = sides('temple', RIGHT.temple!, { x: 180, y: 238 });
const [tearRight, tearLeft] = sides('tear-trough', RIGHT.tear!, { x: 248, y: 346 });
const [cheekRight, cheekLeft] = sides('cheek', RIGHT.cheek!, { x: 200, y: 386 });
const [nlfRight, nlfLeft] = sides('nasolabial-fold', RIGHT.nasolabial!, { x: 240, y: 438 });
const [marionetteRight, marionetteLeft] = sides('marionette-line', RIGHT.marionette!, { x: 236, y: 512 });
const [jawRight, jawLeft] = sides('jawline', RIGHT.jaw!, { x: 226, y: 549 });
const [masseterRight, masseterLeft] = sides('masseter', RIGHT.masseter!, { x: 182, y: 454 });

export const REGION_SHAPES: readonly RegionShape[] = [
  region('forehead', symmetric(FOREHEAD), { x: 300, y: 200 }),
  region('frown-lines', symmetric(FROWN), { x: 300, y: 280 }),
  crowsRight,
  crowsLeft,
  region('bunny-lines', symmetric(BUNNY), { x: 300, y: 350 }),
  templeRight,
  templeLeft,
  tearRight,
  tearLeft,
  cheekRight,
  cheekLeft,
  nlfRight,
  nlfLeft,
  region('lips', symmetric(LIPS), { x: 300, y: 472 }),
  region('mouth-lines', MOUTH_LINES, { x: 300, y: 437 }),
  marionetteRight,
  marionetteLeft,
  region('chin', symmetric(CHIN), { x: 300, y: 544 }),
  jawRight,
  jawLeft,
  masseterRight,
  masseterLeft,
  region('neck-bands', symmetric(NECK), { x: 300, y: 650 }),
];
