/**
 * Deck navigation as a pure reducer: which slide, which step within it, and
 * the presenter's modes (overview grid, blank screen). Bound with useReducer
 * in the renderer and mirrored to the presenter window.
 */

export interface DeckState {
  /** Slide ids in order, so a content reload can keep the current slide. */
  slideIds: readonly string[];
  /** Steps per slide (at least 1 each), see stepsOf. */
  steps: readonly number[];
  index: number;
  /** 0-based step within the current slide. */
  step: number;
  /** 1 when moving forward, -1 when moving back: transitions slide the right way. */
  direction: 1 | -1;
  overview: boolean;
  blanked: boolean;
}

export type DeckAction =
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'first' }
  | { type: 'last' }
  /** Jump to a slide by its 0-based index (clamped); shows it from its first step. */
  | { type: 'goTo'; index: number }
  | { type: 'toggleOverview' }
  | { type: 'closeOverview' }
  | { type: 'toggleBlank' }
  | { type: 'unblank' }
  /** New content: keep the current slide when it still exists. */
  | { type: 'contentChanged'; slideIds: readonly string[]; steps: readonly number[] }
  /** The other window (presenter or audience) moved: adopt its position. */
  | { type: 'sync'; index: number; step: number; direction: 1 | -1; blanked: boolean };

export function createDeckState(slideIds: readonly string[], steps: readonly number[]): DeckState {
  return { slideIds, steps: normaliseSteps(steps, slideIds.length), index: 0, step: 0, direction: 1, overview: false, blanked: false };
}

export function deckReducer(state: DeckState, action: DeckAction): DeckState {
  const last = state.slideIds.length - 1;
  const stepsAt = (index: number) => state.steps[index] ?? 1;
  switch (action.type) {
    case 'next':
      if (state.blanked) return { ...state, blanked: false };
      if (state.step < stepsAt(state.index) - 1) return { ...state, step: state.step + 1, direction: 1 };
      if (state.index >= last) return state;
      return { ...state, index: state.index + 1, step: 0, direction: 1, overview: false };
    case 'previous':
      if (state.blanked) return { ...state, blanked: false };
      if (state.step > 0) return { ...state, step: state.step - 1, direction: -1 };
      if (state.index <= 0) return state;
      // Going back lands on the previous slide as it was left: fully revealed.
      return { ...state, index: state.index - 1, step: stepsAt(state.index - 1) - 1, direction: -1, overview: false };
    case 'first':
      return moveTo(state, 0);
    case 'last':
      return moveTo(state, last);
    case 'goTo':
      return moveTo(state, action.index);
    case 'toggleOverview':
      return { ...state, overview: !state.overview, blanked: false };
    case 'closeOverview':
      return state.overview ? { ...state, overview: false } : state;
    case 'toggleBlank':
      return { ...state, blanked: !state.blanked };
    case 'unblank':
      return state.blanked ? { ...state, blanked: false } : state;
    case 'contentChanged': {
      const steps = normaliseSteps(action.steps, action.slideIds.length);
      // The same slides (the provider's first effect, a reload that changed only wording): the same
      // state, so nothing that reads the deck renders again.
      if (sameItems(action.slideIds, state.slideIds) && sameItems(steps, state.steps)) return state;
      const currentId = state.slideIds[state.index];
      const kept = currentId === undefined ? -1 : action.slideIds.indexOf(currentId);
      const index = kept >= 0 ? kept : clamp(state.index, 0, action.slideIds.length - 1);
      const step = kept >= 0 ? clamp(state.step, 0, (steps[index] ?? 1) - 1) : 0;
      return { ...state, slideIds: action.slideIds, steps, index, step };
    }
    case 'sync': {
      const index = clamp(action.index, 0, last);
      const step = clamp(action.step, 0, stepsAt(index) - 1);
      if (index === state.index && step === state.step && action.blanked === state.blanked) return state;
      return { ...state, index, step, direction: action.direction, blanked: action.blanked };
    }
  }
}

function moveTo(state: DeckState, target: number): DeckState {
  const index = clamp(Math.trunc(target), 0, state.slideIds.length - 1);
  if (index === state.index && state.step === 0 && !state.overview && !state.blanked) return state;
  return { ...state, index, step: 0, direction: index >= state.index ? 1 : -1, overview: false, blanked: false };
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

function normaliseSteps(steps: readonly number[], count: number): number[] {
  return Array.from({ length: count }, (_, i) => Math.max(1, Math.trunc(steps[i] ?? 1)));
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), Math.max(min, max));
}

/** 0..1: how far through the deck the presenter is, counting steps. */
export function progressOf(state: DeckState): number {
  const total = state.steps.reduce((sum, n) => sum + n, 0);
  if (total <= 1) return 1;
  const done = state.steps.slice(0, state.index).reduce((sum, n) => sum + n, 0) + state.step;
  return done / (total - 1);
}
