import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../main/services/content/load';
import { FACE_ART } from '../../../shared/face/art';
import { REGION_SHAPES } from '../../../shared/face/regions';
import { FACE_VIEWBOX } from '../../../shared/face/viewbox';
import { boundingBox, containsPoint, parsePath } from '../../../shared/face/path';
import { treatmentStyle } from '../../../shared/face/treatment-style';
import { contrastRatio, parseHex } from '../../../shared/ui/colour';
import { BUILT_IN_CONTENT } from '../../fixtures/content-folders';

const pack = (await loadContent({ builtIn: BUILT_IN_CONTENT, override: null })).pack!;
const silhouette = parsePath(FACE_ART.silhouette);
const shapes = REGION_SHAPES.map((shape) => ({ ...shape, subpaths: parsePath(shape.path) }));

describe('face geometry', () => {
  it('has no two regions with the same id', () => {
    expect(new Set(REGION_SHAPES.map((s) => s.id)).size).toBe(REGION_SHAPES.length);
  });

  it('has a shape for every region of the built-in content, and no shape without one', () => {
    expect(REGION_SHAPES.map((s) => s.id).sort()).toEqual(pack.regions.map((r) => r.id).sort());
  });

  it.each(shapes.map((s) => [s.id, s] as const))('%s is a closed path', (_id, shape) => {
    expect(shape.path.trim()).toMatch(/Z$/i);
    expect(shape.subpaths.every((subpath) => subpath.closed)).toBe(true);
  });

  it.each(shapes.map((s) => [s.id, s] as const))('%s lies inside the face outline', (_id, shape) => {
    const outside = shape.subpaths.flatMap((s) => s.points).filter((p) => !containsPoint(silhouette, p));
    expect(outside).toEqual([]);
  });

  it.each(shapes.map((s) => [s.id, s] as const))('%s has its label inside itself and inside no other region', (_id, shape) => {
    expect(containsPoint(shape.subpaths, shape.label)).toBe(true);
    const others = shapes.filter((other) => other.id !== shape.id && containsPoint(other.subpaths, shape.label)).map((o) => o.id);
    expect(others).toEqual([]);
  });

  it.each(shapes.map((s) => [s.id, s] as const))('%s is big enough to tap (at least 56 x 56 units)', (_id, shape) => {
    const box = boundingBox(shape.subpaths);
    expect(box.maxX - box.minX).toBeGreaterThanOrEqual(56);
    expect(box.maxY - box.minY).toBeGreaterThanOrEqual(56);
  });

  it('puts the patient’s right side on the viewer’s left', () => {
    const labelX = (id: string) => REGION_SHAPES.find((s) => s.id === id)!.label.x;
    for (const base of ['crows-feet', 'temple', 'tear-trough', 'cheek', 'nasolabial-fold', 'marionette-line', 'jawline', 'masseter']) {
      expect(labelX(`${base}-right`)).toBeLessThan(FACE_VIEWBOX.width / 2);
      expect(labelX(`${base}-left`)).toBeGreaterThan(FACE_VIEWBOX.width / 2);
    }
  });

  it('keeps regions from overlapping (at most 2% of covered points fall in two regions)', () => {
    let covered = 0;
    let shared = 0;
    for (let x = 0; x < FACE_VIEWBOX.width; x += 4) {
      for (let y = 0; y < FACE_VIEWBOX.height; y += 4) {
        const hits = shapes.filter((s) => containsPoint(s.subpaths, { x, y })).length;
        if (hits > 0) covered += 1;
        if (hits > 1) shared += 1;
      }
    }
    expect(shared / covered).toBeLessThanOrEqual(0.02);
  });
});

describe('treatment styles', () => {
  it('have ink colours readable on white (AA) and distinct patterns', () => {
    const styles = [0, 1, 2, 3].map(treatmentStyle);
    for (const style of styles) expect(contrastRatio(parseHex(style.ink)!, [255, 255, 255])).toBeGreaterThanOrEqual(4.5);
    expect(new Set(styles.map((s) => s.pattern)).size).toBe(4);
  });
});
