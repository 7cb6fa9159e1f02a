import { mkdir, readdir, readFile, rename, stat, unlink } from 'node:fs/promises';
import writeFileAtomic from 'write-file-atomic';
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
  /** Creates the folder and its parents; fine if it exists. */
  mkdir(dir: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
}

export const nodeFs: FsPort = {
  writeFileAtomic: (file, data, options) => writeFileAtomic(file, data, { mode: options.mode }),
  readFile: (file) => readFile(file),
  readdir: (dir) => readdir(dir),
  unlink: (file) => unlink(file),
  stat: (file) => stat(file),
  mkdir: async (dir) => void (await mkdir(dir, { recursive: true })),
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
