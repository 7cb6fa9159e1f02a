import path from 'node:path';
import { z } from 'zod';
import { migrateConsultation } from '../../../shared/consultation/migrate';
import { Consultation, DraftSummary, initialsOf, type DraftList } from '../../../shared/consultation/model';
import { FacetError } from '../../../shared/ipc/result';
import { errnoCode, fsFailure, nodeFs, readFailure, writeFileAtomically, type FsPort } from '../atomic-write';
import type { Logger } from '../log';
import { createDataKeySource, KEY_FILE, KeyLocked, type KeyProtector } from './data-key';
import { DraftUnreadable, openEnvelope, sealEnvelope } from './draft-file';
import { createKeyedQueue } from './keyed-queue';
import { createVersionBook, VERSIONS_FILE } from './versions';
import type { ResponseOf } from '../../../shared/ipc/contract';

export type { KeyProtection, KeyProtector, ProtectorKind } from './data-key';

/**
 * Unfinished consultations, autosaved while the practitioner works: one file
 * per consultation, `<id>.facet-draft`, encrypted (see draft-file.ts) under a
 * data key that the OS's secure storage protects (see data-key.ts). File
 * names carry only the random id; nothing about the patient is ever logged or
 * put in an error message.
 */
export interface ConsultationStorePorts {
  dir: string;
  keys: KeyProtector;
  fs?: FsPort;
  now?: () => Date;
  log: Logger;
  /** Read at each purge, so a change in Settings applies at once. */
  retentionDays: () => number | Promise<number>;
}

/** What the contract answers for a save and for the storage status: the types come from its schemas, never written twice. */
export type SaveResult = ResponseOf<'consultations.save'>;
export type StorageStatus = ResponseOf<'consultations.status'>;

export interface ConsultationStore {
  /** Validates, encrypts and writes atomically. Saves of one consultation run in call order. */
  save(consultation: Consultation): Promise<SaveResult>;
  /** Runs after every save and discard of this id queued before it, so it reads what was last asked to be saved. */
  load(id: string): Promise<Consultation>;
  /** Every draft that can be read, newest first, and a count of those that cannot (one bad file never hides the others). */
  list(): Promise<DraftList>;
  /** Deletes the draft; nothing to do if it is already gone. */
  discard(id: string): Promise<void>;
  /**
   * Deletes drafts main has not saved within the retention period, and temp
   * files left by an interrupted write. Never a draft it cannot open because
   * the keychain is locked: those wait until it unlocks.
   */
  purgeExpired(): Promise<number>;
  /** What Settings shows. A key is only ever stored unprotected when this says storage is not secure. */
  status(): Promise<StorageStatus>;
  /** Resolves once every save, discard and purge step queued so far has settled (main awaits it, bounded, before quitting). */
  whenIdle(): Promise<void>;
}

const DRAFT_SUFFIX = '.facet-draft';
const DAY_MS = 24 * 60 * 60 * 1000;
/** atomicWriter's temp file: the target's name, a dot and a number. */
const TEMP_NAME = /^(.+)\.\d+$/;

const SAVE = 'save the consultation';
const DELETE = 'delete the saved consultation';
const UNREADABLE = 'This saved consultation could not be read: it was changed or damaged.';
const NOT_FOUND = 'This saved consultation no longer exists.';

const Id = z.uuid();
const isId = (value: string): boolean => Id.safeParse(value).success;

type Superseded = { supersededBy: Promise<SaveResult> };

interface OpenedDraft {
  consultation: Consultation;
  /** When main saved it (ms, sealed with it); null for a draft written before Facet sealed the time. */
  savedAt: number | null;
  /** Not the last version saved: an older copy was put back (see versions.ts). */
  olderCopy: boolean;
}

