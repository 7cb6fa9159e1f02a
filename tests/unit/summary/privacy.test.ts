import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../main/services/content/load';
import { renderSummaryPdf } from '../../../main/services/summary-pdf';
import { countShapedText } from '../../../main/services/summary-pdf/fonts';
import { buildSummary } from '../../../shared/summary/model';
import { sampleConsultation } from '../../fixtures/consultation-sample';
import { BUILT_IN_CONTENT } from '../../fixtures/content-folders';

const pack = (await loadContent({ builtIn: BUILT_IN_CONTENT, override: null })).pack!;

describe('after an export, no patient text stays in the PDF renderer’s memory', () => {
  it('forgets the name and notes it laid out, and keeps the clinic’s content for speed', async () => {
    const consultation = sampleConsultation('Quillon Vasquez-Ardent', { notes: 'Prefers mornings; nervous about needles.' });

    await renderSummaryPdf(buildSummary(consultation, pack, { paperSize: 'A4', generatedAt: new Date('2026-11-24T10:00:00Z') }));

    expect(countShapedText('Quillon')).toBe(0);
    expect(countShapedText('nervous about needles')).toBe(0);
    expect(countShapedText('Linden Clinic')).toBeGreaterThan(0);
  }, 30_000);
});
