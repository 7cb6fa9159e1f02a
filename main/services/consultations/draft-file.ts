import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * The bytes of a draft file:
 *
 *   "FACETDRAFT2" (11 bytes) | IV (12 random bytes, new for every write) | GCM tag (16) | ciphertext
 *
 * AES-256-GCM under the data key. The magic and the consultation id are
 * authenticated as additional data, so a changed header, a changed byte
 * anywhere, or a file renamed to another consultation's id all fail to open.
 *
 * Version 2 seals an envelope (see DraftEnvelope); version 1, written before,
 * sealed the consultation alone and still opens.
 */
const DRAFT_MAGIC = Buffer.from('FACETDRAFT2', 'ascii');
const DRAFT_MAGIC_V1 = Buffer.from('FACETDRAFT1', 'ascii');
const IV_BYTES = 12;
const TAG_BYTES = 16;
export const DATA_KEY_BYTES = 32;

const HEADER_BYTES = DRAFT_MAGIC.length + IV_BYTES + TAG_BYTES;

export class DraftUnreadable extends Error {
  override readonly name = 'DraftUnreadable';
}

/**
 * What a draft holds besides the consultation: when main saved it, by main's
 * clock, and the how-many-th save of this consultation it is. Both are
 * sealed with it, so neither the window (which sends the consultation) nor
 * anyone with access to the folder can change them: retention counts from
 * `savedAt`, and `version` shows an older copy put back (see versions.ts).
 */
export interface DraftEnvelope {
  /** Milliseconds since 1970; null for a version-1 draft (main then goes by the file's time). */
  savedAt: number | null;
  /** 0 for a version-1 draft. */
  version: number;
  consultation: unknown;
}

function additionalData(magic: Buffer, id: string): Buffer {
  return Buffer.concat([magic, Buffer.from(id, 'utf8')]);
}

/** Seals any text under the data key for `id` (a consultation id, or the name of another sealed file). */
export function sealDraft(plaintext: string, id: string, key: Buffer): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(additionalData(DRAFT_MAGIC, id));
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return Buffer.concat([DRAFT_MAGIC, iv, cipher.getAuthTag(), ciphertext]);
}

/** The plaintext and the format it was sealed in, or DraftUnreadable if the file is not sealed for this id under this key. */
export function openDraft(file: Buffer, id: string, key: Buffer): { plaintext: string; format: 1 | 2 } {
  const magic = file.subarray(0, DRAFT_MAGIC.length);
  const format = magic.equals(DRAFT_MAGIC) ? 2 : magic.equals(DRAFT_MAGIC_V1) ? 1 : null;
  if (file.length < HEADER_BYTES || format === null) throw new DraftUnreadable('not a draft file');
  const iv = file.subarray(DRAFT_MAGIC.length, DRAFT_MAGIC.length + IV_BYTES);
  const tag = file.subarray(DRAFT_MAGIC.length + IV_BYTES, HEADER_BYTES);
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(additionalData(magic, id));
    decipher.setAuthTag(tag);
    const plaintext = Buffer.concat([decipher.update(file.subarray(HEADER_BYTES)), decipher.final()]).toString('utf8');
    return { plaintext, format };
  } catch {
    throw new DraftUnreadable('authentication failed');
  }
}

export function sealEnvelope(envelope: DraftEnvelope, id: string, key: Buffer): Buffer {
  return sealDraft(JSON.stringify(envelope), id, key);
}

/** The envelope, or DraftUnreadable (also for text that opens but is not an envelope). */
export function openEnvelope(file: Buffer, id: string, key: Buffer): DraftEnvelope {
  const { plaintext, format } = openDraft(file, id, key);
  let parsed: unknown;
  try {
    parsed = JSON.parse(plaintext);
  } catch {
    throw new DraftUnreadable('not JSON');
  }
  if (format === 1) return { savedAt: null, version: 0, consultation: parsed };
  const { savedAt, version, consultation } = (parsed ?? {}) as Partial<DraftEnvelope>;
  if (!Number.isSafeInteger(savedAt) || !Number.isSafeInteger(version) || (version as number) < 1) {
    throw new DraftUnreadable('not an envelope');
  }
  return { savedAt: savedAt as number, version: version as number, consultation };
}
