import { existsSync, watch, type FSWatcher } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from '../log';

export interface FolderWatcher {
  close(): void;
}

/**
 * Calls `onChange` once a burst of edits in `dir` (or below it) has settled.
 * Editors save in several steps (temp file, rename), hence the debounce.
 * fs.watch does the quick work; a light check of the folder's listing every
 * couple of seconds catches what it can miss (a file swapped for a folder,
 * the folder itself deleted and restored, network drives).
 */
export function watchFolder(dir: string, onChange: () => void, log: Logger, debounceMs = 120, retryMs = 1000, pollMs = 2000): FolderWatcher {
  let watcher: FSWatcher | null = null;
  let debounce: NodeJS.Timeout | null = null;
  let retry: NodeJS.Timeout | null = null;
  let closed = false;
  let lastListing: string | null = null;

  const changed = () => {
    if (debounce) clearTimeout(debounce);
    debounce = setTimeout(() => {
      debounce = null;
      if (closed) return;
      // A watch on a deleted folder goes silent: start again once it is back.
      if (watcher && !existsSync(dir)) restartLater();
      onChange();
    }, debounceMs);
  };

  const start = () => {
    retry = null;
    if (closed) return;
    try {
      watcher = watch(dir, { recursive: true, persistent: false }, changed);
      watcher.on('error', () => restartLater());
    } catch {
      restartLater();
    }
  };

  const restartLater = () => {
    const wasWatching = watcher !== null;
    watcher?.close();
    watcher = null;
    if (closed || retry) return;
    if (wasWatching) log.warn('content.watch-lost');
    retry = setTimeout(() => {
      start();
      // Whatever happened while unwatched (the folder restored, files added) is picked up now.
      if (watcher) changed();
    }, retryMs);
  };

  const poll = setInterval(() => {
    void listing(dir).then((current) => {
      if (closed) return;
      if (lastListing !== null && current !== lastListing) changed();
      lastListing = current;
    });
  }, pollMs);
  poll.unref();
  void listing(dir).then((current) => (lastListing = current));

  start();
  return {
    close() {
      closed = true;
      clearInterval(poll);
      watcher?.close();
      if (debounce) clearTimeout(debounce);
      if (retry) clearTimeout(retry);
    },
  };
}

/** Names, kinds, sizes and times of the folder's entries (and of images/): cheap, and enough to notice a change. */
async function listing(dir: string): Promise<string> {
  const describe = async (folder: string): Promise<string[]> => {
    const names = await readdir(folder).catch(() => [] as string[]);
    return Promise.all(
      names.sort().map(async (name) => {
        const info = await stat(path.join(folder, name)).catch(() => null);
        return info ? `${name}:${info.isDirectory() ? 'd' : 'f'}:${info.size}:${info.mtimeMs}` : `${name}:?`;
      }),
    );
  };
  if (!existsSync(dir)) return '(missing)';
  return [...(await describe(dir)), ...(await describe(path.join(dir, 'images')))].join('|');
}
