import { CHANNELS, EVENTS, type Channel, type EventName } from './channels';
import type { EventPayloadOf, RequestOf, ResponseOf } from './contract';
import type { IpcResult } from './result';

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

/**
 * Builds the named API from a transport. The preload passes Electron IPC;
 * the browser test host passes Playwright bindings. Nothing else differs.
 */
export function buildFacetApi(transport: Transport): FacetApi {
  const api: Record<string, Record<string, unknown>> = {};
  for (const channel of CHANNELS) {
    const [namespace, method] = split(channel);
    (api[namespace] ??= {})[method] = (request?: unknown) => transport.invoke(channel, request);
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
