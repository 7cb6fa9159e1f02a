import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../main/services/log';
import { createDailyLog, localDay, logFileName, stdoutSink, type DailyLogOptions } from '../../main/services/log-file';
import { mountSmallDisk } from '../fixtures/small-disk';

const roots: string[] = [];
afterAll(() => roots.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function logsFolder(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'facet-logs-'));
  roots.push(root);
  return path.join(root, 'logs');
}

/** A clock the test moves: local time, as the clinic's wall clock. */
function clock(start: Date) {
  let current = start;
  return { now: () => current, set: (date: Date) => void (current = date) };
}

function open(dir: string, options: Partial<DailyLogOptions> = {}) {
  const fallback: string[] = [];
  const log = createDailyLog({ dir, fallback: (line) => fallback.push(line), ...options });
  return { log, fallback };
}

const read = (dir: string, day: string) => readFileSync(path.join(dir, logFileName(day)), 'utf8');
const NOV_24 = new Date(2026, 10, 24, 10, 0, 0);

describe('daily log file', () => {
  it('appends each line to the file named after the local day, in order', async () => {
    const dir = logsFolder();
    const { log } = open(dir, { now: () => NOV_24 });

    log.write('first');
    log.write('second');
    await log.flush();
    log.write('third');
    await log.close();

    expect(readdirSync(dir)).toEqual(['facet-2026-11-24.log']);
    expect(read(dir, '2026-11-24')).toBe('first\nsecond\nthird\n');
  });

  it('only queues in write(): the disk is touched after the caller has moved on', async () => {
    const dir = logsFolder();
    const { log } = open(dir, { now: () => NOV_24 });

    log.write('queued');
    expect(existsSync(path.join(dir, logFileName('2026-11-24')))).toBe(false);

    await log.flush();
    expect(read(dir, '2026-11-24')).toBe('queued\n');
  });

  it('rolls over to a new file at local midnight', async () => {
    const dir = logsFolder();
    const time = clock(new Date(2026, 10, 24, 23, 59, 59, 900));
    const { log } = open(dir, { now: time.now });

    log.write('before midnight');
    time.set(new Date(2026, 10, 25, 0, 0, 0, 100));
    log.write('after midnight');
    await log.close();

    expect(readdirSync(dir).sort()).toEqual(['facet-2026-11-24.log', 'facet-2026-11-25.log']);
    expect(read(dir, '2026-11-24')).toBe('before midnight\n');
    expect(read(dir, '2026-11-25')).toBe('after midnight\n');
  });

  it('keeps the last 14 days, deletes older log files, and leaves other files alone', async () => {
    const dir = logsFolder();
    mkdirSync(dir, { recursive: true });
    for (let back = 1; back <= 20; back += 1) writeFileSync(path.join(dir, logFileName(localDay(new Date(2026, 10, 24 - back)))), 'old\n');
    writeFileSync(path.join(dir, 'notes.txt'), 'IT notes');
    writeFileSync(path.join(dir, 'facet-copy.log'), 'kept by hand');
    const { log } = open(dir, { now: () => NOV_24 });

    log.write('today');
    await log.close();

    const logs = readdirSync(dir).filter((name) => /^facet-\d{4}-\d{2}-\d{2}\.log$/.test(name)).sort();
    expect(logs).toHaveLength(14);
    expect(logs[0]).toBe('facet-2026-11-11.log');
    expect(logs.at(-1)).toBe('facet-2026-11-24.log');
    expect(readdirSync(dir)).toEqual(expect.arrayContaining(['notes.txt', 'facet-copy.log']));
  });

  it('prunes again when the day rolls over, without a restart', async () => {
    const dir = logsFolder();
    const time = clock(NOV_24);
    const { log } = open(dir, { now: time.now, keepDays: 2 });

    log.write('day one');
    await log.flush();
    time.set(new Date(2026, 10, 25, 9));
    log.write('day two');
    await log.flush();
    time.set(new Date(2026, 10, 26, 9));
    log.write('day three');
    await log.close();

    expect(readdirSync(dir).sort()).toEqual(['facet-2026-11-25.log', 'facet-2026-11-26.log']);
  });

  it('keeps no more files than the limit, even dated in the future by a wrong clock', async () => {
    const dir = logsFolder();
    mkdirSync(dir, { recursive: true });
    for (let ahead = 1; ahead <= 5; ahead += 1) writeFileSync(path.join(dir, logFileName(`2099-01-0${ahead}`)), 'from a wrong clock\n');
    const { log } = open(dir, { now: () => NOV_24, keepDays: 3 });

    log.write('today');
    await log.close();

    expect(readdirSync(dir)).toHaveLength(3);
    expect(readdirSync(dir)).toContain('facet-2026-11-24.log');
  });

  it('stops a file at its size cap with a line that says so, so a logging loop cannot fill the disk', async () => {
    const dir = logsFolder();
    const { log } = open(dir, { now: () => NOV_24, maxFileBytes: 2000 });
    const logger = createLogger(log.write, () => NOV_24);

    for (let i = 0; i < 1000; i += 1) logger.warn('content.watch-lost', { attempt: i });
    await log.flush();
    logger.warn('after.full');
    await log.close();

    const text = read(dir, '2026-11-24');
    expect(statSync(path.join(dir, logFileName('2026-11-24'))).size).toBeLessThanOrEqual(2000);
    expect(text.trimEnd().split('\n').at(-1)).toMatch(/ warn log\.file-full code="size-cap"$/);
    expect(text).toContain('attempt=0');
    expect(text).not.toContain('after.full');
  });

  it('adds nothing to a file that was already full when Facet started again that day', async () => {
    const dir = logsFolder();
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, logFileName('2026-11-24'));
    writeFileSync(file, 'x'.repeat(2000));
    const { log } = open(dir, { now: () => NOV_24, maxFileBytes: 2000 });

    log.write('one more');
    await log.close();

    expect(statSync(file).size).toBe(2000);
  });

  it('drops lines beyond what may wait in memory, and says how many once it can', async () => {
    const dir = logsFolder();
    const { log } = open(dir, { now: () => NOV_24, maxPendingBytes: 1000 });

    for (let i = 0; i < 500; i += 1) log.write(`line ${String(i).padStart(3, '0')}`);
    await log.close();

    const lines = read(dir, '2026-11-24').trimEnd().split('\n');
    expect(lines.length).toBeLessThan(500);
    expect(lines.at(-1)).toMatch(/ warn log\.lines-dropped count=\d+$/);
    const written = lines.length - 1;
    expect(Number(/count=(\d+)/.exec(lines.at(-1)!)![1])).toBe(500 - written);
  });

  it('falls back to the fallback sink when the folder cannot be made, and says so once', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'facet-logs-'));
    roots.push(root);
    // A file where the folder should be: unwritable even for root, on every platform.
    const dir = path.join(root, 'logs');
    writeFileSync(dir, 'not a folder');
    const { log, fallback } = open(dir, { now: () => NOV_24 });

    log.write('one');
    await log.flush();
    log.write('two');
    log.write('three');
    await log.close();

    expect(fallback).toHaveLength(4);
    expect(fallback[0]).toMatch(/ warn log\.file-unavailable code="(EEXIST|ENOTDIR)"$/);
    expect(fallback.slice(1)).toEqual(['one', 'two', 'three']);
    expect(readFileSync(dir, 'utf8')).toBe('not a folder');
  });

  it('tries the folder again the next day, without saying it is unavailable a second time', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'facet-logs-'));
    roots.push(root);
    const dir = path.join(root, 'logs');
    writeFileSync(dir, 'not a folder');
    const time = clock(NOV_24);
    const { log, fallback } = open(dir, { now: time.now });

    log.write('monday');
    await log.flush();
    rmSync(dir);
    time.set(new Date(2026, 10, 25, 9));
    log.write('tuesday');
    await log.close();

    expect(fallback.filter((line) => line.includes('log.file-unavailable'))).toHaveLength(1);
    expect(read(dir, '2026-11-25')).toBe('tuesday\n');
  });

  it('writes what is still queued synchronously at exit, making the folder if it must', () => {
    const dir = logsFolder();
    const { log } = open(dir, { now: () => NOV_24 });

    log.write('app.start-failed');
    log.flushSync();

    expect(read(dir, '2026-11-24')).toBe('app.start-failed\n');
  });

  it('writes 10,000 lines through the logger without holding up the caller', async () => {
    const dir = logsFolder();
    const { log } = open(dir);
    const logger = createLogger(log.write);

    const started = performance.now();
    for (let i = 0; i < 10_000; i += 1) logger.info('ipc.failed', { channel: 'consultations.save', code: 'io-failed', count: i });
    const queued = performance.now() - started;
    await log.close();

    // About 2 µs a line here; the bound leaves room for a busy machine.
    expect(queued / 10_000).toBeLessThan(50 / 1000);
    expect(read(dir, localDay(new Date())).trimEnd().split('\n')).toHaveLength(10_000);
  });
});

