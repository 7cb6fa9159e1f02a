import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CONSULTATION_ID, openStore, removeTempDirs, tempDir, versionOf } from '../../fixtures/consultation-fixtures';

afterEach(removeTempDirs);

const ROOT = path.resolve(import.meta.dirname, '../../..');
const CHILD = path.join(import.meta.dirname, 'crash-child.ts');
const ROUNDS = 10;
const DRAFT = `${CONSULTATION_ID}.facet-draft`;
/** The draft, the data key, and the book of versions saved (see versions.ts). */
const KEPT = [DRAFT, 'key.bin', 'versions.bin'];

interface Round {
  delayMs: number;
  /** The last version the child reported as saved before it was killed. */
  lastSaved: number;
}

/** Starts a child saving in a loop, kills it with SIGKILL `delayMs` after its first save, and reports what it saved. */
function saveUntilKilled(dir: string, firstVersion: number, delayMs: number): Promise<Round> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dir, String(firstVersion)], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let killTimer: NodeJS.Timeout | undefined;
    const startTimeout = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      if (killTimer === undefined && stdout.includes('saved ')) {
        clearTimeout(startTimeout);
        killTimer = setTimeout(() => child.kill('SIGKILL'), delayMs);
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(startTimeout);
      const saved = [...stdout.matchAll(/saved (\d+)\n/g)].map((match) => Number(match[1]));
      if (signal !== 'SIGKILL' || killTimer === undefined || saved.length === 0) {
        reject(new Error(`the child ended on its own (code ${code}, signal ${signal}): ${stderr}`));
      } else {
        resolve({ delayMs, lastSaved: Math.max(...saved) });
      }
    });
  });
}

describe('a process killed in the middle of saving', () => {
  it(`leaves a draft that loads as one complete version (${ROUNDS} kills at random moments)`, { timeout: 120_000 }, async () => {
    const dir = tempDir();
    const tempFiles = new Set<string>();

    for (let round = 0; round < ROUNDS; round += 1) {
      const delayMs = 20 + Math.floor(Math.random() * 180);
      const { lastSaved } = await saveUntilKilled(dir, round * 1_000_000, delayMs);

      const loaded = await openStore(dir).store.load(CONSULTATION_ID);
      const version = versionOf(loaded.notes);
      // The child reports a version right after its save resolves, so the kill can land between the two: one more is fine.
      expect([lastSaved, lastSaved + 1], `round ${round}, killed ${delayMs} ms after the first save`).toContain(version);

      for (const name of readdirSync(dir).filter((name) => !KEPT.includes(name))) tempFiles.add(name);
    }

    // At most one temp file per kill, each named as atomicWriter names them: the draft's (or the book's) name and a number.
    expect(tempFiles.size).toBeLessThanOrEqual(ROUNDS);
    for (const name of tempFiles) expect(name).toMatch(new RegExp(`^(${DRAFT.replace('.', '\\.')}|versions\\.bin)\\.\\d+$`));

    const { store } = openStore(dir);
    expect((await store.list()).drafts.map((draft) => draft.id)).toEqual([CONSULTATION_ID]);
    await store.purgeExpired();
    expect(readdirSync(dir).sort()).toEqual(KEPT);
  });
});
