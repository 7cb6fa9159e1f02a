import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../main/services/content/load';
import { renderSummaryPdf } from '../../../main/services/summary-pdf';
import { warmUpConsultation, warmUpSummaryPdf } from '../../../main/services/summary-pdf/warm-up';
import { Consultation } from '../../../shared/consultation/model';
import { buildSummary } from '../../../shared/summary/model';
import { BUILT_IN_CONTENT } from '../../fixtures/content-folders';
import { sampleConsultation } from '../../fixtures/consultation-sample';

const { pack: loaded } = await loadContent({ builtIn: BUILT_IN_CONTENT, override: null });
const pack = loaded!;

async function text(pdf: Buffer): Promise<string> {
  const document = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const content = await (await document.getPage(number)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  await document.destroy();
  return pages.join(' ').replace(/\s+/g, ' ');
}

describe('the PDF warm-up after start', () => {
  it('uses a stand-in consultation the app itself would accept, with an area for every treatment and no patient details', () => {
    const standIn = warmUpConsultation(pack);

    expect(Consultation.safeParse(standIn).success).toBe(true);
    expect(new Set(standIn.concerns.map((c) => c.plannedTreatment))).toEqual(new Set(pack.treatments.map((t) => t.id)));
    expect(standIn.patient).toEqual({ name: 'Warm-up' });
  });

  it('renders once and leaves nothing of the stand-in in the next real summary', async () => {
    expect(await warmUpSummaryPdf(pack)).toBe(true);

    const printed = await text(await renderSummaryPdf(buildSummary(sampleConsultation('Zoë Ólafsdóttir'), pack, { paperSize: 'A4', generatedAt: new Date(2026, 10, 24) })));

    expect(printed).toContain('Zoë Ólafsdóttir');
    expect(printed).not.toContain('Warm-up');
  }, 60_000); // a first render, on a machine others share

  it('reports that it could not warm up without content, instead of failing', async () => {
    expect(await warmUpSummaryPdf(null)).toBe(false);
  });
});
