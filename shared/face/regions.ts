import type { Point } from './path';
import type { RegionShape } from './geometry-types';
import { closedSpline, MID, mirror, symmetric, type Knot } from './spline';

/**
 * The face diagram's 23 tappable treatment areas, drawn over the
 * illustration (art.ts). Sides are the patient's: `-right` regions sit on
 * the viewer's left (x < 300).
 */

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

