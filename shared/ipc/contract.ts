import { z } from 'zod';
import { Consultation, DraftList } from '../consultation/model';
import { ContentLoadResult } from '../content/pack';
import { EXPORT_KINDS } from '../export/kinds';
import { InkStrokeSchema } from '../ink/schema';
import { Settings, SettingsPatch } from '../settings';
import type { Channel, EventName } from './channels';

/** Where the app keeps its data: the OS default, a folder chosen at launch, or a development run's own folder. */
export const UserDataKind = z.enum(['default', 'custom', 'development']);

export const AppInfo = z.object({
  name: z.string(),
  version: z.string(),
  platform: z.enum(['linux', 'darwin', 'win32', 'other']),
  userData: z.object({
    kind: UserDataKind,
    writable: z.boolean(),
  }),
  /** Where Facet writes its daily log files (shown in Settings so IT can find them). */
  logsFolder: z.string(),
});
export type AppInfo = z.infer<typeof AppInfo>;

export const CopyBuiltInResult = z.object({ copied: z.array(z.string()), kept: z.array(z.string()) });
export type CopyBuiltInResult = z.infer<typeof CopyBuiltInResult>;

export const OpenFolderResult = z.object({ opened: z.boolean() });

export const FullScreenState = z.object({ fullScreen: z.boolean() });
export type FullScreenState = z.infer<typeof FullScreenState>;

const none = z.undefined();
const byId = z.strictObject({ id: z.uuid() });

export const StorageStatus = z.object({ storageIsSecure: z.boolean(), keyKind: z.enum(['os', 'test', 'none']) });
export type StorageStatus = z.infer<typeof StorageStatus>;

/** One file an export wrote: its kind, its name, and a handle to open it (never its path). */
export const ExportedFile = z.object({ kind: z.enum(EXPORT_KINDS), fileName: z.string(), exportId: z.uuid() });
export type ExportedFile = z.infer<typeof ExportedFile>;

/** An export either was saved (the folder's name and each file) or the dialog was cancelled. */
export const ExportResult = z.discriminatedUnion('status', [
  z.object({ status: z.literal('saved'), folderName: z.string(), files: z.array(ExportedFile).min(1) }),
  z.object({ status: z.literal('cancelled') }),
]);
export type ExportResult = z.infer<typeof ExportResult>;

/**
 * What the hidden #print-slides page draws for the summary: the slides the
 * practitioner drew on, in the deck's order, each with its strokes. Only ink
 * and slide ids: the page takes the slides themselves from the content pack.
 */
export const SlidePrintJob = z.object({
  paperSize: Settings.shape.paperSize,
  slides: z.array(z.object({ slideId: z.string(), strokes: z.array(InkStrokeSchema) })),
});
export type SlidePrintJob = z.infer<typeof SlidePrintJob>;

const byJob = z.strictObject({ jobId: z.uuid() });

/** Request and response schema of each channel; the types below are inferred from them. */
export const contract = {
  'app.info': { request: none, response: AppInfo },
  /** The window has saved what it holds, after `app.closeRequested`: main may close it. */
  'app.readyToClose': { request: none, response: z.object({ ready: z.literal(true) }) },
  'content.load': { request: none, response: ContentLoadResult },
  'content.openFolder': { request: none, response: OpenFolderResult },
  'content.copyBuiltIn': { request: none, response: CopyBuiltInResult },
  'presenter.open': { request: none, response: z.object({ opened: z.boolean() }) },
  /** Full screen for the window the request came from (the page's own Fullscreen API is denied). */
  'window.toggleFullScreen': { request: none, response: FullScreenState },
  'logs.openFolder': { request: none, response: OpenFolderResult },
  'consultations.list': { request: none, response: DraftList },
  'consultations.load': { request: byId, response: Consultation },
  'consultations.save': { request: Consultation, response: z.object({ savedAt: z.iso.datetime() }) },
  'consultations.discard': { request: byId, response: z.object({ discarded: z.literal(true) }) },
  'consultations.status': { request: none, response: StorageStatus },
  /** Writes the chosen kinds for a saved consultation into one folder the practitioner picks. */
  'exports.write': { request: z.strictObject({ id: z.uuid(), kinds: Settings.shape.exportKinds }), response: ExportResult },
  'exports.open': { request: z.strictObject({ exportId: z.uuid() }), response: z.object({ opened: z.boolean() }) },
  'settings.get': { request: none, response: Settings },
  'settings.update': { request: SettingsPatch, response: Settings },
  /** The hidden page main prints the drawn slides from asks what to draw (its job id is in its URL's hash). */
  'print.job': { request: byJob, response: SlidePrintJob },
  /** That page has drawn everything (fonts and images loaded), or could not: main prints it, or falls back. */
  'print.ready': { request: byJob.extend({ drawn: z.boolean() }), response: z.object({ received: z.literal(true) }) },
} satisfies Record<Channel, { request: z.ZodType; response: z.ZodType }>;

/** Payload schema of each event main pushes to the page. */
export const events = {
  'content.changed': ContentLoadResult,
  /** Main is about to close the window: save now, then call `app.readyToClose`. */
  'app.closeRequested': z.object({}),
  /** The window entered or left full screen (by F, the button, the menu or the OS). */
  'window.fullScreenChanged': FullScreenState,
  /** To main's print window, already open from an earlier print: draw this job next (its id, as in the hash). */
  'print.next': byJob,
} satisfies Record<EventName, z.ZodType>;

export type Contract = typeof contract;
export type RequestOf<C extends Channel> = z.input<Contract[C]['request']>;
export type ResponseOf<C extends Channel> = z.output<Contract[C]['response']>;
export type EventPayloadOf<E extends EventName> = z.output<(typeof events)[E]>;
