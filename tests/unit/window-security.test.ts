import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeElectron, FakeBrowserWindow, FakeSession, FakeWebContents, fakeEvent } from '../fixtures/fake-electron';

const electron = vi.hoisted(() => ({ current: null as unknown }));
vi.mock('electron', () => electron.current as object);
electron.current = createFakeElectron();

const {
  createMainWindow,
  createPrintWindows,
  hardenWebContents,
  reloadWhenRendererGone,
  denyAllPermissions,
  blockNetwork,
  announceFullScreen,
  rememberPlacement,
  sendPolicyInDevelopment,
  disableSpellCheck,
} = await import('../../main/window');
const { contentSecurityPolicy, devSocketOrigin } = await import('../../main/services/static-files');
const { silentLogger } = await import('../../main/services/log');

const TRUSTED = ['app://facet'];
const PLACE = { bounds: { x: 0, y: 0, width: 1280, height: 800 } };

/** The security checklist's web preferences, which every window of the app must have (preload as the tests pass it). */
const SECURE_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  experimentalFeatures: false,
  spellcheck: false,
  disableBlinkFeatures: 'Auxclick',
  devTools: false,
  preload: '/app/preload.js',
};

describe('createMainWindow', () => {
  beforeEach(() => {
    FakeBrowserWindow.instances = [];
  });

  it('creates the window with every web preference of the security checklist', () => {
    createMainWindow({ preloadPath: '/app/preload.js', startUrl: 'app://facet/index.html', trustedOrigins: TRUSTED, devTools: false, log: silentLogger }, PLACE);

    const prefs = FakeBrowserWindow.instances[0]!.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject(SECURE_PREFERENCES);
  });

  it('loads the app from app://, never file://', () => {
    const window = createMainWindow({ preloadPath: '/p.js', startUrl: 'app://facet/index.html', trustedOrigins: TRUSTED, devTools: false, log: silentLogger }, PLACE);

    expect((window as unknown as FakeBrowserWindow).loadedUrl).toBe('app://facet/index.html');
  });
});

describe('createPrintWindows (the drawn slides for the summary)', () => {
  beforeEach(() => {
    FakeBrowserWindow.instances = [];
  });
  const JOB = '6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f';
  const NEXT_JOB = '7a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c8d';
  const request = (jobId: string, ready: Promise<void>) => ({ jobId, hash: `#print-slides:${jobId}`, paperSize: 'LETTER' as const, ready });

  it('prints the app’s own page in a hidden window with the main window’s security preferences', async () => {
    const windows = createPrintWindows({ preloadPath: '/app/preload.js', pageUrl: 'app://facet/index.html' });
    const pdf = await windows.printPage(request(JOB, Promise.resolve()));

    const window = FakeBrowserWindow.instances[0]!;
    expect(window.options.show).toBe(false);
    expect(window.options.webPreferences).toMatchObject(SECURE_PREFERENCES);
    expect(window.loadedUrl).toBe(`app://facet/index.html#print-slides:${JOB}`);
    expect(window.webContents.printed).toEqual([expect.objectContaining({ pageSize: 'Letter', printBackground: true, preferCSSPageSize: true })]);
    expect(pdf.toString()).toContain('%PDF');
    windows.close();
    expect(window.isDestroyed()).toBe(true);
  });

  it('gives the next export’s job to the window it kept, instead of loading the app again', async () => {
    const windows = createPrintWindows({ preloadPath: '/p.js', pageUrl: 'app://facet/index.html' });
    await windows.printPage(request(JOB, Promise.resolve()));
    await windows.printPage(request(NEXT_JOB, Promise.resolve()));
    expect(FakeBrowserWindow.instances).toHaveLength(1);
    const window = FakeBrowserWindow.instances[0]!;
    expect(window.webContents.sent).toEqual([{ channel: 'print.next', payload: { jobId: NEXT_JOB } }]);
    expect(window.webContents.printed).toHaveLength(2);
    windows.close();
  });

  it('prints nothing and destroys the window when the page could not draw', async () => {
    const windows = createPrintWindows({ preloadPath: '/p.js', pageUrl: 'app://facet/index.html' });
    await expect(windows.printPage(request(JOB, Promise.reject(new Error('slides-not-drawn'))))).rejects.toThrow('slides-not-drawn');
    const window = FakeBrowserWindow.instances[0]!;
    expect(window.webContents.printed).toEqual([]);
    expect(window.isDestroyed()).toBe(true);
  });
});

