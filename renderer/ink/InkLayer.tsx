import { useEffect, useRef, type PointerEvent as ReactPointerEvent } from 'react';
import { surfaceOf } from '../../shared/ink/limits';
import { appendPoint, clampPoint, finishPoints, strokePath, touchesStroke } from '../../shared/ink/smoothing';
import { INK_COLOURS, TOOL_STYLE, strokeWidth, strokesOf, type InkTool } from '../../shared/ink/stroke';
import { useMotionPreference } from '../motion';
import type { LiveInk } from './channel';
import { useInk } from './InkContext';
import { InkStrokes } from './InkStrokes';

/** The eraser's reach, in surface units. */
const ERASER_RADIUS = 14;
/** Slide and face surface units are both about 0.75 px on a laptop, so one size suits both. */
const LASER_RADIUS = 7;
/** The laser dot fades after the pointer has been still this long (unless motion is reduced). */
const LASER_STILL_MS = 900;

interface Drawing {
  pointerId: number;
  id: string;
  tool: InkTool;
  points: number[];
  pressures: number[];
  toSurface: DOMMatrix;
  /** A sweep of the eraser: it leaves no stroke. */
  erasing?: true;
}

/**
 * A transparent layer over a slide or the face, in the view's own surface
 * coordinates (so a drawing survives any window size and maps onto the PDF's
 * face). Finished strokes are React elements; the stroke being drawn, the
 * other window's live stroke and the laser dot are updated directly on the
 * DOM, so a pointer move reaches the screen in the same frame.
 */
