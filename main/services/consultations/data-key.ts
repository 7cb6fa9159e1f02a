import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { FacetError } from '../../../shared/ipc/result';
import { errnoCode, fsFailure, readFailure, writeFileAtomically, type FsPort } from '../atomic-write';
import type { Logger } from '../log';
import { DATA_KEY_BYTES } from './draft-file';

export type ProtectorKind = 'os' | 'test' | 'none';

export interface KeyProtection {
  /** `none`: the OS offers no secure storage; a key is then stored as it is. */
  kind: ProtectorKind;
  /** False when drafts are only as safe as the user's account (no secure storage, or Linux's fixed "basic" password). */
  isSecure: boolean;
}

/**
 * Wraps the data key for storage on disk. In the app it is Electron's
 * safeStorage (the OS keychain / DPAPI / libsecret); in tests a stand-in.
 * Every call may fail for a while and work later: a keyring still locked at
 * login, a "Deny" click, secure storage not up yet at start.
 */
export interface KeyProtector {
  /** How a key written now would be protected. Asked again each time it matters: the answer can change while Facet runs. */
  current(): Promise<KeyProtection>;
  /** Rejects when the keychain refuses. */
  protect(key: Buffer): Promise<Buffer>;
  /** Rejects when the keychain refuses. `rewrap`: the keychain's own key changed, so the key should be wrapped again. */
  unprotect(blob: Buffer): Promise<{ key: Buffer; rewrap?: boolean }>;
}

export const KEY_FILE = 'key.bin';

/** key.bin: "FACETKEY1" | one byte naming the protector kind | the protected key. */
const KEY_MAGIC = Buffer.from('FACETKEY1', 'ascii');
const KIND_BYTES: Record<ProtectorKind, number> = { none: 0, os: 1, test: 2 };

/**
 * The stored key cannot be unwrapped now. It is kept as it is and tried
 * again on the next call: making a new key would make every earlier draft
 * unreadable for good.
 */
export class KeyLocked extends FacetError {
  constructor() {
    super('io-failed', 'Facet could not unlock its saved consultations with this computer’s keychain. Unlock your keychain and restart Facet.');
  }
}

