import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { renderClinicianPdf } from '../../../main/services/clinician-pdf';
import { CLINICAL_MARGIN } from '../../../main/services/clinician-pdf/layout';
import { loadContent } from '../../../main/services/content/load';
import { countShapedText } from '../../../main/services/summary-pdf/fonts';
import { buildClinicianRecord } from '../../../shared/clinician/model';
import { CONSULTATION_LIMITS } from '../../../shared/consultation/limits';
import type { Consultation } from '../../../shared/consultation/model';
import type { ContentPack } from '../../../shared/content/pack';
import type { PaperSize } from '../../../shared/summary/model';
import { plannedConsultation, tenAreaConsultation } from '../../fixtures/consultation-plan';
import { sampleConsultation } from '../../fixtures/consultation-sample';
import { BUILT_IN_CONTENT } from '../../fixtures/content-folders';
import { makeTempDir } from '../../fixtures/temp-dirs';

/**
 * The clinician's copy as a clinician (and a records system's indexer) reads
 * it: the real PDF, read back by Poppler, a parser independent of the one that
 * wrote it.
 */

const pack = (await loadContent({ builtIn: BUILT_IN_CONTENT, override: null })).pack!;
const dir = makeTempDir('facet-clinician-');
let files = 0;

async function writeCopy(consultation: Consultation, paperSize: PaperSize = 'A4', content: ContentPack = pack): Promise<string> {
  const file = path.join(dir, `clinician-${(files += 1)}.pdf`);
  writeFileSync(file, await renderClinicianPdf(buildClinicianRecord(consultation, content, { paperSize, generatedAt: new Date(2026, 10, 24, 11, 30) })));
  return file;
}

/** Each page's text in the order it is drawn (a table row by row), with runs of white space made single. */
const pagesOf = (file: string): string[] =>
  execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
    .split('\f')
    .filter((page) => page.trim() !== '')
    .map((page) => page.replace(/\s+/g, ' '));

const info = (file: string) => execFileSync('pdfinfo', [file], { encoding: 'utf8' });

interface Word {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** Every word on every page with its box, from pdftotext -bbox. */
function wordsByPage(file: string): { width: number; height: number; words: Word[] }[] {
  const html = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  return html
    .split('<page ')
    .slice(1)
    .map((page) => {
      const [, width, height] = /width="([\d.]+)" height="([\d.]+)"/.exec(page)!;
      const words = [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
        xMin: Number(m[1]),
        yMin: Number(m[2]),
        xMax: Number(m[3]),
        yMax: Number(m[4]),
        text: m[5]!,
      }));
      return { width: Number(width), height: Number(height), words };
    });
}

const consultation = plannedConsultation('Zoë Ólafsdóttir', {
  plannedDate: '2026-12-01',
  screening: [
    { questionId: 'blood-thinners', answer: 'yes', proceedReason: 'Low-dose aspirin only; bruising risk discussed and accepted.' },
    { questionId: 'pregnant', answer: 'no' },
  ],
});
const threeAreas = await writeCopy(consultation);
const pages = pagesOf(threeAreas);
const all = pages.join(' ');

