import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { DeckAction } from '../../shared/deck/reducer';

export interface DeckKeyOptions {
  dispatch(action: DeckAction): void;
  blanked: boolean;
  overview: boolean;
  slideCount: number;
  onFaceDiagram?: () => void;
  onFullscreen?: () => void;
  enabled?: boolean;
}

const NEXT = new Set(['ArrowRight', 'ArrowDown', ' ', 'PageDown', 'n', 'N', 'Enter']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'p', 'P', 'Backspace']);
const MODIFIERS = new Set(['Shift', 'Control', 'Alt', 'Meta', 'CapsLock', 'Tab']);

/**
 * Presenter keys, as clickers and keynote apps use them: Right/Space/PageDown/N
 * next; Left/PageUp/P back; Home/End; a number then Enter jumps; O or Escape
 * for the overview; B blanks (any key returns); F fullscreen; D the face diagram.
 * Returns the number being typed, to show it.
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
      const { dispatch, blanked, overview, slideCount, onFaceDiagram, onFullscreen } = latest.current;
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
      let handled = true;
      if (NEXT.has(event.key)) dispatch({ type: 'next' });
      else if (PREVIOUS.has(event.key)) dispatch({ type: 'previous' });
      else if (event.key === 'Home') dispatch({ type: 'first' });
      else if (event.key === 'End') dispatch({ type: 'last' });
      else if (event.key === 'o' || event.key === 'O' || event.key === 'Escape') dispatch({ type: 'toggleOverview' });
      else if (event.key === 'b' || event.key === 'B' || event.key === '.') dispatch({ type: 'toggleBlank' });
      else if ((event.key === 'f' || event.key === 'F') && onFullscreen) onFullscreen();
      else if ((event.key === 'd' || event.key === 'D') && onFaceDiagram) onFaceDiagram();
      else handled = false;
      if (handled) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [options.enabled]);

  return typed;
}

function isControl(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('button, a, [role="button"], summary') !== null;
}

function isEditable(target: EventTarget | null): boolean {
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
