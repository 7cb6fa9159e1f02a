import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createContentService, type ContentService } from '../../../main/services/content';
import { createLogger } from '../../../main/services/log';
import type { ContentLoadResult } from '../../../shared/content/pack';
import { BUILT_IN_CONTENT, builtInText, editedBuiltIn, overrideFolder } from '../../fixtures/content-folders';
import { makeTempDir } from '../../fixtures/temp-dirs';

let service: ContentService | null = null;
afterEach(() => service?.close());

function start(overrideDir: string) {
  const changes: ContentLoadResult[] = [];
  const logLines: string[] = [];
  service = createContentService({
    builtInDir: BUILT_IN_CONTENT,
    overrideDir,
    log: createLogger((line) => logLines.push(line)),
    onChange: (result) => changes.push(result),
  });
  return { service, changes, logLines };
}

async function waitFor<T>(read: () => T | undefined, timeoutMs: number): Promise<{ value: T; afterMs: number }> {
  const started = performance.now();
  while (performance.now() - started < timeoutMs) {
    const value = read();
    if (value !== undefined) return { value, afterMs: performance.now() - started };
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`nothing within ${timeoutMs} ms`);
}

describe('live reload', () => {
  it('an edit in the override folder produces new content within a second', async () => {
    const dir = overrideFolder();
    const { service, changes } = start(dir);
    const first = await service.load();
    service.startWatching();

    writeFileSync(path.join(dir, 'clinic.yaml'), editedBuiltIn('clinic.yaml', 'name: Linden Clinic', 'name: Rowan Skin Clinic'));
    const { value, afterMs } = await waitFor(() => changes.find((c) => c.pack?.clinic.name === 'Rowan Skin Clinic'), 2000);

    expect(afterMs).toBeLessThan(1000);
    expect(value.revision).toBeGreaterThan(first.revision);
    expect(value.overridden).toEqual(['clinic.yaml']);
  });

  it('a broken edit produces a problem, and fixing it clears the problem', async () => {
    const dir = overrideFolder();
    const { service, changes } = start(dir);
    await service.load();
    service.startWatching();

    writeFileSync(path.join(dir, 'clinic.yaml'), 'name: [');
    await waitFor(() => changes.find((c) => c.problems.length > 0), 2000);
    writeFileSync(path.join(dir, 'clinic.yaml'), builtInText('clinic.yaml'));
    const { value } = await waitFor(() => (changes.at(-1)?.problems.length === 0 ? changes.at(-1) : undefined), 2000);

    expect(value.pack!.clinic.name).toBe('Linden Clinic');
  });

  it('deleting an override file brings back the built-in version', async () => {
    const dir = overrideFolder({ 'clinic.yaml': editedBuiltIn('clinic.yaml', 'name: Linden Clinic', 'name: Rowan Skin Clinic') });
    const { service, changes } = start(dir);
    expect((await service.load()).pack!.clinic.name).toBe('Rowan Skin Clinic');
    service.startWatching();

    rmSync(path.join(dir, 'clinic.yaml'));
    const { value } = await waitFor(() => changes.find((c) => c.pack?.clinic.name === 'Linden Clinic'), 2000);

    expect(value.overridden).toEqual([]);
  });

  it('survives the whole override folder being deleted and recreated', async () => {
    const dir = overrideFolder();
    const { service, changes } = start(dir);
    await service.load();
    service.startWatching();

    rmSync(dir, { recursive: true });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const { mkdirSync } = await import('node:fs');
    mkdirSync(dir, { recursive: true });
    await new Promise((resolve) => setTimeout(resolve, 1200));
    writeFileSync(path.join(dir, 'clinic.yaml'), editedBuiltIn('clinic.yaml', 'name: Linden Clinic', 'name: Back Again Clinic'));
    const { value } = await waitFor(() => changes.find((c) => c.pack?.clinic.name === 'Back Again Clinic'), 3000);

    expect(value.problems).toEqual([]);
  }, 10_000);
});

describe('copying the built-in pack to start editing', () => {
  it('copies every content file and image into the override folder', async () => {
    const dir = path.join(overrideFolder(), 'content');
    const { service } = start(dir);

    const result = await service.copyBuiltIn();

    expect(result.copied).toEqual(expect.arrayContaining(['pack.yaml', 'clinic.yaml', 'regions.yaml', 'images/logo.svg']));
    expect(readFileSync(path.join(dir, 'regions.yaml'), 'utf8')).toBe(builtInText('regions.yaml'));
    expect((await service.reload()).problems).toEqual([]);
  });

  it('never overwrites a file the clinic has edited', async () => {
    const edited = editedBuiltIn('clinic.yaml', 'name: Linden Clinic', 'name: Rowan Skin Clinic');
    const dir = overrideFolder({ 'clinic.yaml': edited });
    const { service } = start(dir);

    const result = await service.copyBuiltIn();

    expect(result.kept).toEqual(['clinic.yaml']);
    expect(readFileSync(path.join(dir, 'clinic.yaml'), 'utf8')).toBe(edited);
    expect(existsSync(path.join(dir, 'slides.yaml'))).toBe(true);
  });
});

it('logs counts only, never content', async () => {
  const dir = overrideFolder({ 'clinic.yaml': editedBuiltIn('clinic.yaml', 'name: Linden Clinic', 'name: Rowan Skin Clinic') });
  const { service, logLines } = start(dir);
  await service.load();

  expect(logLines.join('\n')).toMatch(/content\.loaded .*overridden=1/);
  expect(logLines.join('\n')).not.toContain('Rowan');
});

describe('faults', () => {
  it('keeps the content loaded earlier when the built-in folder disappears while running', async () => {
    const { cpSync } = await import('node:fs');
    const builtInCopy = path.join(makeTempDir('facet-builtin-'), 'en');
    cpSync(BUILT_IN_CONTENT, builtInCopy, { recursive: true });
    service = createContentService({ builtInDir: builtInCopy, overrideDir: overrideFolder(), log: createLogger(() => undefined) });
    const before = await service.load();

    rmSync(builtInCopy, { recursive: true });
    const after = await service.reload();

    expect(after.pack).toEqual(before.pack);
    expect(after.problems.at(-1)!.message).toMatch(/content loaded earlier stays in use/);
  });

  it('an override file replaced by a folder is reported, and the built-in file stands in', { timeout: 10_000 }, async () => {
    const { mkdirSync } = await import('node:fs');
    const dir = overrideFolder({ 'clinic.yaml': editedBuiltIn('clinic.yaml', 'name: Linden Clinic', 'name: Rowan Skin Clinic') });
    const { service, changes } = start(dir);
    await service.load();
    service.startWatching();
    await new Promise((resolve) => setTimeout(resolve, 300)); // the watcher has taken its first look

    rmSync(path.join(dir, 'clinic.yaml'));
    mkdirSync(path.join(dir, 'clinic.yaml'));
    // fs.watch can miss a file swapped for a folder; the folder check every 2 s catches it.
    const { value } = await waitFor(() => changes.find((c) => c.problems.some((p) => p.file === 'clinic.yaml')), 4000);

    expect(value.pack!.clinic.name).toBe('Linden Clinic');
    expect(value.problems.map((p) => p.message)).toContain('this file is a folder, not a file');
  });
});
