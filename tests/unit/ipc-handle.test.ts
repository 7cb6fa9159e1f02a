import { describe, expect, it, vi } from 'vitest';
import {
  appFramesOnly,
  createDispatcher,
  handle,
  originOf,
  type Handler,
  type HandlerTable,
  type InvokeEvent,
  type IpcMainLike,
} from '../../main/ipc';
import { createLogger } from '../../main/services/log';
import { CHANNELS } from '../../shared/ipc/channels';
import { contract } from '../../shared/ipc/contract';
import { FacetError } from '../../shared/ipc/result';

const APP = 'app://facet';
const appFrame: InvokeEvent = { senderFrame: { url: `${APP}/index.html`, parent: null } };
const validInfo = { name: 'Facet', version: '1.0.0', platform: 'linux', userData: { kind: 'default', writable: true }, logsFolder: '/var/log/facet' } as const;

function fakeIpcMain() {
  const listeners = new Map<string, (event: InvokeEvent, payload: unknown) => Promise<unknown>>();
  const ipcMain: IpcMainLike = { handle: (channel, listener) => void listeners.set(channel, listener) };
  return { ipcMain, call: (channel: string, event: InvokeEvent, payload?: unknown) => listeners.get(channel)!(event, payload) };
}

function recordingLogger() {
  const lines: string[] = [];
  return { log: createLogger((line) => lines.push(line)), lines };
}

function register(handler: Handler<'app.info'>) {
  const { ipcMain, call } = fakeIpcMain();
  const { log, lines } = recordingLogger();
  handle(ipcMain, 'app.info', handler, appFramesOnly(APP), log);
  return { call: (event: InvokeEvent, payload?: unknown) => call('app.info', event, payload), lines };
}

describe('handle()', () => {
  it('returns the handler value wrapped as ok for the app’s own top-level frame', async () => {
    const { call } = register(() => validInfo);

    await expect(call(appFrame)).resolves.toEqual({ ok: true, value: validInfo });
  });

  it.each([
    ['another origin', { url: 'https://evil.example/index.html', parent: null }],
    ['a subframe of the app', { url: `${APP}/index.html`, parent: { url: `${APP}/index.html` } }],
    ['a file:// page', { url: 'file:///etc/passwd', parent: null }],
    ['a look-alike host', { url: 'app://facet.evil/index.html', parent: null }],
  ])('rejects %s as a forbidden sender without calling the handler', async (_label, frame) => {
    const handler = vi.fn(() => validInfo);
    const { call } = register(handler);

    const result = await call({ senderFrame: frame });

    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(handler).not.toHaveBeenCalled();
  });

  it('rejects a sender whose frame is gone (null)', async () => {
    const { call } = register(() => validInfo);

    await expect(call({ senderFrame: null })).resolves.toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
  });

  it('rejects a payload that does not match the channel schema with a typed error', async () => {
    const handler = vi.fn(() => validInfo);
    const { call } = register(handler);

    const result = await call(appFrame, { unexpected: 'payload' });

    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(handler).not.toHaveBeenCalled();
  });

  it('passes a FacetError’s code and message through', async () => {
    const { call } = register(() => {
      throw new FacetError('io-failed', 'The data folder is read-only.');
    });

    await expect(call(appFrame)).resolves.toEqual({
      ok: false,
      error: { code: 'io-failed', message: 'The data folder is read-only.' },
    });
  });

  it('turns an unexpected exception into "internal" without leaking or logging its message', async () => {
    const { call, lines } = register(() => {
      throw new Error('ENOENT /home/clinic/Zoë Ólafsdóttir.json');
    });

    const result = await call(appFrame);

    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toContain('Zoë');
    expect(lines.join('\n')).not.toContain('Zoë');
    expect(lines.join('\n')).toContain('ipc.internal-error');
  });

  it('refuses to send a response that breaks the contract', async () => {
    const { call } = register(() => ({ ...validInfo, platform: 'beos' }) as never);

    await expect(call(appFrame)).resolves.toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});

describe('createDispatcher', () => {
  const unused = () => {
    throw new Error('not used in this test');
  };
  const table = Object.fromEntries(CHANNELS.map((channel) => [channel, channel === 'app.info' ? () => validInfo : unused])) as unknown as HandlerTable;

  it('routes a call to its channel through the same checks', async () => {
    const dispatch = createDispatcher(table, appFramesOnly(APP), recordingLogger().log);

    await expect(dispatch('app.info', appFrame, undefined)).resolves.toEqual({ ok: true, value: validInfo });
    await expect(dispatch('app.info', { senderFrame: null }, undefined)).resolves.toMatchObject({ ok: false });
  });

  it('answers an unknown channel with a typed error', async () => {
    const dispatch = createDispatcher(table, appFramesOnly(APP), recordingLogger().log);

    await expect(dispatch('fs.readAnything', appFrame, '/etc/passwd')).resolves.toMatchObject({
      ok: false,
      error: { code: 'unknown-channel' },
    });
  });
});

describe('originOf', () => {
  it('gives scheme and host for custom schemes, where WHATWG origin would be "null"', () => {
    expect(originOf('app://facet/index.html#/deck')).toBe('app://facet');
    expect(originOf('http://127.0.0.1:5173/')).toBe('http://127.0.0.1:5173');
    expect(originOf('not a url')).toBeNull();
    expect(originOf('about:blank')).toBeNull();
  });
});

it('the app.info request schema accepts only an empty payload', () => {
  // Guards against someone loosening the contract to z.any() by accident.
  expect(contract['app.info'].request.safeParse(undefined).success).toBe(true);
  expect(contract['app.info'].request.safeParse({}).success).toBe(false);
});
