import { useCallback, useEffect, useState } from 'react';
import { useFacetApi } from '../api-context';

export interface FullScreen {
  on: boolean;
  toggle(): void;
}

/**
 * Full screen for this window, done by main (BrowserWindow.setFullScreen):
 * the page's own Fullscreen API goes through the permission handler, which
 * denies everything. Main announces every change, including ones made from
 * the menu, the OS or when the presenter view puts the slides full screen.
 */
export function useFullScreen(): FullScreen {
  const api = useFacetApi();
  const [on, setOn] = useState(false);

  useEffect(() => api.window.onFullScreenChanged((state) => setOn(state.fullScreen)), [api]);

  const toggle = useCallback(() => {
    void api.window.toggleFullScreen().then((result) => {
      if (result.ok) setOn(result.value.fullScreen);
    });
  }, [api]);

  return { on, toggle };
}
