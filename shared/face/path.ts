/**
 * Just enough SVG path geometry for the face diagram: flatten a path made of
 * absolute M, L, H, V, C, Q and Z commands into polygons, and test points
 * against them. Used by tests (closed, inside the outline, no overlaps at the
 * label points) and for placing markers in the PDF.
 */

export interface Point {
  x: number;
  y: number;
}

export interface Subpath {
  points: Point[];
  closed: boolean;
}

const COMMAND = /([MLHVCQZ])([^MLHVCQZ]*)/gi;
const CURVE_STEPS = 12;

export function parsePath(d: string): Subpath[] {
  const subpaths: Subpath[] = [];
  let current: Subpath | null = null;
  let pen: Point = { x: 0, y: 0 };
  let start: Point = pen;
  for (const [, command, args] of d.matchAll(COMMAND)) {
    const n = (args ?? '').trim().split(/[\s,]+/).filter(Boolean).map(Number);
    if (n.some((value) => !Number.isFinite(value))) throw new Error(`Bad numbers in path command ${command}${args}`);
    if (command !== command!.toUpperCase()) throw new Error(`Relative path command "${command}" is not supported: use absolute commands`);
    switch (command) {
      case 'M':
        current = { points: [], closed: false };
        subpaths.push(current);
        for (let i = 0; i + 1 < n.length; i += 2) {
          pen = { x: n[i]!, y: n[i + 1]! };
          current.points.push(pen);
        }
        start = current.points[0]!;
        break;
      case 'L':
        for (let i = 0; i + 1 < n.length; i += 2) add({ x: n[i]!, y: n[i + 1]! });
        break;
      case 'H':
        for (const x of n) add({ x, y: pen.y });
        break;
      case 'V':
        for (const y of n) add({ x: pen.x, y });
        break;
      case 'C':
        for (let i = 0; i + 5 < n.length; i += 6) {
          const [c1, c2, end] = [{ x: n[i]!, y: n[i + 1]! }, { x: n[i + 2]!, y: n[i + 3]! }, { x: n[i + 4]!, y: n[i + 5]! }];
          const from = pen;
          for (let s = 1; s <= CURVE_STEPS; s += 1) add(cubic(from, c1, c2, end, s / CURVE_STEPS));
        }
        break;
      case 'Q':
        for (let i = 0; i + 3 < n.length; i += 4) {
          const [c, end] = [{ x: n[i]!, y: n[i + 1]! }, { x: n[i + 2]!, y: n[i + 3]! }];
          const from = pen;
          for (let s = 1; s <= CURVE_STEPS; s += 1) add(quadratic(from, c, end, s / CURVE_STEPS));
        }
        break;
      case 'Z':
        if (current) current.closed = true;
        pen = start;
        break;
    }
  }
  return subpaths;

  function add(point: Point) {
    if (!current) throw new Error('Path must start with M');
    current.points.push(point);
    pen = point;
  }
}

function cubic(p0: Point, p1: Point, p2: Point, p3: Point, t: number): Point {
  const u = 1 - t;
  return {
    x: u * u * u * p0.x + 3 * u * u * t * p1.x + 3 * u * t * t * p2.x + t * t * t * p3.x,
    y: u * u * u * p0.y + 3 * u * u * t * p1.y + 3 * u * t * t * p2.y + t * t * t * p3.y,
  };
}

function quadratic(p0: Point, p1: Point, p2: Point, t: number): Point {
  const u = 1 - t;
  return { x: u * u * p0.x + 2 * u * t * p1.x + t * t * p2.x, y: u * u * p0.y + 2 * u * t * p1.y + t * t * p2.y };
}

/** Even-odd point-in-polygon over every subpath (holes work as in `fill-rule: evenodd`). */
export function containsPoint(subpaths: readonly Subpath[], point: Point): boolean {
  let inside = false;
  for (const { points } of subpaths) {
    for (let i = 0, j = points.length - 1; i < points.length; j = i, i += 1) {
      const a = points[i]!;
      const b = points[j]!;
      if (a.y > point.y !== b.y > point.y && point.x < ((b.x - a.x) * (point.y - a.y)) / (b.y - a.y) + a.x) inside = !inside;
    }
  }
  return inside;
}

export interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

export function boundingBox(subpaths: readonly Subpath[]): Box {
  const points = subpaths.flatMap((s) => s.points);
  return {
    minX: Math.min(...points.map((p) => p.x)),
    minY: Math.min(...points.map((p) => p.y)),
    maxX: Math.max(...points.map((p) => p.x)),
    maxY: Math.max(...points.map((p) => p.y)),
  };
}
