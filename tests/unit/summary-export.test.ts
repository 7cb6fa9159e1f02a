import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeFs, type FsPort } from '../../main/services/atomic-write';
import { loadContent } from '../../main/services/content/load';
import { createLogger } from '../../main/services/log';
import { createSummaryExporter, type SummaryExportPorts } from '../../main/services/summary-export';
import { DEFAULT_SETTINGS } from '../../shared/settings';
import { consultationFixture, PATIENT_NAME } from '../fixtures/consultation-fixtures';
import { BUILT_IN_CONTENT } from '../fixtures/content-folders';
import { makeTempDir } from '../fixtures/temp-dirs';

const pack = (await loadContent({ builtIn: BUILT_IN_CONTENT, override: null })).pack!;
const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Page >> endobj\n%%EOF\n');

function exporter(overrides: Partial<SummaryExportPorts> = {}) {
  const dir = makeTempDir('facet-export-');
  const opened: string[] = [];
  const suggested: string[] = [];
  const logLines: string[] = [];
  const ports: SummaryExportPorts = {
    loadConsultation: async () => consultationFixture(),
    loadPack: async () => pack,
    loadSettings: async () => DEFAULT_SETTINGS,
    renderPdf: async () => PDF,
    chooseFile: async (name) => {
      suggested.push(name);
      return path.join(dir, name);
    },
    openPath: async (file) => {
      opened.push(file);
      return '';
    },
    log: createLogger((line) => logLines.push(line)),
    ...overrides,
  };
  return { service: createSummaryExporter(ports), dir, opened, suggested, logLines };
}

describe('summary export', () => {
  it('suggests the patient’s file name, writes the PDF there and can open exactly that file', async () => {
    const { service, dir, opened, suggested, logLines } = exporter();

    const result = await service.export(consultationFixture().id);

    expect(result.status).toBe('saved');
    if (result.status !== 'saved') return;
    expect(suggested[0]).toMatch(/^Facet summary - .+ - \d{4}-\d{2}-\d{2}\.pdf$/);
    expect(readFileSync(path.join(dir, result.fileName))).toEqual(PDF);
    await expect(service.open(result.exportId)).resolves.toBe(true);
    expect(opened).toEqual([path.join(dir, result.fileName)]);
    expect(logLines.join('\n')).not.toContain(PATIENT_NAME.split(' ')[0]!);
  });

  it('adds .pdf when the chosen name lacks it', async () => {
    const { service } = exporter({ chooseFile: async () => path.join(makeTempDir('x-'), 'summary') });
    const result = await service.export(consultationFixture().id);

    expect(result.status === 'saved' && result.fileName).toBe('summary.pdf');
  });

  it('does nothing when the dialog is cancelled', async () => {
    const { service } = exporter({ chooseFile: async () => null });

    await expect(service.export(consultationFixture().id)).resolves.toEqual({ status: 'cancelled' });
  });

  it('refuses to open anything it did not write in this session', async () => {
    const { service } = exporter();

    await expect(service.open('3f0c9a52-7b1e-4c8d-9a61-2e5d7f4b8c10')).rejects.toMatchObject({ code: 'not-found' });
  });

  it('a full disk gives a plain message and can be retried', async () => {
    let full = true;
    const fs: FsPort = {
      ...nodeFs,
      writeFileAtomic: async (file, data, options) => {
        if (full) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
        return nodeFs.writeFileAtomic(file, data, options);
      },
    };
    const { service } = exporter({ fs });

    await expect(service.export(consultationFixture().id)).rejects.toMatchObject({ code: 'disk-full', message: expect.stringContaining('The disk is full') });
    full = false;
    await expect(service.export(consultationFixture().id)).resolves.toMatchObject({ status: 'saved' });
  });

  it('a name too long for the disk is explained', async () => {
    const { service } = exporter({ chooseFile: async () => path.join(tmpdir(), `${'x'.repeat(300)}.pdf`) });

    await expect(service.export(consultationFixture().id)).rejects.toMatchObject({ message: 'Facet could not save the summary: the file name is too long for this disk.' });
  });

  it('says so when the content cannot be loaded', async () => {
    const { service } = exporter({ loadPack: async () => null });

    await expect(service.export(consultationFixture().id)).rejects.toMatchObject({ code: 'internal' });
  });

  it('shows the save dialog at once, while the PDF is still being made (it took 2–6 s before the dialog appeared)', async () => {
    const events: string[] = [];
    let finishRendering!: (pdf: Buffer) => void;
    const { service } = exporter({
      renderPdf: () => {
        events.push('render started');
        return new Promise((resolve) => (finishRendering = resolve));
      },
      chooseFile: async (name) => {
        events.push('dialog shown');
        return path.join(makeTempDir('facet-export-'), name);
      },
    });

    const exporting = service.export(consultationFixture().id);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(events).toContain('dialog shown');
    finishRendering(PDF);

    await expect(exporting).resolves.toMatchObject({ status: 'saved' });
  });

  it('a PDF that cannot be made after a place was chosen writes nothing and says why', async () => {
    const dir = makeTempDir('facet-export-');
    const { service } = exporter({
      renderPdf: async () => {
        throw new Error('layout failed');
      },
      chooseFile: async (name) => path.join(dir, name),
    });

    await expect(service.export(consultationFixture().id)).rejects.toThrow();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('cancelling while the PDF is being made leaves nothing behind and no unhandled failure', async () => {
    const { service } = exporter({
      renderPdf: async () => {
        await new Promise((resolve) => setTimeout(resolve, 10));
        throw new Error('layout failed');
      },
      chooseFile: async () => null,
    });

    await expect(service.export(consultationFixture().id)).resolves.toEqual({ status: 'cancelled' });
    await new Promise((resolve) => setTimeout(resolve, 30));
  });
});
