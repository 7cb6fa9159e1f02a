import { useEffect, useLayoutEffect, useRef } from 'react';
import { DECK_COMMANDS, type DeckCommandContext, type DeckCommandId } from '../deck/commands';
import { isEditable } from '../deck/useDeckKeys';
import { useInk } from './InkContext';

const INK_COMMANDS: readonly DeckCommandId[] = ['laser', 'pen', 'highlighter', 'eraser', 'clearInk', 'undoInk'];

/** The deck commands that pick up and use the drawing tools, bound to this window's ink. */
export function useInkCommands(): Pick<DeckCommandContext, 'onInkTool' | 'onClearInk' | 'onUndoInk'> {
  const { toggleTool, clearShown, undoShown } = useInk();
  return { onInkTool: toggleTool, onClearInk: clearShown, onUndoInk: undoShown };
}

/** The drawing keys of the deck's table, on a screen without the deck's other keys (the face diagram). */
export function useInkKeys(): void {
  const commands = useInkCommands();
  const latest = useRef(commands);
  useLayoutEffect(() => {
    latest.current = commands;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isEditable(event.target)) return;
      const id = INK_COMMANDS.find((command) => DECK_COMMANDS[command].keys.includes(event.key));
      if (id && DECK_COMMANDS[id].run({ dispatch: () => undefined, ...latest.current })) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
