import { CHANNELS, type Channel } from './channels';
import type { RequestOf, ResponseOf } from './contract';
import type { IpcResult } from './result';

/** Sends one request to main and resolves with its `IpcResult`. */
export type Invoke = (channel: Channel, payload: unknown) => Promise<unknown>;

type NamespaceOf<C extends string> = C extends `${infer NS}.${string}` ? NS : never;
type Namespace = NamespaceOf<Channel>;

type CallOf<C extends Channel> = (
  ...args: RequestOf<C> extends undefined ? [] : [request: RequestOf<C>]
) => Promise<IpcResult<ResponseOf<C>>>;

/** `window.facet`: one method per channel, grouped by namespace (`facet.app.info()`). */
export type FacetApi = {
  readonly [NS in Namespace]: {
    readonly [C in Channel as C extends `${NS}.${infer M}` ? M : never]: CallOf<C>;
  };
};

/**
 * Builds the named API from a transport. The preload passes `ipcRenderer.invoke`;
 * the browser test host passes a Playwright binding. Nothing else differs.
 */
export function buildFacetApi(invoke: Invoke): FacetApi {
  const api: Record<string, Record<string, (request?: unknown) => Promise<unknown>>> = {};
  for (const channel of CHANNELS) {
    const [namespace, method] = splitChannel(channel);
    const group = (api[namespace] ??= {});
    group[method] = (request?: unknown) => invoke(channel, request);
  }
  for (const group of Object.values(api)) Object.freeze(group);
  return Object.freeze(api) as unknown as FacetApi;
}

function splitChannel(channel: Channel): [string, string] {
  const dot = channel.indexOf('.');
  return [channel.slice(0, dot), channel.slice(dot + 1)];
}
