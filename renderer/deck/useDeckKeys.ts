import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { DeckAction } from '../../shared/deck/reducer';
import { commandForKey, type DeckCommandContext } from './commands';

export interface DeckKeyOptions extends DeckCommandContext {
  blanked: boolean;
  overview: boolean;
  slideCount: number;
  enabled?: boolean;
}

const MODIFIERS = new Set(['Shift', 'Control', 'Alt', 'Meta', 'CapsLock', 'Tab']);

/**
 * Presenter keys, as clickers and keynote apps use them (the table is
 * commands.ts). Besides the commands, two modes: while blanked any key
 * returns; a number then Enter jumps to that slide. Returns the number being
 * typed, to show it.
 */
export function useDeckKeys(options: DeckKeyOptions): string {
  const [typed, setTyped] = useState('');
  const latest = useRef(options);
  const typedRef = useRef('');
  // The key handler is attached once; it reads the newest options and typed digits from these.
  useLayoutEffect(() => {
    latest.current = options;
    typedRef.current = typed;
  });

  useEffect(() => {
    if (options.enabled === false) return;
    const onKeyDown = (event: KeyboardEvent) => {
      const { dispatch, blanked, overview, slideCount } = latest.current;
      if (event.ctrlKey || event.metaKey || event.altKey || MODIFIERS.has(event.key)) return;
      if (isEditable(event.target)) return;
      // Space and Enter on a focused button press that button, not "next".
      if ((event.key === ' ' || event.key === 'Enter') && isControl(event.target)) return;
      if (blanked) {
        event.preventDefault();
        dispatch({ type: 'unblank' });
        return;
      }
      if (overview) {
        if (event.key === 'Escape' || event.key === 'o' || event.key === 'O') {
          event.preventDefault();
          dispatch({ type: 'closeOverview' });
        }
        return; // the overview grid handles its own arrows and Enter
      }
      const pending = typedRef.current;
      if (/^[0-9]$/.test(event.key)) {
        event.preventDefault();
        setTyped((pending + event.key).slice(-3));
        return;
      }
      if (event.key === 'Enter' && pending !== '') {
        event.preventDefault();
        const number = Number(pending);
        if (number >= 1 && number <= slideCount) dispatch({ type: 'goTo', index: number - 1 });
        setTyped('');
        return;
      }
      if (pending !== '') setTyped('');
      if (event.key === 'Escape' && pending !== '') return;
      if (commandForKey(event.key)?.run(latest.current)) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [options.enabled]);

  return typed;
}

function isControl(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('button, a, [role="button"], summary') !== null;
}

export function isEditable(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/** Horizontal swipes on a touch screen: left for next, right for back. */
export function useSwipe(dispatch: (action: DeckAction) => void) {
  const start = useRef<{ x: number; y: number } | null>(null);
  return {
    onPointerDown: (event: React.PointerEvent) => {
      if (event.pointerType !== 'mouse') start.current = { x: event.clientX, y: event.clientY };
    },
    onPointerUp: (event: React.PointerEvent) => {
      const from = start.current;
      start.current = null;
      if (!from) return;
      const dx = event.clientX - from.x;
      const dy = event.clientY - from.y;
      if (Math.abs(dx) > 60 && Math.abs(dx) > Math.abs(dy) * 1.5) dispatch({ type: dx < 0 ? 'next' : 'previous' });
    },
  };
}
