import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../main/services/content/load';
import { renderSummaryPdf } from '../../../main/services/summary-pdf';
import { Consultation } from '../../../shared/consultation/model';
import { contract } from '../../../shared/ipc/contract';
import { FACE_VIEW, slideView } from '../../../shared/ink/limits';
import { strokeBounds } from '../../../shared/ink/smoothing';
import type { InkDrawings, InkStroke } from '../../../shared/ink/stroke';
import { buildSummary } from '../../../shared/summary/model';
import { BUILT_IN_CONTENT } from '../../fixtures/content-folders';
import { sampleConsultation } from '../../fixtures/consultation-sample';
import { differenceBox, pdfText, rasterise } from '../../fixtures/pdf-raster';

const pack = (await loadContent({ builtIn: BUILT_IN_CONTENT, override: null })).pack!;
const generatedAt = new Date(2026, 10, 24, 11, 30);
// No areas, so no number badge sits over the drawing.
const base = sampleConsultation('Ann Example', { concerns: [] });

const dot = (id: string, x: number, y: number): InkStroke => ({ id, tool: 'pen', colour: 'berry', width: 12, points: [x, y] });
const line: InkStroke = { id: 'line', tool: 'pen', colour: 'berry', width: 8, points: [150, 300, 300, 380, 450, 420] };

async function firstPage(drawings: InkDrawings | undefined) {
  const consultation = drawings ? { ...base, drawings } : base;
  return rasterise(await renderSummaryPdf(buildSummary(consultation, pack, { paperSize: 'A4', generatedAt })), 1, 144);
}

describe('the summary PDF’s face with the practitioner’s drawing', () => {
  it('takes the face’s strokes into the summary model, and only the face’s', () => {
    const drawings: InkDrawings = [
      { view: FACE_VIEW, strokes: [line] },
      { view: slideView('intro'), strokes: [dot('s', 10, 10)] },
    ];
    expect(buildSummary({ ...base, drawings }, pack, { paperSize: 'A4', generatedAt }).faceDrawing).toEqual([line]);
    expect(buildSummary(base, pack, { paperSize: 'A4', generatedAt }).faceDrawing).toBeUndefined();
  });

  it('draws each stroke where it was drawn on the face', async () => {
    const plain = await firstPage(undefined);
    // Two dots near the face's corners tell where the face's viewBox lies on the page.
    const corners = differenceBox(plain, await firstPage([{ view: FACE_VIEW, strokes: [dot('a', 20, 20), dot('b', 580, 740)] }]))!;
    const scaleX = corners.width / (560 + 12);
    const scaleY = corners.height / (720 + 12);
    expect(scaleY).toBeCloseTo(scaleX, 1);
    const originX = corners.x - 14 * scaleX;
    const originY = corners.y - 14 * scaleY;

    const drawn = differenceBox(plain, await firstPage([{ view: FACE_VIEW, strokes: [line] }]))!;
    const expected = strokeBounds(line.points, line.width);
    expect(drawn.x).toBeCloseTo(originX + expected.x * scaleX, -0.7);
    expect(drawn.y).toBeCloseTo(originY + expected.y * scaleY, -0.7);
    expect(drawn.width).toBeCloseTo(expected.width * scaleX, -0.7);
    expect(drawn.height).toBeCloseTo(expected.height * scaleY, -0.7);
  });

  it('is validated on the way into main: a save with a stroke off the face is refused', () => {
    const save = contract['consultations.save'].request;
    expect(save.safeParse({ ...base, drawings: [{ view: FACE_VIEW, strokes: [line] }], drawingsInSummary: true }).success).toBe(true);
    expect(save.safeParse({ ...base, drawings: [{ view: FACE_VIEW, strokes: [{ ...line, points: [10, 800] }] }] }).success).toBe(false);
    expect(save.safeParse({ ...base, drawingsInSummary: 'yes' }).success).toBe(false);
  });

  it('is accepted by the consultation schema, and a draft without drawings still loads', () => {
    expect(Consultation.safeParse({ ...base, drawings: [{ view: FACE_VIEW, strokes: [line] }] }).success).toBe(true);
    expect(Consultation.safeParse(base).success).toBe(true);
    expect(Consultation.safeParse({ ...base, drawings: [{ view: FACE_VIEW, strokes: [{ ...line, points: [700, 10] }] }] }).success).toBe(false);
  });
});

describe('the page of drawn slides', () => {
  const drawings: InkDrawings = [
    { view: slideView(pack.slides[2]!.id), strokes: [line] },
    { view: slideView(pack.slides[0]!.id), strokes: [dot('d', 800, 450)] },
    { view: slideView('no-longer-in-the-content'), strokes: [line] },
  ];

  it('is in the summary only when ticked, with the drawn slides in the deck’s order', () => {
    expect(buildSummary({ ...base, drawings }, pack, { paperSize: 'A4', generatedAt }).drawnSlides).toBeUndefined();
    const model = buildSummary({ ...base, drawings, drawingsInSummary: true }, pack, { paperSize: 'A4', generatedAt });
    expect(model.drawnSlides?.map((s) => s.title)).toEqual([pack.slides[0]!.title, pack.slides[2]!.title]);
  });

  it('is a page of its own in the PDF, each slide titled', async () => {
    const pdf = await renderSummaryPdf(buildSummary({ ...base, drawings, drawingsInSummary: true }, pack, { paperSize: 'A4', generatedAt }));
    const pages = pdfText(pdf);
    const page = pages.find((text) => text.includes('Drawn during your consultation'));
    expect(page).toContain(pack.slides[0]!.title);
    expect(page).toContain(pack.slides[2]!.title);
    const without = pdfText(await renderSummaryPdf(buildSummary({ ...base, drawings }, pack, { paperSize: 'A4', generatedAt })));
    expect(without.length).toBe(pages.length - 1);
  });
});