describe('hardenWebContents', () => {
  let contents: FakeWebContents;

  beforeEach(() => {
    contents = new FakeWebContents();
    hardenWebContents(contents as never, TRUSTED, silentLogger);
  });

  it.each(['will-navigate', 'will-redirect'])('%s to a foreign page is prevented', (eventName) => {
    const event = fakeEvent({ url: 'https://example.com/' });
    contents.emit(eventName, event);
    expect(event.defaultPrevented).toBe(true);
  });

  it('navigation inside the app is allowed', () => {
    const event = fakeEvent({ url: 'app://facet/index.html' });
    contents.emit('will-navigate', event);
    expect(event.defaultPrevented).toBe(false);
  });

  it('a file:// navigation is prevented', () => {
    const event = fakeEvent({ url: 'file:///etc/passwd' });
    contents.emit('will-navigate', event);
    expect(event.defaultPrevented).toBe(true);
  });

  it('attaching a <webview> is prevented', () => {
    const event = fakeEvent();
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.defaultPrevented).toBe(true);
  });

  it('every new window is denied, whatever its URL', () => {
    expect(contents.windowOpenHandler!({ url: 'app://facet/index.html' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler!({ url: 'https://example.com' })).toEqual({ action: 'deny' });
  });
});

describe('reloadWhenRendererGone', () => {
  it('reloads after a crash but not after a clean exit', () => {
    const contents = new FakeWebContents();
    reloadWhenRendererGone(contents as never, silentLogger, () => 0);

    contents.emit('render-process-gone', fakeEvent(), { reason: 'clean-exit', exitCode: 0 });
    expect(contents.reloads).toBe(0);
    contents.emit('render-process-gone', fakeEvent(), { reason: 'crashed', exitCode: 139 });
    expect(contents.reloads).toBe(1);
  });

  it('stops reloading after three crashes in a minute, and starts again later', () => {
    const contents = new FakeWebContents();
    let now = 0;
    reloadWhenRendererGone(contents as never, silentLogger, () => now);

    for (let i = 0; i < 5; i += 1) contents.emit('render-process-gone', fakeEvent(), { reason: 'oom', exitCode: 1 });
    expect(contents.reloads).toBe(3);

    now = 120_000;
    contents.emit('render-process-gone', fakeEvent(), { reason: 'crashed', exitCode: 1 });
    expect(contents.reloads).toBe(4);
  });
});

describe('session guards', () => {
  it('denies every permission request, check, device and screen capture', () => {
    const session = new FakeSession();
    denyAllPermissions(session as never, silentLogger);

    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      session.permissionRequestHandler!({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
    expect(session.permissionCheckHandler!({}, 'media')).toBe(false);
    expect(session.devicePermissionHandler!({ deviceType: 'usb' })).toBe(false);
    const displayCallback = vi.fn();
    session.displayMediaRequestHandler!({}, displayCallback);
    expect(displayCallback).toHaveBeenCalledWith(null);
  });

  it('cancels every request that is not for the app itself', () => {
    const session = new FakeSession();
    blockNetwork(session as never, TRUSTED, silentLogger);
    const decide = (url: string) => {
      const callback = vi.fn();
      session.beforeRequest!({ url, resourceType: 'xhr' }, callback);
      return callback.mock.calls[0]![0];
    };

    expect(decide('https://fonts.example.com/inter.woff2')).toEqual({ cancel: true });
    expect(decide('http://127.0.0.1:8080/')).toEqual({ cancel: true });
    expect(decide('file:///etc/passwd')).toEqual({ cancel: true });
    expect(decide('app://facet/assets/index.js')).toEqual({ cancel: false });
    expect(decide('data:image/png;base64,AAAA')).toEqual({ cancel: false });
  });
});

describe('in development (npm run dev)', () => {
  const devServer = { origin: 'http://localhost:5173' };

  it('lets the hot-reload socket through the network guard, and nothing else new', () => {
    const session = new FakeSession();
    blockNetwork(session as never, [...TRUSTED, devServer.origin, devSocketOrigin(devServer)], silentLogger);
    const decide = (url: string) => {
      let answer: unknown;
      session.beforeRequest!({ url, resourceType: 'other' }, (result: unknown) => (answer = result));
      return answer;
    };

    expect(decide('ws://localhost:5173/?token=abc')).toEqual({ cancel: false });
    expect(decide('ws://localhost:9999/')).toEqual({ cancel: true });
    expect(decide('https://localhost:5173/')).toEqual({ cancel: true });
  });

  it('sends the app’s policy on the dev server’s pages, replacing any the server sent', () => {
    const session = new FakeSession();
    sendPolicyInDevelopment(session as never, devServer);
    let answer: { responseHeaders: Record<string, string[]> } | undefined;

    session.headersReceived!.listener({ url: 'http://localhost:5173/index.html', responseHeaders: { 'content-security-policy': ['default-src *'], 'Content-Type': ['text/html'] } }, (result: typeof answer) => (answer = result));

    expect(session.headersReceived!.filter).toEqual({ urls: ['http://localhost:5173/*'] });
    expect(answer!.responseHeaders['Content-Security-Policy']).toEqual([contentSecurityPolicy(devServer)]);
    expect(answer!.responseHeaders['content-security-policy']).toBeUndefined();
    expect(answer!.responseHeaders['Content-Type']).toEqual(['text/html']);
  });
});

describe('the session', () => {
  it('has the spellchecker off for every window, not only the ones Facet creates', () => {
    const session = new FakeSession();

    disableSpellCheck(session as never);

    expect(session.spellCheckerEnabled).toBe(false);
  });
});

describe('full screen', () => {
  it('tells the page when its window enters or leaves full screen, however that happened', () => {
    const window = new FakeBrowserWindow({});
    announceFullScreen(window as never);

    window.setFullScreen(true);
    window.setFullScreen(false);

    expect(window.webContents.sent).toEqual([
      { channel: 'window.fullScreenChanged', payload: { fullScreen: true } },
      { channel: 'window.fullScreenChanged', payload: { fullScreen: false } },
    ]);
  });
});

describe('rememberPlacement', () => {
  it('saves the window’s place when it closes', () => {
    const window = new FakeBrowserWindow({ x: 40, y: 30, width: 1200, height: 700 });
    const saved: unknown[] = [];
    rememberPlacement(window as never, (state) => saved.push(state));

    window.close();

    expect(saved).toEqual([{ bounds: { x: 40, y: 30, width: 1200, height: 700 }, maximized: false }]);
  });

  it('saves once a move settles, not on every step of a drag', () => {
    vi.useFakeTimers();
    const window = new FakeBrowserWindow({ x: 0, y: 0, width: 1200, height: 700 });
    const saved: unknown[] = [];
    rememberPlacement(window as never, (state) => saved.push(state));

    for (let x = 0; x < 100; x += 10) {
      window.setBounds({ x, y: 0, width: 1200, height: 700 });
      window.emit('move');
    }
    expect(saved).toHaveLength(0);
    vi.advanceTimersByTime(1000);
    vi.useRealTimers();

    expect(saved).toEqual([{ bounds: { x: 90, y: 0, width: 1200, height: 700 }, maximized: false }]);
  });

  it('never saves full-screen bounds as the window’s size', () => {
    const window = new FakeBrowserWindow({ x: 0, y: 0, width: 1200, height: 700 });
    const saved: unknown[] = [];
    rememberPlacement(window as never, (state) => saved.push(state));
    window.setFullScreen(true);

    window.close();

    expect(saved).toEqual([]);
  });
});
