import { removeStrokes, restoreStrokes, strokesOf, type InkDrawings, type InkStroke } from './stroke';

/**
 * What the practitioner did to a view's drawing, kept so it can be undone.
 * An erase or a clear remembers the strokes it took away and the order the
 * view's strokes were in, so undoing it puts them back where they were.
 */
export type InkEdit =
  | { kind: 'add'; view: string; stroke: InkStroke }
  | { kind: 'remove'; view: string; strokes: InkStroke[]; order: string[]; gesture?: string };

/** Undo reaches this many edits back in each view: a consultation's worth, and a bounded amount of memory. */
export const UNDO_DEPTH = 50;

/** The edit that removing these strokes from the view is (null when none of them is there). */
export function removal(drawings: InkDrawings, view: string, ids: readonly string[] | 'all', gesture?: string): InkEdit | null {
  const before = strokesOf(drawings, view);
  const strokes = ids === 'all' ? [...before] : before.filter((stroke) => ids.includes(stroke.id));
  if (strokes.length === 0) return null;
  return { kind: 'remove', view, strokes, order: before.map((stroke) => stroke.id), ...(gesture ? { gesture } : {}) };
}

/** The drawings with the edit taken back. */
export function undoEdit(drawings: InkDrawings, edit: InkEdit): InkDrawings {
  return edit.kind === 'add' ? removeStrokes(drawings, edit.view, [edit.stroke.id]) : restoreStrokes(drawings, edit.view, edit.strokes, edit.order);
}

/** Per view, newest last. */
export type UndoHistory = ReadonlyMap<string, readonly InkEdit[]>;

/**
 * Adds an edit. One sweep of the eraser is one edit, however many strokes it
 * crossed on its way: it is undone in one go, strokes back in the order they
 * had before the sweep began.
 */
export function remember(history: UndoHistory, edit: InkEdit): UndoHistory {
  const edits = history.get(edit.view) ?? [];
  const last = edits[edits.length - 1];
  const next = new Map(history);
  if (edit.kind === 'remove' && edit.gesture && last?.kind === 'remove' && last.gesture === edit.gesture) {
    next.set(edit.view, [...edits.slice(0, -1), { ...last, strokes: [...last.strokes, ...edit.strokes] }]);
  } else {
    next.set(edit.view, [...edits, edit].slice(-UNDO_DEPTH));
  }
  return next;
}

/** The view's last edit and the history without it; null when there is nothing to undo there. */
export function takeLast(history: UndoHistory, view: string): { edit: InkEdit; history: UndoHistory } | null {
  const edits = history.get(view);
  if (!edits || edits.length === 0) return null;
  const next = new Map(history);
  next.set(view, edits.slice(0, -1));
  return { edit: edits[edits.length - 1]!, history: next };
}
