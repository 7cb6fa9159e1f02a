import { describe, expect, it, vi } from 'vitest';
import { buildFacetApi } from '../../shared/ipc/api';
import { CHANNELS } from '../../shared/ipc/channels';
import { contract } from '../../shared/ipc/contract';

describe('buildFacetApi', () => {
  it('exposes one named method per channel that sends the channel and payload to the transport', async () => {
    const invoke = vi.fn(async () => ({ ok: true, value: 'answer' }));
    const api = buildFacetApi(invoke);

    await expect(api.app.info()).resolves.toEqual({ ok: true, value: 'answer' });
    expect(invoke).toHaveBeenCalledWith('app.info', undefined);
  });

  it('creates a method for every channel in the contract and nothing else', () => {
    const api = buildFacetApi(async () => undefined) as unknown as Record<string, Record<string, unknown>>;
    const exposed = Object.entries(api).flatMap(([ns, group]) => Object.keys(group).map((method) => `${ns}.${method}`));

    expect(exposed.sort()).toEqual([...CHANNELS].sort());
    expect(Object.keys(contract).sort()).toEqual([...CHANNELS].sort());
  });

  it('is frozen so page scripts cannot swap a method for another', () => {
    const api = buildFacetApi(async () => undefined);

    expect(Object.isFrozen(api)).toBe(true);
    expect(Object.isFrozen(api.app)).toBe(true);
  });
});
