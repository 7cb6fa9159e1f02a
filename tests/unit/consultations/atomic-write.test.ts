import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { nodeFs, writeFileAtomically, type FsPort } from '../../../main/services/atomic-write';
import { PATIENT_NAME, errnoError, removeTempDirs, tempDir } from '../../fixtures/consultation-fixtures';
import { failureOf } from '../../fixtures/failure-of';

afterEach(removeTempDirs);

const quick = { retryDelaysMs: [1, 1, 1] };

/** The real fs, except that the atomic write fails with the given errors first. */
function failingFirst(...errors: NodeJS.ErrnoException[]) {
  const port = {
    attempts: 0,
    fs: {
      ...nodeFs,
      writeFileAtomic: async (file, data, options) => {
        const error = errors[port.attempts];
        port.attempts += 1;
        if (error) throw error;
        return nodeFs.writeFileAtomic(file, data, options);
      },
    } satisfies FsPort,
  };
  return port;
}


describe('writeFileAtomically', () => {
  it('writes the data and leaves no temp file beside it', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'a.json');
    writeFileSync(file, 'old');

    await writeFileAtomically(file, 'new contents');

    expect(readFileSync(file, 'utf8')).toBe('new contents');
    expect(readdirSync(dir)).toEqual(['a.json']);
  });

  it.skipIf(process.platform === 'win32')('makes the file readable by its owner only', async () => {
    const file = path.join(tempDir(), 'private.bin');
    await writeFileAtomically(file, Buffer.from([1, 2, 3]));
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('retries when Windows briefly locks the file during the rename, then succeeds', async () => {
    const file = path.join(tempDir(), 'a.json');
    const port = failingFirst(errnoError('EPERM', 'rename'), errnoError('EBUSY', 'rename'), errnoError('EACCES', 'rename'));

    await writeFileAtomically(file, 'saved', port.fs, quick);

    expect(port.attempts).toBe(4);
    expect(readFileSync(file, 'utf8')).toBe('saved');
  });

  it('gives up after a few attempts when the lock does not go away', async () => {
    const port = failingFirst(...Array.from({ length: 10 }, () => errnoError('EPERM', 'rename')));

    const error = await failureOf(writeFileAtomically(path.join(tempDir(), 'a.json'), 'x', port.fs, quick));

    expect(port.attempts).toBe(4);
    expect(error.code).toBe('not-writable');
  });

  it('does not retry a full disk', async () => {
    const port = failingFirst(errnoError('ENOSPC', 'write'), errnoError('ENOSPC', 'write'));

    const error = await failureOf(writeFileAtomically(path.join(tempDir(), 'a.json'), 'x', port.fs, quick));

    expect(port.attempts).toBe(1);
    expect(error.code).toBe('disk-full');
  });

  it.each([
    ['ENOSPC', 'disk-full', 'The disk is full, so Facet could not save the settings. Free up some space and try again.'],
    ['EDQUOT', 'disk-full', 'The disk is full, so Facet could not save the settings. Free up some space and try again.'],
    ['EACCES', 'not-writable', 'Facet could not save the settings: it is not allowed to write to its data folder. Check that the folder is not read-only.'],
    ['EPERM', 'not-writable', 'Facet could not save the settings: it is not allowed to write to its data folder. Check that the folder is not read-only.'],
    ['EROFS', 'not-writable', 'Facet could not save the settings: it is not allowed to write to its data folder. Check that the folder is not read-only.'],
    ['ENAMETOOLONG', 'io-failed', 'Facet could not save the settings: the file name is too long for this disk.'],
    ['ENOENT', 'io-failed', 'Facet could not save the settings: its data folder is missing.'],
    ['EIO', 'io-failed', 'Facet could not save the settings (EIO).'],
  ])('%s becomes %s with a plain message that names no path', async (code, facetCode, message) => {
    const port = failingFirst(errnoError(code, 'open'));

    const error = await failureOf(writeFileAtomically(path.join(tempDir(), 'a.json'), 'x', port.fs, { action: 'save the settings', ...quick }));

    expect({ code: error.code, message: error.message }).toEqual({ code: facetCode, message });
    expect(error.message).not.toContain(PATIENT_NAME);
  });

  it('a real file name that is too long is reported as such', async () => {
    const error = await failureOf(writeFileAtomically(path.join(tempDir(), `${'n'.repeat(300)}.json`), 'x'));
    expect(error).toMatchObject({ code: 'io-failed', message: 'Facet could not save the file: the file name is too long for this disk.' });
  });

  it('a real missing folder is reported as such, and nothing is created', async () => {
    const dir = tempDir();
    const error = await failureOf(writeFileAtomically(path.join(dir, 'gone', 'a.json'), 'x'));
    expect(error).toMatchObject({ code: 'io-failed', message: 'Facet could not save the file: its data folder is missing.' });
    expect(readdirSync(dir)).toEqual([]);
  });
});
