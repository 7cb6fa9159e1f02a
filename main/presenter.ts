import type { BrowserWindow, Screen } from 'electron';
import { planPresenterLayout, type DisplayArea } from './services/windows/placement';

export interface PresenterPorts {
  screen: Pick<Screen, 'getAllDisplays' | 'getPrimaryDisplay' | 'getDisplayMatching'>;
  /** The practitioner's window (the slides), if open. */
  mainWindow(): BrowserWindow | null;
  /** Creates the presenter window with these bounds. */
  createWindow(bounds: DisplayArea['workArea']): BrowserWindow;
}

/**
 * The presenter view: opens on the practitioner's display (the one the main
 * window is on) and sends the slides full screen to the other display. When
 * it closes, the slides come back to where they were.
 */
export function createPresenterController(ports: PresenterPorts) {
  let presenter: BrowserWindow | null = null;

  return {
    open(): boolean {
      if (presenter) {
        presenter.focus();
        return true;
      }
      const slides = ports.mainWindow();
      const primary = ports.screen.getPrimaryDisplay();
      const practitioner = slides ? ports.screen.getDisplayMatching(slides.getBounds()) : primary;
      const layout = planPresenterLayout(ports.screen.getAllDisplays(), practitioner, primary);
      const opened = ports.createWindow(layout.presenter);
      presenter = opened;

      const audience = layout.audience;
      const restore = slides && audience ? { bounds: slides.getBounds(), fullScreen: slides.isFullScreen() } : null;
      if (slides && audience) {
        // Leave full screen first: a full-screen window cannot be moved to another display.
        if (slides.isFullScreen()) slides.setFullScreen(false);
        slides.setBounds(audience.workArea);
        slides.setFullScreen(true);
      }
      opened.on('closed', () => {
        presenter = null;
        if (!slides || slides.isDestroyed() || !restore) return;
        slides.setFullScreen(restore.fullScreen);
        if (!restore.fullScreen) slides.setBounds(restore.bounds);
      });
      return true;
    },
    close(): void {
      presenter?.close();
    },
  };
}
