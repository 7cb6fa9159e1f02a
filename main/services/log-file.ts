import { appendFileSync, mkdirSync, statSync } from 'node:fs';
import { mkdir, open, readdir, unlink, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { createLogger, type LogSink } from './log';

/**
 * Facet's daily log files: `facet-YYYY-MM-DD.log` (the clinic's local date)
 * in the OS's logs folder, so a clinic's IT finds what happened on the day a
 * practitioner reports a problem.
 *
 * - Never blocks: `write` only queues the line; one asynchronous write at a
 *   time drains the queue (lines that arrive meanwhile go out together).
 * - Bounded: at most `keepDays` files are kept, each at most `maxFileBytes`
 *   (a line that says so ends a full file), and at most `maxPendingBytes`
 *   wait in memory if the disk is slow. A logging loop cannot fill the disk.
 * - Survives an unwritable folder: lines go to `fallback` (stdout) instead,
 *   and a line says so once. The folder is tried again the next day.
 *
 * It writes whatever lines it is given: the scrubbing is the logger's job
 * (main/services/log.ts), which is the only thing main connects to it.
 */
export interface DailyLogOptions {
  dir: string;
  /** Where lines go when the folder cannot be written. */
  fallback: LogSink;
  /** Where the one line saying so goes; the fallback unless given (a development run prints every line anyway). */
  announce?: LogSink;
  keepDays?: number;
  maxFileBytes?: number;
  maxPendingBytes?: number;
  now?: () => Date;
}

export interface DailyLog {
  readonly dir: string;
  /** Queues a line (without its newline) for today's file. */
  write(line: string): void;
  /** Resolves once every line written so far is in its file (or the fallback). */
  flush(): Promise<void>;
  /** For `process.on('exit')`, where nothing asynchronous runs any more: writes what is still queued. */
  flushSync(): void;
  /** Flushes, then closes the open file (a later write opens it again). */
  close(): Promise<void>;
}

export const LOG_KEEP_DAYS = 14;
export const LOG_MAX_FILE_BYTES = 5 * 1024 * 1024;
const MAX_PENDING_BYTES = 1024 * 1024;
const FILE_NAME = /^facet-(\d{4}-\d{2}-\d{2})\.log$/;

export function logFileName(day: string): string {
  return `facet-${day}.log`;
}

/** The clinic's calendar day: files roll over at local midnight, not UTC's. */
export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

interface Pending {
  day: string;
  text: string;
}

interface OpenFile {
  day: string;
  handle: FileHandle;
  size: number;
  full: boolean;
}

export function createDailyLog(options: DailyLogOptions): DailyLog {
  const { dir, fallback } = options;
  const announce = options.announce ?? fallback;
  const keepDays = options.keepDays ?? LOG_KEEP_DAYS;
  const maxFileBytes = options.maxFileBytes ?? LOG_MAX_FILE_BYTES;
  const maxPendingBytes = options.maxPendingBytes ?? MAX_PENDING_BYTES;
  const now = options.now ?? (() => new Date());

  let pending: Pending[] = [];
  let pendingBytes = 0;
  let dropped = 0;
  let current: OpenFile | null = null;
  let draining: Promise<void> | null = null;
  /** The day the folder could not be written; tried again on the next day. */
  let unavailableDay: string | null = null;
  let announced = false;

  // Facet's own notices, in the same scrubbed format as every other line.
  const notice = createLogger((line) => enqueue(localDay(now()), line), now);

  const filePath = (day: string) => path.join(dir, logFileName(day));

  function enqueue(day: string, line: string): void {
    if (day === unavailableDay) return fallback(line);
    const text = `${line}\n`;
    if (pendingBytes + text.length > maxPendingBytes) {
      dropped += 1;
      return;
    }
    pending.push({ day, text });
    pendingBytes += text.length;
    kick();
  }

  function kick(): void {
    if (draining) return;
    // drain() handles its own failures; the catch is a guard, since an unhandled
    // rejection here would be logged, and so come back here.
    draining = drain()
      .catch(() => undefined)
      .finally(() => {
        draining = null;
        // Lines queued after the loop saw an empty queue, but before it ended.
        if (pending.length > 0) kick();
      });
  }

  function markUnavailable(day: string, error: unknown): void {
    unavailableDay = day;
    const lines = pending.filter((entry) => entry.day === day);
    pending = pending.filter((entry) => entry.day !== day);
    pendingBytes = pending.reduce((sum, entry) => sum + entry.text.length, 0);
    if (!announced) {
      announced = true;
      announce(noticeLine('log.file-unavailable', errorCode(error)));
    }
    for (const entry of lines) fallback(entry.text.slice(0, -1));
  }

  function noticeLine(event: string, code: string): string {
    let line = '';
    createLogger((text) => (line = text), now).warn(event, { code });
    return line;
  }

  async function openDay(day: string): Promise<OpenFile> {
    await mkdir(dir, { recursive: true });
    const handle = await open(filePath(day), 'a', 0o600);
    try {
      const size = (await handle.stat()).size;
      return { day, handle, size, full: size >= maxFileBytes };
    } catch (error) {
      await handle.close().catch(() => undefined);
      throw error;
    }
  }

  async function closeCurrent(): Promise<void> {
    const closing = current;
    current = null;
    await closing?.handle.close().catch(() => undefined);
  }

  /** Writes queued lines in order, one day's batch at a time. */
  async function drain(): Promise<void> {
    while (pending.length > 0) {
      const day = pending[0]!.day;
      if (day === unavailableDay) {
        markUnavailable(day, null);
        continue;
      }
      if (current?.day !== day) {
        await closeCurrent();
        try {
          current = await openDay(day);
        } catch (error) {
          markUnavailable(day, error);
          continue;
        }
        if (unavailableDay !== null && unavailableDay !== day) unavailableDay = null;
        await prune(dir, day, keepDays);
      }
      const file: OpenFile = current;
      const batch: Pending[] = [];
      while (pending.length > 0 && pending[0]!.day === day) batch.push(pending.shift()!);
      pendingBytes -= batch.reduce((sum, entry) => sum + entry.text.length, 0);
      if (file.full) continue;

      const text = fitting(batch, file.size, maxFileBytes, () => noticeLine('log.file-full', 'size-cap'));
      if (text.full) file.full = true;
      try {
        const bytes = Buffer.from(text.text, 'utf8');
        await writeAll(file.handle, bytes);
        file.size += bytes.length;
      } catch (error) {
        await closeCurrent();
        pending = [...batch, ...pending];
        pendingBytes += batch.reduce((sum, entry) => sum + entry.text.length, 0);
        markUnavailable(day, error);
      }
      if (dropped > 0) {
        const count = dropped;
        dropped = 0;
        notice.warn('log.lines-dropped', { count });
      }
    }
  }

  return {
    dir,
    write: (line) => enqueue(localDay(now()), line),
    async flush() {
      while (draining) await draining;
    },
    flushSync() {
      const left = pending;
      pending = [];
      pendingBytes = 0;
      for (const { day, text } of left) {
        if (day === unavailableDay) {
          fallback(text.slice(0, -1));
          continue;
        }
        try {
          // The first lines may be queued before the folder was made (a start that fails at once).
          mkdirSync(dir, { recursive: true });
          const file = filePath(day);
          const size = sizeOf(file);
          if (size + Buffer.byteLength(text) <= maxFileBytes) appendFileSync(file, text, { mode: 0o600 });
        } catch {
          fallback(text.slice(0, -1));
        }
      }
    },
    async close() {
      while (draining) await draining;
      await closeCurrent();
    },
  };
}

/** The batch's lines that fit under the cap; when one does not, the notice that ends the file. */
function fitting(batch: Pending[], size: number, cap: number, fullNotice: () => string): { text: string; full: boolean } {
  const notice = `${fullNotice()}\n`;
  // Room is kept for the notice, so a full file always says why it stops.
  const room = cap - size - Buffer.byteLength(notice);
  let text = '';
  let used = 0;
  for (const entry of batch) {
    const bytes = Buffer.byteLength(entry.text);
    if (used + bytes > room) return { text: text + notice, full: true };
    text += entry.text;
    used += bytes;
  }
  return { text, full: false };
}

async function writeAll(handle: FileHandle, bytes: Buffer): Promise<void> {
  let offset = 0;
  while (offset < bytes.length) {
    const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset);
    if (bytesWritten <= 0) throw Object.assign(new Error('short write'), { code: 'EIO' });
    offset += bytesWritten;
  }
}

