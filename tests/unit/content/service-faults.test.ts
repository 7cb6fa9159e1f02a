import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createContentService, type ContentService } from '../../../main/services/content';
import { loadContent } from '../../../main/services/content/load';
import type * as LoadModule from '../../../main/services/content/load';
import { createLogger } from '../../../main/services/log';
import type { ContentLoadResult } from '../../../shared/content/pack';
import { BUILT_IN_CONTENT, builtInText, editedBuiltIn, overrideFolder } from '../../fixtures/content-folders';

/**
 * The content service must survive a load that throws (a parser bug, a stack overflow, an
 * out-of-memory): the error becomes a problem, the built-in pack stands in, the failure is
 * not kept, and nothing is left as an unhandled rejection, which would end the main process.
 */

vi.mock('../../../main/services/content/load', async (importOriginal) => {
  const actual = await importOriginal<typeof LoadModule>();
  return { ...actual, loadContent: vi.fn(actual.loadContent) };
});

const realLoad = (await vi.importActual<typeof LoadModule>('../../../main/services/content/load')).loadContent;
const mockedLoad = vi.mocked(loadContent);

/** The next load of the clinic's folder throws; loads of the built-in pack alone still work. */
function failNextOverrideLoad(error: Error) {
  mockedLoad.mockImplementationOnce(async (folders, revision) => {
    if (folders.override !== null) throw error;
    return realLoad(folders, revision);
  });
}

let service: ContentService | null = null;
afterEach(() => {
  service?.close();
  service = null;
  mockedLoad.mockReset();
  mockedLoad.mockImplementation(realLoad);
});

function start(overrideDir: string) {
  const changes: ContentLoadResult[] = [];
  service = createContentService({
    builtInDir: BUILT_IN_CONTENT,
    overrideDir,
    log: createLogger(() => undefined),
    onChange: (result) => changes.push(result),
  });
  return { service, changes };
}

async function waitFor<T>(read: () => T | undefined, timeoutMs: number): Promise<T> {
  const started = performance.now();
  while (performance.now() - started < timeoutMs) {
    const value = read();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`nothing within ${timeoutMs} ms`);
}

describe('a load that throws', () => {
  it('is reported, with the built-in pack standing in', async () => {
    const { service } = start(overrideFolder());
    failNextOverrideLoad(new RangeError('Maximum call stack size exceeded'));

    const result = await service.load();

    expect(result.pack!.clinic.name).toBe('Linden Clinic');
    expect(result.problems).toEqual([
      expect.objectContaining({ file: '(content folder)', severity: 'error', message: expect.stringMatching(/could not be loaded/) }),
    ]);
  });

  it('is not kept: the next load tries again', async () => {
    const dir = overrideFolder({ 'clinic.yaml': editedBuiltIn('clinic.yaml', 'name: Linden Clinic', 'name: Rowan Skin Clinic') });
    const { service } = start(dir);
    failNextOverrideLoad(new RangeError('Maximum call stack size exceeded'));
    await service.load().catch(() => undefined);

    const again = await service.load();

    expect(again.problems).toEqual([]);
    expect(again.pack!.clinic.name).toBe('Rowan Skin Clinic');
  });

  it('when triggered by the watcher, leaves no unhandled rejection', { timeout: 5000 }, async () => {
    const unhandled: unknown[] = [];
    const listener = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', listener);
    try {
      const dir = overrideFolder();
      const { service, changes } = start(dir);
      await service.load();
      service.startWatching();
      mockedLoad.mockImplementation(async (folders, revision) => {
        if (folders.override !== null) throw new RangeError('Maximum call stack size exceeded');
        return realLoad(folders, revision);
      });

      writeFileSync(path.join(dir, 'clinic.yaml'), builtInText('clinic.yaml'));
      await waitFor(() => (mockedLoad.mock.calls.length > 1 ? true : undefined), 3000);
      await new Promise((resolve) => setTimeout(resolve, 100));

      expect(unhandled).toEqual([]);
      expect(changes.at(-1)?.problems.map((p) => p.message)).toEqual([expect.stringMatching(/could not be loaded/)]);
      expect(changes.at(-1)?.pack).not.toBeNull();
    } finally {
      process.off('unhandledRejection', listener);
    }
  });
});

it('a field of 2,000 nested quotes does not stop content loading for good', async () => {
  const text = editedBuiltIn('disclaimers.yaml', /text: >-\n {6}Results vary[^\n]*\n[^\n]*\n/, `text: "${'>'.repeat(2000)} Results [vary]"\n`);
  const { service } = start(overrideFolder({ 'disclaimers.yaml': text }));

  const first = await service.load();
  const again = await service.reload();

  expect(first.problems.map((p) => [p.file, p.line])).toEqual([['disclaimers.yaml', 4]]);
  expect(again.pack!.disclaimers.map((d) => d.id)).toContain('results-vary');
});
