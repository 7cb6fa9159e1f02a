import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DraftUnreadable, openDraft, sealDraft } from '../../../main/services/consultations/draft-file';

const ID = '3f0c9a52-7b1e-4c8d-9a61-2e5d7f4b8c10';
const key = randomBytes(32);

describe('the draft file format', () => {
  it('opens what it sealed', () => {
    expect(openDraft(sealDraft('{"notes":"x"}', ID, key), ID, key)).toBe('{"notes":"x"}');
  });

  it('a sealed draft opens only under the id it was sealed for (the id is authenticated)', () => {
    const sealed = sealDraft('{"notes":"x"}', ID, key);
    expect(() => openDraft(sealed, '9b2e4d61-0c3a-4f7e-8d15-6a9c2b7e4f30', key)).toThrow(DraftUnreadable);
  });

  it('a sealed draft does not open under another key', () => {
    expect(() => openDraft(sealDraft('{}', ID, key), ID, randomBytes(32))).toThrow(DraftUnreadable);
  });

  it('a file shorter than the header, or with another header, is not a draft', () => {
    expect(() => openDraft(Buffer.from('FACETDRAFT1'), ID, key)).toThrow(DraftUnreadable);
    const sealed = sealDraft('{}', ID, key);
    sealed.write('FACETDRAFT2', 0, 'ascii');
    expect(() => openDraft(sealed, ID, key)).toThrow(DraftUnreadable);
  });
});
