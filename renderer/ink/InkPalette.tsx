import type { MouseEvent } from 'react';
import { INK_COLOURS, INK_COLOUR_IDS } from '../../shared/ink/stroke';
import { ariaShortcuts, type DeckCommandId } from '../deck/commands';
import { useInk, type InkToolId } from './InkContext';

const TOOLS: readonly { id: InkToolId; label: string; command: DeckCommandId; icon: string }[] = [
  { id: 'laser', label: 'Laser pointer', command: 'laser', icon: 'M12 12m-3 0a3 3 0 1 0 6 0a3 3 0 1 0 -6 0M12 3v3M12 18v3M3 12h3M18 12h3' },
  { id: 'pen', label: 'Pen', command: 'pen', icon: 'M4 20l4-1L19 8a2.1 2.1 0 0 0-3-3L5 16l-1 4zM14 7l3 3' },
  { id: 'highlighter', label: 'Highlighter', command: 'highlighter', icon: 'M9 15l-4 4h6l1-1M9 15l7-10 4 3-7 10zM9 15l4 3' },
  { id: 'eraser', label: 'Eraser', command: 'eraser', icon: 'M8 20h11M5 15l8-9 6 5-8 9H8l-3-3zM9 10l6 5' },
];

/** A press on a palette button keeps keyboard focus where it was, so the deck's keys keep working. */
const keepFocus = (event: MouseEvent) => event.preventDefault();

/**
 * The drawing tools: laser, pen, highlighter, eraser, three colours and
 * "clear". Buttons with names and pressed state; shortcuts from the deck's
 * key table.
 */
export function InkPalette({ className = '' }: { className?: string }) {
  const ink = useInk();
  return (
    <div className={`ink-palette ${className}`} role="toolbar" aria-label="Drawing tools" data-tool={ink.tool ?? 'none'}>
      {TOOLS.map((tool) => (
        <button
          key={tool.id}
          type="button"
          className="ink-button"
          aria-label={tool.label}
          title={tool.label}
          aria-pressed={ink.tool === tool.id}
          aria-keyshortcuts={ariaShortcuts(tool.command)}
          onMouseDown={keepFocus}
          onClick={() => ink.toggleTool(tool.id)}
        >
          <svg viewBox="0 0 24 24" aria-hidden="true">
            <path d={tool.icon} />
          </svg>
        </button>
      ))}
      <span className="ink-palette-divider" aria-hidden="true" />
      {INK_COLOUR_IDS.map((id) => (
        <button
          key={id}
          type="button"
          className="ink-button ink-swatch"
          aria-label={`${INK_COLOURS[id].name} ink`}
          title={`${INK_COLOURS[id].name} ink`}
          aria-pressed={ink.colour === id}
          onMouseDown={keepFocus}
          onClick={() => ink.chooseColour(id)}
        >
          <svg viewBox="0 0 24 24" aria-hidden="true">
            <circle cx="12" cy="12" r="7" fill={INK_COLOURS[id].hex} />
          </svg>
        </button>
      ))}
      <span className="ink-palette-divider" aria-hidden="true" />
      <button
        type="button"
        className="ink-button ink-undo"
        aria-label="Undo the last drawing change"
        title="Undo (U or Ctrl+Z)"
        aria-keyshortcuts={`${ariaShortcuts('undoInk')} Control+Z Meta+Z`}
        aria-disabled={!ink.canUndo}
        onMouseDown={keepFocus}
        onClick={ink.undoShown}
      >
        <svg viewBox="0 0 24 24" aria-hidden="true">
          <path d="M9 14L4 9l5-5M4 9h10.5a5.5 5.5 0 0 1 0 11H11" />
        </svg>
      </button>
      <button type="button" className="ink-button ink-clear" aria-label="Clear the drawing" title="Clear the drawing" aria-keyshortcuts={ariaShortcuts('clearInk')} onMouseDown={keepFocus} onClick={ink.clearShown}>
        <svg viewBox="0 0 24 24" aria-hidden="true">
          <path d="M5 7h14M10 7V4h4v3M7 7l1 13h8l1-13" />
        </svg>
      </button>
    </div>
  );
}
