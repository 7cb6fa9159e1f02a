import { useCallback, useEffect, useRef, useState } from 'react';
import type { ContentPack } from '../../shared/content/pack';
import { progressOf } from '../../shared/deck/reducer';
import { usePack } from '../content/ContentContext';
import { useSettings } from '../settings/SettingsContext';
import { useNavigation } from '../navigation';
import { useInk } from '../ink/InkContext';
import { InkPalette } from '../ink/InkPalette';
import { useInkCommands } from '../ink/useInkKeys';
import { useDeck } from './DeckContext';
import { DeckStage } from './DeckStage';
import { Overview } from './Overview';
import { ariaShortcuts } from './commands';
import { ShortcutsHelp } from './ShortcutsHelp';
import { useDeckKeys, useSwipe } from './useDeckKeys';
import { useFullScreen } from './useFullScreen';
import { usePresenterWindow } from './usePresenterWindow';

/** The audience's view of the deck: the slide, a progress bar, and controls that stay out of the way. */
export function DeckScreen() {
  const pack = usePack();
  if (!pack || pack.slides.length === 0) return <p className="page">Loading slides…</p>;
  return <Deck pack={pack} />;
}

function Deck({ pack }: { pack: ContentPack }) {
  const { slides, state, dispatch } = useDeck();
  const { go } = useNavigation();
  const presenter = usePresenterWindow();
  const [notice, setNotice] = useState<string | null>(null);
  const settings = useSettings();
  const fullScreen = useFullScreen();
  const [helpOpen, setHelpOpen] = useState(false);
  const closeHelp = useCallback(() => setHelpOpen(false), []);
  const [controlsVisible, setControlsVisible] = useState(true);
  const hideTimer = useRef<number | undefined>(undefined);
  const slide = slides[state.index] ?? slides[0]!;
  const typed = useDeckKeys({
    dispatch,
    blanked: state.blanked,
    overview: state.overview,
    slideCount: slides.length,
    onFaceDiagram: () => go('face'),
    onFullscreen: fullScreen.toggle,
    onHelp: () => setHelpOpen(true),
    ...useInkCommands(),
    enabled: !helpOpen,
  });
  const swipe = useSwipe(dispatch);
  const ink = useInk();
  const endPresentation = () => {
    ink.deckClosed();
    go('home');
  };

  const openPresenter = async () => {
    const outcome = await presenter.open();
    setNotice(outcome.ok ? null : outcome.message);
  };

  // Controls fade after a few seconds without the mouse, so the patient sees only the slide.
  const wake = () => {
    setControlsVisible(true);
    window.clearTimeout(hideTimer.current);
    hideTimer.current = window.setTimeout(() => setControlsVisible(false), 3000);
  };
  useEffect(() => {
    hideTimer.current = window.setTimeout(() => setControlsVisible(false), 3000);
    return () => window.clearTimeout(hideTimer.current);
  }, []);

  return (
    <div className="deck-screen" onPointerMove={wake} {...swipe}>
      <header className={controlsVisible ? 'deck-toolbar is-visible' : 'deck-toolbar'} onFocus={wake}>
        <button type="button" className="button button--quiet" onClick={endPresentation}>
          <span aria-hidden="true">←</span> End presentation
        </button>
        <div className="deck-toolbar-group" role="toolbar" aria-label="Presentation controls">
          <button type="button" className="button button--quiet" onClick={() => go('face')} aria-keyshortcuts={ariaShortcuts('faceDiagram')}>
            Face diagram
          </button>
          <button type="button" className="button button--quiet" onClick={() => dispatch({ type: 'toggleOverview' })} aria-keyshortcuts={ariaShortcuts('overview')}>
            All slides
          </button>
          <button type="button" className="button button--quiet" onClick={() => void openPresenter()}>
            Presenter view
          </button>
          <button type="button" className="button button--quiet" aria-pressed={settings.settings.reducedMotion} onClick={() => void settings.update({ reducedMotion: !settings.settings.reducedMotion })}>
            Reduce motion
          </button>
          <button type="button" className="button button--quiet" aria-pressed={fullScreen.on} onClick={fullScreen.toggle} aria-keyshortcuts={ariaShortcuts('fullScreen')}>
            Full screen
          </button>
          <button type="button" className="button button--quiet" onClick={() => setHelpOpen(true)} aria-keyshortcuts={ariaShortcuts('help')}>
            Shortcuts
          </button>
        </div>
      </header>

      <main className="deck-main">
        <DeckStage slide={slide} step={state.step} direction={state.direction} pack={pack} label={`Slide ${state.index + 1} of ${slides.length}: ${slide.title}`} />
        <div className="deck-footer">
          <InkPalette />
          <div className="deck-progress" role="progressbar" aria-label="Progress through the slides" aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(progressOf(state) * 100)}>
            <div className="deck-progress-fill" ref={(el) => el?.style.setProperty('transform', `scaleX(${progressOf(state)})`)} />
          </div>
          <p className="deck-counter" aria-live="polite">
            <span className="visually-hidden">Slide </span>
            {state.index + 1} / {slides.length}
          </p>
        </div>
        <div className="deck-nav">
          <button type="button" className="deck-nav-button" aria-label="Previous" onClick={() => dispatch({ type: 'previous' })}>
            ‹
          </button>
          <button type="button" className="deck-nav-button" aria-label="Next" onClick={() => dispatch({ type: 'next' })}>
            ›
          </button>
        </div>
      </main>

      {typed !== '' && (
        <p className="deck-jump" role="status">
          Go to slide {typed}… <span>Enter</span>
        </p>
      )}
      {state.overview && <Overview slides={slides} current={state.index} pack={pack} onChoose={(index) => dispatch({ type: 'goTo', index })} />}
      {state.blanked && (
        // Said to screen readers too: the slide is gone from the screen, and how to bring it back.
        <div className="deck-blank" role="status" aria-label="Screen blanked. Press any key to bring the slide back." onClick={() => dispatch({ type: 'unblank' })} />
      )}
      {notice && (
        <p className="deck-jump deck-notice" role="alert">
          {notice}
        </p>
      )}
      {helpOpen && <ShortcutsHelp onClose={closeHelp} />}
    </div>
  );
}
