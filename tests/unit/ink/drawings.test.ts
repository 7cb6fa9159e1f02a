import { describe, expect, it } from 'vitest';
import { FACE_VIEW, INK_LIMITS, slideIdOf, slideView } from '../../../shared/ink/limits';
import { InkDrawingsSchema } from '../../../shared/ink/schema';
import { addStroke, clearView, pointCount, removeStrokes, strokeWidth, strokesOf, type InkDrawings, type InkStroke } from '../../../shared/ink/stroke';

const stroke = (id: string, points: number[] = [10, 10, 20, 20]): InkStroke => ({ id, tool: 'pen', colour: 'teal', width: 5, points });
const slide = slideView('intro');

describe('drawings per view', () => {
  it('keeps strokes per view, in the order drawn', () => {
    let drawings: InkDrawings = [];
    drawings = addStroke(drawings, slide, stroke('a'));
    drawings = addStroke(drawings, FACE_VIEW, stroke('b'));
    drawings = addStroke(drawings, slide, stroke('c'));
    expect(strokesOf(drawings, slide).map((s) => s.id)).toEqual(['a', 'c']);
    expect(strokesOf(drawings, FACE_VIEW).map((s) => s.id)).toEqual(['b']);
  });

  it('ignores a stroke it already has (a mirrored stroke arriving twice)', () => {
    const once = addStroke([], slide, stroke('a'));
    expect(addStroke(once, slide, stroke('a'))).toBe(once);
  });

  it('erases strokes by id and clears a view without touching the others', () => {
    let drawings = addStroke(addStroke(addStroke([], slide, stroke('a')), slide, stroke('b')), FACE_VIEW, stroke('c'));
    drawings = removeStrokes(drawings, slide, ['a']);
    expect(strokesOf(drawings, slide).map((s) => s.id)).toEqual(['b']);
    drawings = clearView(drawings, slide);
    expect(drawings.map((v) => v.view)).toEqual([FACE_VIEW]);
  });

  it('makes room by dropping the oldest strokes of the view at the per-view limit', () => {
    let drawings: InkDrawings = [];
    for (let i = 0; i < INK_LIMITS.strokesPerView + 5; i++) drawings = addStroke(drawings, slide, stroke(`s${i}`));
    const kept = strokesOf(drawings, slide);
    expect(kept).toHaveLength(INK_LIMITS.strokesPerView);
    expect(kept[0]!.id).toBe('s5');
  });

  it('stays within the total point budget', () => {
    const big = Array.from({ length: INK_LIMITS.pointsPerStroke * 2 }, (_, i) => i % 500);
    let drawings: InkDrawings = [];
    for (let i = 0; i < 400; i++) drawings = addStroke(drawings, slideView(`s${i % 90}`), stroke(`x${i}`, big));
    expect(pointCount(drawings)).toBeLessThanOrEqual(INK_LIMITS.totalPoints);
    expect(InkDrawingsSchema.safeParse(drawings).success).toBe(true);
  });

  it('names slide views by slide id', () => {
    expect(slideIdOf(slideView('botox-how'))).toBe('botox-how');
    expect(slideIdOf(FACE_VIEW)).toBeNull();
  });
});

describe('stroke width', () => {
  it('is the tool width for mouse and touch, bolder for a firmer pen', () => {
    expect(strokeWidth('pen', [])).toBe(5);
    expect(strokeWidth('pen', [0.9, 0.95, 1])).toBeGreaterThan(strokeWidth('pen', [0.1, 0.15, 0.2]));
    expect(strokeWidth('highlighter', [1])).toBe(22);
  });
});

describe('InkDrawingsSchema (what main accepts)', () => {
  const valid: InkDrawings = [{ view: FACE_VIEW, strokes: [stroke('a', [0, 0, 600, 760])] }];

  it('accepts drawings inside their surfaces', () => {
    expect(InkDrawingsSchema.safeParse(valid).success).toBe(true);
  });

  it.each([
    ['a point outside the face', [{ view: FACE_VIEW, strokes: [stroke('a', [0, 0, 601, 10])] }]],
    ['an odd number of coordinates', [{ view: FACE_VIEW, strokes: [stroke('a', [0, 0, 5])] }]],
    ['a fractional coordinate', [{ view: FACE_VIEW, strokes: [stroke('a', [0.5, 0])] }]],
    ['an unknown colour', [{ view: FACE_VIEW, strokes: [{ ...stroke('a'), colour: 'red' }] }]],
    ['a huge width', [{ view: FACE_VIEW, strokes: [{ ...stroke('a'), width: 500 }] }]],
    ['too many points in a stroke', [{ view: FACE_VIEW, strokes: [stroke('a', new Array(INK_LIMITS.pointsPerStroke * 2 + 2).fill(1))] }]],
    ['the same view twice', [...valid, ...valid]],
    ['an extra field', [{ view: FACE_VIEW, strokes: [{ ...stroke('a'), script: 'x' }] }]],
  ])('refuses %s', (_name, drawings) => {
    expect(InkDrawingsSchema.safeParse(drawings).success).toBe(false);
  });
});
