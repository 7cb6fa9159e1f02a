import type { DeckAction } from '../../shared/deck/reducer';

/**
 * The deck's keyboard commands, as data: the keys a clicker or keyboard
 * sends, what the command is called, and what it does. The key handler
 * (useDeckKeys), the buttons' aria-keyshortcuts and the "?" help overlay all
 * read this one table, so a new command is one entry; the `satisfies` below
 * makes the compiler ask for every field of it.
 */
export interface DeckCommandContext {
  dispatch(action: DeckAction): void;
  onFaceDiagram?: () => void;
  onFullscreen?: () => void;
  onHelp?: () => void;
  /** Picks up a drawing tool, or puts it down if it is the one in hand (renderer/ink). */
  onInkTool?: (tool: 'laser' | 'pen' | 'highlighter' | 'eraser') => void;
  /** Clears the drawing on the slide or face on screen. */
  onClearInk?: () => void;
  /** Takes back the last drawing change on the slide or face on screen. */
  onUndoInk?: () => void;
}

export interface DeckCommand {
  /** KeyboardEvent.key values that run it. */
  keys: readonly string[];
  /** What the help overlay says it does. */
  label: string;
  /** Runs it; false when this screen does not offer it (the key then does nothing). */
  run(context: DeckCommandContext): boolean;
}

const dispatching =
  (action: DeckAction) =>
  ({ dispatch }: DeckCommandContext): boolean => {
    dispatch(action);
    return true;
  };

const calling = (pick: (context: DeckCommandContext) => (() => void) | undefined) => (context: DeckCommandContext) => {
  const handler = pick(context);
  handler?.();
  return handler !== undefined;
};

const inkTool = (tool: Parameters<NonNullable<DeckCommandContext['onInkTool']>>[0]) => calling((c) => (c.onInkTool ? () => c.onInkTool!(tool) : undefined));

export const DECK_COMMANDS = {
  next: { keys: ['ArrowRight', 'ArrowDown', ' ', 'PageDown', 'n', 'N', 'Enter'], label: 'Next step or slide', run: dispatching({ type: 'next' }) },
  previous: { keys: ['ArrowLeft', 'ArrowUp', 'PageUp', 'p', 'P', 'Backspace'], label: 'Back a step or slide', run: dispatching({ type: 'previous' }) },
  first: { keys: ['Home'], label: 'First slide', run: dispatching({ type: 'first' }) },
  last: { keys: ['End'], label: 'Last slide', run: dispatching({ type: 'last' }) },
  overview: { keys: ['o', 'O', 'Escape'], label: 'All slides', run: dispatching({ type: 'toggleOverview' }) },
  blank: { keys: ['b', 'B', '.'], label: 'Blank the screen (any key brings it back)', run: dispatching({ type: 'toggleBlank' }) },
  fullScreen: { keys: ['f', 'F'], label: 'Full screen', run: calling((c) => c.onFullscreen) },
  faceDiagram: { keys: ['d', 'D'], label: 'Face diagram', run: calling((c) => c.onFaceDiagram) },
  help: { keys: ['?'], label: 'Keyboard shortcuts', run: calling((c) => c.onHelp) },
  laser: { keys: ['l', 'L'], label: 'Laser pointer on or off', run: inkTool('laser') },
  pen: { keys: ['i', 'I'], label: 'Pen (ink) on or off', run: inkTool('pen') },
  highlighter: { keys: ['h', 'H'], label: 'Highlighter on or off', run: inkTool('highlighter') },
  eraser: { keys: ['e', 'E'], label: 'Eraser on or off', run: inkTool('eraser') },
  clearInk: { keys: ['c', 'C'], label: 'Clear the drawing on screen', run: calling((c) => c.onClearInk) },
  undoInk: { keys: ['u', 'U'], label: 'Undo the last drawing change (also Ctrl+Z)', run: calling((c) => c.onUndoInk) },
} satisfies Record<string, DeckCommand>;

export type DeckCommandId = keyof typeof DECK_COMMANDS;

/** What the help overlay lists besides the commands: keys that work in a mode rather than run a command. */
export const DECK_KEY_HINTS: readonly { keys: string; label: string }[] = [
  { keys: 'A number, then Enter', label: 'Go to that slide' },
  // Handled by the drawing layer (renderer/ink), ahead of the deck's own Escape.
  { keys: 'Esc', label: 'Put the drawing tool down' },
];

export function commandForKey(key: string): DeckCommand | undefined {
  return Object.values(DECK_COMMANDS).find((command) => command.keys.includes(key));
}

const KEY_NAMES: Readonly<Record<string, string>> = {
  ' ': 'Space',
  ArrowRight: '→',
  ArrowLeft: '←',
  ArrowUp: '↑',
  ArrowDown: '↓',
  PageDown: 'Page Down',
  PageUp: 'Page Up',
  Escape: 'Esc',
};

/** The keys of a command as the help overlay shows them: one spelling per key, upper case letters. */
export function keyNames(command: DeckCommand): string[] {
  const shown = command.keys.map((key) => KEY_NAMES[key] ?? (key.length === 1 ? key.toUpperCase() : key));
  return [...new Set(shown)];
}

/** For a button's aria-keyshortcuts: the command's keys, as the ARIA spec spells them. */
export function ariaShortcuts(id: DeckCommandId): string {
  const keys = DECK_COMMANDS[id].keys.filter((key) => !(key.length === 1 && key !== key.toUpperCase()));
  return keys.map((key) => (key === ' ' ? 'Space' : key)).join(' ');
}
