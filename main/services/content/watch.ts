import { existsSync, watch, type FSWatcher } from 'node:fs';
import type { Logger } from '../log';

export interface FolderWatcher {
  close(): void;
}

/**
 * Calls `onChange` once a burst of edits in `dir` (or below it) has settled.
 * Editors save in several steps (temp file, rename), hence the debounce. If
 * the folder disappears or cannot be watched, it keeps retrying quietly so
 * that a folder created or restored later is picked up.
 */
export function watchFolder(dir: string, onChange: () => void, log: Logger, debounceMs = 120, retryMs = 1000): FolderWatcher {
  let watcher: FSWatcher | null = null;
  let debounce: NodeJS.Timeout | null = null;
  let retry: NodeJS.Timeout | null = null;
  let closed = false;

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

  start();
  return {
    close() {
      closed = true;
      watcher?.close();
      if (debounce) clearTimeout(debounce);
      if (retry) clearTimeout(retry);
    },
  };
}
