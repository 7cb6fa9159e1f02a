import { readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { nodeFs, type FsPort } from '../../../main/services/atomic-write';
import type { ConsultationStore } from '../../../main/services/consultations';
import { DraftSummary, type Consultation } from '../../../shared/consultation/model';
import {
  CONSULTATION_ID,
  PATIENT_NAME,
  PLAINTEXT_MARKERS,
  consultationFixture,
  errnoError,
  makeReadOnly,
  openStore,
  removeTempDirs,
  tempDir,
} from '../../fixtures/consultation-fixtures';
import { failureOf } from '../../fixtures/failure-of';

afterEach(removeTempDirs);

const OTHER_ID = '9b2e4d61-0c3a-4f7e-8d15-6a9c2b7e4f30';
const THIRD_ID = '5d8f1a3c-2b4e-4c6a-9e7f-1a2b3c4d5e6f';
const DAY_MS = 24 * 60 * 60 * 1000;
const draftFile = (dir: string, id = CONSULTATION_ID) => path.join(dir, `${id}.facet-draft`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** What a promise settles to, so a test can say what it expected instead of failing on a rejection. */
const failureOrValue = <T>(promise: Promise<T>) => promise.catch((error: Error) => ({ failed: error.message }));


/** The real fs with a switch that makes every atomic write fail as a full disk does. */
function fillableDisk() {
  const disk = { full: false, writes: 0 };
  const fs: FsPort = {
    ...nodeFs,
    writeFileAtomic: (file, data, options) => {
      disk.writes += 1;
      return disk.full ? Promise.reject(errnoError('ENOSPC', 'write', file)) : nodeFs.writeFileAtomic(file, data, options);
    },
  };
  return { disk, fs };
}

describe('resuming after a restart', () => {
  it('a new store on the same folder lists the draft by initials only and loads it unchanged', async () => {
    const dir = tempDir();
    const consultation = consultationFixture();
    await openStore(dir).store.save(consultation);

    const { store: restarted } = openStore(dir);
    const { drafts } = await restarted.list();

    expect(drafts).toEqual([{ id: CONSULTATION_ID, initials: 'ZÓ', date: '2026-11-24', updatedAt: consultation.updatedAt, concernCount: 5 }]);
    expect(await restarted.load(CONSULTATION_ID)).toEqual(consultation);
  });
});

describe('listing, loading and discarding', () => {
  it('lists drafts newest first, as valid summaries that hold no name', async () => {
    const { store } = openStore(tempDir());
    await store.save(consultationFixture({ id: OTHER_ID, updatedAt: '2026-11-24T10:00:00.000Z' }));
    await store.save(consultationFixture({ id: THIRD_ID, updatedAt: '2026-11-20T10:00:00.000Z' }));
    await store.save(consultationFixture({ updatedAt: '2026-11-25T08:00:00.000Z' }));

    const { drafts } = await store.list();

    expect(drafts.map((draft) => draft.id)).toEqual([CONSULTATION_ID, OTHER_ID, THIRD_ID]);
    for (const draft of drafts) expect(DraftSummary.parse(draft)).toEqual(draft);
    for (const marker of PLAINTEXT_MARKERS) expect(JSON.stringify(drafts)).not.toContain(marker);
  });

  it('an empty or missing folder lists nothing', async () => {
    const nothing = { drafts: [], locked: 0, unreadable: 0 };
    expect(await openStore(tempDir()).store.list()).toEqual(nothing);
    expect(await openStore(path.join(tempDir(), 'not-yet')).store.list()).toEqual(nothing);
  });

  it('save() makes the folder when it does not exist yet', async () => {
    const dir = path.join(tempDir(), 'consultations');
    const { store } = openStore(dir);
    await store.save(consultationFixture());
    expect(await store.load(CONSULTATION_ID)).toEqual(consultationFixture());
  });

  it.skipIf(process.platform === 'win32')('save() makes the folder readable by the user only (0700), and the key and draft files 0600', async () => {
    const dir = path.join(tempDir(), 'drafts');
    await openStore(dir).store.save(consultationFixture());

    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(statSync(path.join(dir, 'key.bin')).mode & 0o777).toBe(0o600);
    expect(statSync(draftFile(dir)).mode & 0o777).toBe(0o600);
  });

  it('save() answers with the time it saved', async () => {
    const { store } = openStore(tempDir(), { now: () => new Date('2026-11-24T09:53:00.000Z') });
    expect(await store.save(consultationFixture())).toEqual({ savedAt: '2026-11-24T09:53:00.000Z' });
  });

  it('discard() deletes the draft, and does nothing for one that is already gone', async () => {
    const dir = tempDir();
    const { store } = openStore(dir);
    await store.save(consultationFixture());

    await store.discard(CONSULTATION_ID);
    await store.discard(CONSULTATION_ID);

    expect(readdirSync(dir).sort()).toEqual(['key.bin', 'versions.bin']);
    await expect(store.load(CONSULTATION_ID)).rejects.toMatchObject({ code: 'not-found' });
  });

  it('an id that is not a UUID is refused before any file is touched', async () => {
    const { store } = openStore(tempDir());
    await expect(store.load('../settings')).rejects.toMatchObject({ code: 'invalid-request' });
    await expect(store.discard('../../etc/passwd')).rejects.toMatchObject({ code: 'invalid-request' });
  });
});

describe('validation', () => {
  it('an invalid consultation is refused with invalid-request and nothing is written', async () => {
    const dir = tempDir();
    const invalid = { ...consultationFixture(), patient: { name: '  ' } };

    const error = await failureOf(openStore(dir).store.save(invalid));

    expect(error.code).toBe('invalid-request');
    expect(error.message).toBe('The consultation could not be saved because some of it is not valid: patient.name.');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('the refusal names fields, never their values, even when the value is the patient’s name', async () => {
    const { store } = openStore(tempDir());
    const tooLong = consultationFixture({ patient: { name: PATIENT_NAME.repeat(20) } });
    const nameAsKey = { ...consultationFixture(), [PATIENT_NAME]: PATIENT_NAME } as Consultation;
    const nameAsRegion = consultationFixture({ concerns: [{ regionId: PATIENT_NAME.repeat(10), plannedTreatment: null, note: '' }] });

    for (const invalid of [tooLong, nameAsKey, nameAsRegion]) {
      const error = await failureOf(store.save(invalid));
      expect(error.code).toBe('invalid-request');
      expect(error.message).not.toContain('Zoë');
      expect(error.message).not.toContain('Ólafsdóttir');
    }
  });
});

describe('saves of one consultation in quick succession', () => {
  it('20 saves fired without waiting leave the last one on disk', async () => {
    const dir = tempDir();
    const { store } = openStore(dir);

    const saves = Array.from({ length: 20 }, (_, i) => store.save(consultationFixture({ notes: `note ${i}` })));
    const results = await Promise.all(saves);

    expect(results.every((result) => typeof result.savedAt === 'string')).toBe(true);
    expect((await openStore(dir).store.load(CONSULTATION_ID)).notes).toBe('note 19');
  });

  it('on a disk whose writes take uneven time, an older save still never lands after a newer one', async () => {
    const dir = tempDir();
    const jittery: FsPort = {
      ...nodeFs,
      writeFileAtomic: async (file, data, options) => {
        await sleep(Math.random() * 8);
        return nodeFs.writeFileAtomic(file, data, options);
      },
    };
    const { store } = openStore(dir, { fs: jittery });

    for (let round = 0; round < 5; round += 1) {
      const saves = Array.from({ length: 20 }, (_, i) => store.save(consultationFixture({ notes: `round ${round} note ${i}` })));
      await Promise.all(saves);
      expect((await openStore(dir).store.load(CONSULTATION_ID)).notes).toBe(`round ${round} note 19`);
    }
  });

  it('a burst of saves writes the file at most twice: saves overtaken by a newer one are skipped', async () => {
    const { disk, fs } = fillableDisk();
    const { store } = openStore(tempDir(), { fs });
    await store.save(consultationFixture());
    disk.writes = 0;

    await Promise.all(Array.from({ length: 20 }, (_, i) => store.save(consultationFixture({ notes: `note ${i}` }))));

    expect(disk.writes).toBeLessThanOrEqual(2);
  });

  it('a discard queued after saves wins over them', async () => {
    const dir = tempDir();
    const { store } = openStore(dir);
    void store.save(consultationFixture({ notes: 'a' }));
    void store.save(consultationFixture({ notes: 'b' }));
    await store.discard(CONSULTATION_ID);

    expect((await store.list()).drafts).toEqual([]);
  });
});

/** `fs` (the real one by default), with every atomic write held back `ms` (a slow disk, or antivirus scanning each file). */
function slowDisk(ms: number, fs: FsPort = nodeFs): FsPort {
  return {
    ...fs,
    writeFileAtomic: async (file, data, options) => {
      await sleep(ms);
      return fs.writeFileAtomic(file, data, options);
    },
  };
}

describe('reading while saves are under way', () => {
  it('load() right after a save that is still writing returns that save, not the one before', async () => {
    const { store } = openStore(tempDir(), { fs: slowDisk(20) });
    await store.save(consultationFixture({ notes: 'v1' }));

    const saving = store.save(consultationFixture({ notes: 'v2' }));
    const loaded = await store.load(CONSULTATION_ID);

    expect(loaded.notes).toBe('v2');
    await saving;
  });

  it('load() right after the first save of a consultation, still writing, finds it', async () => {
    const { store } = openStore(tempDir(), { fs: slowDisk(20) });

    const saving = store.save(consultationFixture({ notes: 'first' }));
    const loaded = await failureOrValue(store.load(CONSULTATION_ID));

    expect(loaded).toMatchObject({ notes: 'first' });
    await saving;
  });

  it('whenIdle() resolves only once every save and discard queued before it has settled, failed ones included', async () => {
    const dir = tempDir();
    // Slow, and with no room for one of the drafts.
    const fs: FsPort = {
      ...nodeFs,
      writeFileAtomic: async (file, data, options) => {
        await sleep(15);
        if (file.includes(THIRD_ID)) throw errnoError('ENOSPC', 'write', file);
        return nodeFs.writeFileAtomic(file, data, options);
      },
    };
    const { store } = openStore(dir, { fs });
    const settled: string[] = [];
    const track = (name: string, promise: Promise<unknown>) => {
      const done = () => void settled.push(name);
      void promise.then(done, done);
    };

    await store.save(consultationFixture());
    track('failing save', store.save(consultationFixture({ id: THIRD_ID })));
    track('save', store.save(consultationFixture({ id: OTHER_ID })));
    track('discard', store.discard(CONSULTATION_ID));
    await store.whenIdle();

    expect(settled.sort()).toEqual(['discard', 'failing save', 'save']);
    expect(readdirSync(dir).sort()).toEqual([`${OTHER_ID}.facet-draft`, 'key.bin', 'versions.bin'].sort());
  });

  it('whenIdle() resolves at once when nothing is queued', async () => {
    const { store } = openStore(tempDir());
    await expect(store.whenIdle()).resolves.toBeUndefined();
  });
});

describe('when the disk is full', () => {
  it('save() fails with disk-full and a plain message, and the previous draft stays intact', async () => {
    const dir = tempDir();
    const { disk, fs } = fillableDisk();
    const { store } = openStore(dir, { fs });
    await store.save(consultationFixture({ notes: 'saved before the disk filled up' }));

    disk.full = true;
    const error = await failureOf(store.save(consultationFixture({ notes: 'this change cannot be saved' })));

    expect(error.code).toBe('disk-full');
    expect(error.message).toBe('The disk is full, so Facet could not save the consultation. Free up some space and try again.');
    expect((await store.load(CONSULTATION_ID)).notes).toBe('saved before the disk filled up');
    expect((await openStore(dir).store.load(CONSULTATION_ID)).notes).toBe('saved before the disk filled up');
  });

  it('the next save after space is freed succeeds', async () => {
    const { disk, fs } = fillableDisk();
    const { store } = openStore(tempDir(), { fs });
    disk.full = true;
    await expect(store.save(consultationFixture())).rejects.toMatchObject({ code: 'disk-full' });

    disk.full = false;
    await store.save(consultationFixture({ notes: 'later' }));

    expect((await store.load(CONSULTATION_ID)).notes).toBe('later');
  });
});

describe('when the folder is not writable', () => {
  it('save() fails with not-writable and a plain message; saved drafts still open', async (context) => {
    const dir = tempDir();
    const { store } = openStore(dir);
    await store.save(consultationFixture({ notes: 'before' }));
    if (!makeReadOnly(dir)) return context.skip('cannot make a folder read-only here (no chmod effect, no chattr)');

    const error = await failureOf(store.save(consultationFixture({ notes: 'after' })));

    expect(error.code).toBe('not-writable');
    expect(error.message).toBe(
      'Facet could not save the consultation: it is not allowed to write to its data folder. Check that the folder is not read-only.',
    );
    expect((await openStore(dir).store.load(CONSULTATION_ID)).notes).toBe('before');
  });

  it('a first save into a read-only folder fails the same way', async (context) => {
    const dir = tempDir();
    if (!makeReadOnly(dir)) return context.skip('cannot make a folder read-only here (no chmod effect, no chattr)');
    await expect(openStore(dir).store.save(consultationFixture())).rejects.toMatchObject({ code: 'not-writable' });
  });
});

describe('retention', () => {
  const NOW = new Date('2026-11-30T12:00:00.000Z');
  const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY_MS).toISOString();

  function storeAt(dir: string, retentionDays = 7) {
    return openStore(dir, { now: () => NOW, retentionDays: () => retentionDays });
  }

  /** Saves as main did `days` before NOW, by main's own clock. */
  function savedDaysAgo(dir: string, days: number, overrides: Partial<Consultation> = {}) {
    return openStore(dir, { now: () => new Date(NOW.getTime() - days * DAY_MS) }).store.save(consultationFixture(overrides));
  }

  it('purgeExpired() deletes drafts not updated within the retention period and keeps the rest', async () => {
    const dir = tempDir();
    await savedDaysAgo(dir, 10, { updatedAt: daysAgo(10) });
    await savedDaysAgo(dir, 2, { id: OTHER_ID, updatedAt: daysAgo(2) });
    await savedDaysAgo(dir, 6.9, { id: THIRD_ID, updatedAt: daysAgo(6.9) });
    const { store } = storeAt(dir);

    expect(await store.purgeExpired()).toBe(1);
    expect((await store.list()).drafts.map((draft) => draft.id)).toEqual([OTHER_ID, THIRD_ID]);
  });

  it('reads the retention period at each purge, so a changed setting applies at once', async () => {
    const dir = tempDir();
    let retentionDays = 7;
    await savedDaysAgo(dir, 3);
    const { store } = openStore(dir, { now: () => NOW, retentionDays: () => retentionDays });

    expect(await store.purgeExpired()).toBe(0);
    retentionDays = 1;
    expect(await store.purgeExpired()).toBe(1);
  });

  it('a draft that cannot be read is judged by the file’s modification time', async () => {
    const dir = tempDir();
    const { store } = storeAt(dir);
    await store.save(consultationFixture({ updatedAt: daysAgo(1) }));
    writeFileSync(draftFile(dir, OTHER_ID), 'damaged');
    writeFileSync(draftFile(dir, THIRD_ID), 'damaged');
    const old = new Date(NOW.getTime() - 30 * DAY_MS);
    utimesSync(draftFile(dir, OTHER_ID), old, old);
    utimesSync(draftFile(dir, THIRD_ID), NOW, NOW);

    expect(await store.purgeExpired()).toBe(1);
    expect(readdirSync(dir).sort()).toEqual([`${CONSULTATION_ID}.facet-draft`, `${THIRD_ID}.facet-draft`, 'key.bin', 'versions.bin'].sort());
  });

  it('retention counts from when main last saved the draft, not from the updatedAt the window sent (a draft dated 9999 still expires)', async () => {
    const dir = tempDir();
    await savedDaysAgo(dir, 8, { updatedAt: '9999-12-31T23:59:59.000Z' });

    expect(await storeAt(dir).store.purgeExpired()).toBe(1);
    expect(readdirSync(dir)).not.toContain(`${CONSULTATION_ID}.facet-draft`);
  });

  it('a draft the window dated long ago, but that main saved today, is kept', async () => {
    const dir = tempDir();
    const { store } = storeAt(dir);
    await store.save(consultationFixture({ updatedAt: '2000-01-01T00:00:00.000Z' }));

    expect(await store.purgeExpired()).toBe(0);
    expect((await store.list()).drafts).toHaveLength(1);
  });

  it('purge removes temp files left by interrupted writes, and leaves other files alone', async () => {
    const dir = tempDir();
    const { store } = storeAt(dir);
    await store.save(consultationFixture({ updatedAt: daysAgo(1) }));
    writeFileSync(`${draftFile(dir)}.2864511093`, 'half a write');
    writeFileSync(path.join(dir, 'key.bin.118273645'), 'half a key');
    writeFileSync(path.join(dir, 'README.txt'), 'not ours');

    expect(await store.purgeExpired()).toBe(0);
    expect(readdirSync(dir).sort()).toEqual([`${CONSULTATION_ID}.facet-draft`, 'README.txt', 'key.bin', 'versions.bin'].sort());
  });

  it('purge never removes the temp file of a save that is under way', async () => {
    const dir = tempDir();
    let release = () => {};
    let started = () => {};
    const writeStarted = new Promise<void>((resolve) => (started = resolve));
    const slow: FsPort = {
      ...nodeFs,
      writeFileAtomic: async (file, data, options) => {
        if (!file.endsWith('.facet-draft')) return nodeFs.writeFileAtomic(file, data, options);
        writeFileSync(`${file}.777`, data);
        started();
        await new Promise<void>((resolve) => (release = resolve));
        await nodeFs.rename(`${file}.777`, file);
      },
    };
    const { store } = openStore(dir, { fs: slow, now: () => NOW });

    const saving = store.save(consultationFixture({ updatedAt: NOW.toISOString() }));
    await writeStarted;
    await store.purgeExpired();
    expect(readdirSync(dir)).toContain(`${CONSULTATION_ID}.facet-draft.777`);

    release();
    await saving;
    expect((await store.load(CONSULTATION_ID)).updatedAt).toBe(NOW.toISOString());
  });
});

describe('privacy', () => {
  it('no log line and no error message contains patient data, whatever happens', async () => {
    const dir = tempDir();
    const { disk, fs } = fillableDisk();
    const { store, logLines } = openStore(dir, { fs, retentionDays: () => 1, now: () => new Date('2027-01-01T00:00:00.000Z') });
    const messages: string[] = [];
    const attempt = (operation: (store: ConsultationStore) => Promise<unknown>) =>
      operation(store).catch((error: Error) => void messages.push(error.message));

    await attempt((s) => s.save(consultationFixture()));
    await attempt((s) => s.save(consultationFixture({ id: OTHER_ID })));
    await attempt((s) => s.list());
    await attempt((s) => s.load(CONSULTATION_ID));
    disk.full = true;
    await attempt((s) => s.save(consultationFixture({ notes: PATIENT_NAME })));
    await attempt((s) => s.save({ ...consultationFixture(), patient: { name: PATIENT_NAME.repeat(50) } }));
    writeFileSync(draftFile(dir, OTHER_ID), readFileSync(draftFile(dir)));
    await attempt((s) => s.list());
    await attempt((s) => s.load(OTHER_ID));
    await attempt((s) => s.purgeExpired());

    expect(messages.length).toBeGreaterThanOrEqual(3);
    expect(logLines.length).toBeGreaterThanOrEqual(3);
    for (const text of [...messages, ...logLines]) {
      for (const marker of [...PLAINTEXT_MARKERS, 'Zoë', dir]) expect(text).not.toContain(marker);
    }
  });
});
