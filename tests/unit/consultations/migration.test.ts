import { cpSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createConsultationStore } from '../../../main/services/consultations';
import { openEnvelope } from '../../../main/services/consultations/draft-file';
import { createLogger } from '../../../main/services/log';
import { migrateConsultation } from '../../../shared/consultation/migrate';
import { CONSULTATION_FORMAT, Consultation } from '../../../shared/consultation/model';
import { makeTempDir } from '../../fixtures/temp-dirs';
import { TEST_KEY_PROTECTOR } from '../../fixtures/test-keys';

/** Written by the store when the format was 1 (see its README); copied, so the test never changes it. */
const FORMAT_1_FOLDER = path.join(import.meta.dirname, '../../fixtures/drafts-format-1');
const SAVED = JSON.parse(readFileSync(path.join(FORMAT_1_FOLDER, 'saved-consultation.json'), 'utf8')) as Record<string, unknown> & {
  id: string;
  practitionerId: string;
};

function storeOnCopy() {
  const dir = makeTempDir('facet-format-1-');
  cpSync(FORMAT_1_FOLDER, dir, { recursive: true });
  const store = createConsultationStore({ dir, keys: TEST_KEY_PROTECTOR, log: createLogger(() => undefined), retentionDays: () => 36500 });
  return { dir, store };
}

describe('a draft saved in format 1', () => {
  it('is the format this test is about', () => {
    expect(SAVED.format).toBe(1);
    expect(CONSULTATION_FORMAT).toBe(2);
  });

  it('opens in the current format, with everything that was saved in it', async () => {
    const loaded = await storeOnCopy().store.load(SAVED.id);

    expect(loaded).toEqual({
      ...SAVED,
      format: 2,
      assessment: { inPerson: false, assessorId: SAVED.practitionerId, prescriberId: null },
      screening: [],
      plannedDate: null,
    });
  });

  it('is listed on the home screen like any other draft', async () => {
    const { drafts, unreadable } = await storeOnCopy().store.list();

    expect(unreadable).toBe(0);
    expect(drafts.map((d) => [d.id, d.initials, d.concernCount])).toEqual([[SAVED.id, 'AT', 3]]);
  });

  it('is written in the current format at its next save, and opens again', async () => {
    const { dir, store } = storeOnCopy();
    const loaded = await store.load(SAVED.id);
    await store.save({ ...loaded, notes: `${loaded.notes} Called back.` });

    const key = await readKey(dir);
    const { consultation } = openEnvelope(readFileSync(path.join(dir, `${SAVED.id}.facet-draft`)), SAVED.id, key);
    expect(consultation).toMatchObject({ format: 2, plannedDate: null });
    expect((await store.load(SAVED.id)).notes).toMatch(/Called back\.$/);
  });
});

describe('migrateConsultation', () => {
  it('leaves the current format, unknown formats and non-objects for the schema to judge', () => {
    const current = { format: 2, id: 'x' };
    expect(migrateConsultation(current)).toBe(current);
    expect(migrateConsultation({ format: 3 })).toEqual({ format: 3 });
    expect(migrateConsultation(null)).toBeNull();
    expect(migrateConsultation([{ format: 1 }])).toEqual([{ format: 1 }]);
  });

  it('a migrated draft passes the current schema', () => {
    expect(Consultation.safeParse(migrateConsultation(SAVED)).success).toBe(true);
    expect(Consultation.safeParse(SAVED).success).toBe(false);
  });
});

/** The data key: key.bin is "FACETKEY1", a byte for the keychain kind, then the key as the (test) keychain wrapped it. */
async function readKey(dir: string): Promise<Buffer> {
  const file = readFileSync(path.join(dir, 'key.bin'));
  return (await TEST_KEY_PROTECTOR.unprotect(file.subarray('FACETKEY1'.length + 1))).key;
}
