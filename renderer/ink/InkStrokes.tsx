import { memo } from 'react';
import { strokePath } from '../../shared/ink/smoothing';
import { INK_COLOURS, TOOL_STYLE, type InkStroke } from '../../shared/ink/stroke';

/** One finished stroke. Memoised on the stroke itself, so adding the 2,001st redraws only that one. */
const StrokePath = memo(function StrokePath({ stroke }: { stroke: InkStroke }) {
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

/** The finished strokes of a view, oldest at the bottom. */
export const InkStrokes = memo(function InkStrokes({ strokes }: { strokes: readonly InkStroke[] }) {
  return (
    <g className="ink-strokes">
      {strokes.map((stroke) => (
        <StrokePath key={stroke.id} stroke={stroke} />
      ))}
    </g>
  );
});
