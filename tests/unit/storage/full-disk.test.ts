import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, type TestContext } from 'vitest';
import { writeFileAtomically } from '../../../main/services/atomic-write';
import { CONSULTATION_ID, consultationFixture, openStore } from '../../fixtures/consultation-fixtures';
import { failureOf } from '../../fixtures/failure-of';
import { mountSmallDisk, type SmallDisk } from '../../fixtures/small-disk';

/**
 * On a real 64 KiB tmpfs: fill it so that only a page or so is left, then
 * write something bigger. The kernel then writes part of it and reports a
 * short count; a write that ignores that count renames a truncated file
 * over the good one and says it saved.
 */
const mounted = mountSmallDisk(64);
const disk: SmallDisk | null = 'dir' in mounted ? mounted : null;
if (!disk && 'reason' in mounted) console.warn(`full-disk tests skipped: ${mounted.reason}`);

afterAll(() => disk?.unmount());

let round = 0;
/** A fresh folder on the small disk for each test. */
function folder(context: TestContext): string {
  if (!disk) return context.skip(`no small disk: ${'reason' in mounted ? mounted.reason : ''}`) as never;
  const dir = path.join(disk.dir, `t${(round += 1)}`);
  mkdirSync(dir);
  return dir;
}

afterEach(() => disk?.empty());

const DISK_FULL = 'The disk is full, so Facet could not save the consultation. Free up some space and try again.';
/** Notes big enough that the draft cannot fit in the page left free. */
const BIG_NOTES = 'Notes that no longer fit on the disk. '.repeat(250);

describe('a disk that fills up during a save (real tmpfs)', () => {
  it('save() fails with disk-full, the previous draft survives intact, and no temp file is left', async (context) => {
    const dir = folder(context);
    const { store } = openStore(dir);
    await store.save(consultationFixture({ notes: 'saved before the disk filled up' }));
    const before = readFileSync(path.join(dir, `${CONSULTATION_ID}.facet-draft`));

    disk!.fill(4096);
    const error = await failureOf(store.save(consultationFixture({ notes: BIG_NOTES })));

    expect({ code: error.code, message: error.message }).toEqual({ code: 'disk-full', message: DISK_FULL });
    expect(readFileSync(path.join(dir, `${CONSULTATION_ID}.facet-draft`))).toEqual(before);
    expect((await openStore(dir).store.load(CONSULTATION_ID)).notes).toBe('saved before the disk filled up');
    expect(readdirSync(dir).filter((name) => /\.\d+$/.test(name))).toEqual([]);
  });

  it('once space is freed, the next save succeeds', async (context) => {
    const dir = folder(context);
    const { store } = openStore(dir);
    await store.save(consultationFixture({ notes: 'first' }));
    disk!.fill(4096);
    await expect(store.save(consultationFixture({ notes: BIG_NOTES }))).rejects.toMatchObject({ code: 'disk-full' });

    disk!.empty();
    await store.save(consultationFixture({ notes: BIG_NOTES }));

    expect((await openStore(dir).store.load(CONSULTATION_ID)).notes).toBe(BIG_NOTES);
  });

  it('writeFileAtomically (the summary PDF, settings) keeps the previous file when the new one does not fit', async (context) => {
    const dir = folder(context);
    const file = path.join(dir, 'summary.pdf');
    writeFileSync(file, 'the previous summary');

    disk!.fill(4096);
    const error = await failureOf(writeFileAtomically(file, Buffer.alloc(40_000, 0x25), undefined, { action: 'save the summary' }));

    expect(error.code).toBe('disk-full');
    expect(readFileSync(file, 'utf8')).toBe('the previous summary');
    expect(readdirSync(dir)).toEqual(['summary.pdf']);
  });
});
