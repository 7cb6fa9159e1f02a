import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFakeElectron, FakeBrowserWindow } from '../fixtures/fake-electron';

// As in main-lifecycle.test.ts: one module object for every test; each test swaps in a fresh fake's members.
const electronModule = vi.hoisted(() => ({}) as Record<string, unknown>);
vi.mock('electron', () => electronModule);

(process as { resourcesPath?: string }).resourcesPath = path.resolve(import.meta.dirname, '../../assets');

/** Loads main/index.ts against a fake Electron (packaged unless told otherwise) with these command-line arguments. */
async function startMainWith(args: string[], options: { isPackaged?: boolean } = {}) {
  const fake = createFakeElectron();
  fake.app.isPackaged = options.isPackaged ?? true;
  // The fake only records that exit was called; this also keeps the code.
  const exit = vi.fn((_code?: number) => void fake.calls.push('exit'));
  Object.assign(fake.app, { exit });
  Object.assign(electronModule, fake);
  vi.resetModules();
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  const argv = process.argv;
  process.argv = ['/opt/Facet/facet', ...args];
  try {
    await import('../../main/index');
  } finally {
    process.argv = argv;
  }
  await new Promise((resolve) => setTimeout(resolve, 50));
  return { fake, exit, stderr };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('an installed Facet given a debugging switch', () => {
  it('exits with code 1 before doing anything else, saying which switch it refused', async () => {
    const { fake, exit, stderr } = await startMainWith(['--remote-debugging-port=9222']);

    expect(exit).toHaveBeenCalledWith(1);
    // Before the single-instance lock, the app:// scheme and the sandbox: the real app.exit ends the process there.
    expect(fake.calls[0]).toBe('exit');
    expect(stderr).toHaveBeenCalledWith(expect.stringContaining('Facet will not start with --remote-debugging-port'));
  });

  it('starts normally without one', async () => {
    const { exit } = await startMainWith(['--lang=fr']);

    // The window opens after app.whenReady and the launch-time reads, whose timing depends on the machine's load.
    await vi.waitFor(() => expect(FakeBrowserWindow.instances).toHaveLength(1), { timeout: 5000, interval: 20 });
    expect(exit).not.toHaveBeenCalled();
  });

  it('does not refuse it in a development run', async () => {
    const { exit } = await startMainWith(['--remote-debugging-port=9222'], { isPackaged: false });

    expect(exit).not.toHaveBeenCalled();
  });
});
