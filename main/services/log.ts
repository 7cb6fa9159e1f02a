/**
 * Facet's log: short event names plus a few scalar fields. There is no way to
 * log an object or a payload, so patient data cannot slip into a log by
 * accident (a name, a note). Callers log codes and counts, never content.
 *
 * The shape is also enforced when a line is written, because the log now
 * lives in files a clinic's IT may copy off the machine: an event name or a
 * string value that is not a short code (letters, digits, `. _ : + -`) is
 * written as `[redacted]`. A path, a sentence or a name with a space can never
 * reach a line, whatever a caller passes (an error's `name` set by a library,
 * a value that came from a file).
 */
export type LogField = string | number | boolean;
export type LogLevel = 'info' | 'warn' | 'error';

export interface Logger {
  info(event: string, fields?: Record<string, LogField>): void;
  warn(event: string, fields?: Record<string, LogField>): void;
  error(event: string, fields?: Record<string, LogField>): void;
}

export type LogSink = (line: string) => void;

/** A code: no space, no path separator, no quote, no control character; short. */
const CODE = /^[A-Za-z0-9_.:+-]{0,64}$/;
const EVENT = /^[a-z][a-z0-9.-]{0,63}$/;
const KEY = /^[A-Za-z][A-Za-z0-9_]{0,31}$/;
export const REDACTED = '[redacted]';

export function createLogger(sink: LogSink, now: () => Date = () => new Date()): Logger {
  const write = (level: LogLevel, event: string, fields: Record<string, LogField> = {}) => {
    const parts = Object.entries(fields).map(([key, value]) => `${KEY.test(key) ? key : 'field'}=${formatValue(value)}`);
    sink([now().toISOString(), level, EVENT.test(event) ? event : REDACTED, ...parts].join(' '));
  };
  return {
    info: (event, fields) => write('info', event, fields),
    warn: (event, fields) => write('warn', event, fields),
    error: (event, fields) => write('error', event, fields),
  };
}

function formatValue(value: unknown): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  if (typeof value === 'boolean') return String(value);
  return typeof value === 'string' && CODE.test(value) ? JSON.stringify(value) : REDACTED;
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };
