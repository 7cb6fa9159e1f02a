import { describe, expect, it } from 'vitest';
import { createLogger, type LogField } from '../../main/services/log';

const AT = new Date('2026-11-24T09:30:00.000Z');

function lineFor(event: string, fields?: Record<string, LogField>): string {
  const lines: string[] = [];
  createLogger((line) => lines.push(line), () => AT).warn(event, fields);
  return lines[0]!;
}

describe('log lines', () => {
  it('are a time, a level, an event and scalar fields', () => {
    expect(lineFor('ipc.failed', { channel: 'consultations.save', code: 'io-failed', count: 2, secure: false })).toBe(
      '2026-11-24T09:30:00.000Z warn ipc.failed channel="consultations.save" code="io-failed" count=2 secure=false',
    );
  });

  it.each([
    ['a POSIX path', '/home/zoe.olafsdottir/Documents/Summary.pdf'],
    ['a Windows path', 'C:\\Users\\Zoe\\AppData\\Roaming\\Facet'],
    ['a name with a space', 'Zoë Ólafsdóttir'],
    ['a sentence', 'Start conservatively; review at two weeks.'],
    ['a second line', 'ok\n2026-11-24T09:30:00.000Z info forged.line'],
    ['a quote', 'a"b'],
    ['a long string', 'x'.repeat(65)],
  ])('never carry %s in a field', (_kind, value) => {
    const line = lineFor('settings.broken', { problem: value });

    expect(line).toBe('2026-11-24T09:30:00.000Z warn settings.broken problem=[redacted]');
  });

  it('never carry a path or a name as the event', () => {
    expect(lineFor('/Users/zoe/notes.txt')).toBe('2026-11-24T09:30:00.000Z warn [redacted]');
    expect(lineFor('Zoë Ólafsdóttir')).toBe('2026-11-24T09:30:00.000Z warn [redacted]');
  });

  it('never carry text as a field name', () => {
    expect(lineFor('settings.broken', { 'Zoë Ólafsdóttir': 1 })).toBe('2026-11-24T09:30:00.000Z warn settings.broken field=1');
  });

  it('keep codes, versions and error types as they are', () => {
    expect(lineFor('app.started', { version: '1.2.0-beta.3+build', type: 'SyntaxError', reason: 'clean-exit', code: 'ENOSPC' })).toBe(
      '2026-11-24T09:30:00.000Z warn app.started version="1.2.0-beta.3+build" type="SyntaxError" reason="clean-exit" code="ENOSPC"',
    );
  });

  it('write numbers that are not finite as null', () => {
    expect(lineFor('bench.timing', { ms: Number.NaN })).toBe('2026-11-24T09:30:00.000Z warn bench.timing ms=null');
  });
});
