import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../main/services/content/load';
import { renderSummaryPdf } from '../../../main/services/summary-pdf';
import { buildSummary, type PaperSize } from '../../../shared/summary/model';
import { BUILT_IN_CONTENT } from '../../fixtures/content-folders';
import { sampleConsultation } from '../../fixtures/consultation-sample';
import { makeTempDir } from '../../fixtures/temp-dirs';
import { plannedConsultation, tenAreaConsultation } from '../../fixtures/consultation-plan';
import type { Consultation } from '../../../shared/consultation/model';
import type { ContentPack } from '../../../shared/content/pack';

/**
 * The handout as a patient (and a screen reader, and a search) reads it: the
 * real PDF, read back by Poppler, a parser independent of the one that wrote it.
 */

const { pack } = await loadContent({ builtIn: BUILT_IN_CONTENT, override: null });
const dir = makeTempDir('facet-handout-');

/** Each page's text as pdftotext gives it, with runs of white space made single. */
async function handoutPages(paperSize: PaperSize): Promise<string[]> {
  const file = path.join(dir, `summary-${paperSize}.pdf`);
  writeFileSync(file, await renderSummaryPdf(buildSummary(sampleConsultation('Zoë Ólafsdóttir'), pack!, { paperSize, generatedAt: new Date(2026, 10, 24, 11, 30) })));
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
    .split('\f')
    .filter((page) => page.trim() !== '')
    .map((page) => page.replace(/\s+/g, ' '));
}

const pages = await handoutPages('A4');
const all = pages.join(' ');
const aboutPages = pages.filter((page) => page.includes('About your treatment:'));
const aftercarePages = pages.filter((page) => page.includes('After your treatment:'));
const treatmentPages = [...aboutPages, ...aftercarePages];
/** The text a patient reads, without the web addresses of the sources (an NHS address can hold a brand's name). */
const words = all.replace(/\S+\.(uk|gov|org|com)\/\S*/g, '');

describe('the handout’s safety information', () => {
  it('has a page about each planned treatment and an aftercare sheet for it', () => {
    expect(aboutPages).toHaveLength(2);
    expect(aftercarePages).toHaveLength(2);
  });

  it('says on the first page of each aftercare sheet to call 999 or go to A&E, and for which signs', () => {
    const [toxin, filler] = aftercarePages as [string, string];
    for (const page of aftercarePages) expect(page).toMatch(/Call 999 or go to A&E/);
    expect(filler).toMatch(/change in your sight/i);
    expect(filler).toMatch(/dark grey or blue/i);
    expect(toxin).toMatch(/up to about 4 weeks/i);
    expect(toxin).toMatch(/trouble swallowing/i);
  });

  it('prints the clinic’s day and out-of-hours numbers on every treatment page', () => {
    for (const page of treatmentPages) {
      expect(page).toContain('01632 960000');
      expect(page).toContain('01632 960111');
    }
  });

  it('says who should not have each treatment, with the UK age limit', () => {
    for (const page of aboutPages) expect(page).toMatch(/under 18/);
    expect(all).not.toMatch(/under 22/i);
    expect(all).toMatch(/pregnant or breastfeeding/i);
  });

  it('says on page 1 that it is a summary, not a prescription, a booking or a promise', () => {
    expect(pages[0]).toMatch(/not a prescription, a booking or a promise/);
    expect(pages[0]).toMatch(/prescriber/);
    expect(pages[0]).toMatch(/see you in person/);
  });

  it('names no brand of medicine and cites no brand’s or private clinic’s pages', () => {
    expect(words).not.toMatch(/botox|allergan|crawley|rejuvenation|denver/i);
    expect(all).not.toMatch(/botoxcosmetic|crawleybotox|therejuvenationplace|denverdermatology/i);
    expect(all).toMatch(/nhs\.uk/);
  });
});

describe('the handout’s timings', () => {
  it('gives the under-eye area its own duration, not the general filler range', () => {
    const areaPage = pages.find((page) => page.includes('Area by area'))!;
    const underEye = areaPage.slice(areaPage.indexOf('Under-eye hollow'), areaPage.indexOf('Lips'));
    expect(underEye).toContain('6–12 months');
    expect(underEye).not.toContain('6–18');
  });

  it('words dates relative to treatment, not as predictions or bookings', () => {
    expect(all).not.toMatch(/Expected onset|Review appointment around|repeat treatment can be considered/);
    expect(all).toContain('about 2 weeks after treatment');
    expect(all).toMatch(/not sooner than about 3 months after/);
  });
});

