/** @jsxRuntime automatic */
// (tsx, used by the bench and scripts, reads the root tsconfig, which sets no JSX mode.)
import { SLIDE_SURFACE } from '../../../shared/ink/limits';
import type { SummaryDrawnSlide } from '../../../shared/summary/model';
import { SectionHeading } from './Headings';
import { InkPath } from './InkPath';
import { Rect, Svg, Text, View } from './primitives';
import { FAINT, INK, MUTED, RULE, SIZE, WHITE } from './theme';

const HEADING = 'Drawn during your consultation';
const INTRO = 'Your practitioner drew on these slides while explaining. Each drawing is shown as it was made, with the title of the slide it was on.';

/** Two slides a row: their width in points on A4 and US Letter alike (the narrower page's text width, shared). */
const FRAME_WIDTH = 236;
const FRAME_HEIGHT = (FRAME_WIDTH * SLIDE_SURFACE.height) / SLIDE_SURFACE.width;

function DrawnSlide({ slide }: { slide: SummaryDrawnSlide }) {
  return (
    <View style={{ width: FRAME_WIDTH, marginBottom: 14 }} wrap={false}>
      <Svg viewBox={`0 0 ${SLIDE_SURFACE.width} ${SLIDE_SURFACE.height}`} width={FRAME_WIDTH} height={FRAME_HEIGHT}>
        <Rect x={4} y={4} width={SLIDE_SURFACE.width - 8} height={SLIDE_SURFACE.height - 8} rx={28} fill={WHITE} stroke={RULE} strokeWidth={8} />
        {slide.strokes.map((stroke) => (
          <InkPath key={stroke.id} stroke={stroke} />
        ))}
      </Svg>
      <Text style={{ fontSize: SIZE.small, fontWeight: 600, color: INK, marginTop: 4 }}>{slide.title}</Text>
    </View>
  );
}

/** The slides the practitioner drew on, as vector drawings, when they chose to add them to the summary. */
export function DrawnSlidesPage({ slides }: { slides: readonly SummaryDrawnSlide[] }) {
  return (
    <View>
      <SectionHeading first>{HEADING}</SectionHeading>
      <Text style={{ color: MUTED, marginBottom: 12 }}>{INTRO}</Text>
      <View style={{ flexDirection: 'row', flexWrap: 'wrap', justifyContent: 'space-between' }}>
        {slides.map((slide) => (
          <DrawnSlide key={slide.slideId} slide={slide} />
        ))}
      </View>
      <Text style={{ fontSize: SIZE.tiny, color: FAINT }}>The slides themselves are not printed here; only the drawing on each.</Text>
    </View>
  );
}
