/** @jsxRuntime automatic */
// (tsx, used by the bench and scripts, reads the root tsconfig, which sets no JSX mode.)
import { FACE_ART } from '../../../shared/face/art';
import { FACE_VIEWBOX } from '../../../shared/face/viewbox';
import type { ArtStroke } from '../../../shared/face/geometry-types';
import type { InkStroke } from '../../../shared/ink/stroke';
import type { SummaryConcern } from '../../../shared/summary/model';
import { useSummary } from './context';
import { InkPath } from './InkPath';
import { Circle, Defs, G, Path, RadialGradient, Stop, Svg, Text } from './primitives';
import { SKIN, WHITE } from './theme';

const STROKES: Record<ArtStroke['kind'], { stroke?: string; strokeWidth?: number; fill?: string; fillOpacity?: number }> = {
  shade: { fill: SKIN.shade, fillOpacity: 0.07 },
  soft: { stroke: SKIN.soft, strokeWidth: 1.1 },
  detail: { stroke: SKIN.contour, strokeWidth: 1.6 },
  contour: { stroke: SKIN.contour, strokeWidth: 2.2 },
};

interface ArtLayer {
  kind: ArtStroke['kind'];
  d: string;
}

/**
 * The illustration's strokes joined into a few paths, one per run of the same
 * kind, so the PDF draws a handful of paths instead of a hundred. A stroke
 * drawn more than once on purpose (the pupils are stacked shades) starts a
 * new layer, so its copies still stack.
 */
function artLayers(strokes: readonly ArtStroke[]): ArtLayer[] {
  const layers: { kind: ArtStroke['kind']; parts: Set<string> }[] = [];
  for (const stroke of strokes) {
    const last = layers.at(-1);
    if (last && last.kind === stroke.kind && !last.parts.has(stroke.d)) last.parts.add(stroke.d);
    else layers.push({ kind: stroke.kind, parts: new Set([stroke.d]) });
  }
  return layers.map((layer) => ({ kind: layer.kind, d: [...layer.parts].join(' ') }));
}

const ART_LAYERS = artLayers(FACE_ART.strokes);

/**
 * The same face as the app's diagram (shared geometry), with the patient's
 * areas tinted in the clinic's accent, the practitioner's drawing over them
 * (the same strokes, in the same viewBox), and the areas' numbers on top.
 */
export function FaceDiagram({ concerns, drawing = [], width }: { concerns: readonly SummaryConcern[]; drawing?: readonly InkStroke[]; width: number }) {
  const { theme } = useSummary();
  const drawn = concerns.filter((c): c is SummaryConcern & { shape: NonNullable<SummaryConcern['shape']> } => c.shape !== undefined);
  return (
    <Svg viewBox={`0 0 ${FACE_VIEWBOX.width} ${FACE_VIEWBOX.height}`} width={width} height={(width * FACE_VIEWBOX.height) / FACE_VIEWBOX.width}>
      <Defs>
        <RadialGradient id="skin" cx="50%" cy="42%" r="60%">
          <Stop offset="0%" stopColor={SKIN.light} />
          <Stop offset="100%" stopColor={SKIN.dark} />
        </RadialGradient>
      </Defs>
      <Path d={FACE_ART.silhouette} fill="url(#skin)" stroke={SKIN.outline} strokeWidth={2} />
      <Path d={FACE_ART.hair} fill={SKIN.hair} stroke={SKIN.hairOutline} strokeWidth={1.2} />
      {ART_LAYERS.map((layer, index) => (
        <Path key={index} d={layer.d} fill="none" strokeLinecap="round" strokeLinejoin="round" {...STROKES[layer.kind]} />
      ))}
      {drawn.map((concern) => (
        <Path key={concern.regionId} d={concern.shape.path} fill={theme.accent} fillOpacity={0.3} stroke={theme.accent} strokeWidth={2.5} strokeLinejoin="round" />
      ))}
      {drawing.map((stroke) => (
        <InkPath key={stroke.id} stroke={stroke} />
      ))}
      {drawn.map((concern) => (
        <G key={concern.regionId} style={{ fontFamily: theme.family, fontSize: 22, fontWeight: 600 }}>
          <Circle cx={concern.shape.label.x} cy={concern.shape.label.y} r={21} fill={theme.strong} stroke={WHITE} strokeWidth={3} />
          <Text x={concern.shape.label.x} y={concern.shape.label.y + 7.5} textAnchor="middle" fill={WHITE}>
            {String(concern.number)}
          </Text>
        </G>
      ))}
    </Svg>
  );
}
