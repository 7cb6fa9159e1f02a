import { createCipheriv, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DraftUnreadable, openDraft, openEnvelope, sealDraft, sealEnvelope } from '../../../main/services/consultations/draft-file';

const ID = '3f0c9a52-7b1e-4c8d-9a61-2e5d7f4b8c10';
const key = randomBytes(32);

describe('the draft file format', () => {
  it('opens what it sealed', () => {
    expect(openDraft(sealDraft('{"notes":"x"}', ID, key), ID, key)).toEqual({ plaintext: '{"notes":"x"}', format: 2 });
  });

  it('a sealed draft opens only under the id it was sealed for (the id is authenticated)', () => {
    const sealed = sealDraft('{"notes":"x"}', ID, key);
    expect(() => openDraft(sealed, '9b2e4d61-0c3a-4f7e-8d15-6a9c2b7e4f30', key)).toThrow(DraftUnreadable);
  });

  it('a sealed draft does not open under another key', () => {
    expect(() => openDraft(sealDraft('{}', ID, key), ID, randomBytes(32))).toThrow(DraftUnreadable);
  });

  it('a file shorter than the header, or with another header, is not a draft', () => {
    expect(() => openDraft(Buffer.from('FACETDRAFT2'), ID, key)).toThrow(DraftUnreadable);
    const sealed = sealDraft('{}', ID, key);
    sealed.write('FACETDRAFT9', 0, 'ascii');
    expect(() => openDraft(sealed, ID, key)).toThrow(DraftUnreadable);
  });

  it('a version-2 draft relabelled as version 1 does not open (the header is authenticated)', () => {
    const sealed = sealDraft('{}', ID, key);
    sealed.write('FACETDRAFT1', 0, 'ascii');
    expect(() => openDraft(sealed, ID, key)).toThrow(DraftUnreadable);
  });

  it('seals the time main saved and the version with the consultation', () => {
    const envelope = { savedAt: 1_795_000_000_000, version: 7, consultation: { notes: 'x' } };
    expect(openEnvelope(sealEnvelope(envelope, ID, key), ID, key)).toEqual(envelope);
  });

  it('text that opens but is not an envelope is unreadable', () => {
    for (const text of ['not json', '{"consultation":{}}', '{"savedAt":1,"version":0,"consultation":{}}', 'null']) {
      expect(() => openEnvelope(sealDraft(text, ID, key), ID, key), text).toThrow(DraftUnreadable);
    }
  });

  it('a version-1 draft (the consultation alone, written before) still opens, with no saved time and version 0', () => {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: 16 });
    cipher.setAAD(Buffer.concat([Buffer.from('FACETDRAFT1'), Buffer.from(ID)]));
    const body = Buffer.concat([cipher.update('{"notes":"x"}', 'utf8'), cipher.final()]);
    const v1 = Buffer.concat([Buffer.from('FACETDRAFT1'), iv, cipher.getAuthTag(), body]);

    expect(openEnvelope(v1, ID, key)).toEqual({ savedAt: null, version: 0, consultation: { notes: 'x' } });
  });
});
