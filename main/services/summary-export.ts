import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { Consultation } from '../../shared/consultation/model';
import { summaryFileName } from '../../shared/consultation/file-name';
import type { ContentPack } from '../../shared/content/pack';
import type { ExportResult } from '../../shared/ipc/contract';
import { FacetError } from '../../shared/ipc/result';
import type { Settings } from '../../shared/settings';
import { writeFileAtomically, type FsPort } from './atomic-write';
import type { Logger } from './log';

export interface SummaryExportPorts {
  loadConsultation(id: string): Promise<Consultation>;
  loadPack(): Promise<ContentPack | null>;
  loadSettings(): Promise<Settings>;
  renderPdf(consultation: Consultation, pack: ContentPack, settings: Settings): Promise<Buffer>;
  /** Asks where to save (Electron's save dialog); null when cancelled. */
  chooseFile(defaultName: string): Promise<string | null>;
  /** Opens a file in the system's viewer (Electron's shell.openPath); '' on success. */
  openPath(file: string): Promise<string>;
  fs?: FsPort;
  log: Logger;
}

/**
 * Export: ask where to put the summary PDF of a saved consultation, build it
 * meanwhile, and write it atomically. Only files written here can be opened later,
 * by the handle returned: the renderer never names a path to open.
 */
export function createSummaryExporter(ports: SummaryExportPorts) {
  const written = new Map<string, string>();

  return {
    async export(id: string): Promise<ExportResult> {
      const consultation = await ports.loadConsultation(id);
      const pack = await ports.loadPack();
      if (!pack) throw new FacetError('internal', 'Facet’s content could not be loaded, so the summary cannot be made. Check the content screen.');
      const settings = await ports.loadSettings();
      // The dialog opens at once and the PDF is made while the practitioner picks a place
      // (rendering first kept them waiting 2–6 s for the dialog). A rendering failure is held
      // until the choice is made, then reported; a cancelled export drops it quietly.
      const rendering = ports.renderPdf(consultation, pack, settings).then(
        (pdf) => ({ ok: true as const, pdf }),
        (error: unknown) => ({ ok: false as const, error }),
      );
      const file = await ports.chooseFile(summaryFileName(consultation.patient.name, consultation.date));
      if (file === null) return { status: 'cancelled' };
      const rendered = await rendering;
      if (!rendered.ok) throw rendered.error;
      const { pdf } = rendered;
      const target = file.toLowerCase().endsWith('.pdf') ? file : `${file}.pdf`;
      await writeFileAtomically(target, pdf, ports.fs, { action: 'save the summary', mode: 0o644, folder: 'the chosen folder' });
      const exportId = randomUUID();
      written.set(exportId, target);
      ports.log.info('summary.exported', { bytes: pdf.length, pages: countPages(pdf) });
      return { status: 'saved', fileName: path.basename(target), exportId };
    },

    async open(exportId: string): Promise<boolean> {
      const file = written.get(exportId);
      if (!file) throw new FacetError('not-found', 'That summary was not saved in this session, so Facet will not open it.');
      const failure = await ports.openPath(file);
      if (failure) ports.log.warn('summary.open-failed');
      return failure === '';
    },
  };
}

function countPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}
