import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { FacetError } from '../../shared/ipc/result';

/**
 * The file operations the stores need, as a port: the real one below, and in
 * tests one that fails on cue (a disk that fills up during autosave).
 */
export interface FsPort {
  /** Writes a temp file beside `file`, fsyncs it and renames it over `file`: readers see the old or the new file, never a part. */
  writeFileAtomic(file: string, data: Buffer | string, options: { mode: number }): Promise<void>;
  readFile(file: string): Promise<Buffer>;
  readdir(dir: string): Promise<string[]>;
  unlink(file: string): Promise<void>;
  stat(file: string): Promise<{ mtimeMs: number }>;
  /** Creates the folder and its parents; fine if it exists. `mode` applies to folders it creates. */
  mkdir(dir: string, mode?: number): Promise<void>;
  rename(from: string, to: string): Promise<void>;
}

/**
 * The steps of one atomic write, as a port of their own, so a test can make
 * the disk come up short or fill up at the Nth write (see atomicWriter).
 */
export interface WriteSteps {
  /** Creates a new file, failing if one is there, with permissions `mode`. */
  create(file: string, mode: number): Promise<WritableFile>;
  rename(from: string, to: string): Promise<void>;
  unlink(file: string): Promise<void>;
  /** Flushes a folder's entries, so a rename in it survives a power cut. */
  syncFolder(dir: string): Promise<void>;
}

/** The part of node's FileHandle an atomic write uses. */
export interface WritableFile {
  /** May write fewer bytes than asked: a disk that is nearly full does. */
  write(buffer: Buffer, offset: number, length: number, position: number): Promise<{ bytesWritten: number }>;
  sync(): Promise<void>;
  stat(): Promise<{ size: number }>;
  close(): Promise<void>;
}

export const nodeWriteSteps: WriteSteps = {
  create: (file, mode) => open(file, 'wx', mode),
  rename: (from, to) => rename(from, to),
  unlink: (file) => unlink(file),
  async syncFolder(dir) {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
};

/**
 * Writes `data` to a temp file beside `file`, makes sure every byte of it
 * reached the disk, and only then renames it over `file`. Any failure removes
 * the temp file and leaves the previous `file` exactly as it was.
 *
 * A single write() is not enough: on a nearly full disk the kernel writes
 * what fits and reports a short count without an error, and a rename after
 * that would put a truncated file in place of a good one.
 */
export function atomicWriter(steps: WriteSteps): FsPort['writeFileAtomic'] {
  return async (file, data, { mode }) => {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    // The target's name, a dot and a number: what the stores' leftover purge looks for.
    const temp = `${file}.${randomBytes(6).readUIntBE(0, 6)}`;
    const handle = await steps.create(temp, mode);
    let closed = false;
    try {
      for (let offset = 0; offset < bytes.length; ) {
        const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset, offset);
        // No progress and no error: the disk has nothing left to give.
        if (bytesWritten <= 0) throw errnoError('ENOSPC', 'write');
        offset += bytesWritten;
      }
      await handle.sync();
      if ((await handle.stat()).size !== bytes.length) throw errnoError('EIO', 'fstat');
      closed = true;
      await handle.close();
      await steps.rename(temp, file);
    } catch (error) {
      if (!closed) await handle.close().catch(() => undefined);
      await steps.unlink(temp).catch(() => undefined);
      throw error;
    }
    await steps.syncFolder(path.dirname(file)).catch((error: unknown) => {
      // Windows cannot open or fsync a folder; some filesystems refuse. The file itself is already synced.
      if (!FOLDER_SYNC_UNSUPPORTED.has(errnoCode(error) ?? '')) throw error;
    });
  };
}

const FOLDER_SYNC_UNSUPPORTED = new Set(['EISDIR', 'EINVAL', 'EPERM']);

function errnoError(code: string, syscall: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${syscall} did not complete`), { code, syscall });
}

export const nodeFs: FsPort = {
  writeFileAtomic: atomicWriter(nodeWriteSteps),
  readFile: (file) => readFile(file),
  readdir: (dir) => readdir(dir),
  unlink: (file) => unlink(file),
  stat: (file) => stat(file),
  mkdir: async (dir, mode) => void (await mkdir(dir, { recursive: true, mode })),
  rename: (from, to) => rename(from, to),
};

export interface AtomicWriteOptions {
  /** How messages name the target folder: "its data folder" (default) or "the chosen folder". */
  folder?: string;
  /** Finishes "Facet could not …" in error messages, e.g. "save the consultation". */
  action?: string;
  /** Files hold patient data or keys: readable by the user's account only. */
  mode?: number;
  /** Waits between attempts when Windows briefly locks the file (antivirus, indexer, a reader). */
  retryDelaysMs?: readonly number[];
}

const DEFAULT_RETRY_DELAYS_MS = [10, 25, 50, 100];

export async function writeFileAtomically(
  file: string,
  data: Buffer | string,
  fs: FsPort = nodeFs,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const { action = 'save the file', mode = 0o600, retryDelaysMs = DEFAULT_RETRY_DELAYS_MS, folder = 'its data folder' } = options;
  for (let attempt = 0; ; attempt += 1) {
    try {
      await fs.writeFileAtomic(file, data, { mode });
      return;
    } catch (error) {
      const delay = retryDelaysMs[attempt];
      if (delay === undefined || !isTransientLock(error)) throw fsFailure(error, action, folder);
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

/**
 * On Windows, renaming over a file that another program has open for a moment
 * fails with EPERM/EACCES/EBUSY; a retry shortly after succeeds. Elsewhere a
 * rename in a folder we could just create a file in does not fail that way.
 */
function isTransientLock(error: unknown): boolean {
  const code = errnoCode(error);
  if (code === 'EBUSY') return true;
  return (code === 'EPERM' || code === 'EACCES') && (error as NodeJS.ErrnoException).syscall === 'rename';
}

/**
 * A plain-words FacetError for a failed file operation. Never includes the
 * path or the original message: a path may name the user, a message may echo
 * data. The errno code is kept: it is safe and helps support.
 */
export function fsFailure(error: unknown, action: string, folder = 'its data folder'): FacetError {
  if (error instanceof FacetError) return error;
  const code = errnoCode(error);
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return new FacetError('disk-full', `The disk is full, so Facet could not ${action}. Free up some space and try again.`);
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new FacetError(
        'not-writable',
        `Facet could not ${action}: it is not allowed to write to ${folder}. Check that the folder is not read-only.`,
      );
    case 'ENAMETOOLONG':
      return new FacetError('io-failed', `Facet could not ${action}: the file name is too long for this disk.`);
    case 'ENOENT':
    case 'ENOTDIR':
      return new FacetError('io-failed', `Facet could not ${action}: ${folder} is missing.`);
    default:
      return new FacetError('io-failed', `Facet could not ${action}${code ? ` (${code})` : ''}.`);
  }
}

/** A plain-words FacetError for a file that could not be read (never its path or contents). */
export function readFailure(error: unknown, what: string): FacetError {
  if (error instanceof FacetError) return error;
  const code = errnoCode(error);
  return new FacetError('io-failed', `Facet could not open ${what}${code ? ` (${code})` : ''}.`);
}

export function errnoCode(error: unknown): string | undefined {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  return typeof code === 'string' && /^E[A-Z0-9]+$/.test(code) ? code : undefined;
}
