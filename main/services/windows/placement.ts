/**
 * Where Facet's windows go: pure geometry over the displays Electron reports,
 * so it is tested without a screen. Electron's own types are not imported;
 * these are the few fields used.
 */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface DisplayArea {
  id: number;
  /** The whole display, for a full-screen window. */
  bounds: Rect;
  /** The display without task bar, dock or menu bar: where a normal window fits. */
  workArea: Rect;
}

/** What the window looks like on a big screen; smaller screens get what fits. */
export const PREFERRED_SIZE = { width: 1440, height: 900 } as const;
/** Below this the consultation screens stop being usable (two columns, the face beside its panel). */
export const MINIMUM_SIZE = { width: 1024, height: 640 } as const;

/** The part of a window that must stay on a display for the window to count as reachable (its title bar). */
const GRAB_HEIGHT = 40;
const GRAB_WIDTH = 120;

/** A window centred on the display, as large as preferred but never larger than its work area. */
export function defaultBounds(display: DisplayArea): Rect {
  const area = display.workArea;
  const width = Math.min(PREFERRED_SIZE.width, area.width);
  const height = Math.min(PREFERRED_SIZE.height, area.height);
  return { x: area.x + Math.round((area.width - width) / 2), y: area.y + Math.round((area.height - height) / 2), width, height };
}

/**
 * The saved bounds if the window would still be reachable there (its top
 * edge on some display: a monitor may have been unplugged since), shrunk to
 * fit that display's work area; otherwise the default on the primary display.
 */
export function restoreBounds(saved: Rect | null, displays: readonly DisplayArea[], primary: DisplayArea): Rect {
  if (!saved) return defaultBounds(primary);
  const home = displays.find((display) => titleBarVisibleOn(saved, display.workArea));
  if (!home) return defaultBounds(primary);
  const area = home.workArea;
  const width = Math.min(Math.max(saved.width, MINIMUM_SIZE.width), area.width);
  const height = Math.min(Math.max(saved.height, MINIMUM_SIZE.height), area.height);
  const x = clamp(saved.x, area.x, area.x + area.width - width);
  const y = clamp(saved.y, area.y, area.y + area.height - height);
  return { x, y, width, height };
}

function titleBarVisibleOn(window: Rect, area: Rect): boolean {
  const overlapX = Math.min(window.x + window.width, area.x + area.width) - Math.max(window.x, area.x);
  const titleBarInside = window.y >= area.y && window.y + GRAB_HEIGHT <= area.y + area.height;
  return overlapX >= GRAB_WIDTH && titleBarInside;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), Math.max(min, max));
}

export interface PresenterLayout {
  /** The presenter view: on the practitioner's display. */
  presenter: Rect;
  /** The slides: full screen on another display, or null when there is only one. */
  audience: DisplayArea | null;
}

/**
 * The practitioner works on the display the main window is on (the laptop):
 * the presenter view opens there, and the slides go full screen on another
 * display (the patient's screen) — the primary one if the practitioner is not
 * on it, else the largest. With one display the presenter view opens over it
 * and the slides stay where they are.
 */
export function planPresenterLayout(displays: readonly DisplayArea[], practitioner: DisplayArea, primary: DisplayArea): PresenterLayout {
  const others = displays.filter((display) => display.id !== practitioner.id);
  const audience =
    others.find((display) => display.id === primary.id) ??
    [...others].sort((a, b) => b.bounds.width * b.bounds.height - a.bounds.width * a.bounds.height)[0] ??
    null;
  return { presenter: practitioner.workArea, audience };
}
