import { AnimatePresence, motion, useIsPresent } from 'framer-motion';
import type { ContentPack } from '../../shared/content/pack';
import type { Slide } from '../../shared/content/schema';
import { slideView } from '../../shared/ink/limits';
import { InkLayer } from '../ink/InkLayer';
import { useMotionPreference } from '../motion';
import { SlideView } from './SlideView';

/**
 * The 16:9 slide area. Slides enter from the side the presenter is moving
 * towards (right when going forward) in 200 ms; with reduced motion
 * they simply appear.
 */
export function DeckStage({ slide, step, direction, pack, label }: { slide: Slide; step: number; direction: 1 | -1; pack: ContentPack; label: string }) {
  const { reduce } = useMotionPreference();
  const distance = 6;
  if (reduce) {
    return (
      <section className="slide-stage" aria-roledescription="slide" aria-label={label}>
        <div key={slide.id} className="slide-frame">
          <PresentSlide slide={slide} step={step} pack={pack} />
        </div>
        <InkLayer view={slideView(slide.id)} />
      </section>
    );
  }
  return (
    <section className="slide-stage" aria-roledescription="slide" aria-label={label}>
      <AnimatePresence initial={false} custom={direction}>
        <motion.div
          key={slide.id}
          className="slide-frame"
          custom={direction}
          variants={{
            enter: (dir: number) => ({ opacity: 0, x: `${dir * distance}%` }),
            center: { opacity: 1, x: '0%' },
            exit: (dir: number) => ({ opacity: 0, x: `${-dir * distance}%` }),
          }}
          initial="enter"
          animate="center"
          exit="exit"
          // 200 ms: issue 17's budget is the next slide fully in place within 250 ms of the key.
          transition={{ duration: 0.2, ease: [0.2, 0.7, 0.2, 1] }}
        >
          <PresentSlide slide={slide} step={step} pack={pack} />
        </motion.div>
      </AnimatePresence>
      <InkLayer view={slideView(slide.id)} />
    </section>
  );
}

/** A slide on its way out is hidden from screen readers and marked, so only the current one counts. */
function PresentSlide({ slide, step, pack }: { slide: Slide; step: number; pack: ContentPack }) {
  const present = useIsPresent();
  return (
    <div className="slide-presence" data-leaving={present ? undefined : 'true'} aria-hidden={present ? undefined : true}>
      <SlideView slide={slide} step={step} pack={pack} />
    </div>
  );
}

/** A still, fully revealed copy of a slide, for the overview grid and the presenter's "next" preview. */
export function SlideThumbnail({ slide, pack }: { slide: Slide; pack: ContentPack }) {
  return (
    <div className="slide-thumbnail" aria-hidden="true" inert>
      <SlideView slide={slide} step={Number.MAX_SAFE_INTEGER} pack={pack} />
    </div>
  );
}
