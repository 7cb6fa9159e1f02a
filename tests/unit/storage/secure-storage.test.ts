import { randomBytes } from 'node:crypto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeElectron } from '../../fixtures/fake-electron';

const electron = vi.hoisted(() => ({ current: null as unknown }));
vi.mock('electron', () => electron.current as object);
const fake = createFakeElectron();
electron.current = fake;

const { osKeyProtector } = await import('../../../main/secure-storage');

const { safeStorage } = fake;

beforeEach(() => {
  Object.assign(safeStorage, { available: true, backend: 'gnome_libsecret', refusing: false, rotated: false });
});

describe('the OS keychain protector (Electron’s asynchronous safeStorage)', () => {
  it('wraps the key so it is not on disk as it is, and unwraps it again', async () => {
    const keys = osKeyProtector();
    const key = randomBytes(32);

    const blob = await keys.protect(key);

    expect(blob.includes(key)).toBe(false);
    expect(await keys.unprotect(blob)).toEqual({ key, rewrap: false });
  });

  it('asks the keychain nothing until it is used (it is made before the first save)', async () => {
    const spy = vi.spyOn(safeStorage, 'isAsyncEncryptionAvailable');
    osKeyProtector();
    expect(spy).not.toHaveBeenCalled();
  });

  it.runIf(process.platform === 'linux')('reports a real keyring as secure, and Chromium’s fixed "basic" password as not secure', async () => {
    const keys = osKeyProtector();
    expect(await keys.current()).toEqual({ kind: 'os', isSecure: true });

    safeStorage.backend = 'basic_text';
    expect(await keys.current()).toEqual({ kind: 'os', isSecure: false });
  });

  it('reports no secure storage as kind none, asked afresh each time', async () => {
    const keys = osKeyProtector();
    safeStorage.available = false;
    expect(await keys.current()).toEqual({ kind: 'none', isSecure: false });

    safeStorage.available = true;
    expect((await keys.current()).kind).toBe('os');
  });

  it('passes on a refusal as a rejection, so the store can wait for the keychain', async () => {
    const keys = osKeyProtector();
    const blob = await keys.protect(randomBytes(32));
    safeStorage.refusing = true;

    await expect(keys.protect(randomBytes(32))).rejects.toThrow();
    await expect(keys.unprotect(blob)).rejects.toThrow();
  });

  it('asks for the key to be wrapped again when the keychain says its own key changed', async () => {
    const keys = osKeyProtector();
    const blob = await keys.protect(randomBytes(32));
    safeStorage.rotated = true;

    expect((await keys.unprotect(blob)).rewrap).toBe(true);
  });
});
