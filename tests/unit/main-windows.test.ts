import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEVELOPMENT_FOLDER_NAME } from '../../main/data-folders';
import { createFakeElectron, FakeBrowserWindow } from '../fixtures/fake-electron';

/** How main places and drives its windows, through the real main/index.ts against a fake electron module. */
const electronModule = vi.hoisted(() => ({}) as Record<string, unknown>);
vi.mock('electron', () => electronModule);
(process as { resourcesPath?: string }).resourcesPath = path.resolve(import.meta.dirname, '../../assets');

const fromApp = { senderFrame: { url: 'app://facet/index.html', parent: null } };

async function startMain(prepare: (fake: ReturnType<typeof createFakeElectron>) => void = () => undefined) {
  const fake = createFakeElectron();
  prepare(fake);
  Object.assign(electronModule, fake);
  vi.resetModules();
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  await import('../../main/index');
  // Start-up reads the content, settings and the window's saved place first: wait for the window.
  await vi.waitFor(() => expect(FakeBrowserWindow.instances.length).toBeGreaterThan(0), 5000);
  return fake;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('full screen', () => {
  it('F in the page asks main, which puts that window full screen and tells the page', async () => {
    const fake = await startMain();
    const window = FakeBrowserWindow.instances[0]!;
    FakeBrowserWindow.focused = window;

    const result = await fake.ipcMain.channels.get('window.toggleFullScreen')!(fromApp, undefined);

    expect(result).toEqual({ ok: true, value: { fullScreen: true } });
    expect(window.isFullScreen()).toBe(true);
    expect(window.webContents.sent).toContainEqual({ channel: 'window.fullScreenChanged', payload: { fullScreen: true } });
  });

  it('the page cannot go full screen through the permission handler (it denies everything)', async () => {
    const fake = await startMain();
    let granted: boolean | undefined;

    fake.session.defaultSession.permissionRequestHandler!(null, 'fullscreen', (answer: boolean) => (granted = answer));

    expect(granted).toBe(false);
  });
});

describe('the presenter view', () => {
  it('opens on the laptop the practitioner works on, with the slides full screen on the patient’s screen', async () => {
    const fake = await startMain();
    const [laptop, patientScreen] = fake.screen.displays;

    await fake.ipcMain.channels.get('presenter.open')!(fromApp, undefined);

    const [slides, presenter] = FakeBrowserWindow.instances;
    expect(presenter!.loadedUrl).toBe('app://facet/index.html#presenter');
    expect(presenter!.getBounds()).toEqual(laptop!.workArea);
    expect(fake.screen.getDisplayMatching(slides!.getBounds()).id).toBe(patientScreen!.id);
    expect(slides!.isFullScreen()).toBe(true);
  });

  it('events reach both windows', async () => {
    const fake = await startMain();
    await fake.ipcMain.channels.get('presenter.open')!(fromApp, undefined);
    const menu = fake.Menu.template as { label?: string; submenu?: { label?: string; click?: () => void }[] }[];

    menu.find((m) => m.label === 'File')!.submenu!.find((i) => i.label === 'Reload Content')!.click!();

    await vi.waitFor(() => {
      for (const window of FakeBrowserWindow.instances) expect(window.webContents.sent.map((s) => s.channel)).toContain('content.changed');
    }, 5000);
  });
});

describe('the main window’s place', () => {
  it('fits a 1366×768 laptop on first start', async () => {
    await startMain();
    const { x, y, width, height } = FakeBrowserWindow.instances[0]!.getBounds();

    expect(x).toBeGreaterThanOrEqual(0);
    expect(y).toBeGreaterThanOrEqual(0);
    expect(x + width).toBeLessThanOrEqual(1366);
    expect(y + height).toBeLessThanOrEqual(728);
    expect(FakeBrowserWindow.instances[0]!.options).toMatchObject({ minWidth: 1024, minHeight: 640 });
  });

  it('comes back where the practitioner left it', async () => {
    const first = await startMain();
    const window = FakeBrowserWindow.instances[0]!;
    window.setBounds({ x: 1500, y: 60, width: 1300, height: 800 });
    window.close();
    // The page answers that it has saved, as the real one does.
    await first.ipcMain.channels.get('app.readyToClose')!(fromApp, undefined);
    await vi.waitFor(() => expect(window.isDestroyed()).toBe(true), { timeout: 5000, interval: 20 });
    const userData = first.app.getPath('userData');
    // The place is written as the window closes, in the background.
    const statePath = path.join(userData, 'window-state.json');
    await vi.waitFor(() => expect(JSON.parse(readFileSync(statePath, 'utf8'))).toMatchObject({ bounds: { x: 1500 } }), { timeout: 5000, interval: 20 });

    await startMain((fake) => fake.app.setPath('userData', userData));

    expect(FakeBrowserWindow.instances[0]!.getBounds()).toEqual({ x: 1500, y: 60, width: 1300, height: 800 });
  });

  it('a saved place on a screen that is gone opens on the laptop instead', async () => {
    const fake = createFakeElectron();
    writeFileSync(path.join(fake.app.getPath('userData'), 'window-state.json'), JSON.stringify({ bounds: { x: 4000, y: 60, width: 1300, height: 800 }, maximized: false }));

    await startMain((next) => next.app.setPath('userData', fake.app.getPath('userData')));

    expect(FakeBrowserWindow.instances[0]!.getBounds().x).toBeLessThan(1366);
  });
});

describe('the app icon', () => {
  it.runIf(process.platform !== 'darwin')('the window shows Facet’s icon, shipped as resources/icon.png', async () => {
    await startMain();

    expect(FakeBrowserWindow.instances[0]!.options.icon).toBe(path.join(process.resourcesPath, 'icon.png'));
  });

  it.runIf(process.platform !== 'darwin')('a development run shows the icon from assets/build', async () => {
    await startMain((next) => {
      next.app.isPackaged = false;
      next.app.setPath('appData', '/tmp/fake-app-data');
    });

    expect(existsSync(FakeBrowserWindow.instances[0]!.options.icon as string)).toBe(true);
  });
});

describe('the session', () => {
  it('has the spellchecker off for every window', async () => {
    const fake = await startMain();

    expect(fake.session.defaultSession.spellCheckerEnabled).toBe(false);
  });
});

describe('a development run', () => {
  it('keeps its data in its own folder, never the clinic’s', async () => {
    const fake = await startMain((next) => {
      next.app.isPackaged = false;
      next.app.setPath('appData', '/tmp/fake-app-data');
    });

    expect(fake.app.getPath('userData')).toBe(path.join('/tmp/fake-app-data', DEVELOPMENT_FOLDER_NAME));
    expect(fake.app.getPath('logs')).toBe(path.join('/tmp/fake-app-data', DEVELOPMENT_FOLDER_NAME, 'logs'));
  });
});
