import { describe, expect, it } from 'vitest';
import { INK_LIMITS, SLIDE_SURFACE } from '../../../shared/ink/limits';
import { appendPoint, finishPoints, simplify, strokeBounds, strokePath, touchesStroke } from '../../../shared/ink/smoothing';

/** A wobbly horizontal line: the hand's jitter around y = 100. */
function wobblyLine(count: number): number[] {
  const points: number[] = [];
  for (let i = 0; i < count; i++) points.push(100 + i * 2, 100 + (i % 2 === 0 ? 0.3 : -0.3));
  return points;
}

describe('simplify (Ramer–Douglas–Peucker)', () => {
  it('reduces a jittery straight line to its two ends', () => {
    expect(simplify(wobblyLine(200), 0.9)).toEqual([100, 100.3, 498, 99.7]);
  });

  it('keeps a corner', () => {
    expect(simplify([0, 0, 50, 1, 100, 0, 100, 50, 100, 100], 2)).toEqual([0, 0, 100, 0, 100, 100]);
  });

  it('handles a very long stroke without recursion', () => {
    const long: number[] = [];
    for (let i = 0; i < 50_000; i++) long.push(i % 1600, Math.round(450 + 400 * Math.sin(i / 40)));
    expect(simplify(long, 0.9).length).toBeGreaterThan(4);
  });
});

describe('finishPoints', () => {
  it('rounds to whole units and clamps to the surface', () => {
    expect(finishPoints([-20, 10.4, 1700, 950.6], SLIDE_SURFACE)).toEqual([0, 10, 1600, 900]);
  });

  it('drops repeated points, leaving a dot as one point', () => {
    expect(finishPoints([10.2, 10.2, 10.4, 9.9, 10, 10], SLIDE_SURFACE)).toEqual([10, 10]);
  });

  it('never keeps more points than the limit, however long the scribble', () => {
    const scribble: number[] = [];
    for (let i = 0; i < 20_000; i++) scribble.push(800 + 700 * Math.cos(i / 3), 450 + 400 * Math.sin(i / 7));
    const kept = finishPoints(scribble, SLIDE_SURFACE);
    expect(kept.length / 2).toBeLessThanOrEqual(INK_LIMITS.pointsPerStroke);
    expect(kept.length / 2).toBeGreaterThan(INK_LIMITS.pointsPerStroke / 4);
  });
});

describe('appendPoint', () => {
  it('skips points too close to the last one', () => {
    const points = [10, 10];
    expect(appendPoint(points, 10.5, 10.5)).toBe(false);
    expect(appendPoint(points, 14, 10)).toBe(true);
    expect(points).toEqual([10, 10, 14, 10]);
  });
});

describe('strokePath', () => {
  it('draws a dot for one point and a line for two', () => {
    expect(strokePath([5, 6])).toBe('M5 6h0.01');
    expect(strokePath([5, 6, 20, 30])).toBe('M5 6L20 30');
  });

  it('curves through midpoints and ends on the last point', () => {
    expect(strokePath([0, 0, 10, 0, 10, 10, 20, 10])).toBe('M0 0Q10 0 10 5Q10 10 15 10L20 10');
  });
});

describe('touchesStroke and strokeBounds', () => {
  const line = [100, 100, 300, 100];
  it('counts the line width and the eraser radius', () => {
    expect(touchesStroke(line, 10, 200, 112, 8)).toBe(true);
    expect(touchesStroke(line, 10, 200, 120, 8)).toBe(false);
    expect(touchesStroke([50, 50], 4, 55, 50, 4)).toBe(true);
  });

  it('bounds a stroke by its points and half its width', () => {
    expect(strokeBounds(line, 10)).toEqual({ x: 95, y: 95, width: 210, height: 10 });
  });
});
