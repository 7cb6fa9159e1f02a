import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { appFramesOnly, createDispatcher, type InvokeEvent } from '../../main/ipc';
import { createLogger } from '../../main/services/log';
import { CHANNELS } from '../../shared/ipc/channels';
import { IPC_ERROR_CODES } from '../../shared/ipc/result';
import { testBackend } from '../fixtures/backend-ports';
import { consultationFixture } from '../fixtures/consultation-fixtures';

/**
 * Every channel, through main's real handle(), fed random and hostile
 * payloads: each call must come back as a typed result, never throw, never
 * hang, and never change what is stored.
 */
const sideEffects: string[] = [];
const { backend, userDataDir, logLines } = testBackend({
  openFolder: async (folder) => {
    sideEffects.push(`open ${folder}`);
    return true;
  },
  openFile: async (file) => {
    sideEffects.push(`open ${file}`);
    return '';
  },
});
const dispatch = createDispatcher(backend.handlers, appFramesOnly('app://facet'), createLogger((line) => logLines.push(line)));
const fromApp: InvokeEvent = { senderFrame: { url: 'app://facet/index.html', parent: null } };
afterAll(() => backend.close());

/** Hostile values: wrong types, huge strings, deep nesting, prototype-pollution keys, odd numbers. */
const hostile = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom(undefined, null, NaN, Infinity, -Infinity, -1, 0, 2 ** 53, -(2 ** 63), 1e308, true, false, '', '../../etc/passwd', '__proto__', 'constructor'),
    fc.string({ maxLength: 40 }),
    fc.string({ minLength: 100_000, maxLength: 100_001 }).map((s) => s.repeat(3)),
    fc.integer(),
    fc.double(),
    fc.uuid(),
    tie('object'),
    fc.array(tie('value'), { maxLength: 4 }),
  ),
  object: fc.oneof(
    fc.dictionary(fc.constantFrom('id', 'name', 'patient', 'exportId', 'paperSize', 'retentionDays', 'reducedMotion', 'concerns', '__proto__', 'constructor', 'prototype'), tie('value'), { maxKeys: 5 }),
    fc.constant(JSON.parse('{"__proto__": {"polluted": true}, "id": "x"}')),
    fc.constant(Object.create(null)),
  ),
})).value;

const deeplyNested = (depth: number): unknown => (depth === 0 ? {} : { a: deeplyNested(depth - 1) });

function storedState(): string {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const full = path.join(dir, name);
      return statSync(full).isDirectory() ? walk(full) : [`${path.relative(userDataDir, full)}:${readFileSync(full).toString('base64')}`];
    });
  return walk(userDataDir).sort().join('\n');
}

const isTypedResult = (result: unknown) =>
  typeof result === 'object' &&
  result !== null &&
  ((result as { ok: unknown }).ok === true ||
    ((result as { ok: unknown }).ok === false && IPC_ERROR_CODES.includes((result as { error: { code: never } }).error.code)));

async function withinTime<T>(promise: Promise<T>, ms = 5000): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)));
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

describe('IPC fuzzing', () => {
  it.each(CHANNELS.map((c) => [c]))('%s answers every hostile payload with a typed result and changes nothing stored', async (channel) => {
    // A real draft and settings exist, so a wrong call could damage them.
    await backend.consultations.save(consultationFixture());
    await backend.settings.update({ paperSize: 'LETTER' });
    let before = storedState();
    // Channels whose valid call is meant to change what is stored: checked only for rejected payloads.
    const changesState = ['consultations.save', 'consultations.discard', 'settings.update', 'content.copyBuiltIn'].includes(channel);

    await fc.assert(
      fc.asyncProperty(hostile, async (payload) => {
        const result = await withinTime(dispatch(channel, fromApp, payload));
        expect(isTypedResult(result)).toBe(true);
        const accepted = (result as { ok: boolean }).ok;
        if (changesState && accepted) before = storedState();
        else expect(storedState()).toBe(before);
      }),
      { numRuns: 60, seed: 20261124 },
    );
    for (const payload of [deeplyNested(5000), JSON.parse('{"__proto__":{"isAdmin":true}}')]) {
      const result = await withinTime(dispatch(channel, fromApp, payload));
      expect(isTypedResult(result)).toBe(true);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  }, 60_000);

  it('refuses every channel from a foreign sender, whatever the payload', async () => {
    const effectsBefore = sideEffects.length;
    for (const channel of CHANNELS) {
      const result = await dispatch(channel, { senderFrame: { url: 'https://evil.example/', parent: null } }, undefined);
      expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    }
    expect(sideEffects).toHaveLength(effectsBefore);
  });

  it('never writes a payload into the log', () => {
    expect(logLines.join('\n')).not.toMatch(/passwd|polluted|isAdmin/);
  });
});
