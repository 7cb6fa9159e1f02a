import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Consultation } from '../../shared/consultation/model';
import { buildFacetApi, type FacetApi } from '../../shared/ipc/api';
import type { IpcResult } from '../../shared/ipc/result';
import { ApiContext } from '../../renderer/api-context';
import { ConsultationProvider, useConsultation } from '../../renderer/consultation/ConsultationContext';
import { SaveIndicator } from '../../renderer/consultation/SaveIndicator';

/**
 * The autosave as the practitioner meets it: what reaches "disk" (the save
 * channel) while they type, and what the indicator says meanwhile. Saves are
 * answered by the test, so a write can be held "in flight".
 */
interface SaveCall {
  consultation: Consultation;
  answer(result?: IpcResult<{ savedAt: string }>): void;
}

function harness() {
  const saves: SaveCall[] = [];
  const written: Consultation[] = [];
  let autoAnswer = true;
  const events = new Map<string, (payload: unknown) => void>();
  const calls: string[] = [];
  const api: FacetApi = buildFacetApi({
    invoke: (channel, payload) => {
      calls.push(channel);
      if (channel === 'consultations.save') {
        return new Promise((resolve) => {
          const call: SaveCall = {
            consultation: payload as Consultation,
            answer: (result = { ok: true, value: { savedAt: new Date().toISOString() } }) => {
              if (result.ok) written.push(call.consultation);
              resolve(result);
            },
          };
          saves.push(call);
          if (autoAnswer) queueMicrotask(() => call.answer());
        });
      }
      if (channel === 'consultations.discard') return Promise.resolve({ ok: true, value: { discarded: true } });
      return Promise.resolve({ ok: true, value: { ready: true } });
    },
    subscribe(event, listener) {
      events.set(event, listener);
      return () => events.delete(event);
    },
  });
  let controls!: ReturnType<typeof useConsultation>;
  function Probe() {
    controls = useConsultation();
    return <SaveIndicator state={controls.saveState} />;
  }
  render(
    <ApiContext.Provider value={api}>
      <ConsultationProvider>
        <Probe />
      </ConsultationProvider>
    </ApiContext.Provider>,
  );
  return {
    saves,
    written,
    calls,
    events,
    controls: () => controls,
    holdSaves: () => void (autoAnswer = false),
    indicator: () => screen.getByRole('status').textContent ?? '',
  };
}

const start = (h: ReturnType<typeof harness>) =>
  act(() => h.controls().start({ patient: { name: 'Ada Lovelace', reference: '' }, practitionerId: 'p1', date: '2026-11-30' }));

const advance = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('autosave while the practitioner types', () => {
  it('writes every change within a second even while typing never pauses', async () => {
    const h = harness();
    await start(h);
    await advance(1000);

    // 8 seconds of steady typing, a character every 125 ms (the defect report's 64 characters).
    let typed = '';
    for (let i = 0; i < 64; i += 1) {
      typed += 'abcdefgh'[i % 8];
      const notes = typed;
      await act(() => h.controls().change({ type: 'setNotes', notes }));
      await advance(125);
      const sinceOneSecondAgo = typed.slice(0, Math.max(0, typed.length - 8));
      expect(h.written.at(-1)?.notes.length ?? 0).toBeGreaterThanOrEqual(sinceOneSecondAgo.length);
    }
  });

  it('says "Saving…" from the first unsaved change until that change is written, then "Saved"', async () => {
    const h = harness();
    await start(h);
    await advance(1000);
    expect(h.indicator()).toBe('Saved on this computer');
    h.holdSaves();

    await act(() => h.controls().change({ type: 'setNotes', notes: 'a' }));
    expect(h.indicator()).toBe('Saving…');
    await advance(2000);
    expect(h.saves.at(-1)?.consultation.notes).toBe('a');
    expect(h.indicator()).toBe('Saving…');

    // A newer change lands while the first write is in flight: that write's acknowledgement is not "Saved".
    await act(() => h.controls().change({ type: 'setNotes', notes: 'ab' }));
    await act(async () => h.saves.at(-1)!.answer());
    expect(h.indicator()).toBe('Saving…');
    await advance(2000);
    expect(h.saves.at(-1)?.consultation.notes).toBe('ab');
    await act(async () => h.saves.at(-1)!.answer());
    expect(h.indicator()).toBe('Saved on this computer');
  });

  it('flush() resolves only after the latest change is written, waiting for a write already in flight', async () => {
    const h = harness();
    await start(h);
    await advance(1000);
    h.holdSaves();
    await act(() => h.controls().change({ type: 'setNotes', notes: 'first' }));
    await advance(2000);
    expect(h.saves.at(-1)?.consultation.notes).toBe('first');

    await act(() => h.controls().change({ type: 'setNotes', notes: 'second' }));
    let flushed: boolean | null = null;
    const flushing = h.controls().flush().then((outcome) => void (flushed = outcome.ok));
    await advance(0);
    expect(flushed).toBeNull();
    await act(async () => h.saves.at(-1)!.answer());
    await advance(0);
    expect(flushed).toBeNull();
    expect(h.saves.at(-1)?.consultation.notes).toBe('second');
    await act(async () => h.saves.at(-1)!.answer());
    await act(() => flushing);

    expect(flushed).toBe(true);
    expect(h.written.at(-1)?.notes).toBe('second');
  });

  it('flush() right after a change, in the same handler, writes that change', async () => {
    const h = harness();
    await start(h);
    await advance(1000);
    let flushed: boolean | null = null;

    await act(async () => {
      h.controls().change({ type: 'setNotes', notes: 'typed just before export' });
      flushed = (await h.controls().flush()).ok;
    });

    expect(flushed).toBe(true);
    expect(h.written.at(-1)?.notes).toBe('typed just before export');
  });

  it('saves at once when the window is hidden', async () => {
    const h = harness();
    await start(h);
    await advance(1000);
    await act(() => h.controls().change({ type: 'setNotes', notes: 'before the lid closed' }));

    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    await act(async () => document.dispatchEvent(new Event('visibilitychange')));
    await advance(0);
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' });

    expect(h.written.at(-1)?.notes).toBe('before the lid closed');
  });

  it('when main asks before closing, saves the latest change and then says it is ready', async () => {
    const h = harness();
    await start(h);
    await advance(1000);
    await act(() => h.controls().change({ type: 'setNotes', notes: 'typed as the window closed' }));

    await act(async () => h.events.get('app.closeRequested')?.({}));
    await advance(0);

    expect(h.written.at(-1)?.notes).toBe('typed as the window closed');
    expect(h.calls.at(-1)).toBe('app.readyToClose');
  });

  it('ending the consultation cancels the pending autosave, so the deleted draft is not written again', async () => {
    const h = harness();
    await start(h);
    await advance(1000);
    await act(() => h.controls().change({ type: 'setNotes', notes: 'x' }));
    const savesBefore = h.saves.length;

    await act(async () => void (await h.controls().end()));
    await advance(3000);

    const afterEnd = h.calls.slice(h.calls.lastIndexOf('consultations.discard'));
    expect(afterEnd).not.toContain('consultations.save');
    expect(h.saves.length).toBeLessThanOrEqual(savesBefore + 1);
  });
});
