import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { FacetError } from '../../../shared/ipc/result';
import { errnoCode, fsFailure, readFailure, writeFileAtomically, type FsPort } from '../atomic-write';
import type { Logger } from '../log';
import { DATA_KEY_BYTES } from './draft-file';

/**
 * Wraps the data key for storage on disk. In the app it is Electron's
 * safeStorage (the OS keychain / DPAPI / libsecret); `none` stores the key as
 * is, for systems without secure storage, and says so through `isSecure`.
 */
export interface KeyProtector {
  kind: 'os' | 'test' | 'none';
  /** False when the OS offers no secure storage: drafts are then only as safe as the user's account. */
  isSecure: boolean;
  protect(key: Buffer): Buffer;
  unprotect(blob: Buffer): Buffer;
}

export const KEY_FILE = 'key.bin';

/** key.bin: "FACETKEY1" | one byte naming the protector kind | the protected key. */
const KEY_MAGIC = Buffer.from('FACETKEY1', 'ascii');
const KIND_BYTES: Record<KeyProtector['kind'], number> = { none: 0, os: 1, test: 2 };

export interface DataKeySource {
  /** The data key; null when none was ever made (so there is nothing to read). */
  forReading(): Promise<Buffer | null>;
  /** The data key, made on first use, or made anew when the stored one cannot be unlocked. */
  forWriting(): Promise<Buffer>;
  /** No write of key.bin is under way (so a temp file beside it is a leftover). */
  isIdle(): boolean;
}

export interface DataKeyPorts {
  dir: string;
  keys: KeyProtector;
  fs: FsPort;
  log: Logger;
  now: () => Date;
}

const LOCKED_MESSAGE = 'Facet could not unlock its saved consultations with this computer’s secure storage.';

export function createDataKeySource({ dir, keys, fs, log, now }: DataKeyPorts): DataKeySource {
  const file = path.join(dir, KEY_FILE);
  // Cached after first use: a save then costs no keychain round trip.
  let key: Buffer | null = null;
  let running = 0;
  let tail: Promise<unknown> = Promise.resolve();

  // One key operation at a time, so two first saves cannot each make a key.
  const exclusive = <T>(task: () => Promise<T>): Promise<T> => {
    running += 1;
    const run = tail.then(task).finally(() => (running -= 1));
    tail = run.catch(() => undefined);
    return run;
  };

  const readStored = async (): Promise<Buffer | 'missing' | 'unreadable'> => {
    let bytes: Buffer;
    try {
      bytes = await fs.readFile(file);
    } catch (error) {
      if (errnoCode(error) === 'ENOENT') return 'missing';
      throw readFailure(error, 'the saved consultations');
    }
    const kindByte = bytes[KEY_MAGIC.length];
    const storedKind = (Object.keys(KIND_BYTES) as KeyProtector['kind'][]).find((kind) => KIND_BYTES[kind] === kindByte);
    if (!bytes.subarray(0, KEY_MAGIC.length).equals(KEY_MAGIC) || storedKind === undefined) return 'unreadable';
    const blob = bytes.subarray(KEY_MAGIC.length + 1);
    let unwrapped: Buffer;
    try {
      if (storedKind === 'none') unwrapped = blob;
      else if (storedKind === keys.kind) unwrapped = keys.unprotect(blob);
      else return 'unreadable';
    } catch {
      return 'unreadable';
    }
    if (unwrapped.length !== DATA_KEY_BYTES) return 'unreadable';
    // A key stored unprotected (no secure storage then) gets protected as soon as secure storage is there.
    if (storedKind !== keys.kind) {
      await store(unwrapped).catch(() => log.warn('consultations.key-rewrap-failed', { kind: keys.kind }));
    }
    return Buffer.from(unwrapped);
  };

  const store = async (dataKey: Buffer): Promise<void> => {
    let blob: Buffer;
    try {
      blob = keys.protect(dataKey);
    } catch {
      throw new FacetError('io-failed', LOCKED_MESSAGE);
    }
    await fs.mkdir(dir).catch((error: unknown) => {
      throw fsFailure(error, 'save the consultation');
    });
    await writeFileAtomically(file, Buffer.concat([KEY_MAGIC, Buffer.of(KIND_BYTES[keys.kind]), blob]), fs, {
      action: 'save the consultation',
    });
  };

  const makeKey = async (): Promise<Buffer> => {
    const fresh = randomBytes(DATA_KEY_BYTES);
    await store(fresh);
    log.info('consultations.key-created', { kind: keys.kind, secure: keys.isSecure });
    return fresh;
  };

  return {
    forReading: async () =>
      key ??
      exclusive(async () => {
        if (key) return key;
        const stored = await readStored();
        if (stored === 'missing') return null;
        if (stored === 'unreadable') throw new FacetError('io-failed', LOCKED_MESSAGE);
        return (key = stored);
      }),

    forWriting: async () =>
      key ??
      exclusive(async () => {
        if (key) return key;
        const stored = await readStored();
        if (Buffer.isBuffer(stored)) return (key = stored);
        if (stored === 'unreadable') {
          // Autosave must keep working. The old key is kept, not deleted, in
          // case the keychain comes back; drafts made with it stay unreadable
          // until then and expire with the retention period.
          const aside = `${file}.unreadable-${now().toISOString().replace(/[:.]/g, '-')}`;
          await fs.rename(file, aside).catch((error: unknown) => {
            throw fsFailure(error, 'save the consultation');
          });
          log.warn('consultations.key-unreadable-replaced', { kind: keys.kind });
        }
        return (key = await makeKey());
      }),

    isIdle: () => running === 0,
  };
}
