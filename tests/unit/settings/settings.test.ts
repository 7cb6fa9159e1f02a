import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { nodeFs, type FsPort } from '../../../main/services/atomic-write';
import { createLogger } from '../../../main/services/log';
import { createSettingsStore } from '../../../main/services/settings';
import { DEFAULT_SETTINGS, type SettingsPatch } from '../../../shared/settings';
import { errnoError, makeReadOnly, removeTempDirs, tempDir } from '../../fixtures/consultation-fixtures';

afterEach(removeTempDirs);

const NOW = new Date('2026-11-24T09:30:15.250Z');

function settingsIn(dir: string, fs?: FsPort) {
  const file = path.join(dir, 'settings.json');
  const logLines: string[] = [];
  const store = createSettingsStore({ file, fs, log: createLogger((line) => logLines.push(line)), now: () => NOW });
  return { store, file, logLines };
}

describe('settings', () => {
  it('without a settings file, the defaults apply and nothing is written', async () => {
    const dir = tempDir('facet-settings-');
    expect(await settingsIn(dir).store.get()).toEqual(DEFAULT_SETTINGS);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('an update returns the new settings and is still there for a new store on the same file', async () => {
    const dir = tempDir('facet-settings-');
    const updated = await settingsIn(dir).store.update({ retentionDays: 14, paperSize: 'LETTER' });

    expect(updated).toEqual({ ...DEFAULT_SETTINGS, retentionDays: 14, paperSize: 'LETTER' });
    expect(await settingsIn(dir).store.get()).toEqual(updated);
  });

  it('an update changes only the settings it names', async () => {
    const { store } = settingsIn(tempDir('facet-settings-'));
    await store.update({ retentionDays: 30 });
    expect(await store.update({ reducedMotion: true })).toEqual({ ...DEFAULT_SETTINGS, paperSize: 'A4', retentionDays: 30, reducedMotion: true });
  });

  it('updates made at the same time are all applied', async () => {
    const dir = tempDir('facet-settings-');
    const { store } = settingsIn(dir);
    await Promise.all([store.update({ retentionDays: 3 }), store.update({ reducedMotion: true }), store.update({ paperSize: 'LETTER' })]);
    expect(await settingsIn(dir).store.get()).toEqual({ ...DEFAULT_SETTINGS, paperSize: 'LETTER', retentionDays: 3, reducedMotion: true });
  });

  it.each<[string, unknown]>([
    ['a retention of 0 days', { retentionDays: 0 }],
    ['a retention of 91 days', { retentionDays: 91 }],
    ['a fractional retention', { retentionDays: 1.5 }],
    ['an unknown paper size', { paperSize: 'A5' }],
    ['an unknown setting', { theme: 'dark' }],
    ['not an object', 'retentionDays=3'],
  ])('refuses %s with invalid-request and changes nothing', async (_what, patch) => {
    const dir = tempDir('facet-settings-');
    const { store, file } = settingsIn(dir);
    await store.update({ retentionDays: 10 });
    const before = readFileSync(file, 'utf8');

    await expect(store.update(patch as SettingsPatch)).rejects.toMatchObject({ code: 'invalid-request' });

    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(await store.get()).toEqual({ ...DEFAULT_SETTINGS, retentionDays: 10 });
  });

  it('a file that is not JSON is kept aside, the defaults apply, and a warning is logged', async () => {
    const dir = tempDir('facet-settings-');
    const { store, file, logLines } = settingsIn(dir);
    writeFileSync(file, '{ "retentionDays": 14, ');

    expect(await store.get()).toEqual(DEFAULT_SETTINGS);

    const aside = path.join(dir, 'settings.json.broken-2026-11-24T09-30-15-250Z');
    expect(readFileSync(aside, 'utf8')).toBe('{ "retentionDays": 14, ');
    expect(logLines.some((line) => / warn settings\.broken problem="not-json" keptAside=true/.test(line))).toBe(true);
    expect(await settingsIn(dir).store.get()).toEqual(DEFAULT_SETTINGS);
  });

  it('a file from an earlier version, without the settings added since, is read as it is: their defaults apply and nothing is called broken', async () => {
    const dir = tempDir('facet-settings-');
    const { store, file, logLines } = settingsIn(dir);
    writeFileSync(file, JSON.stringify({ paperSize: 'LETTER', retentionDays: 14, reducedMotion: true }));

    expect(await store.get()).toEqual({ ...DEFAULT_SETTINGS, paperSize: 'LETTER', retentionDays: 14, reducedMotion: true });
    expect(readdirSync(dir)).toEqual(['settings.json']);
    expect(logLines.filter((line) => line.includes('settings.broken'))).toEqual([]);
  });

  it('remembers what the export writes', async () => {
    const dir = tempDir('facet-settings-');
    await settingsIn(dir).store.update({ exportKinds: ['patientSummary', 'calendar'] });
    expect((await settingsIn(dir).store.get()).exportKinds).toEqual(['patientSummary', 'calendar']);
    await expect(settingsIn(dir).store.update({ exportKinds: [] })).rejects.toMatchObject({ code: 'invalid-request' });
    await expect(settingsIn(dir).store.update({ exportKinds: ['calendar', 'calendar'] })).rejects.toMatchObject({ code: 'invalid-request' });
  });

  it('a file with one invalid setting keeps the valid ones, and the original is kept aside', async () => {
    const dir = tempDir('facet-settings-');
    const { store, file } = settingsIn(dir);
    const original = JSON.stringify({ paperSize: 'LETTER', retentionDays: 365, reducedMotion: true });
    writeFileSync(file, original);

    const expected = { ...DEFAULT_SETTINGS, paperSize: 'LETTER', retentionDays: DEFAULT_SETTINGS.retentionDays, reducedMotion: true };
    expect(await store.get()).toEqual(expected);
    expect(readFileSync(path.join(dir, 'settings.json.broken-2026-11-24T09-30-15-250Z'), 'utf8')).toBe(original);
    expect(await settingsIn(dir).store.get()).toEqual(expected);
  });

  it('when the disk is full, update fails with disk-full and the settings stay as they were', async () => {
    const dir = tempDir('facet-settings-');
    const { store, file } = settingsIn(dir);
    await store.update({ retentionDays: 20 });
    const full: FsPort = { ...nodeFs, writeFileAtomic: (target) => Promise.reject(errnoError('ENOSPC', 'write', target)) };
    const { store: onFullDisk } = settingsIn(dir, full);

    await expect(onFullDisk.update({ retentionDays: 5 })).rejects.toMatchObject({
      code: 'disk-full',
      message: 'The disk is full, so Facet could not save the settings. Free up some space and try again.',
    });
    expect(await onFullDisk.get()).toEqual({ ...DEFAULT_SETTINGS, retentionDays: 20 });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ ...DEFAULT_SETTINGS, retentionDays: 20 });
  });

  it('in a read-only folder, update fails with not-writable', async (context) => {
    const dir = tempDir('facet-settings-');
    if (!makeReadOnly(dir)) return context.skip('cannot make a folder read-only here (no chmod effect, no chattr)');
    await expect(settingsIn(dir).store.update({ reducedMotion: true })).rejects.toMatchObject({ code: 'not-writable' });
    expect(existsSync(path.join(dir, 'settings.json'))).toBe(false);
  });
});
