import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../shared/ipc/channels';
import { createFakeElectron, FakeBrowserWindow, FakeWebContents, fakeEvent } from '../fixtures/fake-electron';
import { makeTempDir } from '../fixtures/temp-dirs';

// One module object for every test; each test swaps in a fresh fake's members.
const electronModule = vi.hoisted(() => ({}) as Record<string, unknown>);
vi.mock('electron', () => electronModule);

// A packaged app finds its content pack in resources/content/en: here, assets/content/en.
(process as { resourcesPath?: string }).resourcesPath = path.resolve(import.meta.dirname, '../../assets');

async function startMain(options: { singleInstance?: boolean } = {}) {
  const fake = createFakeElectron(options);
  Object.assign(electronModule, fake);
  vi.resetModules();
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  await import('../../main/index');
  await new Promise((resolve) => setTimeout(resolve, 50));
  // The window opens after the backend has started (it reads the content pack at launch): under load that takes
  // longer than any fixed pause, so wait for it, except where the app is meant to quit without one.
  if (options.singleInstance !== false) {
    await vi.waitFor(() => expect(FakeBrowserWindow.instances.length).toBeGreaterThan(0), { timeout: 5000, interval: 20 });
  }
  return fake;
}

// Main installs its crash and exit handlers on the real process each time it starts: each test takes them off again.
const PROCESS_EVENTS = ['uncaughtException', 'unhandledRejection', 'exit'];
const runnerListeners = new Map(PROCESS_EVENTS.map((event) => [event, (process as NodeJS.EventEmitter).listeners(event)]));

afterEach(() => {
  vi.restoreAllMocks();
  for (const event of PROCESS_EVENTS) {
    for (const listener of (process as NodeJS.EventEmitter).listeners(event)) {
      if (!runnerListeners.get(event)!.includes(listener)) (process as NodeJS.EventEmitter).off(event, listener as () => void);
    }
  }
});

