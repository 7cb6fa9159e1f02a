import { cpSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createConsultationStore } from '../../../main/services/consultations';
import { createLogger } from '../../../main/services/log';
import { makeTempDir } from '../../fixtures/temp-dirs';
import { TEST_KEY_PROTECTOR } from '../../fixtures/test-keys';

/** Written by the store when the format was 1 (see its README); copied, so the test never changes it. */
const FORMAT_1_FOLDER = path.join(import.meta.dirname, '../../fixtures/drafts-format-1');
const SAVED = JSON.parse(readFileSync(path.join(FORMAT_1_FOLDER, 'saved-consultation.json'), 'utf8')) as { id: string; [key: string]: unknown };

function storeOnCopy() {
  const dir = makeTempDir('facet-format-1-');
  cpSync(FORMAT_1_FOLDER, dir, { recursive: true });
  return createConsultationStore({ dir, keys: TEST_KEY_PROTECTOR, log: createLogger(() => undefined), retentionDays: () => 36500 });
}

describe('a draft saved in format 1', () => {
  it('opens, with everything that was saved in it', async () => {
    const loaded = await storeOnCopy().load(SAVED.id);
    expect(loaded).toMatchObject({ ...SAVED, format: loaded.format });
  });
});
