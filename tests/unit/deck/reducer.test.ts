import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../main/services/content/load';
import { createDeckState, deckReducer, progressOf, type DeckAction, type DeckState } from '../../../shared/deck/reducer';
import { stepsOf } from '../../../shared/deck/steps';
import { BUILT_IN_CONTENT } from '../../fixtures/content-folders';

// Three slides: a title (1 step), bullets (3 steps), a face slide (1 step).
const deck = () => createDeckState(['title', 'bullets', 'face'], [1, 3, 1]);
const run = (state: DeckState, ...actions: DeckAction[]) => actions.reduce(deckReducer, state);
const at = (state: DeckState) => [state.index, state.step];

describe('next and previous', () => {
  it('reveals steps one by one before moving to the next slide', () => {
    const states = [deck()];
    for (let i = 0; i < 5; i += 1) states.push(deckReducer(states.at(-1)!, { type: 'next' }));

    expect(states.map(at)).toEqual([[0, 0], [1, 0], [1, 1], [1, 2], [2, 0], [2, 0]]);
  });

  it('going back lands on the previous slide fully revealed', () => {
    const state = run(deck(), { type: 'goTo', index: 2 }, { type: 'previous' });

    expect(at(state)).toEqual([1, 2]);
    expect(state.direction).toBe(-1);
  });

  it('steps back through a slide’s reveals, then to the slide before', () => {
    const state = run(deck(), { type: 'goTo', index: 1 }, { type: 'next' }, { type: 'previous' }, { type: 'previous' });

    expect(at(state)).toEqual([0, 0]);
  });

  it('stays on the first slide when going back, returning the same state', () => {
    const start = deck();
    expect(deckReducer(start, { type: 'previous' })).toBe(start);
  });

  it('records the direction of travel for transitions', () => {
    expect(run(deck(), { type: 'next' }).direction).toBe(1);
    expect(run(deck(), { type: 'last' }, { type: 'previous' }).direction).toBe(-1);
  });
});

describe('jumping', () => {
  it('Home and End go to the first and last slide', () => {
    expect(at(run(deck(), { type: 'last' }))).toEqual([2, 0]);
    expect(at(run(deck(), { type: 'last' }, { type: 'first' }))).toEqual([0, 0]);
  });

  it('goTo clamps to the deck and starts the slide from its first step', () => {
    expect(at(run(deck(), { type: 'goTo', index: 99 }))).toEqual([2, 0]);
    expect(at(run(deck(), { type: 'goTo', index: -4 }))).toEqual([0, 0]);
    expect(at(run(deck(), { type: 'goTo', index: 1.7 }))).toEqual([1, 0]);
  });

  it('a jump closes the overview and the blank screen', () => {
    const state = run(deck(), { type: 'toggleOverview' }, { type: 'goTo', index: 2 });

    expect(state.overview).toBe(false);
    expect(state.index).toBe(2);
  });
});

describe('blank and overview', () => {
  it('any navigation key returns from a blank screen without moving', () => {
    const state = run(deck(), { type: 'next' }, { type: 'toggleBlank' }, { type: 'next' });

    expect(state.blanked).toBe(false);
    expect(at(state)).toEqual([1, 0]);
  });

  it('toggles the overview', () => {
    expect(run(deck(), { type: 'toggleOverview' }).overview).toBe(true);
    expect(run(deck(), { type: 'toggleOverview' }, { type: 'toggleOverview' }).overview).toBe(false);
    expect(run(deck(), { type: 'toggleOverview' }, { type: 'closeOverview' }).overview).toBe(false);
  });
});

describe('content reloads and sync', () => {
  it('keeps the current slide and step when slides are added before it', () => {
    const state = run(deck(), { type: 'goTo', index: 1 }, { type: 'next' }, { type: 'contentChanged', slideIds: ['new', 'title', 'bullets', 'face'], steps: [1, 1, 3, 1] });

    expect(at(state)).toEqual([2, 1]);
    expect(state.slideIds[state.index]).toBe('bullets');
  });

  it('stays in place (clamped) when the current slide was removed', () => {
    const state = run(deck(), { type: 'last' }, { type: 'contentChanged', slideIds: ['title', 'bullets'], steps: [1, 3] });

    expect(at(state)).toEqual([1, 0]);
  });

  it('clamps the step when a slide lost bullets', () => {
    const state = run(deck(), { type: 'goTo', index: 1 }, { type: 'next' }, { type: 'next' }, { type: 'contentChanged', slideIds: ['title', 'bullets', 'face'], steps: [1, 2, 1] });

    expect(at(state)).toEqual([1, 1]);
  });

  it('keeps the very same state when the content brings the same slides and steps (nothing for React to render again)', () => {
    const state = run(deck(), { type: 'goTo', index: 1 });

    expect(run(state, { type: 'contentChanged', slideIds: ['title', 'bullets', 'face'], steps: [1, 3, 1] })).toBe(state);
    expect(run(state, { type: 'contentChanged', slideIds: ['title', 'bullets', 'face'], steps: [1, 2, 1] })).not.toBe(state);
  });

  it('adopts the other window’s position, clamped, and ignores a no-op', () => {
    const synced = run(deck(), { type: 'sync', index: 1, step: 9, direction: 1, blanked: false });

    expect(at(synced)).toEqual([1, 2]);
    expect(deckReducer(synced, { type: 'sync', index: 1, step: 2, direction: 1, blanked: false })).toBe(synced);
  });
});

describe('progress and steps', () => {
  it('runs from 0 at the start to 1 at the end', () => {
    expect(progressOf(deck())).toBe(0);
    expect(progressOf(run(deck(), { type: 'last' }))).toBe(1);
    expect(progressOf(run(deck(), { type: 'next' }, { type: 'next' }))).toBeCloseTo(0.5);
  });

  it('counts the steps of the default deck from its content', async () => {
    const pack = (await loadContent({ builtIn: BUILT_IN_CONTENT, override: null })).pack!;
    const byKind = Object.fromEntries(pack.slides.map((slide) => [slide.kind, stepsOf(slide)]));

    expect(byKind.title).toBe(1);
    expect(byKind.face).toBe(1);
    const mechanisms = pack.slides.filter((s) => s.kind === 'mechanism').map(stepsOf);
    expect(mechanisms.sort()).toEqual([3, 4]);
    const bullets = pack.slides.find((s) => s.kind === 'bullets')!;
    expect(stepsOf(bullets)).toBe(bullets.kind === 'bullets' ? bullets.bullets.length : -1);
  });
});
