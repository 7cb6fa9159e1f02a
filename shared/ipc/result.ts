/**
 * What every IPC call returns. Main never lets a raw exception cross the
 * process boundary: expected failures carry a code the renderer can act on,
 * and anything unexpected becomes `internal` with a message safe to show.
 */
export const IPC_ERROR_CODES = [
  'forbidden-sender',
  'invalid-request',
  'unknown-channel',
  'not-found',
  'io-failed',
  /** The disk has no room left: nothing was written, the previous copy is intact. */
  'disk-full',
  /** The data folder (or a file in it) may not be written: read-only, permissions, locked. */
  'not-writable',
  /** A saved file failed its integrity check: it was changed or damaged. */
  'tampered',
  'cancelled',
  'internal',
] as const;

export type IpcErrorCode = (typeof IPC_ERROR_CODES)[number];

export interface IpcError {
  code: IpcErrorCode;
  message: string;
}

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

export function ok<T>(value: T): IpcResult<T> {
  return { ok: true, value };
}

export function fail<T = never>(code: IpcErrorCode, message: string): IpcResult<T> {
  return { ok: false, error: { code, message } };
}

/**
 * Thrown by services for failures the user should hear about in plain words.
 * The message must never contain patient data: it may be shown and logged.
 */
export class FacetError extends Error {
  readonly code: IpcErrorCode;

  constructor(code: IpcErrorCode, message: string) {
    super(message);
    this.name = 'FacetError';
    this.code = code;
  }
}
