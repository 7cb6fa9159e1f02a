import { crc32, deflateSync } from 'node:zlib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../main/services/content/load';
import { pageCount, renderSummaryPdf } from '../../../main/services/summary-pdf';
import type { Consultation } from '../../../shared/consultation/model';
import { buildSummary, type PaperSize } from '../../../shared/summary/model';
import { BUILT_IN_CONTENT } from '../../fixtures/content-folders';
import { sampleConsultation, UNICODE_NAMES } from '../../fixtures/consultation-sample';

const { pack: loaded } = await loadContent({ builtIn: BUILT_IN_CONTENT, override: null });
const pack = loaded!;
const generatedAt = new Date(2026, 10, 24, 11, 30);

interface ParsedPdf {
  pages: number;
  /** Each page's words, lines joined with spaces. */
  text: string[];
  info: Record<string, unknown>;
  size: [number, number];
}

async function parse(pdf: Buffer): Promise<ParsedPdf> {
  const document = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
  const text: string[] = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const content = await (await document.getPage(number)).getTextContent();
    const words = content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? ' ' : '') : '')).join('');
    text.push(words.replace(/\s+/g, ' '));
  }
  const { info } = await document.getMetadata();
  const [, , width, height] = (await document.getPage(1)).view as [number, number, number, number];
  await document.destroy();
  return { pages: document.numPages, text, info: info as Record<string, unknown>, size: [Math.round(width), Math.round(height)] };
}

async function render(consultation: Consultation, paperSize: PaperSize = 'A4'): Promise<{ pdf: Buffer; parsed: ParsedPdf }> {
  const pdf = await renderSummaryPdf(buildSummary(consultation, pack, { paperSize, generatedAt }));
  return { pdf, parsed: await parse(pdf) };
}

/** A small, valid PNG (solid teal), as a content pack's logo would arrive. */
function pngLogo(width = 24, height = 12): string {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => [0x2b, 0x6b, 0x66]).flat())]);
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(Array.from({ length: height }, () => row)))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  return `data:image/png;base64,${png.toString('base64')}`;
}

async function renderWithLogo(logoDataUrl: string): Promise<{ pdf: Buffer; parsed: ParsedPdf }> {
  const model = buildSummary(sampleConsultation('Zoë Ólafsdóttir'), pack, { paperSize: 'A4', generatedAt });
  const pdf = await renderSummaryPdf({ ...model, clinic: { ...model.clinic, logoDataUrl } });
  return { pdf, parsed: await parse(pdf) };
}

const hasImage = (pdf: Buffer) => pdf.toString('latin1').includes('/Subtype /Image');

const zoe = await render(sampleConsultation('Zoë Ólafsdóttir'));
const all = zoe.parsed.text.join(' ');

