import { INK_LIMITS, type InkSurface } from './limits';

/**
 * Turning a hand's jittery pointer trail into a clean, small line:
 * points are clamped to the surface, rounded to whole units, thinned with
 * Ramer–Douglas–Peucker, and drawn as quadratic curves through the
 * midpoints so corners come out round.
 */

/** Points closer than this (surface units) to the last one add nothing while drawing. */
export const MIN_POINT_GAP = 1.5;

/** RDP tolerance in surface units: below a pixel on a laptop screen. */
export const SIMPLIFY_TOLERANCE = 0.9;

export function clampPoint(surface: InkSurface, x: number, y: number): [number, number] {
  return [Math.min(surface.width, Math.max(0, x)), Math.min(surface.height, Math.max(0, y))];
}

/** Adds a point to a stroke being drawn, unless it is too close to the previous one to matter. */
export function appendPoint(points: number[], x: number, y: number): boolean {
  const n = points.length;
  if (n >= 2 && Math.hypot(x - points[n - 2]!, y - points[n - 1]!) < MIN_POINT_GAP) return false;
  points.push(x, y);
  return true;
}

/** Ramer–Douglas–Peucker on a flat [x, y, …] list; keeps the first and last points. Iterative, so a long stroke cannot overflow the stack. */
export function simplify(points: readonly number[], tolerance: number): number[] {
  const count = points.length / 2;
  if (count <= 2) return [...points];
  const keep = new Uint8Array(count);
  keep[0] = 1;
  keep[count - 1] = 1;
  const stack: [number, number][] = [[0, count - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop()!;
    let farthest = -1;
    let farthestDistance = tolerance;
    for (let i = first + 1; i < last; i++) {
      const distance = segmentDistance(points[i * 2]!, points[i * 2 + 1]!, points[first * 2]!, points[first * 2 + 1]!, points[last * 2]!, points[last * 2 + 1]!);
      if (distance > farthestDistance) {
        farthest = i;
        farthestDistance = distance;
      }
    }
    if (farthest >= 0) {
      keep[farthest] = 1;
      stack.push([first, farthest], [farthest, last]);
    }
  }
  const kept: number[] = [];
  for (let i = 0; i < count; i++) if (keep[i]) kept.push(points[i * 2]!, points[i * 2 + 1]!);
  return kept;
}

/**
 * The stored form of a stroke: inside the surface, whole units, simplified,
 * and no more than the limit's points (a longer one is simplified harder).
 */
export function finishPoints(raw: readonly number[], surface: InkSurface): number[] {
  const rounded: number[] = [];
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const [x, y] = clampPoint(surface, raw[i]!, raw[i + 1]!);
    const rx = Math.round(x);
    const ry = Math.round(y);
    const n = rounded.length;
    if (n >= 2 && rounded[n - 2] === rx && rounded[n - 1] === ry) continue;
    rounded.push(rx, ry);
  }
  if (rounded.length === 2) return rounded;
  let tolerance = SIMPLIFY_TOLERANCE;
  let simplified = simplify(rounded, tolerance);
  // A little more tolerance first (still invisible), then even thinning, which keeps the shape of any scribble.
  while (simplified.length / 2 > INK_LIMITS.pointsPerStroke && tolerance < 4) {
    tolerance *= 2;
    simplified = simplify(rounded, tolerance);
  }
  return thin(simplified, INK_LIMITS.pointsPerStroke);
}

/** Keeps evenly spaced points (always the first and the last) so no more than `max` remain. */
function thin(points: number[], max: number): number[] {
  const count = points.length / 2;
  if (count <= max) return points;
  const kept: number[] = [];
  for (let k = 0; k < max; k++) {
    const i = Math.round((k * (count - 1)) / (max - 1));
    kept.push(points[i * 2]!, points[i * 2 + 1]!);
  }
  return kept;
}

/**
 * SVG path data through the points: straight to the first midpoint, then a
 * quadratic curve per point to the next midpoint, then straight to the end.
 * A single point is a dot (a zero-length line with round caps).
 */
export function strokePath(points: readonly number[]): string {
  const count = points.length / 2;
  if (count === 0) return '';
  const x = (i: number) => points[i * 2]!;
  const y = (i: number) => points[i * 2 + 1]!;
  if (count === 1) return `M${x(0)} ${y(0)}h0.01`;
  if (count === 2) return `M${x(0)} ${y(0)}L${x(1)} ${y(1)}`;
  let d = `M${x(0)} ${y(0)}`;
  for (let i = 1; i < count - 1; i++) {
    d += `Q${x(i)} ${y(i)} ${mid(x(i), x(i + 1))} ${mid(y(i), y(i + 1))}`;
  }
  return `${d}L${x(count - 1)} ${y(count - 1)}`;
}

function mid(a: number, b: number): number {
  return Math.round(((a + b) / 2) * 100) / 100;
}

/** Distance from (px, py) to the segment (ax, ay)–(bx, by). */
export function segmentDistance(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / lengthSquared));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Whether the eraser at (x, y) with this radius touches a stroke's line (its width counted). */
export function touchesStroke(points: readonly number[], width: number, x: number, y: number, radius: number): boolean {
  const reach = radius + width / 2;
  if (points.length === 2) return Math.hypot(x - points[0]!, y - points[1]!) <= reach;
  for (let i = 0; i + 3 < points.length; i += 2) {
    if (segmentDistance(x, y, points[i]!, points[i + 1]!, points[i + 2]!, points[i + 3]!) <= reach) return true;
  }
  return false;
}

/** The box around a stroke's points, widened by half its line: where its ink can be. */
export function strokeBounds(points: readonly number[], width: number): { x: number; y: number; width: number; height: number } {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let i = 0; i + 1 < points.length; i += 2) {
    minX = Math.min(minX, points[i]!);
    maxX = Math.max(maxX, points[i]!);
    minY = Math.min(minY, points[i + 1]!);
    maxY = Math.max(maxY, points[i + 1]!);
  }
  const half = width / 2;
  return { x: minX - half, y: minY - half, width: maxX - minX + width, height: maxY - minY + width };
}
