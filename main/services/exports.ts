import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { Consultation } from '../../shared/consultation/model';
import type { ContentPack } from '../../shared/content/pack';
import { EXPORT_KIND_INFO, exportFileName, orderedKinds, type ExportKind } from '../../shared/export/kinds';
import type { ExportResult } from '../../shared/ipc/contract';
import { FacetError } from '../../shared/ipc/result';
import type { Settings } from '../../shared/settings';
import { nodeFs, writeFileAtomically, type FsPort } from './atomic-write';
import type { Logger } from './log';

/** What one export kind is made from, and what it makes (a PDF's bytes, or a JSON or iCalendar text). */
export type ExportRenderer = (consultation: Consultation, pack: ContentPack, settings: Settings, generatedAt: Date) => Promise<Buffer | string>;

export interface ExportPorts {
  loadConsultation(id: string): Promise<Consultation>;
  loadPack(): Promise<ContentPack | null>;
  loadSettings(): Promise<Settings>;
  render: Record<ExportKind, ExportRenderer>;
  /** Asks which folder to write into (Electron's open dialog); null when cancelled. */
  chooseFolder(): Promise<string | null>;
  /** Opens a file in the system's viewer (Electron's shell.openPath); '' on success. */
  openPath(file: string): Promise<string>;
  fs?: FsPort;
  log: Logger;
  now?: () => Date;
}

/** The handout may be shared; the clinical files are readable by this account only. */
const fileMode = (kind: ExportKind) => (EXPORT_KIND_INFO[kind].clinical ? 0o600 : 0o644);
const fileLabel = (kind: ExportKind) => EXPORT_KIND_INFO[kind].inSentence;

/**
 * Export: ask which folder to write into, make the chosen files meanwhile, and
 * write each atomically. Nothing is cached or logged but counts and sizes.
 * Only files written here can be opened later, by the handle returned: the
 * renderer never names a path to open.
 */
export function createExporter(ports: ExportPorts) {
  const fs = ports.fs ?? nodeFs;
  const written = new Map<string, string>();

  return {
    async write(id: string, requested: readonly ExportKind[]): Promise<ExportResult> {
      const kinds = orderedKinds(requested);
      const consultation = await ports.loadConsultation(id);
      const pack = await ports.loadPack();
      if (!pack) throw new FacetError('internal', 'Facet’s content could not be loaded, so nothing can be exported. Check the content screen.');
      const settings = await ports.loadSettings();
      const generatedAt = (ports.now ?? (() => new Date()))();
      // The dialog opens at once and the files are made while the practitioner picks a
      // folder. A failure is held until the choice is made, then reported; a cancelled
      // export drops it quietly.
      const making = kinds.map((kind) =>
        ports.render[kind](consultation, pack, settings, generatedAt).then(
          (data) => ({ kind, ok: true as const, data }),
          (error: unknown) => ({ kind, ok: false as const, error }),
        ),
      );
      const folder = await ports.chooseFolder();
      if (folder === null) return { status: 'cancelled' };
      const made = await Promise.all(making);
      const failed = made.find((file) => !file.ok);
      if (failed && !failed.ok) {
        ports.log.warn('export.render-failed', { kind: failed.kind });
        // A FacetError says what the practitioner can do; anything else is a fault, said plainly.
        if (failed.error instanceof FacetError) throw failed.error;
        throw new FacetError('internal', `Facet could not make ${fileLabel(failed.kind)}, so nothing was saved.`);
      }

      const files: { kind: ExportKind; fileName: string; exportId: string }[] = [];
      for (const file of made) {
        if (!file.ok) continue;
        const target = await freeName(fs, folder, exportFileName(file.kind, consultation.patient.name, consultation.date));
        try {
          await writeFileAtomically(target, file.data, fs, { action: `save ${fileLabel(file.kind)}`, mode: fileMode(file.kind), folder: 'the chosen folder' });
        } catch (error) {
          if (files.length === 0 || !(error instanceof FacetError)) throw error;
          throw new FacetError(error.code, `${error.message} Already saved: ${files.map((f) => f.fileName).join(', ')}.`);
        }
        const exportId = randomUUID();
        written.set(exportId, target);
        files.push({ kind: file.kind, fileName: path.basename(target), exportId });
      }
      ports.log.info('export.written', { kinds: kinds.join('+'), bytes: made.reduce((sum, f) => sum + (f.ok ? Buffer.byteLength(f.data) : 0), 0) });
      return { status: 'saved', folderName: path.basename(folder) || folder, files };
    },

    async open(exportId: string): Promise<boolean> {
      const file = written.get(exportId);
      if (!file) throw new FacetError('not-found', 'That file was not saved in this session, so Facet will not open it.');
      const failure = await ports.openPath(file);
      if (failure) ports.log.warn('export.open-failed');
      return failure === '';
    },
  };
}

/**
 * The file's name, or with " (2)", " (3)"… when the folder already has one: two
 * patients with the same name seen on the same day must not overwrite each other.
 */
async function freeName(fs: FsPort, folder: string, name: string): Promise<string> {
  const dot = name.endsWith('.fhir.json') ? name.length - '.fhir.json'.length : name.lastIndexOf('.');
  for (let n = 1; ; n += 1) {
    const candidate = path.join(folder, n === 1 ? name : `${name.slice(0, dot)} (${n})${name.slice(dot)}`);
    if (!(await exists(fs, candidate))) return candidate;
  }
}

async function exists(fs: FsPort, file: string): Promise<boolean> {
  try {
    await fs.stat(file);
    return true;
  } catch {
    return false;
  }
}
