import { useEffect, useState } from 'react';
import type { ContentPack } from '../../shared/content/pack';
import { usePack } from '../content/ContentContext';
import { Prose } from '../content/Prose';
import { useDeck } from '../deck/DeckContext';
import { DeckStage, SlideThumbnail } from '../deck/DeckStage';
import { useDeckKeys } from '../deck/useDeckKeys';
import { InkPalette } from '../ink/InkPalette';
import { useInkCommands } from '../ink/useInkKeys';

/**
 * What the practitioner sees on the laptop while the patient watches the
 * other screen: this slide, the next one, the notes and the time. Moves made
 * here or there show in both.
 */
export function PresenterScreen() {
  const pack = usePack();
  if (!pack || pack.slides.length === 0) return <p className="page">Loading slides…</p>;
  return <Presenter pack={pack} />;
}

function Presenter({ pack }: { pack: ContentPack }) {
  const { slides, state, dispatch } = useDeck();
  const slide = slides[state.index] ?? slides[0]!;
  const next = slides[state.index + 1];
  useDeckKeys({ dispatch, blanked: state.blanked, overview: false, slideCount: slides.length, ...useInkCommands() });
  const elapsed = useElapsed();

  return (
    <div className="presenter-screen">
      <header className="presenter-bar">
        <p className="presenter-title">Presenter view</p>
        <p className="presenter-clock" aria-label="Time since the presentation began">
          <span className="visually-hidden">Elapsed </span>
          <time>{elapsed.text}</time>
          <button type="button" className="button button--quiet" onClick={elapsed.reset}>
            Restart clock
          </button>
        </p>
        <p className="presenter-counter" aria-live="polite">
          Slide {state.index + 1} of {slides.length}
          {state.blanked && <span className="presenter-blank-flag"> · screen blanked</span>}
        </p>
        <InkPalette className="ink-palette--presenter" />
        <div className="presenter-buttons">
          <button type="button" className="button" onClick={() => dispatch({ type: 'previous' })}>
            ‹ Back
          </button>
          <button type="button" className="button button--primary" onClick={() => dispatch({ type: 'next' })}>
            Next ›
          </button>
        </div>
      </header>
      <main className="presenter-main">
        <section className="presenter-current" aria-label="Current slide">
          <DeckStage slide={slide} step={state.step} direction={state.direction} pack={pack} label={`Current slide: ${slide.title}`} />
        </section>
        <aside className="presenter-side">
          <section className="presenter-next" aria-label="Next slide">
            <h2>Next</h2>
            {next ? <SlideThumbnail slide={next} pack={pack} /> : <p className="presenter-end">End of the slides</p>}
          </section>
          <section className="presenter-notes" aria-label="Notes">
            <h2>Notes</h2>
            {slide.notes ? <Prose markdown={slide.notes} /> : <p className="presenter-empty">No notes for this slide.</p>}
          </section>
        </aside>
      </main>
    </div>
  );
}

function useElapsed() {
  const [startedAt, setStartedAt] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  const seconds = Math.max(0, Math.floor((now - startedAt) / 1000));
  const text = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
  return { text, reset: () => { setStartedAt(Date.now()); setNow(Date.now()); } };
}
