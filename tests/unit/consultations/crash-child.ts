/**
 * Run by crash.test.ts in its own process, which the test kills with SIGKILL:
 * saves one consultation over and over, its notes growing with each version,
 * and reports each version once save() has resolved.
 *
 *   node --import tsx crash-child.ts <dir> <first version>
 */
import { createConsultationStore } from '../../../main/services/consultations';
import { silentLogger } from '../../../main/services/log';
import { consultationFixture, testKeyProtector, versionNotes } from '../../fixtures/consultation-fixtures';

const [dir, first] = process.argv.slice(2);
const store = createConsultationStore({ dir: dir!, keys: testKeyProtector(), log: silentLogger, retentionDays: () => 7 });

async function saveForever(): Promise<never> {
  for (let version = Number(first); ; version += 1) {
    await store.save(consultationFixture({ notes: versionNotes(version), updatedAt: new Date().toISOString() }));
    // Synchronous on a pipe, so the parent reads every line written before the kill.
    process.stdout.write(`saved ${version}\n`);
  }
}

saveForever().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.name : 'error'}\n`);
  process.exit(1);
});