describe('the handout’s text', () => {
  it('extracts its labels as whole words, not letter by letter', () => {
    expect(pages[0]).toMatch(/\bPatient\b/);
    expect(pages[0]).toMatch(/\bPractitioner\b/);
    expect(all).not.toMatch(/\b[A-Z]{1,4} [A-Z] [A-Z]\b/);
  });
});

describe('the handout’s pages', () => {
  it.each(['A4', 'LETTER'] as const)('keeps the plan, the caveat and when to expect what together on page 1 (%s)', async (paperSize) => {
    const [first, second] = await handoutPages(paperSize);

    expect(first).toContain('Areas we discussed');
    expect(first).toContain('not a prescription, a booking or a promise');
    expect(first).toContain('What to expect, and when');
    expect(first).toContain('Next treatment:');
    expect(second).toContain('Area by area');
  });
});

const builtInPack = pack!;
let planFiles = 0;

describe('the handout’s plan (issue 14), read back with Poppler', () => {
  const textOf = async (consultation: Consultation, pack: ContentPack, paperSize: PaperSize = 'A4') => {
    const file = path.join(dir, `plan-${(planFiles += 1)}.pdf`);
    writeFileSync(file, await renderSummaryPdf(buildSummary(consultation, pack, { paperSize, generatedAt: new Date(2026, 10, 24, 11, 30) })));
    return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/[ \t]+/g, ' ');
  };

  it('prints products, amounts, totals, dates, the estimate and who assessed and prescribes', async () => {
    const text = await textOf(plannedConsultation('Zoë Ólafsdóttir', { plannedDate: '2026-12-01' }), builtInPack);
    const flat = text.replace(/\s+/g, ' ');

    for (const words of [
      'Botulinum toxin type A (100-unit vial)',
      'Filler gel, soft, 1 mL syringe',
      '18–22 units',
      '1–1.5 mL',
      '1.5–2 mL (2 syringes)',
      'Assessed by',
      'Dr Amara Hale',
      'Prescriber',
      'Sam Okafor',
      'Earliest treatment date',
      '27 November 2026',
      '3 days to think it over',
      '1 December 2026',
      'review around 15 December 2026',
      'Estimate',
      '£632–£648',
      'This is not a quote or an offer; the price is agreed when you are treated.',
      'valid until 24 December 2026',
    ]) {
      expect(flat).toContain(words);
    }
  });

  it('prints every digit of a summary written after another one in the same session', async () => {
    // The first summary leaves glyphs ("1", ".") that fontkit made without their characters; the next one lost them.
    await textOf(sampleConsultation('Ada Lovelace'), builtInPack);
    const text = (await textOf(plannedConsultation('Zoë Ólafsdóttir'), builtInPack)).replace(/\s+/g, ' ');

    expect(text).toContain('Dermal fillers: 1.5–2 mL (2 syringes)');
    expect(text).toContain('Filler gel, soft, 1 mL syringe · 0.5 mL');
    expect(text).toContain('1–1.5 mL');
  });

  it('prints no price when the clinic sets none', async () => {
    const unpriced = { ...builtInPack, products: builtInPack.products.map(({ price: _price, ...p }) => p) };
    const text = await textOf(plannedConsultation('Zoë Ólafsdóttir'), unpriced);

    expect(text).toContain('18–22 units');
    expect(text).not.toMatch(/£|Estimate|quote or an offer/);
  });

  it.each(['A4', 'LETTER'] as const)('keeps all ten areas of a long plan, and the caveat, on page 1 (%s)', async (paperSize) => {
    const [first] = (await textOf(tenAreaConsultation('Zoë Ólafsdóttir'), builtInPack, paperSize)).split('\f');
    const flat = first!.replace(/\s+/g, ' ');
    expect(flat).toContain('Areas we discussed');
    expect(flat).toContain('Forehead lines');
    expect(flat).toContain('Neck bands');
    expect(flat).toContain('not a prescription, a booking or a promise');
  });

  it.each(['A4', 'LETTER'] as const)('keeps the planned three areas and when to expect what on page 1 (%s)', async (paperSize) => {
    const [first] = (await textOf(plannedConsultation('Zoë Ólafsdóttir', { plannedDate: '2026-12-01' }), builtInPack, paperSize)).split('\f');
    expect(first).toContain('Lips');
    expect(first).toContain('1–1.5 mL');
    expect(first).toContain('What to expect, and when');
  });
});