export interface DataKeySource {
  /** The data key; null when there is none to read with (never made, or key.bin is not a key file). Rejects with KeyLocked. */
  forReading(): Promise<Buffer | null>;
  /** The data key, made on first use. Rejects with KeyLocked, and then writes nothing. */
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

type Stored =
  | { state: 'missing' }
  /** Not a key file at all (a zeroed or foreign file): no draft can be read with it. */
  | { state: 'damaged' }
  | { state: 'locked' }
  | { state: 'ready'; key: Buffer };

const SAVE = 'save the consultation';

export function createDataKeySource({ dir, keys, fs, log, now }: DataKeyPorts): DataKeySource {
  const file = path.join(dir, KEY_FILE);
  // Cached once unwrapped: a save then costs no keychain round trip. A failure is never cached.
  let key: Buffer | null = null;
  let running = 0;
  let tail: Promise<unknown> = Promise.resolve();
  /** The read under way, shared by readers that ask meanwhile: one keychain prompt, not one per draft. */
  let reading: Promise<Buffer | null> | null = null;

  // One key operation at a time, so two first saves cannot each make a key.
  const exclusive = <T>(task: () => Promise<T>): Promise<T> => {
    running += 1;
    const run = tail.then(task).finally(() => (running -= 1));
    tail = run.catch(() => undefined);
    return run;
  };

  const protection = (): Promise<KeyProtection | null> => keys.current().catch(() => null);

  const store = async (dataKey: Buffer, how: KeyProtection): Promise<void> => {
    let blob = dataKey;
    if (how.kind !== 'none') {
      try {
        blob = await keys.protect(dataKey);
      } catch {
        throw new KeyLocked();
      }
    }
    await fs.mkdir(dir, 0o700).catch((error: unknown) => {
      throw fsFailure(error, SAVE);
    });
    await writeFileAtomically(file, Buffer.concat([KEY_MAGIC, Buffer.of(KIND_BYTES[how.kind]), blob]), fs, { action: SAVE });
  };

  const rewrap = (dataKey: Buffer, how: KeyProtection): Promise<void> =>
    store(dataKey, how).catch(() => log.warn('consultations.key-rewrap-failed', { kind: how.kind }));

  const readStored = async (): Promise<Stored> => {
    let bytes: Buffer;
    try {
      bytes = await fs.readFile(file);
    } catch (error) {
      if (errnoCode(error) === 'ENOENT') return { state: 'missing' };
      throw readFailure(error, 'the saved consultations');
    }
    if (bytes.length <= KEY_MAGIC.length || !bytes.subarray(0, KEY_MAGIC.length).equals(KEY_MAGIC)) return { state: 'damaged' };
    const storedKind = (Object.keys(KIND_BYTES) as ProtectorKind[]).find((kind) => KIND_BYTES[kind] === bytes[KEY_MAGIC.length]);
    const blob = bytes.subarray(KEY_MAGIC.length + 1);
    const how = await protection();
    if (storedKind === 'none') {
      if (blob.length !== DATA_KEY_BYTES) return { state: 'damaged' };
      // Stored unprotected (no secure storage then): protected as soon as secure storage is there.
      if (how && how.kind !== 'none') await rewrap(blob, how);
      return { state: 'ready', key: Buffer.from(blob) };
    }
    // Wrapped by a keychain that is not answering now (or a kind a newer Facet wrote): wait for it, never replace it.
    if (storedKind === undefined || how?.kind !== storedKind) return { state: 'locked' };
    let unwrapped: { key: Buffer; rewrap?: boolean };
    try {
      unwrapped = await keys.unprotect(blob);
    } catch {
      return { state: 'locked' };
    }
    // A keychain that unwraps with the wrong secret can return garbage rather than fail: still not ours to replace.
    if (unwrapped.key.length !== DATA_KEY_BYTES) return { state: 'locked' };
    if (unwrapped.rewrap) await rewrap(unwrapped.key, how);
    return { state: 'ready', key: Buffer.from(unwrapped.key) };
  };

  const locked = (): never => {
    log.warn('consultations.key-locked');
    throw new KeyLocked();
  };

  const makeKey = async (): Promise<Buffer> => {
    const how = await protection();
    // Not knowing whether secure storage is there is not the same as knowing it is not: no raw key then.
    if (!how) throw new KeyLocked();
    const fresh = randomBytes(DATA_KEY_BYTES);
    await store(fresh, how);
    log.info('consultations.key-created', { kind: how.kind, secure: how.isSecure });
    return fresh;
  };

  const setAside = async (): Promise<void> => {
    // Kept, not deleted: it is no key file Facet can use, but it may matter to whoever looks into it.
    const aside = `${file}.damaged-${now().toISOString().replace(/[:.]/g, '-')}`;
    await fs.rename(file, aside).catch((error: unknown) => {
      throw fsFailure(error, SAVE);
    });
    log.warn('consultations.key-damaged-replaced');
  };

  return {
    forReading: async () => {
      if (key) return key;
      reading ??= exclusive(async () => {
        if (key) return key;
        const stored = await readStored();
        if (stored.state === 'locked') return locked();
        return stored.state === 'ready' ? (key = stored.key) : null;
      }).finally(() => (reading = null));
      return reading;
    },

    forWriting: async () =>
      key ??
      exclusive(async () => {
        if (key) return key;
        const stored = await readStored();
        if (stored.state === 'ready') return (key = stored.key);
        if (stored.state === 'locked') return locked();
        if (stored.state === 'damaged') await setAside();
        return (key = await makeKey());
      }),

    isIdle: () => running === 0,
  };
}
