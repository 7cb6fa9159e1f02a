/**
 * Facet's log: short event names plus a few scalar fields. There is no way to
 * log an object or a payload, so patient data cannot slip into a log by
 * accident (a name, a note). Callers log codes and counts, never content.
 */
export type LogField = string | number | boolean;
export type LogLevel = 'info' | 'warn' | 'error';

export interface Logger {
  info(event: string, fields?: Record<string, LogField>): void;
  warn(event: string, fields?: Record<string, LogField>): void;
  error(event: string, fields?: Record<string, LogField>): void;
}

export type LogSink = (line: string) => void;

export function createLogger(sink: LogSink, now: () => Date = () => new Date()): Logger {
  const write = (level: LogLevel, event: string, fields: Record<string, LogField> = {}) => {
    const parts = Object.entries(fields).map(([key, value]) => `${key}=${JSON.stringify(value)}`);
    sink([now().toISOString(), level, event, ...parts].join(' '));
  };
  return {
    info: (event, fields) => write('info', event, fields),
    warn: (event, fields) => write('warn', event, fields),
    error: (event, fields) => write('error', event, fields),
  };
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };
