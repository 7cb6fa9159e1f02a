import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * The bytes of a draft file:
 *
 *   "FACETDRAFT1" (11 bytes) | IV (12 random bytes, new for every write) | GCM tag (16) | ciphertext
 *
 * AES-256-GCM under the data key. The magic and the consultation id are
 * authenticated as additional data, so a changed header, a changed byte
 * anywhere, or a file renamed to another consultation's id all fail to open.
 */
const DRAFT_MAGIC = Buffer.from('FACETDRAFT1', 'ascii');
const IV_BYTES = 12;
const TAG_BYTES = 16;
export const DATA_KEY_BYTES = 32;

const HEADER_BYTES = DRAFT_MAGIC.length + IV_BYTES + TAG_BYTES;

export class DraftUnreadable extends Error {
  override readonly name = 'DraftUnreadable';
}

function additionalData(id: string): Buffer {
  return Buffer.concat([DRAFT_MAGIC, Buffer.from(id, 'utf8')]);
}

export function sealDraft(plaintext: string, id: string, key: Buffer): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(additionalData(id));
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return Buffer.concat([DRAFT_MAGIC, iv, cipher.getAuthTag(), ciphertext]);
}

/** The plaintext, or DraftUnreadable if the file is not a draft of this id under this key. */
export function openDraft(file: Buffer, id: string, key: Buffer): string {
  if (file.length < HEADER_BYTES || !file.subarray(0, DRAFT_MAGIC.length).equals(DRAFT_MAGIC)) {
    throw new DraftUnreadable('not a draft file');
  }
  const iv = file.subarray(DRAFT_MAGIC.length, DRAFT_MAGIC.length + IV_BYTES);
  const tag = file.subarray(DRAFT_MAGIC.length + IV_BYTES, HEADER_BYTES);
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(additionalData(id));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(file.subarray(HEADER_BYTES)), decipher.final()]).toString('utf8');
  } catch {
    throw new DraftUnreadable('authentication failed');
  }
}
