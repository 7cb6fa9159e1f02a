import { memo, useEffect, useState } from 'react';
import { strokePath } from '../../shared/ink/smoothing';
import { INK_COLOURS, TOOL_STYLE, type InkStroke } from '../../shared/ink/stroke';

/** Strokes added to the page per frame when many arrive at once (a view full of drawing, the other window's whole set). */
export const STROKES_PER_FRAME = 250;

/** One finished stroke. Memoised on the stroke itself, so adding the 2,001st redraws only that one. */
export const StrokePath = memo(function StrokePath({ stroke }: { stroke: InkStroke }) {
  return (
    <path
      d={strokePath(stroke.points)}
      className={`ink-stroke ink-stroke--${stroke.tool}`}
      stroke={INK_COLOURS[stroke.colour].hex}
      strokeWidth={stroke.width}
      strokeOpacity={TOOL_STYLE[stroke.tool].opacity}
      data-stroke={stroke.id}
    />
  );
});

/**
 * The finished strokes of a view, oldest at the bottom. A few new strokes
 * show at once; a large set arriving together is added a batch per frame,
 * oldest first, so 2,000 strokes never hold the page for a long frame.
 * Keyed by view by its parent, so a newly shown view starts from the first batch.
 */
export const InkStrokes = memo(function InkStrokes({ strokes }: { strokes: readonly InkStroke[] }) {
  const [limit, setLimit] = useState(STROKES_PER_FRAME);
  const caughtUp = strokes.length - limit <= STROKES_PER_FRAME;
  const shown = caughtUp ? strokes : strokes.slice(0, limit);

  useEffect(() => {
    if (limit >= strokes.length) return;
    const frame = requestAnimationFrame(() => setLimit((current) => current + STROKES_PER_FRAME));
    return () => cancelAnimationFrame(frame);
  }, [limit, strokes.length]);

  return (
    <g className="ink-strokes">
      {shown.map((stroke) => (
        <StrokePath key={stroke.id} stroke={stroke} />
      ))}
    </g>
  );
});
