import { createContext, useContext, useEffect, useLayoutEffect, useMemo, useReducer, useRef, type ReactNode } from 'react';
import type { Slide } from '../../shared/content/schema';
import { createDeckState, deckReducer, type DeckAction, type DeckState } from '../../shared/deck/reducer';
import { stepsOf } from '../../shared/deck/steps';
import { usePack } from '../content/ContentContext';

interface Deck {
  slides: readonly Slide[];
  state: DeckState;
  dispatch(action: DeckAction): void;
}

const DeckContext = createContext<Deck | null>(null);

/** Same-origin windows (the audience view and the presenter view) keep in step over this channel. */
export const DECK_CHANNEL = 'facet-deck';

/**
 * What the windows say to each other. A window that opens (or reloads) says
 * hello once it has its slides; the other answers with where the deck is, so
 * a presenter view opened mid-deck starts there instead of dragging the
 * audience back to slide 1. Positions name the slide by id, so a window whose
 * content differs for a moment still lands on the same slide.
 */
type SyncMessage =
  | { type: 'hello' }
  | { type: 'position'; slideId: string; index: number; step: number; direction: 1 | -1; blanked: boolean };

function positionOf(state: DeckState): SyncMessage {
  return { type: 'position', slideId: state.slideIds[state.index] ?? '', index: state.index, step: state.step, direction: state.direction, blanked: state.blanked };
}

/**
 * Holds the deck's position for the whole app, so leaving for the face
 * diagram and coming back keeps the place, and a content reload keeps the
 * current slide. Every local move is mirrored to the other window.
 */
export function DeckProvider({ children }: { children: ReactNode }) {
  const pack = usePack();
  const slides = useMemo(() => pack?.slides ?? [], [pack]);
  const [state, dispatch] = useReducer(deckReducer, slides, (initial) => createDeckState(initial.map((s) => s.id), initial.map(stepsOf)));
  const channel = useRef<BroadcastChannel | null>(null);
  const current = useRef(state);
  useLayoutEffect(() => {
    current.current = state;
  });
  /** Set while a move adopted from the other window is applied, so it is not echoed back. */
  const adoptingRemoteMove = useRef(false);
  const hasSlides = slides.length > 0;

  useEffect(() => {
    dispatch({ type: 'contentChanged', slideIds: slides.map((s) => s.id), steps: slides.map(stepsOf) });
  }, [slides]);

  useEffect(() => {
    if (!hasSlides) return;
    const bc = new BroadcastChannel(DECK_CHANNEL);
    channel.current = bc;
    bc.onmessage = (event: MessageEvent<SyncMessage>) => {
      const message = event.data;
      const here = current.current;
      if (message?.type === 'hello') {
        bc.postMessage(positionOf(here));
        return;
      }
      if (message?.type !== 'position') return;
      const byId = here.slideIds.indexOf(message.slideId);
      const index = byId >= 0 ? byId : message.index;
      if (index === here.index && message.step === here.step && message.blanked === here.blanked) return;
      adoptingRemoteMove.current = true;
      dispatch({ type: 'sync', index, step: message.step, direction: message.direction, blanked: message.blanked });
    };
    bc.postMessage({ type: 'hello' } satisfies SyncMessage);
    return () => {
      bc.close();
      channel.current = null;
    };
  }, [hasSlides]);

  // Mirror moves made here; moves adopted from the other window are not echoed back.
  const previous = useRef(state);
  useEffect(() => {
    const before = previous.current;
    previous.current = state;
    const moved = before.index !== state.index || before.step !== state.step || before.blanked !== state.blanked;
    if (adoptingRemoteMove.current) {
      adoptingRemoteMove.current = false;
      return;
    }
    if (!moved) return;
    channel.current?.postMessage(positionOf(state));
  }, [state]);

  const value = useMemo(() => ({ slides, state, dispatch }), [slides, state]);
  return <DeckContext.Provider value={value}>{children}</DeckContext.Provider>;
}

export function useDeck(): Deck {
  const deck = useContext(DeckContext);
  if (!deck) throw new Error('useDeck must be used inside <DeckProvider>');
  return deck;
}
