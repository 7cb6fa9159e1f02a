import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { TEST_KEY_PROTECTOR } from '../../tests/e2e/browser-host';
import { consultationFixture } from '../../tests/fixtures/consultation-fixtures';
import { createConsultationStore } from '../../main/services/consultations';
import { silentLogger } from '../../main/services/log';
import { consultationReducer } from '../../shared/consultation/reducer';
import { defineSuite } from '../harness';

const store = createConsultationStore({
  dir: mkdtempSync(path.join(tmpdir(), 'facet-bench-drafts-')),
  keys: TEST_KEY_PROTECTOR,
  log: silentLogger,
  retentionDays: () => 7,
});
let consultation = consultationFixture();
let edits = 0;

export default defineSuite({
  name: 'autosave',
  cases: [
    {
      // One change (a note typed), encrypted and written atomically with fsync, as the renderer's autosave does.
      name: 'autosave of one change (encrypt + atomic write)',
      iterations: 100,
      warmupIterations: 5,
      budgetMedianMs: 20,
      run: async () => {
        edits += 1;
        consultation = consultationReducer(consultation, { type: 'setNotes', notes: `Note after edit ${edits}.`, at: new Date().toISOString() });
        await store.save(consultation);
      },
    },
  ],
});
