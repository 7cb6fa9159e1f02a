import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ContentProblem } from '../../shared/content/pack';
import { buildSummary } from '../../shared/summary/model';
import { WordingChecks } from '../../renderer/content/ProblemList';
import { isWordingFinding } from '../../renderer/content/problem-text';
import { SummaryPreview } from '../../renderer/consultation/SummaryPreview';
import { SlideView } from '../../renderer/deck/SlideView';
import { RegionPanel } from '../../renderer/face/RegionPanel';
import { sampleConsultation } from '../fixtures/consultation-sample';
import { builtInContent } from '../fixtures/fake-api';

const pack = builtInContent.pack!;
const lastStep = 99;

describe('the deck', () => {
  it('shows who should not have each treatment, with the UK age limit', () => {
    const slide = pack.slides.find((s) => s.kind === 'suitability')!;
    render(<SlideView slide={slide} step={lastStep} pack={pack} />);

    expect(screen.getAllByText(/Anyone under 18/)).toHaveLength(2);
    expect(screen.getByRole('heading', { name: 'Botulinum toxin' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Dermal fillers' })).toBeTruthy();
  });

  it('ends with the disclaimers meant for the slides', () => {
    const slide = pack.slides.at(-1)!;
    render(<SlideView slide={slide} step={lastStep} pack={pack} />);

    expect(slide.kind).toBe('disclaimers');
    expect(screen.getByText(/Results vary from person to person/)).toBeTruthy();
    expect(screen.getByText(/the law does not allow adverts/)).toBeTruthy();
    expect(screen.queryByText(/This is a summary of our talk/)).toBeNull();
  });
});

describe('the face diagram’s panel', () => {
  it('gives the under-eye area its own duration, not the general filler range', () => {
    render(<RegionPanel pack={pack} region={pack.regions.find((r) => r.id === 'tear-trough-left')!} onClose={() => undefined} />);

    const lasts = screen.getByText('Usually lasts').nextElementSibling!;
    expect(lasts.textContent).toBe('6–12 months');
  });
});

describe('the review screen’s preview', () => {
  const model = buildSummary(sampleConsultation('Zoë Ólafsdóttir'), pack, { paperSize: 'A4', generatedAt: new Date(2026, 10, 24) });

  it('writes timings in lower case inside its sentences', () => {
    render(<SummaryPreview model={model} />);

    const preview = screen.getByRole('article', { name: 'Summary preview' });
    expect(preview.textContent).not.toMatch(/starts About|lasts About/);
    expect(preview.textContent).toContain('starts to work about 3–5 days after treatment');
  });

  it('shows what the PDF says about getting help, who should not have it, aftercare and the clinic’s numbers', () => {
    render(<SummaryPreview model={model} />);

    const toxin = screen.getByRole('region', { name: 'Botulinum toxin' });
    expect(within(toxin).getByText('Call 999 or go to A&E now if you have:')).toBeTruthy();
    expect(within(toxin).getByText(/Anyone under 18/)).toBeTruthy();
    expect(within(toxin).getByText(/It is best to leave hard exercise until the next day/)).toBeTruthy();
    expect(within(toxin).getByText(/01632 960111/)).toBeTruthy();
    expect(screen.getByText(/not a prescription, a booking or a promise/)).toBeTruthy();
  });
});

describe('the content screen', () => {
  const finding: ContentProblem = {
    file: 'treatments.yaml',
    line: 7,
    path: 'treatments[0].summary',
    message: '“youthful” sells rather than informs: describe what happens instead',
    origin: 'override',
    severity: 'warning',
    category: 'wording',
  };

  it('lists the content check’s findings as warnings, saying the text is still used', () => {
    render(<WordingChecks findings={[finding]} />);

    const checks = screen.getByRole('region', { name: 'Wording and safety checks' });
    expect(within(checks).getByText(/“youthful” sells rather than informs/)).toBeTruthy();
    expect(within(checks).getByText('treatments.yaml:7')).toBeTruthy();
    expect(within(checks).getByText(/Facet uses this text as written/)).toBeTruthy();
  });

  it('keeps the findings out of the problems and the home screen’s count', () => {
    const problem: ContentProblem = { ...finding, message: 'unknown field "sumary"', severity: 'error', category: undefined };

    expect([finding, problem].filter((p) => !isWordingFinding(p))).toEqual([problem]);
  });
});