export function createConsultationStore(ports: ConsultationStorePorts): ConsultationStore {
  const { dir, keys, log, retentionDays } = ports;
  const fs = ports.fs ?? nodeFs;
  const now = ports.now ?? (() => new Date());
  const dataKey = createDataKeySource({ dir, keys, fs, log, now });
  const versions = createVersionBook({ dir, fs, log, key: () => dataKey.forReading() });
  const queue = createKeyedQueue();
  /** The latest save asked for, per id: a queued save that is no longer the latest need not write. */
  const newestSave = new Map<string, Promise<SaveResult>>();

  const draftPath = (id: string): string => path.join(dir, `${id}${DRAFT_SUFFIX}`);

  const requireId = (id: string): void => {
    if (!isId(id)) throw new FacetError('invalid-request', 'That is not the id of a saved consultation.');
  };

  const readNames = async (): Promise<string[]> => {
    try {
      return await fs.readdir(dir);
    } catch (error) {
      if (errnoCode(error) === 'ENOENT') return [];
      throw readFailure(error, 'the saved consultations');
    }
  };

  const draftIds = (names: readonly string[]): string[] =>
    names.filter((name) => name.endsWith(DRAFT_SUFFIX)).map((name) => name.slice(0, -DRAFT_SUFFIX.length)).filter(isId);

  const readDraft = async (id: string): Promise<OpenedDraft> => {
    let bytes: Buffer;
    try {
      bytes = await fs.readFile(draftPath(id));
    } catch (error) {
      if (errnoCode(error) === 'ENOENT') throw new FacetError('not-found', NOT_FOUND);
      throw readFailure(error, 'this saved consultation');
    }
    const key = await dataKey.forReading();
    if (key) {
      try {
        const { savedAt, version, consultation } = openEnvelope(bytes, id, key);
        // A draft saved by an older Facet is upgraded as it is read; it is written in the new format at the next save.
        const parsed = Consultation.safeParse(migrateConsultation(consultation));
        if (parsed.success && parsed.data.id === id) {
          return { consultation: parsed.data, savedAt, olderCopy: await versions.isOlder(id, version) };
        }
      } catch (error) {
        if (!(error instanceof DraftUnreadable)) throw error;
      }
    }
    throw new FacetError('tampered', UNREADABLE);
  };

  const keyIsLocked = (): Promise<boolean> =>
    dataKey.forReading().then(
      () => false,
      (error: unknown) => {
        if (error instanceof KeyLocked) return true;
        throw error;
      },
    );

  const removeFile = async (file: string): Promise<void> => {
    try {
      await fs.unlink(file);
    } catch (error) {
      if (errnoCode(error) !== 'ENOENT') throw fsFailure(error, DELETE);
    }
  };

  const writeDraft = async (consultation: Consultation): Promise<SaveResult> => {
    try {
      const key = await dataKey.forWriting();
      // Every time, not once: the folder may have been removed while the app runs.
      await fs.mkdir(dir, 0o700).catch((error: unknown) => {
        throw fsFailure(error, SAVE);
      });
      const savedAt = now().getTime();
      const version = await versions.next(consultation.id);
      await writeFileAtomically(draftPath(consultation.id), sealEnvelope({ savedAt, version, consultation }, consultation.id, key), fs, { action: SAVE });
      await versions.saved(consultation.id, version, savedAt);
      return { savedAt: new Date(savedAt).toISOString() };
    } catch (error) {
      log.warn('consultations.save-failed', { code: error instanceof FacetError ? error.code : 'unexpected' });
      throw error;
    }
  };

  const modifiedAt = (id: string): Promise<number | null> => fs.stat(draftPath(id)).then((stats) => stats.mtimeMs, () => null);

  /**
   * Deletes the draft if main has not saved it since `cutoff` (read again
   * inside the queue, so a save in between wins). Goes by the time sealed in
   * the draft, never the updatedAt the window sent: a window's clock, or a
   * draft dated 9999, must not keep patient data past the retention period.
   *
   * A draft that is damaged or was changed goes by its file's time: it still
   * holds patient data (GCM leaves the rest of a damaged file decryptable),
   * so the retention promise holds for it too; until then it is kept and
   * counted on the home screen. One that cannot be read because the keychain
   * is locked is always kept: it opens again once the keychain does.
   */
  const purgeIfExpired = async (id: string, cutoff: number): Promise<boolean> => {
    const updated = await readDraft(id).then(
      (opened) => opened.savedAt ?? modifiedAt(id),
      (error: unknown) => (error instanceof KeyLocked ? null : modifiedAt(id)),
    );
    if (updated === null || updated >= cutoff) return false;
    await removeFile(draftPath(id));
    return true;
  };

  /** Temp files that a write killed half-way (power cut, crash) leaves behind; only those no write of ours is using. */
  const removeLeftovers = async (names: readonly string[]): Promise<number> => {
    let removed = 0;
    for (const name of names) {
      const target = TEMP_NAME.exec(name)?.[1];
      if (target === undefined) continue;
      const id = target.endsWith(DRAFT_SUFFIX) ? target.slice(0, -DRAFT_SUFFIX.length) : null;
      const unused =
        target === KEY_FILE ? dataKey.isIdle() : target === VERSIONS_FILE ? versions.isIdle() : id !== null && isId(id) && queue.isIdle(id);
      if (!unused) continue;
      await removeFile(path.join(dir, name)).then(
        () => (removed += 1),
        () => undefined,
      );
    }
    return removed;
  };

  return {
    save(input) {
      const parsed = Consultation.safeParse(input);
      if (!parsed.success) return Promise.reject(new FacetError('invalid-request', describeInvalid(parsed.error.issues)));
      const consultation = parsed.data;
      const { id } = consultation;
      const saving: Promise<SaveResult> = queue
        .run(id, async (): Promise<SaveResult | Superseded> => {
          const newest = newestSave.get(id);
          return newest !== undefined && newest !== saving ? { supersededBy: newest } : writeDraft(consultation);
        })
        .then((result) => ('supersededBy' in result ? result.supersededBy : result));
      newestSave.set(id, saving);
      const forget = () => {
        if (newestSave.get(id) === saving) newestSave.delete(id);
      };
      saving.then(forget, forget);
      return saving;
    },

    async load(id) {
      requireId(id);
      // Through the queue: an export right after an edit, or right after the first save, must see that save.
      const opened = await queue.run(id, () => readDraft(id));
      if (opened.olderCopy) log.warn('consultations.older-copy');
      return opened.consultation;
    },

    async list() {
      const ids = draftIds(await readNames());
      // Once for all drafts: a locked keychain is asked (and may prompt) once, not once per draft.
      if (ids.length > 0 && (await keyIsLocked())) {
        log.warn('consultations.locked-drafts', { count: ids.length });
        return { drafts: [], locked: ids.length, unreadable: 0 };
      }
      const read = await Promise.all(
        ids.map((id) =>
          // Through the queue, like load(): a save under way is read once it has finished.
          queue.run(id, () => readDraft(id)).then(
            (opened) => {
              const summary = DraftSummary.safeParse(summarize(opened));
              return summary.success ? summary.data : ('unreadable' as const);
            },
            (error: unknown) => {
              if (error instanceof FacetError && error.code === 'not-found') return null;
              return error instanceof KeyLocked ? ('locked' as const) : ('unreadable' as const);
            },
          ),
        ),
      );
      const drafts = read.filter((draft): draft is DraftSummary => typeof draft === 'object' && draft !== null);
      const locked = read.filter((draft) => draft === 'locked').length;
      const unreadable = read.filter((draft) => draft === 'unreadable').length;
      if (unreadable > 0) log.warn('consultations.unreadable-drafts', { count: unreadable });
      return {
        drafts: drafts.sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt)),
        locked,
        unreadable,
      };
    },

    async discard(id) {
      requireId(id);
      await queue.run(id, async () => {
        await removeFile(draftPath(id));
        await versions.discarded(id, now().getTime());
      });
    },

    async purgeExpired() {
      const names = await readNames();
      const cutoff = now().getTime() - (await retentionDays()) * DAY_MS;
      const ids = draftIds(names);
      let purged = 0;
      if (ids.length > 0 && (await keyIsLocked())) {
        log.warn('consultations.purge-waits-for-keychain', { drafts: ids.length });
      } else {
        const kept = new Set<string>();
        for (const id of ids) {
          if (await queue.run(id, () => purgeIfExpired(id, cutoff))) purged += 1;
          else kept.add(id);
        }
        await versions.forgetBefore(cutoff, kept);
      }
      const leftovers = await removeLeftovers(names);
      if (purged > 0 || leftovers > 0) log.info('consultations.purged', { drafts: purged, leftovers });
      return purged;
    },

    async status() {
      const how = await keys.current().catch(() => null);
      return how ? { storageIsSecure: how.isSecure && how.kind !== 'none', keyKind: how.kind } : { storageIsSecure: false, keyKind: 'none' };
    },

    whenIdle: () => queue.whenIdle(),
  };
}

function summarize({ consultation, olderCopy }: OpenedDraft): DraftSummary {
  return {
    id: consultation.id,
    initials: initialsOf(consultation.patient.name),
    date: consultation.date,
    updatedAt: consultation.updatedAt,
    concernCount: consultation.concerns.length,
    ...(olderCopy ? { olderCopy: true } : {}),
  };
}

/**
 * Names the invalid fields by their place in the schema only: an issue's
 * message can quote the value it rejected, and that value may be a name.
 */
function describeInvalid(issues: readonly { path: readonly PropertyKey[] }[]): string {
  const places = [...new Set(issues.map((issue) => (issue.path.length > 0 ? issue.path.map(String).join('.') : 'consultation')))];
  const shown = places.slice(0, 3).join(', ');
  const more = places.length > 3 ? ` and ${places.length - 3} more` : '';
  return `The consultation could not be saved because some of it is not valid: ${shown}${more}.`;
}
