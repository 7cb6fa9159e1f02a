import { copyFile, mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { ContentLoadResult, ContentPack, ContentProblem } from '../../../shared/content/pack';
import { CONTENT_FILES } from '../../../shared/content/schema';
import { FacetError } from '../../../shared/ipc/result';
import type { Logger } from '../log';
import { loadContent } from './load';
import { watchFolder, type FolderWatcher } from './watch';
import type { CopyBuiltInResult } from '../../../shared/ipc/contract';

export interface ContentServicePorts {
  builtInDir: string;
  overrideDir: string;
  log: Logger;
  /** Called with the new content after a file in the override folder changed. */
  onChange?: (result: ContentLoadResult) => void;
}

/** Files copied, and files the clinic already has (never overwritten): the contract's type. */
export type CopyResult = CopyBuiltInResult;

export type ContentService = ReturnType<typeof createContentService>;

export function createContentService(ports: ContentServicePorts) {
  const { builtInDir, overrideDir, log } = ports;
  let revision = 0;
  let latest: Promise<ContentLoadResult> | null = null;
  let lastGoodPack: ContentPack | null = null;
  let watcher: FolderWatcher | null = null;

  /**
   * A load that throws (a bug: bad files are problems, not exceptions) must not leave the
   * app without content: it becomes a problem, and the built-in pack alone stands in.
   */
  const loadSafely = async (at: number): Promise<{ loaded: ContentLoadResult; failed: boolean }> => {
    try {
      return { loaded: await loadContent({ builtIn: builtInDir, override: overrideDir }, at), failed: false };
    } catch (error) {
      log.error('content.load-failed', { error: error instanceof Error ? error.name : typeof error });
      const problem: ContentProblem = {
        file: '(content folder)',
        origin: 'override',
        severity: 'error',
        line: null,
        path: '',
        message: `the content could not be loaded (${(error instanceof Error ? error.message : String(error)).slice(0, 200)}); Facet uses its built-in content until it loads`,
      };
      const builtIn = await loadContent({ builtIn: builtInDir, override: null }, at).catch(() => null);
      return {
        loaded: builtIn ? { ...builtIn, problems: [problem, ...builtIn.problems] } : { pack: null, problems: [problem], overridden: [], revision: at },
        failed: true,
      };
    }
  };

  const reload = (): Promise<ContentLoadResult> => {
    revision += 1;
    const loading: Promise<ContentLoadResult> = loadSafely(revision).then(({ loaded, failed }) => {
      // A failed load is not kept: the next load() tries again.
      if (failed && latest === loading) latest = null;
      // If the installed content vanished while the app runs (deleted, unplugged drive),
      // keep showing what was loaded before rather than an empty app mid-consultation.
      const result: ContentLoadResult =
        loaded.pack === null && lastGoodPack !== null
          ? {
              ...loaded,
              pack: lastGoodPack,
              problems: [
                ...loaded.problems,
                {
                  file: '(built-in content)',
                  origin: 'built-in',
                  severity: 'error',
                  line: null,
                  path: '',
                  message: 'Facet’s built-in content could not be read; the content loaded earlier stays in use until Facet restarts.',
                },
              ],
            }
          : loaded;
      if (result.pack) lastGoodPack = result.pack;
      log.info('content.loaded', {
        revision: result.revision,
        overridden: result.overridden.length,
        problems: result.problems.length,
        usable: result.pack !== null,
      });
      return result;
    });
    latest = loading;
    return loading;
  };

  const ensureOverrideFolder = async (): Promise<string> => {
    try {
      await mkdir(overrideDir, { recursive: true });
      return overrideDir;
    } catch {
      throw new FacetError('io-failed', 'Facet could not create the content folder in its data folder.');
    }
  };

  return {
    overrideDir,
    ensureOverrideFolder,

    /** The current content (loaded once, then kept up to date by the watcher). */
    load: (): Promise<ContentLoadResult> => latest ?? reload(),

    reload,

    /** Reloads and tells the page (menu "Reload Content", file changes). */
    refresh: (): Promise<ContentLoadResult> =>
      reload().then((result) => {
        ports.onChange?.(result);
        return result;
      }),

    /** Copies the built-in pack into the override folder to start editing, never overwriting the clinic's files. */
    async copyBuiltIn(): Promise<CopyResult> {
      await ensureOverrideFolder();
      const result: CopyResult = { copied: [], kept: [] };
      const images = await readdir(path.join(builtInDir, 'images')).catch(() => [] as string[]);
      if (images.length > 0) await mkdir(path.join(overrideDir, 'images'), { recursive: true });
      for (const file of [...CONTENT_FILES, ...images.map((name) => `images/${name}`)]) {
        try {
          await copyFile(path.join(builtInDir, file), path.join(overrideDir, file), 1 /* COPYFILE_EXCL */);
          result.copied.push(file);
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code === 'EEXIST') result.kept.push(file);
          else throw new FacetError('io-failed', `Facet could not copy ${file} into the content folder.`);
        }
      }
      log.info('content.copied', { copied: result.copied.length, kept: result.kept.length });
      return result;
    },

    /** Reloads and reports whenever a file in the override folder changes. */
    startWatching(): void {
      watcher ??= watchFolder(
        overrideDir,
        () =>
          // Nothing may escape from here: an unhandled rejection would end the main process.
          void reload()
            .then((result) => ports.onChange?.(result))
            .catch((error: unknown) => log.error('content.reload-failed', { error: error instanceof Error ? error.name : typeof error })),
        log,
      );
    },

    close(): void {
      watcher?.close();
      watcher = null;
    },
  };
}