describe('the clinician’s copy, read back with Poppler', () => {
  it('prints the clinic, the patient’s details, the date, and who assessed and who prescribes', () => {
    for (const text of [
      'Clinical record',
      'Linden Clinic',
      'Zoë Ólafsdóttir',
      '14 March 1986',
      'Age on the day 40 years',
      'LC-20417',
      'Consultation date 24 November 2026',
      'Assessed by Dr Amara Hale Aesthetic doctor',
      'Prescriber Sam Okafor Nurse prescriber',
      'Face to face, in person',
    ]) {
      expect(all).toContain(text);
    }
  });

  it('prints each screening question with its answer, what it rules out and the reason to proceed', () => {
    expect(all).toContain('Do you take a medicine that thins the blood? Yes Botulinum toxin, Dermal fillers Low-dose aspirin only; bruising risk discussed and accepted.');
    expect(all).toContain('Are you pregnant, trying for a baby or breastfeeding? No');
    expect(all).toContain('Do you bruise or bleed very easily? Not recorded');
  });

  it('prints each area with its treatment, product, planned amount and note, the totals, dates and estimate', () => {
    expect(all).toMatch(/1 Frown lines between the brows Botulinum toxin Botulinum toxin type A \(100-unit vial\) 18–22 units/);
    expect(all).toContain('Note: Start conservatively; review at two weeks.');
    expect(all).toMatch(/Under-eye hollow \(tear trough\) \(left\) Dermal fillers Filler gel, soft, 1 mL syringe 0\.5 mL/);
    expect(all).toMatch(/Lips Dermal fillers Filler gel, soft, 1 mL syringe 1–1\.5 mL/);
    expect(all).toContain('Totals: Botulinum toxin 18–22 units');
    expect(all).toContain('Totals: Dermal fillers 1.5–2 mL (2 syringes)');
    expect(all).toContain('Earliest treatment date 27 November 2026 — 3 days to reflect after the consultation (clinic policy for dermal fillers)');
    expect(all).toContain('Planned treatment date 1 December 2026');
    expect(all).toMatch(/Estimate \(not a quote\) £[\d,]+–£[\d,]+/);
  });

  it('prints the points discussed for each planned treatment: risks, alternatives, and if the patient does not like the result', () => {
    expect(all).toContain('Botulinum toxin · Area 1');
    expect(all).toContain('Dermal fillers · Areas 2, 3');
    expect(all.match(/Risks: common/g)).toHaveLength(2);
    expect(all.match(/Alternatives/g)).toHaveLength(2);
    expect(all.match(/If the patient does not like the result/g)).toHaveLength(2);
    expect(all).toContain('Filler blocks a blood vessel');
    expect(all).toContain('can be dissolved with hyaluronidase');
    expect(all).toContain('The effect is temporary and is not reversed.');
  });

  it('prints the general notes', () => {
    expect(all).toContain('The patient will think it over and call the clinic to book.');
  });

  it('has the confidential footer, the patient’s name and date of birth, and page X of Y on every page', () => {
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((page, i) => {
      expect(page).toContain('Clinical record — confidential · Linden Clinic');
      expect(page).toContain(`Zoë Ólafsdóttir · DOB 14 March 1986 · Page ${i + 1} of ${pages.length}`);
    });
  });

  it('carries a title and language for the records system, and says nothing it should not in its metadata', () => {
    expect(info(threeAreas)).toMatch(/Title:\s+Clinical record – Zoë Ólafsdóttir – 24 November 2026/);
    expect(info(threeAreas)).toMatch(/Author:\s+Linden Clinic/);
  });

  it('flags a screening answer that rules a treatment out when no reason to proceed was recorded', async () => {
    const text = pagesOf(await writeCopy(plannedConsultation('A', { screening: [{ questionId: 'nerve-muscle-condition', answer: 'yes' }] }))).join(' ');
    expect(text).toContain('Do you have a condition that weakens the nerves and muscles? Yes Botulinum toxin None recorded: treatment blocked');
    expect(text).toContain('Ruled out by a screening answer; no reason to proceed recorded');
  });

  it('prints a refused planned date as entered and not valid', async () => {
    const text = pagesOf(await writeCopy(plannedConsultation('A', { plannedDate: '2026-11-25' }))).join(' ');
    expect(text).toContain('Planned treatment date Not set — 25 November 2026 was entered: before the earliest treatment date, so not valid');
  });

  it('prints what the font cannot draw as "?", and keeps the exact name in the metadata', async () => {
    const file = await writeCopy(plannedConsultation('王小明 Smith 🙂'));
    expect(pagesOf(file)[0]).toContain('??? Smith ?');
    expect(info(file)).toContain('王小明 Smith 🙂');
  });

  it('says so where a clinic’s older content gives no alternatives', async () => {
    const older: ContentPack = { ...pack, treatments: pack.treatments.map(({ alternatives: _a, ...t }) => t) };
    const text = pagesOf(await writeCopy(plannedConsultation('A'), 'A4', older)).join(' ');
    expect(text.match(/Alternatives Not given in the clinic’s content/g)).toHaveLength(2);
  });
});

