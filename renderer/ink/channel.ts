import type { InkColour, InkDrawings, InkStroke, InkTool } from '../../shared/ink/stroke';

/** Same-origin windows (audience and presenter) share their drawings over this channel. */
export const INK_CHANNEL = 'facet-ink';

/** What is being drawn or pointed at right now: shown in the other window, never stored. */
export type LiveInk =
  | { type: 'live'; view: string; id: string; tool: InkTool; colour: InkColour; width: number; points: number[] }
  | { type: 'liveEnd'; view: string; id: string }
  | { type: 'laser'; view: string; x: number; y: number }
  | { type: 'laserOff'; view: string };

/**
 * A window that opens says hello and the other answers with all its
 * drawings; after that each change travels on its own. A window with a
 * consultation open owns the drawings (they are saved from there), so it
 * does not take a whole set from the other window.
 */
export type InkMessage =
  | { type: 'hello' }
  | { type: 'drawings'; drawings: InkDrawings }
  | { type: 'add'; view: string; stroke: InkStroke }
  | { type: 'erase'; view: string; ids: string[] }
  | { type: 'clear'; view: string }
  /** An undone erase or clear: the strokes go back among the view's others in this order (ids, oldest first). */
  | { type: 'restore'; view: string; strokes: InkStroke[]; order: string[] }
  | LiveInk;

export function isLive(message: InkMessage): message is LiveInk {
  return message.type === 'live' || message.type === 'liveEnd' || message.type === 'laser' || message.type === 'laserOff';
}
