import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { KeyProtector } from '../../main/services/consultations';
import { testBackend } from '../fixtures/backend-ports';
import { TEST_KEY_PROTECTOR } from '../fixtures/test-keys';
import { consultationFixture, PATIENT_NAME } from '../fixtures/consultation-fixtures';
import { makeTempDir } from '../fixtures/temp-dirs';

const backendWithUserData = (userDataDir: string, keys: KeyProtector = TEST_KEY_PROTECTOR) => testBackend({ keys }, userDataDir);

describe('a data folder that cannot be written at start', () => {
  // A file where the folder should be: nothing can be created under it, even as root.
  const blocked = path.join(makeTempDir('facet-blocked-'), 'userData');
  writeFileSync(blocked, 'not a folder');

  it('starts anyway, with the built-in content and a clear status', async () => {
    const { backend } = backendWithUserData(blocked);

    await expect(backend.start()).resolves.toBeUndefined();
    const content = await backend.handlers['content.load'](undefined);
    const info = await backend.handlers['app.info'](undefined);

    expect(content.pack?.slides.length).toBeGreaterThan(0);
    expect(info.userData.writable).toBe(false);
    backend.close();
  });

  it('refuses to autosave with a plain message that names no patient, and keeps running', async () => {
    const { backend, logLines } = backendWithUserData(blocked);

    const failure = await Promise.resolve()
      .then(() => backend.handlers['consultations.save'](consultationFixture()))
      .catch((error: Error & { code?: string }) => error);

    expect(failure).toMatchObject({ code: expect.stringMatching(/io-failed|not-writable/), message: expect.stringMatching(/^Facet could not/) });
    expect((failure as Error).message).not.toContain(PATIENT_NAME.split(' ')[0]!);
    expect(logLines.join('\n')).not.toContain(PATIENT_NAME.split(' ')[0]!);
    await expect(backend.handlers['settings.get'](undefined)).resolves.toMatchObject({ paperSize: 'A4' });
    backend.close();
  });
});

describe('a keychain that refuses at start (locked at login, "Deny")', () => {
  it('starts, counts the saved drafts as locked, says what to do on save, and neither purges nor replaces anything', async () => {
    const userDataDir = makeTempDir('facet-locked-');
    const first = backendWithUserData(userDataDir);
    await first.backend.handlers['consultations.save'](consultationFixture());
    first.backend.close();
    const drafts = path.join(userDataDir, 'drafts');
    const before = readdirSync(drafts).sort();
    const keyFile = readFileSync(path.join(drafts, 'key.bin'));

    const refused = () => Promise.reject(new Error('User interaction is not allowed.'));
    const { backend, logLines } = backendWithUserData(userDataDir, { ...TEST_KEY_PROTECTOR, protect: refused, unprotect: refused });
    await backend.start();

    await expect(backend.handlers['consultations.list'](undefined)).resolves.toEqual({ drafts: [], locked: 1, unreadable: 0 });
    await expect(backend.handlers['consultations.save'](consultationFixture({ notes: 'while locked' }))).rejects.toMatchObject({
      code: 'io-failed',
      message: 'Facet could not unlock its saved consultations with this computer’s keychain. Unlock your keychain and restart Facet.',
    });
    expect(readdirSync(drafts).sort()).toEqual(before);
    expect(readFileSync(path.join(drafts, 'key.bin'))).toEqual(keyFile);
    expect(logLines.join('\n')).not.toContain(PATIENT_NAME.split(' ')[0]!);
    backend.close();
  });
});
