import { describe, expect, it, vi } from 'vitest';
import { ariaShortcuts, commandForKey, DECK_COMMANDS, keyNames } from '../../renderer/deck/commands';

describe('the deck’s command table', () => {
  it('gives every key to one command only', () => {
    const keys = Object.values(DECK_COMMANDS).flatMap((command) => command.keys);

    expect(keys.length).toBe(new Set(keys).size);
  });

  it('runs the command a key belongs to', () => {
    const dispatch = vi.fn();

    expect(commandForKey('PageDown')?.run({ dispatch })).toBe(true);
    expect(dispatch).toHaveBeenCalledWith({ type: 'next' });
  });

  it('leaves keys for what this screen does not offer unhandled (the presenter view has no face diagram)', () => {
    expect(commandForKey('d')?.run({ dispatch: vi.fn() })).toBe(false);
    expect(commandForKey('x')).toBeUndefined();
  });

  it('spells keys for people: Space, arrows, one letter per key', () => {
    expect(keyNames(DECK_COMMANDS.next)).toEqual(['→', '↓', 'Space', 'Page Down', 'N', 'Enter']);
    expect(keyNames(DECK_COMMANDS.fullScreen)).toEqual(['F']);
  });

  it('spells keys for aria-keyshortcuts as ARIA does', () => {
    expect(ariaShortcuts('fullScreen')).toBe('F');
    expect(ariaShortcuts('overview')).toBe('O Escape');
    expect(ariaShortcuts('help')).toBe('?');
  });
});
