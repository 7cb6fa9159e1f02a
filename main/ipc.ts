import { CHANNELS, type Channel } from '../shared/ipc/channels';
import { contract, type RequestOf, type ResponseOf } from '../shared/ipc/contract';
import { FacetError, fail, ok, type IpcResult } from '../shared/ipc/result';
import type { Logger } from './services/log';

/**
 * The one door into main. Every channel goes through `handle()`, which
 * (a) refuses senders that are not the app's own top-level frame,
 * (b) parses the payload with the channel's zod schema,
 * (c) turns every outcome into an `IpcResult`, never a raw exception.
 *
 * This module has no runtime dependency on Electron: it speaks to anything
 * shaped like `ipcMain`, so the browser test host runs the very same code.
 */

/** The parts of Electron's `WebFrameMain` the sender check needs. */
export interface SenderFrame {
  readonly url: string;
  readonly parent: unknown;
}

export interface InvokeEvent {
  readonly senderFrame: SenderFrame | null;
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEvent, payload: unknown) => Promise<unknown>): void;
}

export type Handler<C extends Channel> = (request: RequestOf<C>) => Promise<ResponseOf<C>> | ResponseOf<C>;
export type HandlerTable = { [C in Channel]: Handler<C> };
export type SenderPolicy = (frame: SenderFrame | null) => boolean;

/** `scheme://host[:port]`, also for custom schemes where WHATWG `origin` is "null". */
export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.host === '' ? null : `${parsed.protocol}//${parsed.host}`;
  } catch {
    return null;
  }
}

/** Trusts only a top-level frame showing a page from one of the app's own origins. */
export function appFramesOnly(...appOrigins: string[]): SenderPolicy {
  const allowed = new Set(appOrigins);
  return (frame) => {
    if (frame === null || frame.parent !== null) return false;
    const origin = originOf(frame.url);
    return origin !== null && allowed.has(origin);
  };
}

export function createInvokeListener<C extends Channel>(
  channel: C,
  handler: Handler<C>,
  isTrustedSender: SenderPolicy,
  log: Logger,
): (event: InvokeEvent, payload: unknown) => Promise<IpcResult<ResponseOf<C>>> {
  const { request, response } = contract[channel];
  return async (event, payload) => {
    if (!isTrustedSender(event.senderFrame)) {
      log.warn('ipc.rejected-sender', { channel });
      return fail('forbidden-sender', 'This request did not come from the Facet window.');
    }
    const parsed = request.safeParse(payload);
    if (!parsed.success) {
      log.warn('ipc.invalid-request', { channel, issues: parsed.error.issues.length });
      return fail('invalid-request', describeIssues(parsed.error.issues));
    }
    try {
      const value = await handler(parsed.data as RequestOf<C>);
      return ok(response.parse(value) as ResponseOf<C>);
    } catch (error) {
      if (error instanceof FacetError) {
        log.warn('ipc.failed', { channel, code: error.code });
        return fail(error.code, error.message);
      }
      // Unknown errors may carry anything in their message (paths, user text):
      // log only the error's type and return a message that is safe to show.
      log.error('ipc.internal-error', { channel, type: errorType(error) });
      return fail('internal', 'Something went wrong inside Facet. Your work is safe; please try again.');
    }
  };
}

export function handle<C extends Channel>(
  ipcMain: IpcMainLike,
  channel: C,
  handler: Handler<C>,
  isTrustedSender: SenderPolicy,
  log: Logger,
): void {
  ipcMain.handle(channel, createInvokeListener(channel, handler, isTrustedSender, log));
}

export function registerHandlers(
  ipcMain: IpcMainLike,
  table: HandlerTable,
  isTrustedSender: SenderPolicy,
  log: Logger,
): void {
  for (const channel of CHANNELS) handle(ipcMain, channel, table[channel], isTrustedSender, log);
}

/**
 * Routes one call by channel name, for transports that are not `ipcMain`
 * (the browser test host). Unknown channels get a typed error.
 */
export function createDispatcher(table: HandlerTable, isTrustedSender: SenderPolicy, log: Logger) {
  const listeners = new Map<string, (event: InvokeEvent, payload: unknown) => Promise<unknown>>();
  registerHandlers({ handle: (channel, listener) => listeners.set(channel, listener) }, table, isTrustedSender, log);
  return (channel: string, event: InvokeEvent, payload: unknown): Promise<unknown> => {
    const listener = listeners.get(channel);
    if (!listener) return Promise.resolve(fail('unknown-channel', `There is no channel called "${channel.slice(0, 80)}".`));
    return listener(event, payload);
  };
}

function describeIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  const first = issues[0];
  if (!first) return 'The request was not valid.';
  const where = first.path.length > 0 ? first.path.map(String).join('.') : 'request';
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  return `The request was not valid: ${where}: ${first.message}${more}`;
}

function errorType(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}
