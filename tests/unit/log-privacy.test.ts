import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { appFramesOnly, createDispatcher, type InvokeEvent } from '../../main/ipc';
import { createLogger } from '../../main/services/log';
import { createDailyLog } from '../../main/services/log-file';
import { EXPORT_KINDS } from '../../shared/export/kinds';
import { testBackend } from '../fixtures/backend-ports';
import { CONSULTATION_ID, consultationFixture, PATIENT_NAME, PLAINTEXT_MARKERS } from '../fixtures/consultation-fixtures';
import { plannedConsultation } from '../fixtures/consultation-plan';

/**
 * The daily log files after a whole consultation through the real back end
 * and main's real IPC door, with a patient whose name is also in every path
 * Facet touches (the account's folder, the folder the summary is saved in):
 * no file may hold the name, anything else of the consultation, or a path.
 */
const root = mkdtempSync(path.join(tmpdir(), 'facet-privacy-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const ACCOUNT = 'zoe.olafsdottir';
const userDataDir = path.join(root, 'home', ACCOUNT, 'Facet');
const logsDir = path.join(userDataDir, 'logs');
const exportDir = path.join(root, 'home', ACCOUNT, `Patients ${PATIENT_NAME}`);
mkdirSync(exportDir, { recursive: true });

const fallback: string[] = [];
const logFile = createDailyLog({ dir: logsDir, fallback: (line) => fallback.push(line) });
const log = createLogger(logFile.write);
let saveTo: string | null = exportDir;
const { backend } = testBackend(
  { log, chooseExportFolder: async () => saveTo, openFolder: async () => false, openFile: async () => 'No application is registered' },
  userDataDir,
);
const dispatch = createDispatcher(backend.handlers, appFramesOnly('app://facet'), log);
const fromApp: InvokeEvent = { senderFrame: { url: 'app://facet/index.html', parent: null } };
const call = (channel: string, payload?: unknown) => dispatch(channel, fromApp, payload) as Promise<{ ok: boolean; value?: unknown; error?: { code: string } }>;

async function aWholeConsultation(): Promise<void> {
  await backend.start();
  // The fixture's full patient details and long notes, with the built-in content's plan and a planned day,
  // so every export (the clinician's copy, the FHIR bundle and the calendar file too) has the most to say.
  const { concerns, assessment, plannedDate } = plannedConsultation(PATIENT_NAME, { plannedDate: '2026-11-30' });
  const consultation = consultationFixture({ concerns, assessment, plannedDate, practitionerId: 'dr-amara-hale' });
  expect(await call('consultations.save', consultation)).toMatchObject({ ok: true });
  expect(await call('consultations.list')).toMatchObject({ ok: true });
  expect(await call('consultations.load', { id: CONSULTATION_ID })).toMatchObject({ ok: true });
  // Every kind of export: the clinician's copy and the FHIR bundle hold the most.
  const exported = await call('exports.write', { id: CONSULTATION_ID, kinds: [...EXPORT_KINDS] });
  expect(exported).toMatchObject({ ok: true, value: { status: 'saved' } });
  for (const file of (exported.value as { files: { exportId: string }[] }).files) await call('exports.open', { exportId: file.exportId });
  // Failures, where a careless log would say the most: a save path that cannot be written, a refused
  // payload carrying the name, a foreign sender, a file that does not open.
  const blocked = path.join(exportDir, 'blocked');
  writeFileSync(blocked, 'a file where a folder should be');
  saveTo = path.join(blocked, `Patients ${PATIENT_NAME}`);
  expect(await call('exports.write', { id: CONSULTATION_ID, kinds: [...EXPORT_KINDS] })).toMatchObject({ ok: false });
  expect(await call('consultations.save', { ...consultation, patient: { name: PATIENT_NAME.repeat(40) } })).toMatchObject({ ok: false });
  await dispatch('consultations.load', { senderFrame: { url: `file:///home/${ACCOUNT}/${PATIENT_NAME}.html`, parent: null } }, { id: CONSULTATION_ID });
  expect(await call('consultations.discard', { id: CONSULTATION_ID })).toMatchObject({ ok: true });
  backend.close();
  await logFile.close();
}

function logText(): string {
  return readdirSync(logsDir)
    .map((name) => readFileSync(path.join(logsDir, name), 'utf8'))
    .join('');
}

describe('the log files after a whole consultation', () => {
  it('record what happened', async () => {
    await aWholeConsultation();

    expect(fallback).toEqual([]);
    const text = logText();
    for (const event of ['consultations.key-created', 'export.written', 'export.open-failed', 'ipc.failed', 'ipc.invalid-request', 'ipc.rejected-sender']) {
      expect(text).toContain(` ${event}`);
    }
  }, 30_000);

  it('hold nothing of the patient', () => {
    const text = logText();

    for (const marker of [...PLAINTEXT_MARKERS, 'Zoë', 'Quennell']) expect(text).not.toContain(marker);
  });

  it('hold no path: not the account’s name, not the data folder, not where the summary went', () => {
    const text = logText();

    expect(text).not.toContain(ACCOUNT);
    expect(text).not.toMatch(/[/\\]/);
  });
});
