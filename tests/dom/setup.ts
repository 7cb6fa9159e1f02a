import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
  delete document.documentElement.dataset.ready;
});

// jsdom has no matchMedia; the app reads the reduced-motion preference from it.
if (!window.matchMedia) {
  Object.defineProperty(window, 'matchMedia', {
    value: (query: string) => ({
      matches: false,
      media: query,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      addListener: () => undefined,
      removeListener: () => undefined,
      onchange: null,
      dispatchEvent: () => false,
    }),
  });
}
// Nor BroadcastChannel, which keeps the deck in step across windows.
if (!('BroadcastChannel' in window)) {
  Object.defineProperty(window, 'BroadcastChannel', { value: globalThis.BroadcastChannel });
}
