import { afterEach, describe, expect, it } from 'vitest';
import { appFramesOnly, createDispatcher, type InvokeEvent } from '../../../main/ipc';
import { createLogger } from '../../../main/services/log';
import { testBackend } from '../../fixtures/backend-ports';
import { CONSULTATION_ID, consultationFixture, removeTempDirs, tempDir } from '../../fixtures/consultation-fixtures';

afterEach(removeTempDirs);

const OTHER_ID = '9b2e4d61-0c3a-4f7e-8d15-6a9c2b7e4f30';
const fromApp: InvokeEvent = { senderFrame: { url: 'app://facet/index.html', parent: null } };

/** The back end behind main's real handle(), so every answer is checked against the contract as in the app. */
function app(userDataDir = tempDir('facet-userdata-')) {
  const log = createLogger(() => undefined);
  const { backend } = testBackend({ log }, userDataDir);
  const dispatch = createDispatcher(backend.handlers, appFramesOnly('app://facet'), log);
  return { backend, call: (channel: string, payload?: unknown) => dispatch(channel, fromApp, payload) };
}

describe('the list of unfinished consultations, through main’s handle()', () => {
  it('a patient name whose first letter upper-cases to several letters does not hide the other drafts', async () => {
    const { call } = app();
    await call('consultations.save', consultationFixture({ patient: { name: 'ﬃon ﬃ' }, updatedAt: '2026-11-24T10:00:00.000Z' }));
    await call('consultations.save', consultationFixture({ id: OTHER_ID, patient: { name: 'ΐρις ΐ' }, updatedAt: '2026-11-24T09:00:00.000Z' }));

    const result = await call('consultations.list');

    expect(result).toMatchObject({
      ok: true,
      value: {
        drafts: [
          { id: CONSULTATION_ID, initials: 'FF' },
          { id: OTHER_ID, initials: 'ΪΪ' },
        ],
        locked: 0,
        unreadable: 0,
      },
    });
  });
});