describe('the summary PDF', () => {
  it.each(UNICODE_NAMES.slice(1))('prints the patient name %s exactly', async (name) => {
    const { parsed } = await render(sampleConsultation(name));

    expect(parsed.text[0]).toContain(name);
    expect(parsed.info.Title).toBe(`Facet summary – ${name} – 24 November 2026`);
  });

  it('prints the patient, clinic, practitioner and consultation details on the first page', () => {
    const [first] = zoe.parsed.text;

    for (const words of ['Zoë Ólafsdóttir', 'Linden Clinic', 'Your consultation summary', 'Dr Amara Hale', '24 November 2026', 'LC-20417', '14 March 1986']) {
      expect(first).toContain(words);
    }
  });

  it('names the three areas and the planned treatments', () => {
    for (const words of ['Frown lines between the brows', 'Under-eye hollow (tear trough) (left)', 'Lips', 'Botulinum toxin', 'Dermal fillers']) {
      expect(all).toContain(words);
    }
    expect(all).toContain('About your treatment: Botulinum toxin');
    expect(all).toContain('About your treatment: Dermal fillers');
  });

  it('says when to expect what, counted from the day of treatment', () => {
    expect(all).toContain('Times are counted from the day you have the treatment.');
    expect(all).toContain('You can usually come back for a review about 2 weeks after treatment.');
    expect(all).not.toContain('2027');
  });

  it('includes aftercare, when to seek help, the notes and the disclaimers', () => {
    expect(all).toContain('Getting help');
    expect(all).toContain('Trouble swallowing, speaking or breathing');
    expect(all).toContain('A cold pack wrapped in a soft cloth can ease swelling.');
    expect(all).toContain('Start conservatively; review at two weeks.');
    expect(all).toContain('The patient will think it over and call the clinic to book.');
    expect(all).toContain('No one can promise you a certain result.');
  });

  it('numbers every page "Page X of Y" and says who generated it and when', () => {
    const { pages, text } = zoe.parsed;

    text.forEach((page, index) => expect(page).toContain(`Page ${index + 1} of ${pages}`));
    expect(text[0]).toContain('Generated by Facet on 24 November 2026');
  });

  it('carries the document metadata', () => {
    expect(zoe.parsed.info).toMatchObject({
      Title: 'Facet summary – Zoë Ólafsdóttir – 24 November 2026',
      Author: 'Linden Clinic',
      Creator: 'Facet',
    });
    expect(zoe.parsed.info.Subject).toContain('Consultation summary from Linden Clinic');
  });

  it('is A4 (595 × 842 pt) or US Letter (612 × 792 pt) as set', async () => {
    const letter = await render(sampleConsultation('Zoë Ólafsdóttir'), 'LETTER');

    expect(zoe.parsed.size).toEqual([595, 842]);
    expect(letter.parsed.size).toEqual([612, 792]);
    letter.parsed.text.forEach((page, index) => expect(page).toContain(`Page ${index + 1} of ${letter.parsed.pages}`));
  });

  it.each(['王秀英', 'Anna 😀 Björk', '👩‍⚕️ Test'])('prints a name the font cannot draw (%s) with question marks instead of failing', async (name) => {
    const { parsed } = await render(sampleConsultation(name));

    expect(parsed.pages).toBeGreaterThan(1);
    expect(parsed.text[0]).toMatch(/\?/);
    expect(parsed.text[0]).toContain('Linden Clinic');
    // The metadata is Unicode text and needs no font: it keeps the name exactly.
    expect(parsed.info.Title).toBe(`Facet summary – ${name} – 24 November 2026`);
  });

  it('numbers pages correctly when a section runs over a page', async () => {
    const longNotes = Array.from({ length: 30 }, (_, i) => `Paragraph ${i + 1} of a long note about what was discussed at the consultation, and what the patient would like to think about before booking.`).join('\n\n');
    const { pdf, parsed } = await render(sampleConsultation('Zoë Ólafsdóttir', { notes: longNotes }));

    expect(parsed.pages).toBe(pageCount(pdf));
    expect(parsed.pages).toBeGreaterThan(zoe.parsed.pages);
    parsed.text.forEach((page, index) => expect(page).toContain(`Page ${index + 1} of ${parsed.pages}`));
    expect(parsed.text.join(' ')).toContain('Paragraph 30 of a long note');
  });

  it('draws the default pack’s SVG logo as vector shapes and text, not as a picture', () => {
    expect(zoe.parsed.text[0]).toContain('Linden CLINIC Linden Clinic 12 Linden Street');
    expect(hasImage(zoe.pdf)).toBe(false);
  });

  it('draws a PNG logo as a picture', async () => {
    const { pdf, parsed } = await renderWithLogo(pngLogo());

    expect(hasImage(pdf)).toBe(true);
    expect(parsed.text[0]).toContain('Linden Clinic 12 Linden Street');
    expect(parsed.text[0]).not.toContain('CLINIC');
  });

  it.each([
    ['a WebP logo', 'data:image/webp;base64,UklGRiQAAABXRUJQVlA4IBgAAAAwAQCdASoBAAEAAwA0JaQAA3AA/vuUAAA='],
    ['an SVG logo with broken path data', `data:image/svg+xml,${encodeURIComponent('<svg viewBox="0 0 10 10"><path d="M 1 1 L foo Q"/></svg>')}`],
    ['a file that is not really a PNG', `data:image/png;base64,${Buffer.from('not a png').toString('base64')}`],
  ])('sets the clinic name instead of %s', async (_what, logo) => {
    const { pdf, parsed } = await renderWithLogo(logo);

    expect(hasImage(pdf)).toBe(false);
    expect(parsed.text[0]).toContain('Linden Clinic 12 Linden Street');
    expect(parsed.text[0]).not.toContain('CLINIC');
  });

  it('renders a consultation with no areas and no notes', async () => {
    const { parsed } = await render(sampleConsultation('Zoë Ólafsdóttir', { concerns: [], notes: '' }));

    expect(parsed.pages).toBe(2);
    expect(parsed.text[0]).toContain('No particular areas of the face were recorded at this consultation.');
    expect(parsed.text[1]).toContain('Results vary from person to person.');
  });

  it('still renders when the content has changed since the consultation', async () => {
    const { parsed } = await render(
      sampleConsultation('Zoë Ólafsdóttir', {
        practitionerId: 'someone-who-left',
        concerns: [
          { regionId: 'removed-area', plannedTreatment: 'toxin', note: '' },
          { regionId: 'lips', plannedTreatment: 'thread-lift', note: '' },
          { regionId: 'forehead', plannedTreatment: null, note: '' },
        ],
      }),
    );
    const text = parsed.text.join(' ');

    expect(text).toContain('Your practitioner');
    expect(text).toContain('One area we talked about is not shown here');
    expect(text).toContain('Please ask your practitioner about the treatment planned for this area.');
    expect(text).toContain('Not decided yet');
  });
});