describe('the clinician’s copy’s pages', () => {
  it.each([
    ['A4', /595\.\d+ x 841\.\d+ pts \(A4\)/],
    ['LETTER', /612 x 792 pts \(letter\)/],
  ] as const)('is printed on the paper size set (%s)', async (paperSize, size) => {
    expect(info(await writeCopy(plannedConsultation('A'), paperSize))).toMatch(size);
  });

  it.each(['A4', 'LETTER'] as const)('runs a ten-area plan over pages, every area listed, nothing over the footer or past the margins (%s)', async (paperSize) => {
    const file = await writeCopy(tenAreaConsultation('Zoë Ólafsdóttir'), paperSize);
    const text = pagesOf(file);
    const joined = text.join(' ');
    for (const area of ['Forehead lines', 'Frown lines between the brows', "Crow's feet (left)", "Crow's feet (right)", 'Bunny lines on the nose', 'Lips', 'Chin', 'Neck bands']) {
      expect(joined.split(area).length - 1, area).toBeGreaterThanOrEqual(1);
    }
    expect(joined).toMatch(/10 Neck bands Botulinum toxin .* 20–30 units/);
    text.forEach((page, i) => expect(page).toContain(`Page ${i + 1} of ${text.length}`));

    const bodyBottom = (height: number) => height - CLINICAL_MARGIN.bottom + 1;
    for (const { width, height, words } of wordsByPage(file)) {
      const footer = words.filter((w) => w.yMin > bodyBottom(height));
      const body = words.filter((w) => w.yMin <= bodyBottom(height));
      expect(footer.map((w) => w.text).join(' ')).toMatch(/^Clinical record — confidential · Linden Clinic Zoë Ólafsdóttir · DOB 14 March 1986 · Page \d+ of \d+$/);
      for (const word of body) expect(word.yMax, word.text).toBeLessThanOrEqual(bodyBottom(height));
      for (const word of words) {
        expect(word.xMin, word.text).toBeGreaterThanOrEqual(CLINICAL_MARGIN.x - 1);
        expect(word.xMax, word.text).toBeLessThanOrEqual(width - CLINICAL_MARGIN.x + 1);
      }
    }
  });

  // Words, not unbroken strings: like the summary, the copy breaks lines only between words (no hyphens in names or references).
  it('keeps every field at its longest inside the page: every area, the longest notes, reasons and name', async () => {
    const longest = (words: string, length: number) => words.repeat(Math.ceil(length / words.length)).slice(0, length).trim();
    const name = longest('Maximiliana Fitzwilliam-Ó Súilleabháin ', CONSULTATION_LIMITS.patientName);
    const concerns = pack.regions.map((region) => ({ regionId: region.id, plannedTreatment: region.treatments[0]!.treatment, note: longest('Asymmetry noted at rest and on animation. ', CONSULTATION_LIMITS.concernNote) }));
    const file = await writeCopy(
      plannedConsultation(name, {
        patient: { name, dateOfBirth: '1986-03-14', reference: longest('LC 20417 ', CONSULTATION_LIMITS.reference) },
        concerns,
        notes: longest('Discussed expectations at length. ', CONSULTATION_LIMITS.notes),
        screening: [{ questionId: 'blood-thinners', answer: 'yes', proceedReason: longest('Reviewed with the GP. ', CONSULTATION_LIMITS.proceedReason) }],
      }),
    );
    for (const { width, height, words } of wordsByPage(file)) {
      const bodyBottom = height - CLINICAL_MARGIN.bottom + 1;
      const footer = words.filter((w) => w.yMin > bodyBottom);
      expect(footer.map((w) => w.text).join(' ')).toMatch(/^Clinical record — confidential · Linden Clinic .* · DOB 14 March 1986 · Page \d+ of \d+$/);
      for (const word of words) {
        if (word.yMin <= bodyBottom) expect(word.yMax, word.text).toBeLessThanOrEqual(bodyBottom);
        expect(word.yMax, word.text).toBeLessThanOrEqual(height);
        expect(word.xMin, word.text).toBeGreaterThanOrEqual(CLINICAL_MARGIN.x - 1);
        expect(word.xMax, word.text).toBeLessThanOrEqual(width - CLINICAL_MARGIN.x + 1);
      }
    }
  }, 60_000);

  it('renders a consultation with no plan: one page that says so', async () => {
    const file = await writeCopy(sampleConsultation('Zoë Ólafsdóttir', { concerns: [], notes: '' }));
    const [page, ...rest] = pagesOf(file);
    expect(rest).toEqual([]);
    expect(page).toContain('No screening questions: no treatment was planned.');
    expect(page).toContain('No areas of the face were recorded at this consultation.');
    expect(page).not.toContain('Points discussed');
    expect(page).toContain('Zoë Ólafsdóttir · DOB 14 March 1986 · Page 1 of 1');
  });
});

describe('after the clinician’s copy is made', () => {
  it('forgets the patient’s name, notes and reasons it laid out, and keeps the clinic’s content for speed', async () => {
    await writeCopy(
      plannedConsultation('Quillon Vasquez-Ardent', {
        notes: 'Prefers mornings; nervous about needles.',
        screening: [{ questionId: 'blood-thinners', answer: 'yes', proceedReason: 'Warfarin reviewed with the GP.' }],
      }),
    );
    expect(countShapedText('Quillon')).toBe(0);
    expect(countShapedText('nervous about needles')).toBe(0);
    expect(countShapedText('Warfarin')).toBe(0);
    expect(countShapedText('Linden Clinic')).toBeGreaterThan(0);
  });

  it('has written nothing to the console or the process’s output while making it', async () => {
    const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
    const spies = [...methods.map((m) => vi.spyOn(console, m)), vi.spyOn(process.stdout, 'write'), vi.spyOn(process.stderr, 'write')];
    try {
      await writeCopy(plannedConsultation('Quillon Vasquez-Ardent', { notes: 'Prefers mornings.' }));
      for (const spy of spies) expect(spy).not.toHaveBeenCalled();
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  });
});
