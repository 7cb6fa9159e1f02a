import { describe, expect, it, vi } from 'vitest';
import { buildFacetApi, firstScreenReads } from '../../shared/ipc/api';
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

  describe('the first screen’s reads, asked before the page asks', () => {
    it('asks them as soon as it is built and hands each answer to the first call on its channel; later calls ask again', async () => {
      const invoke = vi.fn(async (channel: string) => ({ ok: true, value: `${channel} #${invoke.mock.calls.length}` }));
      const api = buildFacetApi({ invoke, ...noEvents }, { askEarly: ['content.load', 'app.info'] });

      expect(invoke.mock.calls.map(([channel]) => channel)).toEqual(['content.load', 'app.info']);
      await expect(api.content.load()).resolves.toEqual({ ok: true, value: 'content.load #1' });
      await expect(api.app.info()).resolves.toEqual({ ok: true, value: 'app.info #2' });
      expect(invoke).toHaveBeenCalledTimes(2);

      await expect(api.content.load()).resolves.toEqual({ ok: true, value: 'content.load #3' });
      expect(invoke).toHaveBeenCalledTimes(3);
    });

    it('drops the answers not taken yet once anything else is asked: a save may have changed them', async () => {
      const invoke = vi.fn(async (channel: string) => ({ ok: true, value: channel }));
      const api = buildFacetApi({ invoke, ...noEvents }, { askEarly: ['consultations.list'] });

      await api.settings.update({ reducedMotion: true });
      await api.consultations.list();

      expect(invoke.mock.calls.map(([channel]) => channel)).toEqual(['consultations.list', 'settings.update', 'consultations.list']);
    });

    it('drops them when main pushes an event (the content changed before the page listened)', async () => {
      const listeners: ((payload: unknown) => void)[] = [];
      const invoke = vi.fn(async (channel: string) => ({ ok: true, value: channel }));
      const api = buildFacetApi(
        {
          invoke,
          subscribe: (_event, listener) => {
            listeners.push(listener);
            return () => listeners.splice(listeners.indexOf(listener), 1);
          },
        },
        { askEarly: ['content.load'] },
      );

      for (const listener of [...listeners]) listener({ revision: 2 });
      await api.content.load();

      expect(invoke).toHaveBeenCalledTimes(2);
      expect(listeners).toEqual([]);
    });

    it('does not report a failed early ask nobody took as an unhandled rejection', async () => {
      const unhandled = vi.fn();
      process.on('unhandledRejection', unhandled);
      try {
        buildFacetApi({ invoke: () => Promise.reject(new Error('main went away')), ...noEvents }, { askEarly: ['app.info'] });
        await new Promise((resolve) => setTimeout(resolve, 10));
        expect(unhandled).not.toHaveBeenCalled();
      } finally {
        process.off('unhandledRejection', unhandled);
      }
    });

    it('are the content, settings, app info and saved drafts in the main window; the presenter window shows only content', () => {
      expect([...firstScreenReads('')].sort()).toEqual(['app.info', 'consultations.list', 'content.load', 'settings.get']);
      expect([...firstScreenReads('#presenter')].sort()).toEqual(['content.load', 'settings.get']);
    });

    it('never include the saved drafts (patients’ names) in the hidden window that prints drawn slides', () => {
      expect([...firstScreenReads('#print-slides:3f9c2a')].sort()).toEqual(['content.load', 'settings.get']);
    });
  });
});
