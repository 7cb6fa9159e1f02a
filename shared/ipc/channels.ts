/**
 * Every IPC channel, named `<namespace>.<method>`, and every event main
 * pushes to the page, named `<namespace>.<happening>`. The preload builds
 * `window.facet.<namespace>.<method>()` and `window.facet.<namespace>.on<Happening>()`
 * from these lists, so they are kept free of schemas: the sandboxed preload stays tiny.
 */
export const CHANNELS = [
  'app.info',
  'app.readyToClose',
  'content.load',
  'content.openFolder',
  'content.copyBuiltIn',
  'presenter.open',
  'window.toggleFullScreen',
  'logs.openFolder',
  'consultations.list',
  'consultations.load',
  'consultations.save',
  'consultations.discard',
  'consultations.status',
  'exports.write',
  'exports.open',
  'settings.get',
  'settings.update',
  'print.job',
  'print.ready',
] as const;
export type Channel = (typeof CHANNELS)[number];

export const EVENTS = ['content.changed', 'app.closeRequested', 'window.fullScreenChanged', 'print.next'] as const;
export type EventName = (typeof EVENTS)[number];
