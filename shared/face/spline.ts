import { FACE_VIEWBOX } from './viewbox';
import type { Point } from './path';

/**
 * The small drawing kit of the face diagram: `spline` turns a list of points
 * into a smooth closed or open path of cubic curves (Catmull-Rom), and
 * `mirror` reflects a path across the face's midline (x -> 600 - x), so both
 * halves of the face, and every -left region and its -right twin, are exact
 * mirror images. Paths use only absolute M, L, C and Z (see path.ts).
 */

export const MID = FACE_VIEWBOX.width / 2;

/** A point of a spline; a third element 'corner' makes a sharp corner there. */
export type Knot = readonly [number, number] | readonly [number, number, 'corner'];

const num = (value: number): string => {
  const rounded = Math.round(value * 10) / 10;
  return Object.is(rounded, -0) ? '0' : String(rounded);
};
export const xy = (x: number, y: number): string => `${num(x)} ${num(y)}`;

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

export const closedSpline = (knots: readonly Knot[]): string => spline(knots, true);
export const openSpline = (knots: readonly Knot[]): string => spline(knots, false);

/**
 * A closed outline symmetric about the midline, from the half on the viewer's
 * left: knots run from a point on the midline, round the left side, to another
 * point on the midline; the right side is their mirror image.
 */
export function symmetric(half: readonly Knot[]): string {
  const mirrored = half
    .slice(1, -1)
    .reverse()
    .map((k): Knot => (k[2] === 'corner' ? [2 * MID - k[0], k[1], 'corner'] : [2 * MID - k[0], k[1]]));
  return closedSpline([...half, ...mirrored]);
}

/** Mirror a path (absolute M, L, H, V, C, Q, Z) across the face's midline. */
export function mirror(d: string): string {
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
export const pair = (d: string): string[] => [d, mirror(d)];

/** A circle as four cubic curves. */
export function circle(cx: number, cy: number, r: number): string {
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

export type Cubic = readonly [Point, Point, Point, Point];

const cubicAt = ([p0, p1, p2, p3]: Cubic, t: number): Point => {
  const u = 1 - t;
  return {
    x: u * u * u * p0.x + 3 * u * u * t * p1.x + 3 * u * t * t * p2.x + t * t * t * p3.x,
    y: u * u * u * p0.y + 3 * u * u * t * p1.y + 3 * u * t * t * p2.y + t * t * t * p3.y,
  };
};

export const cubicPath = ([p0, p1, p2, p3]: Cubic): string => `M ${xy(p0.x, p0.y)} C ${xy(p1.x, p1.y)} ${xy(p2.x, p2.y)} ${xy(p3.x, p3.y)}`;

/** y of a cubic (monotonic in x) at x, by sampling. */
export function cubicYAt(curve: Cubic, x: number): number {
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
