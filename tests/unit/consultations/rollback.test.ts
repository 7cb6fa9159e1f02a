import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { nodeFs, type FsPort } from '../../../main/services/atomic-write';
import { CONSULTATION_ID, consultationFixture, errnoError, openStore, removeTempDirs, tempDir } from '../../fixtures/consultation-fixtures';

afterEach(removeTempDirs);

const OTHER_ID = '9b2e4d61-0c3a-4f7e-8d15-6a9c2b7e4f30';
const draftFile = (dir: string, id = CONSULTATION_ID) => path.join(dir, `${id}.facet-draft`);

/**
 * Someone who can write to the drafts folder, or a backup restore, puts an
 * older copy of a draft back: it is validly encrypted, so it opens. Facet
 * must still tell the practitioner that it is not the last one saved.
 */
async function olderCopyPutBack() {
  const dir = tempDir();
  const { store } = openStore(dir);
  await store.save(consultationFixture({ notes: 'first version' }));
  const older = readFileSync(draftFile(dir));
  await store.save(consultationFixture({ notes: 'second version' }));
  await store.save(consultationFixture({ id: OTHER_ID, notes: 'another consultation' }));
  writeFileSync(draftFile(dir), older);
  return { dir, store };
}

describe('an older copy of a draft put back in place', () => {
  it('is listed with a flag saying it is an older copy; the others are not flagged', async () => {
    const { store } = await olderCopyPutBack();

    const { drafts } = await store.list();

    expect(drafts.find((draft) => draft.id === CONSULTATION_ID)?.olderCopy).toBe(true);
    expect(drafts.find((draft) => draft.id === OTHER_ID)?.olderCopy).toBeUndefined();
  });

  it('is still detected after a restart', async () => {
    const { dir } = await olderCopyPutBack();

    const { drafts } = await openStore(dir).store.list();

    expect(drafts.find((draft) => draft.id === CONSULTATION_ID)?.olderCopy).toBe(true);
  });

  it('still opens (it may be all there is), and the log says so without any patient data', async () => {
    const { dir } = await olderCopyPutBack();
    const { store, logLines } = openStore(dir);

    expect((await store.load(CONSULTATION_ID)).notes).toBe('first version');
    expect(logLines.filter((line) => line.includes('consultations.older-copy'))).toHaveLength(1);
    expect(logLines.join('\n')).not.toContain('version');
  });

  it('is no longer flagged once it is saved again', async () => {
    const { store } = await olderCopyPutBack();

    await store.save(consultationFixture({ notes: 'third version' }));

    expect((await store.list()).drafts.every((draft) => draft.olderCopy === undefined)).toBe(true);
  });

  it('a copy of a discarded consultation put back is flagged too', async () => {
    const dir = tempDir();
    const { store } = openStore(dir);
    await store.save(consultationFixture());
    const copy = readFileSync(draftFile(dir));
    await store.discard(CONSULTATION_ID);
    writeFileSync(draftFile(dir), copy);

    expect((await openStore(dir).store.list()).drafts).toMatchObject([{ id: CONSULTATION_ID, olderCopy: true }]);
  });
});

describe('the book of versions (versions.bin)', () => {
  it('when it is damaged, drafts still list and open, and it starts again', async () => {
    const dir = tempDir();
    await openStore(dir).store.save(consultationFixture());
    writeFileSync(path.join(dir, 'versions.bin'), 'damaged');
    const { store, logLines } = openStore(dir);

    expect((await store.list()).drafts).toMatchObject([{ id: CONSULTATION_ID }]);
    await store.save(consultationFixture({ notes: 'saved again' }));

    expect(logLines.some((line) => line.includes('consultations.versions-unreadable'))).toBe(true);
    expect((await openStore(dir).store.load(CONSULTATION_ID)).notes).toBe('saved again');
  });

  it('a write of it that fails never fails the save', async () => {
    const dir = tempDir();
    const fs: FsPort = {
      ...nodeFs,
      writeFileAtomic: (file, data, options) =>
        file.endsWith('versions.bin') ? Promise.reject(errnoError('ENOSPC', 'write', file)) : nodeFs.writeFileAtomic(file, data, options),
    };
    const { store, logLines } = openStore(dir, { fs });

    await store.save(consultationFixture({ notes: 'saved' }));

    expect((await openStore(dir).store.load(CONSULTATION_ID)).notes).toBe('saved');
    expect(logLines.some((line) => line.includes('consultations.versions-save-failed'))).toBe(true);
  });

  it('a copy of an expired draft put back after the purge is purged again (its sealed save time is old)', async () => {
    const dir = tempDir();
    const longAgo = new Date('2026-01-01T00:00:00.000Z');
    await openStore(dir, { now: () => longAgo }).store.save(consultationFixture());
    const copy = readFileSync(draftFile(dir));
    const { store } = openStore(dir, { now: () => new Date('2026-03-01T00:00:00.000Z'), retentionDays: () => 7 });
    expect(await store.purgeExpired()).toBe(1);

    writeFileSync(draftFile(dir), copy);

    expect(await store.purgeExpired()).toBe(1);
  });
});