export function InkLayer({ view }: { view: string }) {
  const ink = useInk();
  const { reduce } = useMotionPreference();
  const surface = surfaceOf(view);
  const svg = useRef<SVGSVGElement>(null);
  const livePath = useRef<SVGPathElement>(null);
  const remotePath = useRef<SVGPathElement>(null);
  const laser = useRef<SVGGElement>(null);
  const eraser = useRef<SVGCircleElement>(null);
  const drawing = useRef<Drawing | null>(null);
  const stillTimer = useRef<number | undefined>(undefined);
  const pendingLive = useRef<number | null>(null);
  const { tool, colour, setShownView, onLive } = ink;
  const strokes = strokesOf(ink.drawings, view);

  useEffect(() => {
    setShownView(view);
    return () => setShownView(null);
  }, [view, setShownView]);

  // The other window's stroke in progress and laser dot, for this view.
  useEffect(
    () =>
      onLive((event: LiveInk) => {
        if (event.view !== view) return;
        if (event.type === 'live') paintLive(remotePath.current, event.points, event.tool, INK_COLOURS[event.colour].hex, event.width);
        else if (event.type === 'liveEnd') remotePath.current?.setAttribute('d', '');
        else if (event.type === 'laser') showLaser(event.x, event.y);
        else hideLaser();
      }),
    // showLaser and hideLaser only touch refs.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [view, onLive],
  );

  useEffect(() => () => window.clearTimeout(stillTimer.current), []);

  function showLaser(x: number, y: number) {
    const dot = laser.current;
    if (!dot) return;
    dot.setAttribute('transform', `translate(${x} ${y})`);
    dot.classList.add('is-on');
    dot.classList.remove('is-still');
    window.clearTimeout(stillTimer.current);
    if (!reduce) stillTimer.current = window.setTimeout(() => dot.classList.add('is-still'), LASER_STILL_MS);
  }

  function hideLaser() {
    window.clearTimeout(stillTimer.current);
    laser.current?.classList.remove('is-on', 'is-still');
  }

  function toSurface(): DOMMatrix | null {
    return svg.current?.getScreenCTM()?.inverse() ?? null;
  }

  function surfacePoints(event: ReactPointerEvent<HTMLDivElement>, matrix: DOMMatrix): { x: number; y: number; pressure: number }[] {
    // A stylus at 120 Hz or more sends several moves per frame; coalesced events keep them all.
    const native = event.nativeEvent;
    const events = typeof native.getCoalescedEvents === 'function' ? native.getCoalescedEvents() : [];
    return (events.length > 0 ? events : [native]).map((e) => {
      const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(matrix);
      const [x, y] = clampPoint(surface, p.x, p.y);
      return { x, y, pressure: e.pressure };
    });
  }

  /** Erases what the eraser touched on its way from the last point to this one (a fast hand skips over lines otherwise). */
  function eraseTo(current: Drawing, x: number, y: number) {
    const [fromX, fromY] = current.points.length === 2 ? current.points : [x, y];
    current.points = [x, y];
    const steps = Math.max(1, Math.ceil(Math.hypot(x - fromX!, y - fromY!) / ERASER_RADIUS));
    const along = Array.from({ length: steps }, (_, i) => [fromX! + ((x - fromX!) * (i + 1)) / steps, fromY! + ((y - fromY!) * (i + 1)) / steps] as const);
    const hit = strokesOf(ink.drawings, view)
      .filter((stroke) => along.some(([px, py]) => touchesStroke(stroke.points, stroke.width, px, py, ERASER_RADIUS)))
      .map((stroke) => stroke.id);
    if (hit.length > 0) ink.erase(view, hit, current.id);
  }

  const onPointerDown = (event: ReactPointerEvent<HTMLDivElement>) => {
    if (tool === null || drawing.current || event.button > 0) return;
    // Drawing is not a swipe to the next slide, and a press does not move focus away from the deck.
    event.stopPropagation();
    event.preventDefault();
    const matrix = toSurface();
    if (!matrix) return;
    try {
      event.currentTarget.setPointerCapture(event.pointerId);
    } catch {
      // A pointer the browser does not track (a synthetic event) draws without capture.
    }
    const [first] = surfacePoints(event, matrix);
    if (!first) return;
    if (tool === 'laser') {
      showLaser(first.x, first.y);
      ink.sendLive({ type: 'laser', view, x: Math.round(first.x), y: Math.round(first.y) });
      return;
    }
    if (tool === 'eraser') {
      // The sweep's id makes everything it erases one step to undo.
      drawing.current = { pointerId: event.pointerId, id: crypto.randomUUID().slice(0, 12), tool: 'pen', points: [], pressures: [], toSurface: matrix, erasing: true };
      eraseTo(drawing.current, first.x, first.y);
      return;
    }
    drawing.current = {
      pointerId: event.pointerId,
      id: crypto.randomUUID().slice(0, 12),
      tool,
      points: [first.x, first.y],
      pressures: event.pointerType === 'pen' ? [first.pressure] : [],
      toSurface: matrix,
    };
    paintOwn();
  };

  const onPointerMove = (event: ReactPointerEvent<HTMLDivElement>) => {
    if (tool === null) return;
    event.stopPropagation();
    const current = drawing.current;
    if (tool === 'laser') {
      const matrix = toSurface();
      const last = matrix ? surfacePoints(event, matrix).at(-1) : undefined;
      if (!last) return;
      showLaser(last.x, last.y);
      ink.sendLive({ type: 'laser', view, x: Math.round(last.x), y: Math.round(last.y) });
      return;
    }
    const moved = surfacePoints(event, current?.toSurface ?? toSurface() ?? new DOMMatrix());
    if (tool === 'eraser') {
      const last = moved.at(-1);
      if (last) eraser.current?.setAttribute('transform', `translate(${last.x} ${last.y})`);
      if (current && current.pointerId === event.pointerId) moved.forEach((p) => eraseTo(current, p.x, p.y));
      return;
    }
    if (!current || current.pointerId !== event.pointerId) return;
    let added = false;
    for (const p of moved) {
      if (appendPoint(current.points, p.x, p.y)) {
        added = true;
        if (event.pointerType === 'pen') current.pressures.push(p.pressure);
      }
    }
    if (added) paintOwn();
  };

  const onPointerEnd = (event: ReactPointerEvent<HTMLDivElement>) => {
    const current = drawing.current;
    if (!current || current.pointerId !== event.pointerId) return;
    event.stopPropagation();
    drawing.current = null;
    if (current.erasing) return;
    const points = finishPoints(current.points, surface);
    livePath.current?.setAttribute('d', '');
    if (pendingLive.current !== null) cancelAnimationFrame(pendingLive.current);
    pendingLive.current = null;
    ink.sendLive({ type: 'liveEnd', view, id: current.id });
    ink.add(view, { id: current.id, tool: current.tool, colour, width: strokeWidth(current.tool, current.pressures), points });
  };

  /** Draws the stroke in progress now, and tells the other window once per frame. */
  function paintOwn() {
    const current = drawing.current;
    if (!current) return;
    const width = strokeWidth(current.tool, current.pressures);
    paintLive(livePath.current, current.points, current.tool, INK_COLOURS[colour].hex, width);
    if (pendingLive.current !== null) return;
    pendingLive.current = requestAnimationFrame(() => {
      pendingLive.current = null;
      const still = drawing.current;
      if (still) ink.sendLive({ type: 'live', view, id: still.id, tool: still.tool, colour, width, points: still.points.map(Math.round) });
    });
  }

  const onPointerLeave = () => {
    if (tool === 'laser' && !drawing.current) {
      hideLaser();
      ink.sendLive({ type: 'laserOff', view });
    }
  };

  const viewBox = `0 0 ${surface.width} ${surface.height}`;
  return (
    <div
      className={tool === null ? 'ink-layer' : `ink-layer is-active ink-layer--${tool}`}
      data-view={view}
      data-strokes={strokes.length}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerEnd}
      onPointerCancel={onPointerEnd}
      onPointerLeave={onPointerLeave}
    >
      {/* Finished strokes on a layer of their own, so drawing a new one repaints only the layer above. Only lines, nothing to read: role none rather than aria-hidden, which marks a slide's unrevealed parts. */}
      <svg className="ink-surface ink-surface--finished" viewBox={viewBox} role="none">
        <InkStrokes key={view} strokes={strokes} />
      </svg>
      <svg ref={svg} className="ink-surface" viewBox={viewBox} role="none">
        <path ref={remotePath} className="ink-stroke ink-stroke--live" />
        <path ref={livePath} className="ink-stroke ink-stroke--live" />
        <g ref={laser} className="ink-laser">
          <circle className="ink-laser-glow" r={LASER_RADIUS * 3} />
          <circle className="ink-laser-dot" r={LASER_RADIUS} />
        </g>
        {tool === 'eraser' && <circle ref={eraser} className="ink-eraser" r={ERASER_RADIUS} transform="translate(-100 -100)" />}
      </svg>
    </div>
  );
}

function paintLive(path: SVGPathElement | null, points: readonly number[], tool: InkTool, hex: string, width: number) {
  if (!path) return;
  path.setAttribute('d', strokePath(points));
  path.setAttribute('stroke', hex);
  path.setAttribute('stroke-width', String(width));
  path.setAttribute('stroke-opacity', String(TOOL_STYLE[tool].opacity));
  path.classList.toggle('ink-stroke--highlighter', tool === 'highlighter');
}
