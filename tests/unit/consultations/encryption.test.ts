import { copyFileSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { KeyProtector } from '../../../main/services/consultations';
import {
  CONSULTATION_ID,
  PLAINTEXT_MARKERS,
  consultationFixture,
  insecureKeyProtector,
  openStore,
  removeTempDirs,
  tempDir,
  testKeyProtector,
} from '../../fixtures/consultation-fixtures';

afterEach(removeTempDirs);

const OTHER_ID = '9b2e4d61-0c3a-4f7e-8d15-6a9c2b7e4f30';
const UNREADABLE = { code: 'tampered', message: 'This saved consultation could not be read: it was changed or damaged.' };
const draftFile = (dir: string, id = CONSULTATION_ID) => path.join(dir, `${id}.facet-draft`);
const MAGIC_BYTES = 'FACETDRAFT1'.length;
const IV_BYTES = 12;

async function savedDraft(keys: KeyProtector = testKeyProtector()) {
  const dir = tempDir();
  const { store } = openStore(dir, { keys });
  const consultation = consultationFixture();
  await store.save(consultation);
  return { dir, consultation };
}

function flipByte(file: string, offset: (length: number) => number): void {
  const bytes = readFileSync(file);
  const at = offset(bytes.length);
  bytes[at] = bytes[at]! ^ 0x01;
  writeFileSync(file, bytes);
}

/** Counts how often the keychain is asked to wrap or unwrap the data key. */
function countingProtector(inner: KeyProtector = testKeyProtector()) {
  const calls = { protect: 0, unprotect: 0 };
  const keys: KeyProtector = {
    ...inner,
    protect: (key) => ((calls.protect += 1), inner.protect(key)),
    unprotect: (blob) => ((calls.unprotect += 1), inner.unprotect(blob)),
  };
  return { keys, calls };
}

describe('drafts at rest', () => {
  it('a saved consultation loads back exactly as it was saved', async () => {
    const { dir, consultation } = await savedDraft();
    expect(await openStore(dir).store.load(CONSULTATION_ID)).toEqual(consultation);
  });

  it('the file on disk holds nothing of the consultation in plain text', async () => {
    const { dir } = await savedDraft();
    const onDisk = Buffer.concat(readdirSync(dir).map((name) => readFileSync(path.join(dir, name))));

    for (const marker of PLAINTEXT_MARKERS) expect(onDisk.includes(Buffer.from(marker, 'utf8')), marker).toBe(false);
    expect(readdirSync(dir).sort()).toEqual([`${CONSULTATION_ID}.facet-draft`, 'key.bin', 'versions.bin']);
  });

  it('a draft starts with the versioned header, and each save uses a fresh IV', async () => {
    const { dir, consultation } = await savedDraft();
    const first = readFileSync(draftFile(dir));
    await openStore(dir).store.save(consultation);
    const second = readFileSync(draftFile(dir));

    expect(first.subarray(0, MAGIC_BYTES).toString('ascii')).toBe('FACETDRAFT2');
    expect(second.subarray(MAGIC_BYTES, MAGIC_BYTES + IV_BYTES)).not.toEqual(first.subarray(MAGIC_BYTES, MAGIC_BYTES + IV_BYTES));
    expect(second).not.toEqual(first);
  });

  it('the data key is stored wrapped by the keychain, not in the clear', async () => {
    const { dir } = await savedDraft();
    const keyFile = readFileSync(path.join(dir, 'key.bin'));
    const { key: dataKey } = await testKeyProtector().unprotect(keyFile.subarray('FACETKEY1'.length + 1));

    expect(dataKey).toHaveLength(32);
    expect(keyFile.includes(dataKey)).toBe(false);
  });
});

describe('damaged or changed drafts', () => {
  it.each([
    ['the last byte of the ciphertext', (length: number) => length - 1],
    ['the first byte of the ciphertext', () => MAGIC_BYTES + IV_BYTES + 16],
    ['a byte of the authentication tag', () => MAGIC_BYTES + IV_BYTES + 3],
    ['a byte of the IV', () => MAGIC_BYTES + 5],
    ['a byte of the header', () => 2],
  ])('a change to %s is detected when loading', async (_where, offset) => {
    const { dir } = await savedDraft();
    flipByte(draftFile(dir), offset);
    await expect(openStore(dir).store.load(CONSULTATION_ID)).rejects.toMatchObject(UNREADABLE);
  });

  it('a draft renamed to another consultation’s id does not open', async () => {
    const { dir } = await savedDraft();
    renameSync(draftFile(dir), draftFile(dir, OTHER_ID));
    await expect(openStore(dir).store.load(OTHER_ID)).rejects.toMatchObject(UNREADABLE);
  });

  it('a truncated draft does not open', async () => {
    const { dir } = await savedDraft();
    writeFileSync(draftFile(dir), readFileSync(draftFile(dir)).subarray(0, 20));
    await expect(openStore(dir).store.load(CONSULTATION_ID)).rejects.toMatchObject(UNREADABLE);
  });

  it('a draft made under another data key does not open', async () => {
    const { dir } = await savedDraft();
    const elsewhere = await savedDraft();
    copyFileSync(path.join(elsewhere.dir, 'key.bin'), path.join(dir, 'key.bin'));

    await expect(openStore(dir).store.load(CONSULTATION_ID)).rejects.toMatchObject(UNREADABLE);
  });

  it('list() leaves out a damaged draft, still lists the others, counts it, and logs only a count', async () => {
    const { dir } = await savedDraft();
    await openStore(dir).store.save(consultationFixture({ id: OTHER_ID }));
    flipByte(draftFile(dir), (length) => length - 1);
    writeFileSync(draftFile(dir, 'c1a2b3c4-d5e6-4f70-8a91-b2c3d4e5f607'), 'not a draft at all');

    const { store, logLines } = openStore(dir);
    const list = await store.list();

    expect(list.drafts.map((draft) => draft.id)).toEqual([OTHER_ID]);
    expect(list).toMatchObject({ locked: 0, unreadable: 2 });
    expect(logLines).toHaveLength(1);
    expect(logLines[0]).toMatch(/ warn consultations\.unreadable-drafts count=2$/);
  });
});

describe('the keychain', () => {
  it('a key wrapped by another keychain cannot be unlocked: load fails with a plain message', async () => {
    const { dir } = await savedDraft(testKeyProtector('first-machine'));
    await expect(openStore(dir, { keys: testKeyProtector('second-machine') }).store.load(CONSULTATION_ID)).rejects.toMatchObject({
      code: 'io-failed',
      message: 'Facet could not unlock its saved consultations with this computer’s keychain. Unlock your keychain and restart Facet.',
    });
  });

  it('the keychain is asked once, then the key is kept in memory', async () => {
    const { dir } = await savedDraft();
    const { keys, calls } = countingProtector();
    const { store } = openStore(dir, { keys });

    for (let i = 0; i < 10; i += 1) await store.save(consultationFixture({ notes: `change ${i}` }));
    await store.load(CONSULTATION_ID);
    await store.list();

    expect(calls).toEqual({ protect: 0, unprotect: 1 });
  });

  it('two first saves at the same time make one key, and both drafts open', async () => {
    const dir = tempDir();
    const { keys, calls } = countingProtector();
    const { store } = openStore(dir, { keys });

    await Promise.all([store.save(consultationFixture()), store.save(consultationFixture({ id: OTHER_ID }))]);

    expect(calls.protect).toBe(1);
    expect((await openStore(dir).store.list()).drafts.map((draft) => draft.id).sort()).toEqual([CONSULTATION_ID, OTHER_ID].sort());
  });

  it('status() tells the UI when the OS offers no secure storage', async () => {
    expect(await openStore(tempDir(), { keys: insecureKeyProtector }).store.status()).toEqual({ storageIsSecure: false, keyKind: 'none' });
    expect(await openStore(tempDir()).store.status()).toEqual({ storageIsSecure: true, keyKind: 'test' });
  });

  it('without secure storage drafts are still encrypted', async () => {
    const { dir, consultation } = await savedDraft(insecureKeyProtector);
    const onDisk = readFileSync(draftFile(dir));

    for (const marker of PLAINTEXT_MARKERS) expect(onDisk.includes(Buffer.from(marker, 'utf8')), marker).toBe(false);
    expect(await openStore(dir, { keys: insecureKeyProtector }).store.load(CONSULTATION_ID)).toEqual(consultation);
  });

  it('a key stored without secure storage is wrapped once secure storage is there, and old drafts still open', async () => {
    const { dir, consultation } = await savedDraft(insecureKeyProtector);
    const before = readFileSync(path.join(dir, 'key.bin'));

    expect(await openStore(dir).store.load(CONSULTATION_ID)).toEqual(consultation);

    const after = readFileSync(path.join(dir, 'key.bin'));
    const dataKey = before.subarray('FACETKEY1'.length + 1);
    expect(after.includes(dataKey)).toBe(false);
    expect((await testKeyProtector().unprotect(after.subarray('FACETKEY1'.length + 1))).key).toEqual(dataKey);
  });
});
