/** @jsxRuntime automatic */
// (tsx, used by the bench and scripts, reads the root tsconfig, which sets no JSX mode.)
import { strokePath } from '../../../shared/ink/smoothing';
import { INK_COLOURS, TOOL_STYLE, type InkStroke } from '../../../shared/ink/stroke';
import { Path } from './primitives';

/** One stroke, as the app drew it: the same path, colour, width and see-through highlighter. */
export function InkPath({ stroke }: { stroke: InkStroke }) {
  return (
    <Path
      d={strokePath(stroke.points)}
      fill="none"
      stroke={INK_COLOURS[stroke.colour].hex}
      strokeWidth={stroke.width}
      strokeOpacity={TOOL_STYLE[stroke.tool].opacity}
      strokeLinecap="round"
      strokeLinejoin="round"
    />
  );
}
