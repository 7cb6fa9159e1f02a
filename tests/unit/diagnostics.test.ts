import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import {
  handleProcessErrors,
  installDiagnostics,
  keepCrashDumpsInDataFolder,
  startLocalCrashReporter,
  UNCAUGHT_DIALOG,
  UNRESPONSIVE_DIALOG,
  watchChildProcesses,
  watchUnresponsive,
  type DiagnosticsElectron,
} from '../../main/diagnostics';
import { createLogger } from '../../main/services/log';
import { createFakeElectron, FakeBrowserWindow, FakeEmitter, fakeEvent } from '../fixtures/fake-electron';

const roots: string[] = [];
afterAll(() => roots.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function recorder() {
  const lines: string[] = [];
  return { log: createLogger((line) => lines.push(line)), lines };
}

/** A stand-in for `process`: the same listener API, without touching the test runner's own. */
function fakeProcess() {
  const proc = new FakeEmitter();
  return Object.assign(proc, { on: proc.on.bind(proc) }) as FakeEmitter & Pick<NodeJS.Process, 'on'>;
}

function electronParts(fake: ReturnType<typeof createFakeElectron>): DiagnosticsElectron {
  return fake as unknown as DiagnosticsElectron;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A patient's name and a path, as an error message or a rejection could carry them. */
const SECRET_MESSAGE = 'ENOENT: no such file, open /home/amara/Patients/Zoë Ólafsdóttir/summary.pdf';

describe('uncaught exceptions and unhandled rejections in main', () => {
  it('logs an uncaught exception by type and code only, never its message or stack', () => {
    const fake = createFakeElectron();
    const proc = fakeProcess();
    const { log, lines } = recorder();
    handleProcessErrors(proc, electronParts(fake), log);

    proc.emit('uncaughtException', Object.assign(new TypeError(SECRET_MESSAGE), { code: 'ENOENT' }), 'uncaughtException');

    expect(lines).toEqual([expect.stringMatching(/ error main\.uncaught-exception type="TypeError" code="ENOENT"$/)]);
    expect(lines.join('\n')).not.toMatch(/amara|Zoë|Patients|summary/);
  });

  it('keeps running and tells the practitioner, over the window they work in, that their work is saved', async () => {
    const fake = createFakeElectron();
    const proc = fakeProcess();
    const window = new FakeBrowserWindow({});
    FakeBrowserWindow.focused = window;
    fake.dialog.holdMessageBoxes = true;
    handleProcessErrors(proc, electronParts(fake), recorder().log);

    proc.emit('uncaughtException', new Error(SECRET_MESSAGE));

    expect(fake.dialog.open).toHaveLength(1);
    expect(fake.dialog.open[0]!.window).toBe(window);
    expect(fake.dialog.open[0]!.options).toMatchObject({ message: UNCAUGHT_DIALOG.message, buttons: ['Keep working', 'Restart Facet'] });
    expect(fake.dialog.open[0]!.options.detail).toContain('saved');
    expect(JSON.stringify(fake.dialog.open[0]!.options)).not.toContain('Zoë');
    fake.dialog.open[0]!.answer(0);
    await settle();
    expect(fake.calls).not.toContain('quit');
    expect(fake.calls).not.toContain('exit');
  });

  it('relaunches through a normal quit (which waits for saves) when the practitioner chooses to restart', async () => {
    const fake = createFakeElectron();
    const proc = fakeProcess();
    fake.dialog.holdMessageBoxes = true;
    handleProcessErrors(proc, electronParts(fake), recorder().log);

    proc.emit('uncaughtException', new Error('boom'));
    fake.dialog.open[0]!.answer(1);
    await settle();

    expect(fake.calls.filter((call) => ['relaunch', 'quit', 'exit'].includes(call))).toEqual(['relaunch', 'quit']);
  });

  it('shows one dialog at a time when a fault repeats, and logs every occurrence', async () => {
    const fake = createFakeElectron();
    const proc = fakeProcess();
    const { log, lines } = recorder();
    fake.dialog.holdMessageBoxes = true;
    handleProcessErrors(proc, electronParts(fake), log);

    for (let i = 0; i < 5; i += 1) proc.emit('uncaughtException', new RangeError('again'));
    expect(fake.dialog.open).toHaveLength(1);
    expect(lines).toHaveLength(5);

    fake.dialog.open[0]!.answer(0);
    await settle();
    proc.emit('uncaughtException', new RangeError('later'));
    expect(fake.dialog.open).toHaveLength(1);
  });

  it('before the app is ready, says Facet could not start and exits', () => {
    const fake = createFakeElectron();
    fake.app.ready = false;
    const proc = fakeProcess();
    handleProcessErrors(proc, electronParts(fake), recorder().log);

    proc.emit('uncaughtException', new Error('early'));

    expect(fake.dialog.errors).toEqual(['Facet could not start']);
    expect(fake.calls).toContain('exit');
  });

  it('survives a thrown value whose properties throw when read', () => {
    const fake = createFakeElectron();
    const proc = fakeProcess();
    const { log, lines } = recorder();
    handleProcessErrors(proc, electronParts(fake), log);
    const hostile = new Proxy({}, { get: () => { throw new Error('trap'); }, getPrototypeOf: () => { throw new Error('trap'); } });

    expect(() => proc.emit('uncaughtException', hostile)).not.toThrow();
    expect(lines[0]).toMatch(/ error main\.uncaught-exception type="unreadable"$/);
  });

  it('logs an unhandled rejection by type only, without a dialog', () => {
    const fake = createFakeElectron();
    const proc = fakeProcess();
    const { log, lines } = recorder();
    handleProcessErrors(proc, electronParts(fake), log);

    proc.emit('unhandledRejection', new Error(SECRET_MESSAGE), Promise.resolve());
    proc.emit('unhandledRejection', SECRET_MESSAGE, Promise.resolve());

    expect(lines).toEqual([
      expect.stringMatching(/ error main\.unhandled-rejection type="Error"$/),
      expect.stringMatching(/ error main\.unhandled-rejection type="string"$/),
    ]);
    expect(fake.dialog.messages).toEqual([]);
  });
});

describe('the crash reporter', () => {
  it('starts local only: uploads off and no address to send to', () => {
    const fake = createFakeElectron();
    const { log, lines } = recorder();

    startLocalCrashReporter(fake.crashReporter, log);

    expect(fake.crashReporter.started).toHaveLength(1);
    expect(fake.crashReporter.started[0]).toMatchObject({ uploadToServer: false });
    expect(fake.crashReporter.started[0]).not.toHaveProperty('submitURL');
    expect(fake.crashReporter.started[0]).not.toHaveProperty('extra');
    expect(fake.crashReporter.started[0]).not.toHaveProperty('globalExtra');
    expect(lines).toEqual([expect.stringMatching(/ info crash-reporter\.started uploads=false$/)]);
  });

  it('keeps dumps in Facet’s own data folder when it has one, and leaves the OS default otherwise', () => {
    const own = createFakeElectron();
    keepCrashDumpsInDataFolder(electronParts(own).app, true);
    const standard = createFakeElectron();
    keepCrashDumpsInDataFolder(electronParts(standard).app, false);

    expect(own.app.getPath('crashDumps')).toBe(path.join(own.app.getPath('userData'), 'Crashpad'));
    expect(standard.app.paths.has('crashDumps')).toBe(false);
  });

  it('does not stop Facet when the crash reporter cannot start', () => {
    const { log, lines } = recorder();
    const refusing = { start: () => { throw new Error('crashpad handler missing'); } };

    expect(() => startLocalCrashReporter(refusing, log)).not.toThrow();
    expect(lines).toEqual([expect.stringMatching(/ warn crash-reporter\.unavailable type="Error"$/)]);
  });
});

describe('crashed child processes', () => {
  it('logs the type, reason and exit code of a helper process that went away', () => {
    const fake = createFakeElectron();
    const { log, lines } = recorder();
    watchChildProcesses(electronParts(fake).app, log);

    fake.app.emit('child-process-gone', fakeEvent(), { type: 'GPU', reason: 'crashed', exitCode: 139 });
    fake.app.emit('child-process-gone', fakeEvent(), { type: 'Utility', reason: 'oom', exitCode: -1, serviceName: 'network.mojom.NetworkService', name: 'Network Service' });
    fake.app.emit('child-process-gone', fakeEvent(), { type: 'Sandbox helper', reason: 'clean-exit', exitCode: 0 });

    expect(lines).toEqual([
      expect.stringMatching(/ error child-process\.gone type="gpu" reason="crashed" exitCode=139$/),
      expect.stringMatching(/ error child-process\.gone type="utility" reason="oom" exitCode=-1 service="network\.mojom\.NetworkService"$/),
      expect.stringMatching(/ info child-process\.gone type="sandbox-helper" reason="clean-exit" exitCode=0$/),
    ]);
  });
});

describe('a window that stops responding', () => {
  /** Timers the test fires by hand. */
  function manualTimers() {
    const pending = new Set<{ run: () => void; ms: number }>();
    return {
      pending,
      setTimer: (run: () => void, ms: number) => {
        const timer = { run, ms };
        pending.add(timer);
        return timer;
      },
      clearTimer: (timer: unknown) => void pending.delete(timer as { run: () => void; ms: number }),
      fire() {
        const due = [...pending];
        pending.clear();
        due.forEach((timer) => timer.run());
      },
    };
  }

  function hungWindow() {
    const fake = createFakeElectron();
    fake.dialog.holdMessageBoxes = true;
    const window = new FakeBrowserWindow({});
    const timers = manualTimers();
    const { log, lines } = recorder();
    watchUnresponsive(window as never, fake.dialog as never, log, { askAfterMs: 10_000, setTimer: timers.setTimer, clearTimer: timers.clearTimer });
    return { fake, window, timers, lines };
  }

  it('logs the hang at once, and asks only after a while', () => {
    const { fake, window, timers, lines } = hungWindow();

    window.emit('unresponsive');
    expect(lines).toEqual([expect.stringMatching(/ warn renderer\.unresponsive$/)]);
    expect(fake.dialog.open).toHaveLength(0);
    expect([...timers.pending].map((timer) => timer.ms)).toEqual([10_000]);

    timers.fire();
    expect(fake.dialog.open).toHaveLength(1);
    expect(fake.dialog.open[0]!.window).toBe(window);
    expect(fake.dialog.open[0]!.options).toMatchObject({ message: UNRESPONSIVE_DIALOG.message, buttons: ['Wait', 'Reload window'], cancelId: 0 });
    expect(fake.dialog.open[0]!.options.detail).toMatch(/saved as you work/);
  });

  it('never asks when the window recovers in time, and notes that it did', () => {
    const { fake, window, timers, lines } = hungWindow();

    window.emit('unresponsive');
    window.emit('responsive');
    timers.fire();

    expect(fake.dialog.open).toHaveLength(0);
    expect(lines.at(-1)).toMatch(/ info renderer\.responsive afterMs=\d+$/);
  });

  it('closes the question by itself when the window recovers while it is open, and reloads nothing', async () => {
    const { fake, window, timers } = hungWindow();

    window.emit('unresponsive');
    timers.fire();
    window.emit('responsive');
    await settle();

    expect(fake.dialog.open).toHaveLength(0);
    expect(window.webContents.reloads).toBe(0);
    expect(timers.pending.size).toBe(0);
  });

  it('reloads in a fresh renderer when the practitioner chooses to', async () => {
    const { fake, window, timers, lines } = hungWindow();

    window.emit('unresponsive');
    timers.fire();
    fake.dialog.open[0]!.answer(1);
    await settle();

    expect(window.webContents.forcedCrashes).toBe(1);
    expect(window.webContents.reloads).toBe(1);
    expect(lines.some((line) => / warn renderer\.reload-chosen$/.test(line))).toBe(true);
  });

  it('asks again after the same while when the practitioner waits and the window is still hung', async () => {
    const { fake, window, timers } = hungWindow();

    window.emit('unresponsive');
    timers.fire();
    fake.dialog.open[0]!.answer(0);
    await settle();
    expect(window.webContents.reloads).toBe(0);
    expect(fake.dialog.open).toHaveLength(0);

    timers.fire();
    expect(fake.dialog.open).toHaveLength(1);
  });

  it('forgets a window that was closed while hung', () => {
    const { fake, window, timers } = hungWindow();

    window.emit('unresponsive');
    window.close();
    timers.fire();

    expect(fake.dialog.open).toHaveLength(0);
  });
});

describe('installDiagnostics', () => {
  function install(options: { development?: boolean; ownDataFolder?: boolean; logsFolderBlocked?: boolean } = {}) {
    const fake = createFakeElectron();
    const root = mkdtempSync(path.join(tmpdir(), 'facet-diagnostics-'));
    roots.push(root);
    fake.app.setAppLogsPath(path.join(root, 'logs'));
    if (options.logsFolderBlocked) writeFileSync(path.join(root, 'logs'), 'a file where the folder should be');
    const proc = fakeProcess();
    const stdout = new PassThrough();
    let printed = '';
    stdout.on('data', (chunk: Buffer) => (printed += chunk.toString()));
    const { log, logFile } = installDiagnostics(electronParts(fake), {
      ownDataFolder: options.ownDataFolder ?? false,
      development: options.development ?? false,
      process: proc,
      stdout,
    });
    return { fake, proc, log, logFile, logsDir: path.join(root, 'logs'), printed: () => printed };
  }

  it('writes the log to a daily file in the logs folder, and a packaged app prints nothing', async () => {
    const { log, logFile, logsDir, printed } = install();

    log.info('app.started', { version: '1.0.0' });
    await logFile.flush();

    const [file, ...others] = readdirSync(logsDir);
    expect(others).toEqual([]);
    expect(file).toMatch(/^facet-\d{4}-\d{2}-\d{2}\.log$/);
    expect(readFileSync(path.join(logsDir, file!), 'utf8')).toMatch(/ info app\.started version="1\.0\.0"\n$/);
    expect(printed()).toBe('');
  });

  it('also prints every line in a development run', async () => {
    const { log, logFile, printed } = install({ development: true });

    log.warn('content.watch-lost');
    await logFile.flush();

    expect(printed()).toMatch(/ warn content\.watch-lost\n$/);
  });

  it.each([
    ['a packaged app', false],
    ['a development run', true],
  ])('in %s, prints each line once when the logs folder cannot be written, and says so once', async (_kind, development) => {
    const { log, logFile, printed } = install({ development, logsFolderBlocked: true });

    log.warn('content.watch-lost');
    await logFile.flush();
    log.warn('consultations.locked-drafts', { count: 2 });
    await logFile.flush();

    const lines = printed().trimEnd().split('\n');
    expect(lines.map((line) => line.split(' ')[2])).toEqual(
      development
        ? ['crash-reporter.started', 'content.watch-lost', 'log.file-unavailable', 'consultations.locked-drafts']
        : ['log.file-unavailable', 'crash-reporter.started', 'content.watch-lost', 'consultations.locked-drafts'],
    );
  });

  it('starts the crash reporter, and watches the process, helper processes and every new window', async () => {
    const { fake, proc, logFile, logsDir } = install({ ownDataFolder: true });
    const window = new FakeBrowserWindow({});

    fake.app.emit('browser-window-created', fakeEvent(), window);
    window.emit('unresponsive');
    fake.app.emit('child-process-gone', fakeEvent(), { type: 'GPU', reason: 'crashed', exitCode: 1 });
    proc.emit('unhandledRejection', new Error('x'));
    await logFile.flush();

    expect(fake.crashReporter.started).toEqual([expect.objectContaining({ uploadToServer: false })]);
    expect(fake.app.getPath('crashDumps')).toBe(path.join(fake.app.getPath('userData'), 'Crashpad'));
    const text = readdirSync(logsDir).map((name) => readFileSync(path.join(logsDir, name), 'utf8')).join('');
    expect(text).toMatch(/crash-reporter\.started[\s\S]*renderer\.unresponsive[\s\S]*child-process\.gone[\s\S]*main\.unhandled-rejection/);
  });

  it('writes the lines still queued when the process exits', () => {
    const { proc, log, logsDir } = install();

    log.error('app.start-failed', { type: 'Error' });
    proc.emit('exit', 1);

    const text = readdirSync(logsDir).map((name) => readFileSync(path.join(logsDir, name), 'utf8')).join('');
    expect(text).toContain('app.start-failed');
  });
});
