import { readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { KeyProtector } from '../../../main/services/consultations';
import { CONSULTATION_ID, consultationFixture, openStore, removeTempDirs, tempDir, testKeyProtector } from '../../fixtures/consultation-fixtures';
import { failureOf } from '../../fixtures/failure-of';

afterEach(removeTempDirs);

const OTHER_ID = '9b2e4d61-0c3a-4f7e-8d15-6a9c2b7e4f30';
const THIRD_ID = '5d8f1a3c-2b4e-4c6a-9e7f-1a2b3c4d5e6f';
const DAY_MS = 24 * 60 * 60 * 1000;
const LOCKED = {
  code: 'io-failed',
  message: 'Facet could not unlock its saved consultations with this computer’s keychain. Unlock your keychain and restart Facet.',
};
const refused = () => Promise.reject(new Error('The user name or passphrase you entered is not correct.'));

/**
 * The test keychain with two switches: `refusing` (a locked keyring at
 * login, a "Deny" click) makes it fail to wrap or unwrap; `unavailable`
 * (secure storage not up yet at start) makes it report no secure storage.
 */
function switchableKeychain(inner: KeyProtector = testKeyProtector()) {
  const state = { refusing: false, unavailable: false, unprotectCalls: 0 };
  const keys: KeyProtector = {
    current: async () => (state.unavailable ? { kind: 'none', isSecure: false } : inner.current()),
    protect: (key) => (state.refusing || state.unavailable ? refused() : inner.protect(key)),
    unprotect(blob) {
      state.unprotectCalls += 1;
      return state.refusing || state.unavailable ? refused() : inner.unprotect(blob);
    },
  };
  return { keys, state };
}

/** What twoSavedDrafts leaves in the folder. */
const SAVED_FILES = [`${CONSULTATION_ID}.facet-draft`, `${OTHER_ID}.facet-draft`, 'key.bin', 'versions.bin'].sort();

/** A folder with two drafts saved under a working keychain, and that keychain (the app restarted since). */
async function twoSavedDrafts() {
  const dir = tempDir();
  const { store } = openStore(dir);
  await store.save(consultationFixture({ notes: 'first draft' }));
  await store.save(consultationFixture({ id: OTHER_ID, notes: 'second draft' }));
  const keyFile = readFileSync(path.join(dir, 'key.bin'));
  return { dir, keyFile, ...switchableKeychain() };
}

describe('a keychain that refuses for a while', () => {
  it('the key is not replaced: a save fails with a plain "unlock" message, and key.bin stays as it was', async () => {
    const { dir, keyFile, keys, state } = await twoSavedDrafts();
    state.refusing = true;
    const { store } = openStore(dir, { keys });

    const error = await failureOf(store.save(consultationFixture({ notes: 'a change while locked' })));

    expect({ code: error.code, message: error.message }).toEqual(LOCKED);
    expect(readdirSync(dir).sort()).toEqual(SAVED_FILES);
    expect(readFileSync(path.join(dir, 'key.bin'))).toEqual(keyFile);
  });

  it('is asked again on the next call, and once it unlocks every earlier draft opens and saving works', async () => {
    const { dir, keys, state } = await twoSavedDrafts();
    state.refusing = true;
    const { store } = openStore(dir, { keys });
    await expect(store.save(consultationFixture({ notes: 'while locked' }))).rejects.toMatchObject(LOCKED);
    await expect(store.load(CONSULTATION_ID)).rejects.toMatchObject({ code: 'io-failed' });

    state.refusing = false;
    await store.save(consultationFixture({ notes: 'after unlocking' }));

    expect((await store.list()).drafts.map((draft) => draft.id).sort()).toEqual([CONSULTATION_ID, OTHER_ID].sort());
    expect((await store.load(OTHER_ID)).notes).toBe('second draft');
    expect((await openStore(dir).store.load(CONSULTATION_ID)).notes).toBe('after unlocking');
  });

  it('while it is locked, the list counts the drafts as locked instead of hiding them', async () => {
    const { dir, keys, state } = await twoSavedDrafts();
    state.refusing = true;

    expect(await openStore(dir, { keys }).store.list()).toEqual({ drafts: [], locked: 2, unreadable: 0 });
  });

  it('the list asks the keychain once, not once per draft', async () => {
    const { dir, keys, state } = await twoSavedDrafts();
    state.refusing = true;

    await openStore(dir, { keys }).store.list();

    expect(state.unprotectCalls).toBe(1);
  });

  it('purge never deletes a draft it cannot open because the key is locked, however old the draft', async () => {
    const { dir, keys, state } = await twoSavedDrafts();
    const longAgo = new Date(Date.now() - 400 * DAY_MS);
    for (const id of [CONSULTATION_ID, OTHER_ID]) utimesSync(path.join(dir, `${id}.facet-draft`), longAgo, longAgo);
    state.refusing = true;

    const { store } = openStore(dir, { keys, retentionDays: () => 1 });

    expect(await store.purgeExpired()).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(SAVED_FILES);
    state.refusing = false;
    expect((await store.list()).drafts).toHaveLength(2);
  });
});

describe('secure storage that is not available at start', () => {
  it('a key the keychain protected is kept, no raw key is written, and saving waits for the keychain', async () => {
    const { dir, keyFile, keys, state } = await twoSavedDrafts();
    state.unavailable = true;
    const { store } = openStore(dir, { keys });

    await expect(store.save(consultationFixture({ notes: 'while unavailable' }))).rejects.toMatchObject(LOCKED);
    expect(await store.list()).toEqual({ drafts: [], locked: 2, unreadable: 0 });

    expect(readdirSync(dir).sort()).toEqual(SAVED_FILES);
    expect(readFileSync(path.join(dir, 'key.bin'))).toEqual(keyFile);
    state.unavailable = false;
    expect((await store.load(CONSULTATION_ID)).notes).toBe('first draft');
  });

  it('with no key yet, a first save whose keychain refuses writes nothing at all', async () => {
    const dir = tempDir();
    const { keys, state } = switchableKeychain();
    state.refusing = true;

    await expect(openStore(dir, { keys }).store.save(consultationFixture())).rejects.toMatchObject(LOCKED);

    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('no secure storage at all', () => {
  it('a key is stored unprotected only when status() tells Settings that storage is not secure', async () => {
    const dir = tempDir();
    const { keys, state } = switchableKeychain();
    state.unavailable = true;
    const { store } = openStore(dir, { keys });

    await store.save(consultationFixture());

    const keyFile = readFileSync(path.join(dir, 'key.bin'));
    expect(keyFile['FACETKEY1'.length]).toBe(0);
    expect(await store.status()).toEqual({ storageIsSecure: false, keyKind: 'none' });
  });
});

describe('a key file that is not a key file at all', () => {
  it('is kept aside and a new key made, so saving goes on; drafts made under it are counted as unreadable', async () => {
    const { dir } = await twoSavedDrafts();
    writeFileSync(path.join(dir, 'key.bin'), Buffer.alloc(64));
    const { store, logLines } = openStore(dir);

    await store.save(consultationFixture({ id: THIRD_ID }));

    expect(readdirSync(dir).filter((name) => name.startsWith('key.bin.damaged-'))).toHaveLength(1);
    expect(await store.list()).toMatchObject({ drafts: [{ id: THIRD_ID }], locked: 0, unreadable: 2 });
    expect(logLines.some((line) => line.includes('consultations.key-damaged-replaced'))).toBe(true);
  });
});

describe('a keychain whose own key changed', () => {
  it('gets the data key wrapped again when it asks, and every draft still opens', async () => {
    const { dir, keyFile } = await twoSavedDrafts();
    const inner = testKeyProtector();
    const rotating: KeyProtector = { ...inner, unprotect: async (blob) => ({ ...(await inner.unprotect(blob)), rewrap: true }) };

    expect((await openStore(dir, { keys: rotating }).store.load(OTHER_ID)).notes).toBe('second draft');

    expect(readFileSync(path.join(dir, 'key.bin'))).not.toEqual(keyFile);
    expect((await openStore(dir).store.list()).drafts).toHaveLength(2);
  });
});
