import { describe, expect, it } from 'vitest';
import { createCloseGate, withinTime } from '../../../main/services/close-gate';

describe('the close gate', () => {
  it('ends the wait as soon as the page says it has saved', async () => {
    const gate = createCloseGate();
    const started = Date.now();

    const outcome = await gate.waitForPage(() => setTimeout(() => gate.ready(), 20), 2000);

    expect(outcome).toBe('ready');
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('gives up after the time limit when the page never answers', async () => {
    const gate = createCloseGate();
    const started = Date.now();

    const outcome = await gate.waitForPage(() => undefined, 150);

    expect(outcome).toBe('timed-out');
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('still waits out the limit when sending the request throws (the page is already gone)', async () => {
    const gate = createCloseGate();

    await expect(gate.waitForPage(() => { throw new Error('destroyed'); }, 50)).resolves.toBe('timed-out');
  });

  it('an answer that arrives with no wait in progress changes nothing', async () => {
    const gate = createCloseGate();
    gate.ready();

    await expect(gate.waitForPage(() => undefined, 50)).resolves.toBe('timed-out');
  });
});

describe('withinTime', () => {
  it('gives the value when it comes in time, the fallback when it does not', async () => {
    await expect(withinTime(Promise.resolve('done'), 100, 'late')).resolves.toBe('done');
    await expect(withinTime(new Promise(() => undefined), 30, 'late')).resolves.toBe('late');
  });
});
