import { useEffect, useId, useRef } from 'react';
import { DECK_COMMANDS, DECK_KEY_HINTS, keyNames } from './commands';

/**
 * The "?" overlay: every deck command with its keys, from the same table the
 * key handler runs. Closes with Escape, "?" or its button, and hands focus
 * back to where it was.
 */
export function ShortcutsHelp({ onClose }: { onClose: () => void }) {
  const titleId = useId();
  const closeButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    closeButton.current?.focus();
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' && event.key !== '?') return;
      event.preventDefault();
      event.stopImmediatePropagation();
      onClose();
    };
    // Captured first, so the deck's own keys (Escape opens the overview) do not also run.
    window.addEventListener('keydown', onKeyDown, true);
    return () => {
      window.removeEventListener('keydown', onKeyDown, true);
      before?.focus();
    };
  }, [onClose]);

  const rows = [
    ...Object.values(DECK_COMMANDS).map((command) => ({ keys: keyNames(command), label: command.label })),
    ...DECK_KEY_HINTS.map((hint) => ({ keys: [hint.keys], label: hint.label })),
  ];

  return (
    <div className="shortcuts-backdrop" onClick={onClose}>
      <div className="shortcuts" role="dialog" aria-modal="true" aria-labelledby={titleId} onClick={(event) => event.stopPropagation()}>
        <h2 id={titleId}>Keyboard shortcuts</h2>
        <dl className="shortcuts-list">
          {rows.map((row) => (
            <div key={row.label} className="shortcuts-row">
              <dt>
                {row.keys.map((key) => (
                  <kbd key={key}>{key}</kbd>
                ))}
              </dt>
              <dd>{row.label}</dd>
            </div>
          ))}
        </dl>
        <button ref={closeButton} type="button" className="button" onClick={onClose}>
          Close
        </button>
      </div>
    </div>
  );
}
