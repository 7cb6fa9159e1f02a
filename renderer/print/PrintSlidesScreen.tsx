import { useEffect, useMemo } from 'react';
import type { ContentPack } from '../../shared/content/pack';
import type { SlidePrintJob } from '../../shared/ipc/contract';
import { SLIDE_SURFACE } from '../../shared/ink/limits';
import { drawnSlidesLayout, type SlideFrame } from '../../shared/summary/drawn-slides-layout';
import { useContent } from '../content/ContentContext';
import { useClinicAccent } from '../content/useClinicAccent';
import { SlideView } from '../deck/SlideView';
import { FlatTreatmentFills } from '../face/TreatmentPatterns';
import { StrokePath } from '../ink/InkStrokes';
import { useCurrentPrintJob, usePrintJob } from './usePrintJob';

type Slide = ContentPack['slides'][number];

/** Every slide step shown; no slide has this many. */
const ALL_STEPS = Number.MAX_SAFE_INTEGER;

/**
 * Main's print window: the job in its URL first, then each job main gives it
 * (`print.next`) when it keeps the window open for the next export.
 */
export function PrintSlidesWindow({ jobId: firstJob }: { jobId: string }) {
  const jobId = useCurrentPrintJob(firstJob);
  useEffect(() => {
    document.documentElement.classList.add('is-print-window');
  }, []);
  return (
    <FlatTreatmentFills.Provider value={true}>
      <PrintSlidesScreen key={jobId} jobId={jobId} />
    </FlatTreatmentFills.Provider>
  );
}

/**
 * The slides the practitioner drew on, for the summary PDF: each slide as the
 * deck draws it (every step shown, motion off) with its ink over it, in the
 * frames of the shared layout. Main prints this page and lays each frame into
 * the summary's "Drawn during your consultation" pages, whose heading, titles
 * and footer react-pdf writes; this page draws only the slides. It tells main
 * when it has drawn (fonts and images loaded), or that it could not.
 */
export function PrintSlidesScreen({ jobId }: { jobId: string }) {
  const content = useContent();
  const { job, reportDrawn } = usePrintJob(jobId);
  const pack = content.status === 'ready' ? content.result.pack : null;
  useClinicAccent(pack?.clinic.accentColour);

  const print = useMemo(() => (job.status === 'ready' && pack ? printPages(job.value, pack) : null), [job, pack]);
  const failed = job.status === 'failed' || content.status === 'failed' || (content.status === 'ready' && !pack) || print === 'missing-slide';

  useEffect(() => {
    if (failed) {
      reportDrawn(false);
      return;
    }
    if (!print) return;
    let active = true;
    // Drawn once the text has its font and every picture is decoded: printing earlier would catch fallbacks.
    void Promise.all([document.fonts.ready, ...[...document.images].map((image) => image.decode().catch(() => undefined))]).then(() => {
      if (active) reportDrawn(true);
    });
    return () => {
      active = false;
    };
  }, [reportDrawn, print, failed]);

  if (!print || print === 'missing-slide' || !pack) return null;
  return (
    <main className="print-slides" aria-label="Drawn slides, for printing">
      {print.pages.map((page, index) => (
        <section key={index} className={`print-page print-page--${print.paperSize}`}>
          {page.map(({ frame, slide, strokes }) => (
            <PrintedSlide key={frame.slideId} frame={frame} slide={slide} strokes={strokes} pack={pack} />
          ))}
        </section>
      ))}
    </main>
  );
}

function PrintedSlide({ frame, slide, strokes, pack }: { frame: SlideFrame; slide: Slide; strokes: SlidePrintJob['slides'][number]['strokes']; pack: ContentPack }) {
  return (
    <div className="print-slide" style={{ left: `${frame.x}pt`, top: `${frame.y}pt`, width: `${frame.width}pt`, height: `${frame.height}pt` }}>
      <div className="slide-thumbnail">
        <SlideView slide={slide} step={ALL_STEPS} pack={pack} />
      </div>
      {/* All at once (not InkStrokes' batches per frame): a hidden window may never paint a frame. */}
      <svg className="print-ink" viewBox={`0 0 ${SLIDE_SURFACE.width} ${SLIDE_SURFACE.height}`} role="none">
        {strokes.map((stroke) => (
          <StrokePath key={stroke.id} stroke={stroke} />
        ))}
      </svg>
    </div>
  );
}

interface PrintPages {
  paperSize: SlidePrintJob['paperSize'];
  pages: { frame: SlideFrame; slide: Slide; strokes: SlidePrintJob['slides'][number]['strokes'] }[][];
}

/** The job's slides placed by the shared layout; 'missing-slide' when the content no longer has one (main then falls back). */
function printPages(job: SlidePrintJob, pack: ContentPack): PrintPages | 'missing-slide' {
  const slides = new Map(pack.slides.map((slide) => [slide.id, slide]));
  if (job.slides.some(({ slideId }) => !slides.has(slideId))) return 'missing-slide';
  const strokes = new Map(job.slides.map((entry) => [entry.slideId, entry.strokes]));
  const layout = drawnSlidesLayout(job.paperSize, job.slides.map(({ slideId }) => slideId));
  return {
    paperSize: job.paperSize,
    pages: layout.pages.map((page) => page.frames.map((frame) => ({ frame, slide: slides.get(frame.slideId)!, strokes: strokes.get(frame.slideId) ?? [] }))),
  };
}
