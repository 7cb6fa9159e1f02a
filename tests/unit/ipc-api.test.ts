import { describe, expect, it, vi } from 'vitest';
import { buildFacetApi } from '../../shared/ipc/api';
import { CHANNELS, EVENTS } from '../../shared/ipc/channels';
import { contract, events } from '../../shared/ipc/contract';

const noEvents = { subscribe: () => () => undefined };

describe('buildFacetApi', () => {
  it('exposes one named method per channel that sends the channel and payload to the transport', async () => {
    const invoke = vi.fn(async () => ({ ok: true, value: 'answer' }));
    const api = buildFacetApi({ invoke, ...noEvents });

    await expect(api.app.info()).resolves.toEqual({ ok: true, value: 'answer' });
    expect(invoke).toHaveBeenCalledWith('app.info', undefined);
  });

  it('creates a method for every channel and an on… subscription for every event, and nothing else', () => {
    const api = buildFacetApi({ invoke: async () => undefined, ...noEvents }) as unknown as Record<string, Record<string, unknown>>;
    const exposed = Object.entries(api).flatMap(([ns, group]) => Object.keys(group).map((method) => `${ns}.${method}`));

    expect(exposed.sort()).toEqual([...CHANNELS, 'content.onChanged', 'app.onCloseRequested', 'window.onFullScreenChanged', 'print.onNext'].sort());
    expect(Object.keys(contract).sort()).toEqual([...CHANNELS].sort());
    expect(Object.keys(events).sort()).toEqual([...EVENTS].sort());
  });

  it('subscribes to an event through the transport and hands back its unsubscribe', () => {
    const unsubscribe = vi.fn();
    const subscribe = vi.fn((_event: string, _listener: (payload: unknown) => void) => unsubscribe);
    const api = buildFacetApi({ invoke: async () => undefined, subscribe });
    const listener = vi.fn();

    const stop = api.content.onChanged(listener);
    subscribe.mock.calls[0]![1]({ revision: 2 });
    stop();

    expect(subscribe).toHaveBeenCalledWith('content.changed', expect.any(Function));
    expect(listener).toHaveBeenCalledWith({ revision: 2 });
    expect(unsubscribe).toHaveBeenCalledOnce();
  });

  it('is frozen so page scripts cannot swap a method for another', () => {
    const api = buildFacetApi({ invoke: async () => undefined, ...noEvents });

    expect(Object.isFrozen(api)).toBe(true);
    expect(Object.isFrozen(api.app)).toBe(true);
  });
});
