import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeFs, type FsPort } from '../../main/services/atomic-write';
import { loadContent } from '../../main/services/content/load';
import { createExporter, type ExportPorts, type ExportRenderer } from '../../main/services/exports';
import { createLogger } from '../../main/services/log';
import { EXPORT_KINDS, type ExportKind } from '../../shared/export/kinds';
import { DEFAULT_SETTINGS } from '../../shared/settings';
import { consultationFixture, PATIENT_NAME } from '../fixtures/consultation-fixtures';
import { BUILT_IN_CONTENT } from '../fixtures/content-folders';
import { makeTempDir } from '../fixtures/temp-dirs';

const pack = (await loadContent({ builtIn: BUILT_IN_CONTENT, override: null })).pack!;
const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Page >> endobj\n%%EOF\n');
/** What each kind makes here: the real makers are tested on their own (clinician, FHIR, calendar and summary tests). */
const MADE: Record<ExportKind, Buffer | string> = {
  patientSummary: PDF,
  clinicianCopy: Buffer.concat([PDF, Buffer.from('% clinician')]),
  fhirBundle: '{"resourceType":"Bundle"}',
  calendar: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n',
};
const makers = (): Record<ExportKind, ExportRenderer> =>
  Object.fromEntries(EXPORT_KINDS.map((kind) => [kind, async () => MADE[kind]])) as unknown as Record<ExportKind, ExportRenderer>;

function exporter(overrides: Partial<ExportPorts> = {}) {
  const dir = makeTempDir('facet-export-');
  const opened: string[] = [];
  const logLines: string[] = [];
  const ports: ExportPorts = {
    loadConsultation: async () => consultationFixture(),
    loadPack: async () => pack,
    loadSettings: async () => DEFAULT_SETTINGS,
    render: makers(),
    chooseFolder: async () => dir,
    openPath: async (file) => {
      opened.push(file);
      return '';
    },
    log: createLogger((line) => logLines.push(line)),
    ...overrides,
  };
  return { service: createExporter(ports), dir, opened, logLines };
}

const id = consultationFixture().id;
const date = consultationFixture().date;

