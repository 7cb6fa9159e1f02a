/** @jsxRuntime automatic */
// (tsx, used by the bench and scripts, reads the root tsconfig, which sets no JSX mode.)
import { SLIDE_SURFACE } from '../../../shared/ink/limits';
import { SLIDES_PER_PAGE, type DrawnSlidesPageLayout, type SlideFrame } from '../../../shared/summary/drawn-slides-layout';
import type { SummaryDrawnSlide } from '../../../shared/summary/model';
import { drawnPageDestination } from './drawn-page-names';
import { SectionHeading } from './Headings';
import { InkPath } from './InkPath';
import { Rect, Svg, Text, View } from './primitives';
import { FAINT, INK, MARGIN, MUTED, RULE, SIZE, WHITE } from './theme';

export const DRAWN_SLIDES_HEADING = 'Drawn during your consultation';
const INTRO = {
  printed: 'Your practitioner drew on these slides while explaining. Each slide is shown with the drawing over it, as it was made.',
  framesOnly: 'Your practitioner drew on these slides while explaining. Each drawing is shown as it was made, with the title of the slide it was on.',
};

export interface DrawnSlidesPageProps {
  slides: readonly SummaryDrawnSlide[];
  /** Which of the drawn-slides pages this is, and where its slides go (shared with the renderer's print page). */
  index: number;
  page: DrawnSlidesPageLayout;
  /**
   * Whether the app printed the slides themselves: then each frame is left
   * empty here and main lays the printed slide, ink and all, into it (the
   * slide shows its own title). If not, the frame holds the drawing alone,
   * over a blank slide, under the slide's title.
   */
  printed: boolean;
}

/** Frames are placed by the shared layout, in page points; this page's content starts at the margins. */
const at = (x: number, y: number) => ({ position: 'absolute' as const, left: x - MARGIN.x, top: y - MARGIN.top });

function FrameOnly({ frame, slide }: { frame: SlideFrame; slide: SummaryDrawnSlide }) {
  return (
    <View style={{ ...at(frame.x, frame.y), width: frame.width, height: frame.height }}>
      <Svg viewBox={`0 0 ${SLIDE_SURFACE.width} ${SLIDE_SURFACE.height}`} width={frame.width} height={frame.height}>
        <Rect x={4} y={4} width={SLIDE_SURFACE.width - 8} height={SLIDE_SURFACE.height - 8} rx={28} fill={WHITE} stroke={RULE} strokeWidth={8} />
        {slide.strokes.map((stroke) => (
          <InkPath key={stroke.id} stroke={stroke} />
        ))}
      </Svg>
    </View>
  );
}

/** One page of the slides the practitioner drew on, when they chose to add them to the summary. */
export function DrawnSlidesPage({ slides, index, page, printed }: DrawnSlidesPageProps) {
  const byId = new Map(slides.map((slide) => [slide.slideId, slide]));
  const last = index === Math.ceil(slides.length / SLIDES_PER_PAGE) - 1;
  return (
    // The id names this page for main, which finds it to lay the printed slides in (drawn-slides-overlay.ts).
    <View id={drawnPageDestination(index)}>
      {page.first && (
        <>
          <SectionHeading first>{DRAWN_SLIDES_HEADING}</SectionHeading>
          <Text style={{ color: MUTED }}>{printed ? INTRO.printed : INTRO.framesOnly}</Text>
        </>
      )}
      {/* Straight under the page's content View: absolute places are measured from the View they sit in. */}
      {!printed &&
        page.frames.flatMap((frame) => {
          const slide = byId.get(frame.slideId);
          if (!slide) return [];
          return [
            <Text key={`title-${frame.slideId}`} style={{ ...at(frame.x, frame.titleTop), width: frame.width, fontSize: SIZE.small, fontWeight: 600, color: INK }}>
              {slide.title}
            </Text>,
            <FrameOnly key={`frame-${frame.slideId}`} frame={frame} slide={slide} />,
          ];
        })}
      {!printed && last && (
        <Text style={{ ...at(page.frames.at(-1)!.x, page.frames.at(-1)!.y + page.frames.at(-1)!.height + 6), fontSize: SIZE.tiny, color: FAINT }}>
          The slides themselves could not be printed here; only the drawing on each.
        </Text>
      )}
    </View>
  );
}