describe('a disk that fills up while logging (real tmpfs)', () => {
  const mounted = mountSmallDisk(64);
  afterAll(() => ('dir' in mounted ? mounted.unmount() : undefined));

  it('sends the lines to the fallback, says so once, and keeps running', async (context) => {
    if (!('dir' in mounted)) return context.skip(`no small disk: ${mounted.reason}`);
    const dir = path.join(mounted.dir, 'logs');
    const { log, fallback } = open(dir, { now: () => NOV_24 });
    log.write('before');
    await log.flush();
    mounted.fill(0);

    for (let i = 0; i < 200; i += 1) log.write(`line ${i} ${'.'.repeat(100)}`);
    await log.flush();
    log.write('after');
    await log.close();
    mounted.empty();

    expect(fallback.filter((line) => line.includes('log.file-unavailable'))).toEqual([expect.stringMatching(/code="ENOSPC"/)]);
    expect(fallback.at(-1)).toBe('after');
    expect(read(dir, '2026-11-24').startsWith('before\n')).toBe(true);
  });
});

describe('standard output', () => {
  it('ignores a closed pipe instead of raising an error nobody handles', () => {
    const stream = new PassThrough();
    const sink = stdoutSink(stream);
    stream.destroy();

    expect(() => sink('app.started')).not.toThrow();
    expect(() => stream.emit('error', Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }))).not.toThrow();
  });
});
