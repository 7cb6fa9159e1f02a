import { CHANNELS, EVENTS, type Channel, type EventName } from './channels';
import type { EventPayloadOf, RequestOf, ResponseOf } from './contract';
import type { IpcResult } from './result';
import { PRINT_SLIDES_HASH } from '../summary/drawn-slides-layout';

/** How the API reaches main: a request/response call, and a subscription to pushed events. */
export interface Transport {
  invoke(channel: Channel, payload: unknown): Promise<unknown>;
  /** Returns a function that ends the subscription. */
  subscribe(event: EventName, listener: (payload: unknown) => void): () => void;
}

type NamespaceOf<C extends string> = C extends `${infer NS}.${string}` ? NS : never;
type Namespace = NamespaceOf<Channel | EventName>;

type CallOf<C extends Channel> = (
  ...args: RequestOf<C> extends undefined ? [] : [request: RequestOf<C>]
) => Promise<IpcResult<ResponseOf<C>>>;
type SubscribeOf<E extends EventName> = (listener: (payload: EventPayloadOf<E>) => void) => () => void;

/**
 * `window.facet`: one method per channel and one `on…` per event, grouped by
 * namespace: `facet.content.load()`, `facet.content.onChanged(listener)`.
 */
export type FacetApi = {
  readonly [NS in Namespace]: {
    readonly [C in Channel as C extends `${NS}.${infer M}` ? M : never]: CallOf<C>;
  } & {
    readonly [E in EventName as E extends `${NS}.${infer H}` ? `on${Capitalize<H>}` : never]: SubscribeOf<E>;
  };
};

/** Channels that take no request: the only ones that can be asked before the page asks. */
export type ReadChannel = { [C in Channel]: RequestOf<C> extends undefined ? C : never }[Channel];

export interface FacetApiOptions {
  /**
   * Reads to send the moment the API is built (in the preload, before the
   * page's scripts have even arrived), so main answers them while the page
   * loads rather than after its first render. The first call on each of
   * these channels gets that answer; see `buildFacetApi`.
   */
  askEarly?: readonly ReadChannel[];
}

/**
 * What a window's first screen reads from main before it can be drawn
 * complete: the main window's home screen needs the content (the clinic's
 * name), the settings (reduced motion), the app info (its status line) and
 * the saved drafts (the resume notice); the presenter window (#presenter)
 * only the content and settings.
 */
export function firstScreenReads(hash: string): readonly ReadChannel[] {
  // The presenter view and the hidden page that prints drawn slides show content only: they never ask for the drafts.
  const contentOnly = hash === '#presenter' || hash.startsWith(PRINT_SLIDES_HASH);
  return contentOnly ? ['content.load', 'settings.get'] : ['content.load', 'settings.get', 'app.info', 'consultations.list'];
}

/**
 * Builds the named API from a transport. The preload passes Electron IPC;
 * the browser test host passes Playwright bindings. Nothing else differs.
 *
 * With `askEarly`, those reads are sent at once and each answer is kept for
 * the first call on its channel. An answer nobody has taken is dropped as
 * soon as the page asks anything else (a save may have changed it) or main
 * pushes any event (the content may have changed before the page listened):
 * from then on, every call asks main, as without the option.
 */
export function buildFacetApi(transport: Transport, options: FacetApiOptions = {}): FacetApi {
  const early = new Map<Channel, Promise<unknown>>();
  const stopListening: (() => void)[] = [];
  const dropEarly = () => {
    early.clear();
    for (const stop of stopListening.splice(0)) stop();
  };
  for (const channel of options.askEarly ?? []) {
    const answer = transport.invoke(channel, undefined);
    // Taken or not, a failure is the caller's to see, never an unhandled rejection.
    answer.catch(() => undefined);
    early.set(channel, answer);
  }
  if (early.size > 0) for (const event of EVENTS) stopListening.push(transport.subscribe(event, dropEarly));
  const invoke = (channel: Channel, request: unknown) => {
    const answer = early.get(channel);
    if (answer) {
      early.delete(channel);
      if (early.size === 0) dropEarly();
      return answer;
    }
    if (early.size > 0) dropEarly();
    return transport.invoke(channel, request);
  };

  const api: Record<string, Record<string, unknown>> = {};
  for (const channel of CHANNELS) {
    const [namespace, method] = split(channel);
    (api[namespace] ??= {})[method] = (request?: unknown) => invoke(channel, request);
  }
  for (const event of EVENTS) {
    const [namespace, happening] = split(event);
    (api[namespace] ??= {})[`on${happening[0]!.toUpperCase()}${happening.slice(1)}`] = (listener: (payload: unknown) => void) =>
      transport.subscribe(event, listener);
  }
  for (const group of Object.values(api)) Object.freeze(group);
  return Object.freeze(api) as unknown as FacetApi;
}

function split(name: string): [string, string] {
  const dot = name.indexOf('.');
  return [name.slice(0, dot), name.slice(dot + 1)];
}
