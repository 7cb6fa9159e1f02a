import { constants } from 'node:fs';
import { open, realpath } from 'node:fs/promises';
import path from 'node:path';

/**
 * Reading a file from a content folder without trusting the folder: a link is followed
 * only when it stays inside the folder, and what is read is checked on the open handle,
 * not by name, so a file swapped after a check is still caught.
 */

export type Resolved = { ok: true; realPath: string } | { ok: false; reason: 'missing' | 'outside' | 'unreadable' };

export type ReadPlain =
  | { ok: true; bytes: Buffer }
  | { ok: false; reason: 'missing' | 'folder' | 'not-plain' | 'unreadable' }
  | { ok: false; reason: 'too-big'; size: number };

/**
 * O_NONBLOCK: opening a named pipe returns at once instead of waiting for a writer.
 * O_NOFOLLOW: the real path cannot have become a link since it was resolved.
 * (Windows has neither, and neither pipes nor links of this kind in a folder.)
 */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);
const CHUNK_BYTES = 64 * 1024;

const codeOf = (error: unknown) => (typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined);
const isMissing = (error: unknown) => codeOf(error) === 'ENOENT' || codeOf(error) === 'ENOTDIR';

/** The real path of `relative` in `folder`, when it (after every link) is inside the folder's real path. */
export async function resolveInside(folder: string, relative: string): Promise<Resolved> {
  let root: string;
  let real: string;
  try {
    root = await realpath(folder);
    real = await realpath(path.resolve(root, relative));
  } catch (error) {
    return { ok: false, reason: isMissing(error) ? 'missing' : 'unreadable' };
  }
  const inside = path.relative(root, real);
  if (inside === '' || inside === '..' || inside.startsWith(`..${path.sep}`) || path.isAbsolute(inside)) return { ok: false, reason: 'outside' };
  return { ok: true, realPath: real };
}

/** Reads a plain file of at most `maxBytes`, deciding what it is from the open handle. */
export async function readPlainFile(realPath: string, maxBytes: number): Promise<ReadPlain> {
  let handle;
  try {
    handle = await open(realPath, OPEN_FLAGS);
  } catch (error) {
    if (isMissing(error)) return { ok: false, reason: 'missing' };
    if (codeOf(error) === 'EISDIR') return { ok: false, reason: 'folder' };
    // A socket cannot be opened as a file at all.
    if (codeOf(error) === 'ENXIO' || codeOf(error) === 'EOPNOTSUPP') return { ok: false, reason: 'not-plain' };
    return { ok: false, reason: 'unreadable' };
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory()) return { ok: false, reason: 'folder' };
    if (!info.isFile()) return { ok: false, reason: 'not-plain' };
    if (info.size > maxBytes) return { ok: false, reason: 'too-big', size: info.size };
    // Read to the end, but never past the limit: the file may have grown since the check.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.alloc(Math.min(CHUNK_BYTES, maxBytes + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, total);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) return { ok: false, reason: 'too-big', size: total };
    }
    return { ok: true, bytes: Buffer.concat(chunks, total) };
  } catch {
    return { ok: false, reason: 'unreadable' };
  } finally {
    await handle.close().catch(() => undefined);
  }
}