describe('main process lifecycle', () => {
  it('quits at once, creating nothing, when another instance holds the lock', async () => {
    const fake = await startMain({ singleInstance: false });

    expect(fake.calls).toContain('quit');
    expect(FakeBrowserWindow.instances).toHaveLength(0);
    expect(fake.ipcMain.channels.size).toBe(0);
  });

  it('registers app:// as a standard, secure scheme before the app is ready, and enables the sandbox', async () => {
    const fake = await startMain();

    expect(fake.protocol.privileged).toEqual([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ]);
    expect(fake.calls.indexOf('registerSchemesAsPrivileged')).toBeLessThan(fake.calls.indexOf('protocol.handle:app'));
    expect(fake.calls).toContain('enableSandbox');
  });

  it('registers every IPC channel, opens one window on app://, and locks down the session', async () => {
    const fake = await startMain();

    expect([...fake.ipcMain.channels.keys()].sort()).toEqual([...CHANNELS].sort());
    expect(FakeBrowserWindow.instances).toHaveLength(1);
    expect(FakeBrowserWindow.instances[0]!.loadedUrl).toBe('app://facet/index.html');
    expect(fake.session.defaultSession.permissionRequestHandler).not.toBeNull();
    expect(fake.session.defaultSession.beforeRequest).not.toBeNull();
  });

  it('replaces Electron’s default menu (whose Help items open web pages) with Facet’s own', async () => {
    const fake = await startMain();
    const labels = JSON.stringify(fake.Menu.template);

    expect(labels).toContain('Open Content Folder');
    expect(labels).not.toMatch(/help|learn more|documentation/i);
  });

  it('pushes content changes to the window', async () => {
    const fake = await startMain();
    const window = FakeBrowserWindow.instances[0]!;
    const ipc = fake.ipcMain.channels;

    await ipc.get('content.load')!({ senderFrame: { url: 'app://facet/index.html', parent: null } }, undefined);
    const menu = fake.Menu.template as { label?: string; submenu?: { label?: string; click?: () => void }[] }[];
    menu.find((m) => m.label === 'File')!.submenu!.find((i) => i.label === 'Reload Content')!.click!();
    await new Promise((resolve) => setTimeout(resolve, 200));

    expect(window.webContents.sent.map((s) => s.channel)).toEqual(['content.changed']);
  });

  it('writes its log to a daily file in the logs folder, having started the local crash reporter first', async () => {
    const fake = await startMain();
    const logsDir = fake.app.getPath('logs');

    await vi.waitFor(() => expect(readdirSync(logsDir)).toEqual([expect.stringMatching(/^facet-\d{4}-\d{2}-\d{2}\.log$/)]));
    const text = readFileSync(path.join(logsDir, readdirSync(logsDir)[0]!), 'utf8');
    expect(text).toMatch(/ info app\.started version="0\.0\.0-test" packaged=true\n/);
    expect(fake.crashReporter.started).toEqual([expect.objectContaining({ uploadToServer: false })]);
    expect(fake.calls.indexOf('crashReporter.start')).toBeLessThan(fake.calls.indexOf('protocol.handle:app'));
  });

  it('with a chosen data folder, keeps its log files and crash dumps inside it', async () => {
    const dataDir = makeTempDir('facet-chosen-data-');
    vi.stubEnv('FACET_USER_DATA_DIR', dataDir);
    try {
      const fake = await startMain();

      await vi.waitFor(() => expect(readdirSync(path.join(dataDir, 'logs'))).toEqual([expect.stringMatching(/^facet-\d{4}-\d{2}-\d{2}\.log$/)]));
      expect(fake.app.getPath('crashDumps')).toBe(path.join(dataDir, 'Crashpad'));
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('on quitting, finishes the queued saves and the log, then quits', async () => {
    const fake = await startMain();
    const quitting = fakeEvent();

    fake.app.emit('will-quit', quitting);

    expect(quitting.defaultPrevented).toBe(true);
    await vi.waitFor(() => expect(fake.calls).toContain('quit'));
  });

  it('hardens every web contents the app creates', async () => {
    const fake = await startMain();
    const contents = new FakeWebContents();

    fake.app.emit('web-contents-created', fakeEvent(), contents);
    const navigation = fakeEvent({ url: 'https://example.com' });
    contents.emit('will-navigate', navigation);

    expect(navigation.defaultPrevented).toBe(true);
    expect(contents.windowOpenHandler!({ url: 'https://example.com' })).toEqual({ action: 'deny' });
  });

  it('answers an IPC call from its window and refuses one from elsewhere', async () => {
    const fake = await startMain();
    const listener = fake.ipcMain.channels.get('app.info')!;

    await expect(listener({ senderFrame: { url: 'app://facet/index.html', parent: null } }, undefined)).resolves.toMatchObject({
      ok: true,
      value: { name: 'Facet', version: '0.0.0-test' },
    });
    await expect(listener({ senderFrame: { url: 'https://example.com/', parent: null } }, undefined)).resolves.toMatchObject({
      ok: false,
      error: { code: 'forbidden-sender' },
    });
  });

  it('holds the window open until its page has saved, then closes it', async () => {
    const fake = await startMain();
    const window = FakeBrowserWindow.instances[0]!;
    const appFrame = { senderFrame: { url: 'app://facet/index.html', parent: null } };

    window.close();
    await new Promise((resolve) => setTimeout(resolve, 20));

    expect(window.isDestroyed()).toBe(false);
    expect(window.webContents.sent.map((s) => s.channel)).toContain('app.closeRequested');

    await fake.ipcMain.channels.get('app.readyToClose')!(appFrame, undefined);
    await vi.waitFor(() => expect(window.isDestroyed()).toBe(true));
  });

  it('closes a window whose page never answers, after a bounded wait', async () => {
    await startMain();
    const window = FakeBrowserWindow.instances[0]!;
    const started = Date.now();

    window.close();
    await vi.waitFor(() => expect(window.isDestroyed()).toBe(true), { timeout: 5000 });

    expect(Date.now() - started).toBeGreaterThanOrEqual(2900);
    expect(Date.now() - started).toBeLessThan(4500);
  }, 8000);

  it('warms the PDF renderer in the background once the window shows, not during start-up', async () => {
    const fake = await startMain();
    const window = FakeBrowserWindow.instances[0]!;
    const logsDir = fake.app.getPath('logs');
    const logged = () => readdirSync(logsDir).map((file) => readFileSync(path.join(logsDir, file), 'utf8')).join('');
    await vi.waitFor(() => expect(logged()).toContain('app.started'));
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(logged()).toContain('app.started');
    expect(logged()).not.toContain('summary-pdf.warm');

    window.emit('show');

    await vi.waitFor(() => expect(logged()).toContain('summary-pdf.warmed'), { timeout: 30_000, interval: 100 });
  }, 40_000);
});
