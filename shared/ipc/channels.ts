/**
 * Every IPC channel, named `<namespace>.<method>`. The preload builds
 * `window.facet.<namespace>.<method>()` from this list, so it is kept free of
 * schemas: the sandboxed preload bundle stays tiny.
 */
export const CHANNELS = ['app.info'] as const;

export type Channel = (typeof CHANNELS)[number];