describe('export', () => {
  it('writes each chosen kind into the chosen folder, named for the patient and the day, and can open exactly those files', async () => {
    const { service, dir, opened, logLines } = exporter();

    const result = await service.write(id, ['calendar', 'patientSummary', 'fhirBundle', 'clinicianCopy']);

    expect(result.status).toBe('saved');
    if (result.status !== 'saved') return;
    expect(result.folderName).toBe(path.basename(dir));
    expect(result.files.map((f) => [f.kind, f.fileName])).toEqual([
      ['patientSummary', `Facet summary - ${PATIENT_NAME} - ${date}.pdf`],
      ['clinicianCopy', `Facet clinical record - ${PATIENT_NAME} - ${date}.pdf`],
      ['fhirBundle', `Facet record - ${PATIENT_NAME} - ${date}.fhir.json`],
      ['calendar', `Facet review dates - ${PATIENT_NAME} - ${date}.ics`],
    ]);
    for (const file of result.files) expect(readFileSync(path.join(dir, file.fileName))).toEqual(Buffer.from(MADE[file.kind]));
    await expect(service.open(result.files[1]!.exportId)).resolves.toBe(true);
    expect(opened).toEqual([path.join(dir, result.files[1]!.fileName)]);
    expect(logLines.join('\n')).not.toContain(PATIENT_NAME.split(' ')[0]!);
    expect(logLines.join('\n')).toMatch(/export\.written kinds="patientSummary\+clinicianCopy\+fhirBundle\+calendar"/);
  });

  it('keeps the clinical files to this account; the handout and calendar file can be shared', async () => {
    const { service, dir } = exporter();
    const result = await service.write(id, [...EXPORT_KINDS]);
    if (result.status !== 'saved') throw new Error('not saved');

    const modes = Object.fromEntries(result.files.map((f) => [f.kind, statSync(path.join(dir, f.fileName)).mode & 0o777]));
    expect(modes).toEqual({ patientSummary: 0o644, clinicianCopy: 0o600, fhirBundle: 0o600, calendar: 0o644 });
  });

  it('never overwrites: a second export into the same folder (or a namesake seen the same day) gets " (2)"', async () => {
    const { service, dir } = exporter();
    await service.write(id, ['patientSummary', 'fhirBundle']);
    const again = await service.write(id, ['patientSummary', 'fhirBundle']);

    expect(again.status === 'saved' && again.files.map((f) => f.fileName)).toEqual([
      `Facet summary - ${PATIENT_NAME} - ${date} (2).pdf`,
      `Facet record - ${PATIENT_NAME} - ${date} (2).fhir.json`,
    ]);
    expect(readdirSync(dir)).toHaveLength(4);
  });

  it('does nothing when the folder dialog is cancelled', async () => {
    const { service, dir } = exporter();
    const cancelled = exporter({ chooseFolder: async () => null });

    await expect(cancelled.service.write(id, [...EXPORT_KINDS])).resolves.toEqual({ status: 'cancelled' });
    expect(readdirSync(dir)).toEqual([]);
    void service;
  });

  it('refuses to open anything it did not write in this session', async () => {
    const { service } = exporter();

    await expect(service.open('3f0c9a52-7b1e-4c8d-9a61-2e5d7f4b8c10')).rejects.toMatchObject({ code: 'not-found' });
  });

  it('a full disk gives a plain message, says what was already saved, and can be retried', async () => {
    let writes = 0;
    let full = true;
    const fs: FsPort = {
      ...nodeFs,
      writeFileAtomic: async (file, data, options) => {
        writes += 1;
        if (full && writes === 2) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
        return nodeFs.writeFileAtomic(file, data, options);
      },
    };
    const { service } = exporter({ fs });

    await expect(service.write(id, ['patientSummary', 'clinicianCopy'])).rejects.toMatchObject({
      code: 'disk-full',
      message: expect.stringMatching(/^The disk is full, so Facet could not save the clinician’s copy\. .*Already saved: Facet summary - .+\.pdf\.$/),
    });
    full = false;
    await expect(service.write(id, ['patientSummary', 'clinicianCopy'])).resolves.toMatchObject({ status: 'saved' });
  });

  it('says so when the content cannot be loaded', async () => {
    const { service } = exporter({ loadPack: async () => null });

    await expect(service.write(id, ['patientSummary'])).rejects.toMatchObject({ code: 'internal' });
  });

  it('shows the folder dialog at once, while the files are still being made (the PDF took 2–6 s before the dialog appeared)', async () => {
    const events: string[] = [];
    let finishRendering!: (pdf: Buffer) => void;
    const dir = makeTempDir('facet-export-');
    const { service } = exporter({
      render: {
        ...makers(),
        patientSummary: () => {
          events.push('render started');
          return new Promise((resolve) => (finishRendering = resolve));
        },
      },
      chooseFolder: async () => {
        events.push('dialog shown');
        return dir;
      },
    });

    const exporting = service.write(id, ['patientSummary']);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(events).toEqual(['render started', 'dialog shown']);
    finishRendering(PDF);

    await expect(exporting).resolves.toMatchObject({ status: 'saved' });
  });

  it('a file that cannot be made writes nothing at all, and says which', async () => {
    const { service, dir, logLines } = exporter({
      render: {
        ...makers(),
        fhirBundle: async () => {
          throw new Error(`bundle failed for ${PATIENT_NAME}`);
        },
      },
    });

    await expect(service.write(id, [...EXPORT_KINDS])).rejects.toMatchObject({
      message: 'Facet could not make the record for the clinic’s system, so nothing was saved.',
    });
    expect(readdirSync(dir)).toEqual([]);
    expect(logLines.join('\n')).toMatch(/export\.render-failed kind="fhirBundle"/);
    expect(logLines.join('\n')).not.toContain(PATIENT_NAME);
  });

  it('cancelling while a file is being made leaves nothing behind and no unhandled failure', async () => {
    const { service } = exporter({
      render: {
        ...makers(),
        patientSummary: async () => {
          await new Promise((resolve) => setTimeout(resolve, 10));
          throw new Error('layout failed');
        },
      },
      chooseFolder: async () => null,
    });

    await expect(service.write(id, ['patientSummary'])).resolves.toEqual({ status: 'cancelled' });
    await new Promise((resolve) => setTimeout(resolve, 30));
  });
});