/** Deletes Facet's own log files older than `keepDays` days, and any beyond that count; nothing else in the folder. */
async function prune(dir: string, today: string, keepDays: number): Promise<void> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return;
  }
  const [year, month, day] = today.split('-').map(Number) as [number, number, number];
  const oldestKept = localDay(new Date(year, month - 1, day - (keepDays - 1)));
  const others = names
    .map((name) => FILE_NAME.exec(name)?.[1])
    .filter((found): found is string => found !== undefined && found !== today)
    .sort()
    .reverse();
  // Today's file plus the newest others: a file dated after today (a clock that was wrong) still counts towards the limit.
  const doomed = others.filter((found, index) => found < oldestKept || index >= keepDays - 1);
  await Promise.all(doomed.map((found) => unlink(path.join(dir, logFileName(found))).catch(() => undefined)));
}

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : 'unknown';
}

/**
 * Standard output that never throws: a packaged app started from a terminal
 * that was then closed gets EPIPE on stdout, which must not become an
 * uncaught exception (and then a dialog) for a log line.
 */
export function stdoutSink(stream: NodeJS.WritableStream = process.stdout): LogSink {
  stream.on('error', () => undefined);
  return (line) => {
    try {
      stream.write(`${line}\n`);
    } catch {
      // Nowhere left to say it.
    }
  };
}
