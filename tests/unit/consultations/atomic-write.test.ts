import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  atomicWriter,
  nodeFs,
  nodeWriteSteps,
  writeFileAtomically,
  type FsPort,
  type WritableFile,
  type WriteSteps,
} from '../../../main/services/atomic-write';
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

interface DiskScript {
  /** At most this many bytes per write() call, like a nearly full disk or a pipe. */
  maxBytesPerWrite?: number;
  /** The write() call (counted from 1 across the whole disk) that fails, with this error. */
  failAtWrite?: { n: number; error: NodeJS.ErrnoException };
  /** write() from this call on reports 0 bytes written and no error. */
  stallFromWrite?: number;
  /** fsync of the file fails with this error. */
  syncError?: NodeJS.ErrnoException;
  /** fstat reports this many bytes fewer than were written. */
  lostBytes?: number;
  renameError?: NodeJS.ErrnoException;
  folderSyncError?: NodeJS.ErrnoException;
}

/** Real files, with the disk's answers scripted; records each step in order. */
function scriptedDisk(script: DiskScript = {}) {
  const steps: string[] = [];
  let writes = 0;
  const wrap = (file: WritableFile): WritableFile => ({
    async write(buffer, offset, length, position) {
      writes += 1;
      steps.push('write');
      if (script.failAtWrite?.n === writes) throw script.failAtWrite.error;
      if (script.stallFromWrite !== undefined && writes >= script.stallFromWrite) return { bytesWritten: 0 };
      return file.write(buffer, offset, Math.min(length, script.maxBytesPerWrite ?? length), position);
    },
    async sync() {
      steps.push('sync');
      if (script.syncError) throw script.syncError;
      return file.sync();
    },
    async stat() {
      const { size } = await file.stat();
      return { size: size - (script.lostBytes ?? 0) };
    },
    close: () => (steps.push('close'), file.close()),
  });
  const disk: WriteSteps = {
    create: async (file, mode) => (steps.push('create'), wrap(await nodeWriteSteps.create(file, mode))),
    async rename(from, to) {
      steps.push('rename');
      if (script.renameError) throw script.renameError;
      return nodeWriteSteps.rename(from, to);
    },
    unlink: (file) => (steps.push('unlink'), nodeWriteSteps.unlink(file)),
    async syncFolder(dir) {
      steps.push('sync folder');
      if (script.folderSyncError) throw script.folderSyncError;
      return nodeWriteSteps.syncFolder(dir);
    },
  };
  return { steps, fs: { ...nodeFs, writeFileAtomic: atomicWriter(disk) } satisfies FsPort };
}

/** A folder holding `a.json` with the previous contents, as a good earlier save left it. */
function previousFile() {
  const dir = tempDir();
  const file = path.join(dir, 'a.json');
  writeFileSync(file, 'the previous good copy');
  const unchanged = () => {
    expect(readFileSync(file, 'utf8')).toBe('the previous good copy');
    expect(readdirSync(dir)).toEqual(['a.json']);
  };
  return { file, unchanged };
}

const LARGE = Buffer.from(Array.from({ length: 100_000 }, (_, i) => i % 251));

describe('atomicWriter, step by step', () => {
  it('keeps writing after a short write until every byte is on disk', async () => {
    const { file } = previousFile();
    const { steps, fs } = scriptedDisk({ maxBytesPerWrite: 4096 });

    await writeFileAtomically(file, LARGE, fs);

    expect(readFileSync(file)).toEqual(LARGE);
    expect(steps.filter((step) => step === 'write')).toHaveLength(Math.ceil(LARGE.length / 4096));
  });

  it('fsyncs the file before the rename and the folder after it', async () => {
    const { file } = previousFile();
    const { steps, fs } = scriptedDisk();

    await writeFileAtomically(file, 'new', fs);

    expect(steps).toEqual(['create', 'write', 'sync', 'close', 'rename', 'sync folder']);
  });

  it('a disk that fills up at the third write: disk-full, the previous file untouched, no temp file', async () => {
    const { file, unchanged } = previousFile();
    const { steps, fs } = scriptedDisk({ maxBytesPerWrite: 4096, failAtWrite: { n: 3, error: errnoError('ENOSPC', 'write') } });

    const error = await failureOf(writeFileAtomically(file, LARGE, fs, { action: 'save the consultation' }));

    expect(error.message).toBe('The disk is full, so Facet could not save the consultation. Free up some space and try again.');
    expect(steps).not.toContain('rename');
    unchanged();
  });

  it('a write that makes no progress and reports no error is a full disk, not an endless loop', async () => {
    const { file, unchanged } = previousFile();
    const { fs } = scriptedDisk({ maxBytesPerWrite: 1000, stallFromWrite: 2 });

    expect((await failureOf(writeFileAtomically(file, LARGE, fs))).code).toBe('disk-full');
    unchanged();
  });

  it('a file whose size on disk differs from the data after fsync is not renamed into place', async () => {
    const { file, unchanged } = previousFile();
    const { steps, fs } = scriptedDisk({ lostBytes: 1 });

    const error = await failureOf(writeFileAtomically(file, LARGE, fs, { action: 'save the consultation' }));

    expect({ code: error.code, message: error.message }).toEqual({ code: 'io-failed', message: 'Facet could not save the consultation (EIO).' });
    expect(steps).not.toContain('rename');
    unchanged();
  });

  it.each([
    ['fsync of the file', { syncError: errnoError('EIO', 'fsync') }, 'io-failed'],
    ['the rename', { renameError: errnoError('ENOSPC', 'rename') }, 'disk-full'],
  ])('a failed %s leaves the previous file untouched and removes the temp file', async (_step, script, code) => {
    const { file, unchanged } = previousFile();
    const { steps, fs } = scriptedDisk(script);

    expect((await failureOf(writeFileAtomically(file, 'new', fs, { retryDelaysMs: [] }))).code).toBe(code);
    expect(steps.at(-1)).toBe('unlink');
    unchanged();
  });

  it.each(['EISDIR', 'EINVAL', 'EPERM'])('a folder fsync refused with %s (Windows, some filesystems) still counts as saved', async (code) => {
    const { file } = previousFile();
    const { fs } = scriptedDisk({ folderSyncError: errnoError(code, 'fsync') });

    await writeFileAtomically(file, 'new', fs);

    expect(readFileSync(file, 'utf8')).toBe('new');
  });

  it('a folder fsync that fails for a real reason is reported', async () => {
    const { file } = previousFile();
    const { fs } = scriptedDisk({ folderSyncError: errnoError('EIO', 'fsync') });

    expect((await failureOf(writeFileAtomically(file, 'new', fs))).code).toBe('io-failed');
  });

  it.skipIf(process.platform === 'win32')('the temp file is private (0600) from the moment it exists', async () => {
    const dir = tempDir();
    const modes: number[] = [];
    const { fs } = scriptedDisk();
    const watching: FsPort = {
      ...fs,
      writeFileAtomic: atomicWriter({
        ...nodeWriteSteps,
        create: async (file, mode) => {
          const handle = await nodeWriteSteps.create(file, mode);
          modes.push(statSync(file).mode & 0o777);
          return handle;
        },
      }),
    };

    await writeFileAtomically(path.join(dir, 'private.bin'), 'x', watching);

    expect(modes).toEqual([0o600]);
  });
});

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
