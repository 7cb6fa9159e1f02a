import { closeSync, constants, mkdirSync, openSync, statSync, symlinkSync } from 'node:fs';
import * as fsPromises from 'node:fs/promises';
import type * as FsPromises from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadContent } from '../../../main/services/content/load';
import { formatProblem } from '../../../shared/content/problem-format';
import { BUILT_IN_CONTENT, editedBuiltIn, overrideFolder } from '../../fixtures/content-folders';

/**
 * What a file is can change between a check and the read: a file swapped for a named pipe
 * after its size was checked would make a read wait for ever, holding one of the few file
 * threads. `stat` is made to lie here (as if the swap came right after it) to show that the
 * loader trusts only what it learns from the handle it reads.
 */

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof FsPromises>();
  return { ...actual, stat: vi.fn(actual.stat), open: vi.fn(actual.open), readFile: vi.fn(actual.readFile) };
});

const pipes: string[] = [];

/** A named pipe at `file`, which `stat` reports as the plain file `lookalike`. */
function pipeThatLooksLikeAFile(file: string, lookalike: string) {
  execFileSync('mkfifo', [file]);
  pipes.push(file);
  const plain = statSync(lookalike);
  const realStat = vi.mocked(fsPromises.stat).getMockImplementation()!;
  vi.mocked(fsPromises.stat).mockImplementation((async (target: string, options?: object) =>
    path.resolve(String(target)) === file ? plain : realStat(target, options as never)) as typeof fsPromises.stat);
}

afterEach(() => {
  // A read that did wait on a pipe holds a file thread until a writer comes and goes: release it.
  for (const pipe of pipes.splice(0)) {
    try {
      closeSync(openSync(pipe, constants.O_WRONLY | constants.O_NONBLOCK));
    } catch {
      // Nobody was waiting on it.
    }
  }
  vi.mocked(fsPromises.stat).mockReset();
});

describe('a file swapped for a pipe after it was checked', () => {
  it('a content file: refused at once', { timeout: 3000 }, async () => {
    const dir = overrideFolder();
    pipeThatLooksLikeAFile(path.join(dir, 'clinic.yaml'), path.join(BUILT_IN_CONTENT, 'clinic.yaml'));

    const result = await loadContent({ builtIn: BUILT_IN_CONTENT, override: dir });

    expect(result.problems.map(formatProblem)).toEqual(['clinic.yaml: this file is not a plain file']);
  });

  it('an image: refused at once', { timeout: 3000 }, async () => {
    const dir = overrideFolder();
    mkdirSync(path.join(dir, 'images'));
    pipeThatLooksLikeAFile(path.join(dir, 'images/logo.svg'), path.join(BUILT_IN_CONTENT, 'images/logo.svg'));

    const result = await loadContent({ builtIn: BUILT_IN_CONTENT, override: dir });

    expect(result.problems.map(formatProblem)).toEqual([expect.stringMatching(/^clinic\.yaml:4 logo: the image "images\/logo\.svg" is not a plain file/)]);
  });
});

it('one real image is read once, whatever names and links lead to it', async () => {
  const dir = overrideFolder({
    'clinic.yaml': editedBuiltIn('clinic.yaml', 'logo: images/logo.svg', 'logo: images/b.png'),
    'disclaimers.yaml': ['disclaimers:', '  - id: pictures', '    text: "![x](images/x.png) ![a](images/a.png) ![b](./images/b.png) ![c](images/./x.png)"'].join('\n'),
    'images/x.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  });
  symlinkSync('x.png', path.join(dir, 'images/a.png'));
  symlinkSync('a.png', path.join(dir, 'images/b.png'));
  vi.mocked(fsPromises.open).mockClear();
  vi.mocked(fsPromises.readFile).mockClear();

  const result = await loadContent({ builtIn: BUILT_IN_CONTENT, override: dir });

  expect(result.problems.filter((p) => p.category !== 'wording')).toEqual([]);
  const reads = [...vi.mocked(fsPromises.open).mock.calls, ...vi.mocked(fsPromises.readFile).mock.calls]
    .map(([file]) => String(file))
    .filter((file) => file.includes(`${path.sep}images${path.sep}`) && file.startsWith(path.dirname(dir)) && !file.startsWith(BUILT_IN_CONTENT));
  expect(reads).toHaveLength(1);
});
