import { INK_LIMITS } from './limits';

/** Drawing tools that leave ink. The laser pointer and the eraser leave none. */
export const INK_TOOLS = ['pen', 'highlighter'] as const;
export type InkTool = (typeof INK_TOOLS)[number];

/**
 * Three clinic colours, each usable as pen or highlighter: deep teal (the
 * app's accent family), berry and amber read on white slides and on the
 * face's warm skin tones alike.
 */
export const INK_COLOUR_IDS = ['teal', 'berry', 'amber'] as const;
export type InkColour = (typeof INK_COLOUR_IDS)[number];
export const INK_COLOURS: Record<InkColour, { name: string; hex: string }> = {
  teal: { name: 'Teal', hex: '#1f7a72' },
  berry: { name: 'Berry', hex: '#b0306a' },
  amber: { name: 'Amber', hex: '#d98a0b' },
};

/** One line drawn in one go. Points are a flat [x0, y0, x1, y1, …] list of whole numbers in the view's surface. */
export interface InkStroke {
  id: string;
  tool: InkTool;
  colour: InkColour;
  /** Line width in surface units. */
  width: number;
  points: number[];
}

/** The strokes of one view, oldest first (later strokes are drawn on top). */
export interface InkView {
  view: string;
  strokes: InkStroke[];
}

export type InkDrawings = InkView[];

/** How the highlighter differs from the pen: wider, and see-through so the slide stays readable. */
export const TOOL_STYLE: Record<InkTool, { width: number; opacity: number }> = {
  pen: { width: 5, opacity: 1 },
  highlighter: { width: 22, opacity: 0.32 },
};

export const WIDTH_BOUNDS = { min: 1, max: 60 } as const;

/**
 * A stylus presses harder for a bolder line. Mouse and touch report no real
 * pressure (0.5 while pressed, or 0), so they draw at the tool's width.
 */
export function strokeWidth(tool: InkTool, pressures: readonly number[], surfaceScale = 1): number {
  const base = TOOL_STYLE[tool].width * surfaceScale;
  if (pressures.length === 0 || tool === 'highlighter') return round1(base);
  const sorted = [...pressures].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  const factor = 0.5 + Math.min(1, Math.max(0, median));
  return round1(Math.min(WIDTH_BOUNDS.max, Math.max(WIDTH_BOUNDS.min, base * factor)));
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

export function pointCount(drawings: InkDrawings): number {
  return drawings.reduce((sum, view) => sum + view.strokes.reduce((s, stroke) => s + stroke.points.length / 2, 0), 0);
}

export function strokesOf(drawings: InkDrawings, view: string): readonly InkStroke[] {
  return drawings.find((entry) => entry.view === view)?.strokes ?? [];
}

function withView(drawings: InkDrawings, view: string, strokes: InkStroke[]): InkDrawings {
  const others = drawings.filter((entry) => entry.view !== view);
  return strokes.length === 0 ? others : [...others, { view, strokes }];
}

/**
 * Adds a finished stroke. At the limits the oldest strokes of this view make
 * room (a practitioner drawing on is never stopped); a stroke that would fill
 * the budget alone, or a new view past the views limit, is not kept.
 */
export function addStroke(drawings: InkDrawings, view: string, stroke: InkStroke): InkDrawings {
  const existing = drawings.find((entry) => entry.view === view);
  if (!existing && drawings.length >= INK_LIMITS.views) return drawings;
  if (existing?.strokes.some((s) => s.id === stroke.id)) return drawings;
  const strokes = [...(existing?.strokes ?? []), stroke];
  let total = pointCount(drawings) + stroke.points.length / 2;
  while (strokes.length > 1 && (strokes.length > INK_LIMITS.strokesPerView || total > INK_LIMITS.totalPoints)) {
    total -= strokes.shift()!.points.length / 2;
  }
  if (total > INK_LIMITS.totalPoints) return drawings;
  return withView(drawings, view, strokes);
}

export function removeStrokes(drawings: InkDrawings, view: string, ids: readonly string[]): InkDrawings {
  const strokes = strokesOf(drawings, view);
  const kept = strokes.filter((stroke) => !ids.includes(stroke.id));
  return kept.length === strokes.length ? drawings : withView(drawings, view, kept);
}

export function clearView(drawings: InkDrawings, view: string): InkDrawings {
  return strokesOf(drawings, view).length === 0 ? drawings : withView(drawings, view, []);
}

/**
 * Puts strokes back where they were (an undone erase or clear): each at its
 * old place among the strokes that were there then, given as `order` (their
 * ids, oldest first); strokes drawn since stay on top. At the limits the
 * oldest strokes make room, as when drawing.
 */
export function restoreStrokes(drawings: InkDrawings, view: string, strokes: readonly InkStroke[], order: readonly string[]): InkDrawings {
  const present = strokesOf(drawings, view);
  const missing = strokes.filter((stroke) => !present.some((s) => s.id === stroke.id));
  if (missing.length === 0) return drawings;
  if (present.length === 0 && drawings.length >= INK_LIMITS.views) return drawings;
  const place = new Map(order.map((id, index) => [id, index]));
  const rank = (stroke: InkStroke) => place.get(stroke.id) ?? order.length;
  // Array.prototype.sort is stable: strokes drawn since keep their own order, after the restored ones.
  const merged = [...present, ...missing].sort((a, b) => rank(a) - rank(b));
  let total = pointCount(drawings) + missing.reduce((sum, stroke) => sum + stroke.points.length / 2, 0);
  while (merged.length > 1 && (merged.length > INK_LIMITS.strokesPerView || total > INK_LIMITS.totalPoints)) {
    total -= merged.shift()!.points.length / 2;
  }
  return withView(drawings, view, merged);
}
