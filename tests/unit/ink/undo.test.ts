import { describe, expect, it } from 'vitest';
import { FACE_VIEW, INK_LIMITS, slideView } from '../../../shared/ink/limits';
import { addStroke, removeStrokes, strokesOf, type InkDrawings, type InkStroke } from '../../../shared/ink/stroke';
import { UNDO_DEPTH, remember, removal, takeLast, undoEdit, type UndoHistory } from '../../../shared/ink/undo';

const stroke = (id: string): InkStroke => ({ id, tool: 'pen', colour: 'teal', width: 5, points: [10, 10, 20, 20] });
const slide = slideView('intro');
const ids = (drawings: InkDrawings, view = slide) => strokesOf(drawings, view).map((s) => s.id);

function drawn(...names: string[]): InkDrawings {
  return names.reduce<InkDrawings>((drawings, name) => addStroke(drawings, slide, stroke(name)), []);
}

describe('undoing a drawing change', () => {
  it('takes back the last stroke drawn', () => {
    const drawings = drawn('a', 'b');
    expect(ids(undoEdit(drawings, { kind: 'add', view: slide, stroke: stroke('b') }))).toEqual(['a']);
  });

  it('puts erased strokes back in their old place, under strokes drawn since', () => {
    const before = drawn('a', 'b', 'c');
    const edit = removal(before, slide, ['b'])!;
    const after = addStroke(removeStrokes(before, slide, ['b']), slide, stroke('d'));

    expect(ids(undoEdit(after, edit))).toEqual(['a', 'b', 'c', 'd']);
  });

  it('brings a cleared view back whole, leaving other views alone', () => {
    const before = addStroke(drawn('a', 'b'), FACE_VIEW, stroke('f'));
    const edit = removal(before, slide, 'all')!;
    const cleared = removeStrokes(before, slide, ['a', 'b']);

    const undone = undoEdit(cleared, edit);
    expect(ids(undone)).toEqual(['a', 'b']);
    expect(ids(undone, FACE_VIEW)).toEqual(['f']);
  });

  it('does nothing twice: a stroke already back (mirrored from the other window) is not doubled', () => {
    const before = drawn('a', 'b');
    const edit = removal(before, slide, ['a'])!;
    const undone = undoEdit(removeStrokes(before, slide, ['a']), edit);
    expect(undoEdit(undone, edit)).toBe(undone);
  });

  it('an erase or clear of nothing is not an edit', () => {
    expect(removal(drawn('a'), slide, ['zz'])).toBeNull();
    expect(removal([], slide, 'all')).toBeNull();
  });

  it('stays within the per-view limit when restoring onto a full view', () => {
    const full = Array.from({ length: INK_LIMITS.strokesPerView }, (_, i) => `s${i}`);
    let drawings = drawn(...full.slice(0, 1));
    const edit = removal(drawings, slide, 'all')!;
    drawings = removeStrokes(drawings, slide, ['s0']);
    for (const name of full.slice(1)) drawings = addStroke(drawings, slide, stroke(name));
    drawings = addStroke(drawings, slide, stroke('last'));

    expect(strokesOf(undoEdit(drawings, edit), slide)).toHaveLength(INK_LIMITS.strokesPerView);
  });
});

describe('the undo history', () => {
  it('is kept per view, newest first out', () => {
    let history: UndoHistory = new Map();
    history = remember(history, { kind: 'add', view: slide, stroke: stroke('a') });
    history = remember(history, { kind: 'add', view: FACE_VIEW, stroke: stroke('f') });
    history = remember(history, { kind: 'add', view: slide, stroke: stroke('b') });

    const first = takeLast(history, slide)!;
    expect(first.edit).toMatchObject({ stroke: { id: 'b' } });
    const second = takeLast(first.history, slide)!;
    expect(second.edit).toMatchObject({ stroke: { id: 'a' } });
    expect(takeLast(second.history, slide)).toBeNull();
    expect(takeLast(second.history, FACE_VIEW)!.edit).toMatchObject({ stroke: { id: 'f' } });
  });

  it(`reaches ${UNDO_DEPTH} edits back and forgets older ones`, () => {
    let history: UndoHistory = new Map();
    for (let i = 0; i < UNDO_DEPTH + 10; i++) history = remember(history, { kind: 'add', view: slide, stroke: stroke(`s${i}`) });
    expect(history.get(slide)).toHaveLength(UNDO_DEPTH);
    expect(history.get(slide)![0]).toMatchObject({ stroke: { id: 's10' } });
  });
});

describe('one sweep of the eraser', () => {
  it('is one step to undo, however many strokes it crossed', () => {
    let drawings = drawn('a', 'b', 'c');
    let history: UndoHistory = new Map();
    for (const id of ['c', 'a']) {
      history = remember(history, removal(drawings, slide, [id], 'sweep-1')!);
      drawings = removeStrokes(drawings, slide, [id]);
    }
    history = remember(history, removal(drawings, slide, ['b'], 'sweep-2')!);
    drawings = removeStrokes(drawings, slide, ['b']);

    const second = takeLast(history, slide)!;
    drawings = undoEdit(drawings, second.edit);
    expect(ids(drawings)).toEqual(['b']);
    drawings = undoEdit(drawings, takeLast(second.history, slide)!.edit);
    expect(ids(drawings)).toEqual(['a', 'b', 'c']);
  });
});
