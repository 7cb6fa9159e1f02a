import path from 'node:path';
import { errnoCode, writeFileAtomically, type FsPort } from '../atomic-write';
import type { Logger } from '../log';
import { DraftUnreadable, openDraft, sealDraft } from './draft-file';

/**
 * Telling an older copy of a draft from the last one saved.
 *
 * The threat: someone who can write to the drafts folder, or a backup being
 * restored, puts back an older copy of a draft. It was encrypted with the
 * right key, so it opens, and the practitioner would carry on from a past
 * state of the consultation without knowing.
 *
 * Each save seals a version number with the draft (see DraftEnvelope), one
 * more than the last save of that consultation; this book, sealed under the
 * same data key in versions.bin, keeps the highest version saved (or seen)
 * per consultation, discarded ones included. A draft whose version is lower
 * is an older copy: it still opens (it may be all there is), and is reported.
 *
 * Not covered, because it would need a counter outside the folder (such as
 * the OS keychain): putting back the whole folder as it was at one moment,
 * versions.bin included; and deleting versions.bin, after which the book
 * starts again from the drafts it sees next.
 */
export interface VersionBook {
  /** The version the next save of `id` gets. */
  next(id: string): Promise<number>;
  /** Records a save that reached the disk, at `at` (main's clock). Writing the book is best effort: it never fails a save. */
  saved(id: string, version: number, at: number): Promise<void>;
  /** Records a discard as one more version: the history is kept, so a copy put back later is known to be old. */
  discarded(id: string, at: number): Promise<void>;
  /** True when `version` is older than the newest saved or seen; a newer one is learnt. */
  isOlder(id: string, version: number): Promise<boolean>;
  /** Forgets consultations with no draft left that were last touched before `cutoff`: any copy of them put back is expired anyway. */
  forgetBefore(cutoff: number, drafts: ReadonlySet<string>): Promise<void>;
  /** No write of versions.bin is under way (so a temp file beside it is a leftover). */
  isIdle(): boolean;
}

export const VERSIONS_FILE = 'versions.bin';
/** Sealed like a draft, under a name no consultation id can have, so a draft cannot pass for it. */
const SEALED_AS = 'versions';

interface Entry {
  /** Highest version saved or seen. */
  v: number;
  /** When main last saved or discarded it (ms). */
  at: number;
}

export interface VersionBookPorts {
  dir: string;
  fs: FsPort;
  log: Logger;
  /** The data key, or null when there is none yet. */
  key: () => Promise<Buffer | null>;
}

export function createVersionBook({ dir, fs, log, key }: VersionBookPorts): VersionBook {
  const file = path.join(dir, VERSIONS_FILE);
  let entries: Map<string, Entry> | null = null;
  let writing = 0;
  let tail: Promise<unknown> = Promise.resolve();

  const read = async (): Promise<Map<string, Entry>> => {
    const dataKey = await key();
    if (!dataKey) return new Map();
    try {
      const parsed: unknown = JSON.parse(openDraft(await fs.readFile(file), SEALED_AS, dataKey).plaintext);
      return new Map(Object.entries(parsed as Record<string, Entry>).filter(([, entry]) => Number.isSafeInteger(entry?.v) && Number.isSafeInteger(entry?.at)));
    } catch (error) {
      // Missing is normal (nothing saved yet); damaged starts the book again from what it sees next.
      if (errnoCode(error) !== 'ENOENT') log.warn('consultations.versions-unreadable', { reason: error instanceof DraftUnreadable ? 'sealed' : 'io' });
      return new Map();
    }
  };

  const book = async (): Promise<Map<string, Entry>> => (entries ??= await read());

  /** Writes the whole book, one write at a time, each with the state at the time it runs. */
  const persist = (): Promise<void> => {
    writing += 1;
    const run = tail
      .then(async () => {
        const dataKey = await key();
        if (!dataKey || !entries) return;
        const sealed = sealDraft(JSON.stringify(Object.fromEntries(entries)), SEALED_AS, dataKey);
        await writeFileAtomically(file, sealed, fs, { action: 'save the consultation' });
      })
      .catch(() => log.warn('consultations.versions-save-failed'))
      .finally(() => (writing -= 1));
    tail = run;
    return run;
  };

  return {
    next: async (id) => ((await book()).get(id)?.v ?? 0) + 1,

    async saved(id, version, at) {
      (await book()).set(id, { v: version, at });
      await persist();
    },

    async discarded(id, at) {
      const current = await book();
      // A discard is newer than any copy saved before it.
      current.set(id, { v: (current.get(id)?.v ?? 0) + 1, at });
      await persist();
    },

    async isOlder(id, version) {
      const known = (await book()).get(id);
      if (known && version < known.v) return true;
      // Seen but not recorded (the book was lost, or its last write failed): learnt, written with the next save.
      if (!known || version > known.v) (await book()).set(id, { v: version, at: known?.at ?? 0 });
      return false;
    },

    async forgetBefore(cutoff, drafts) {
      const current = await book();
      const gone = [...current].filter(([id, entry]) => entry.at < cutoff && !drafts.has(id)).map(([id]) => id);
      if (gone.length === 0) return;
      for (const id of gone) current.delete(id);
      await persist();
    },

    isIdle: () => writing === 0,
  };
}
