import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildSummary } from '../../shared/summary/model';
import { SUMMARY_WORDS as W } from '../../shared/summary/wording';
import { SummaryPreview } from '../../renderer/consultation/SummaryPreview';
import { plannedConsultation } from '../fixtures/consultation-plan';
import { builtInContent } from '../fixtures/fake-api';

const pack = builtInContent.pack!;
const options = { paperSize: 'A4', generatedAt: new Date(2026, 10, 24) } as const;

describe('the review screen’s preview of a planned consultation', () => {
  const model = buildSummary(plannedConsultation('Zoë Ólafsdóttir', { plannedDate: '2026-12-01' }), pack, options);

  it('has the model it is meant to show', () => {
    expect(model.plan.estimate).toBeDefined();
    expect(model.plan.earliest).toBeDefined();
    expect(model.plan.plannedDate).toBeDefined();
  });

  it('shows each area’s product and amount, as the PDF does', () => {
    render(<SummaryPreview model={model} />);

    const areas = within(screen.getByRole('region', { name: W.areasHeading })).getAllByRole('listitem');
    for (const [index, concern] of model.concerns.entries()) {
      expect(areas[index]!.textContent).toContain(`${W.product}: ${concern.product!.name} · ${concern.product!.amountText!}`);
    }
    expect(areas[0]!.textContent).toContain('18–22 units');
  });

  it('shows “Your plan”: who assessed and prescribes, the dates and why, the totals and the estimate, in the PDF’s order', () => {
    render(<SummaryPreview model={model} />);

    const plan = screen.getByRole('region', { name: W.planHeading });
    const { plan: p } = model;
    const terms = within(plan).getAllByRole('term').map((t) => t.textContent);
    expect(terms).toEqual([W.assessedBy, W.prescriber, W.earliestDate, W.plannedDate]);
    const definitions = within(plan).getAllByRole('definition').map((d) => d.textContent);
    expect(definitions[0]).toContain(p.assessor!.name);
    expect(definitions[1]).toContain(p.prescriber!.name);
    expect(definitions[2]).toContain(p.earliest!.date);
    expect(definitions[2]).toContain(p.earliest!.reason);
    expect(definitions[3]).toBe(p.plannedDate);

    const totals = within(plan).getByRole('list', { name: W.totalsLabel });
    expect(within(totals).getAllByRole('listitem').map((li) => li.textContent)).toEqual(p.totals.map((t) => `${t.name}: ${t.amountText}`));

    const estimate = within(plan).getByRole('heading', { name: `${W.estimate} ${p.estimate!.range}` });
    expect(estimate).toBeTruthy();
    expect(within(plan).getByText(W.estimateNotOffer)).toBeTruthy();
    expect(W.estimateNotOffer).toContain('not a quote or an offer');
    for (const line of p.estimate!.includes) expect(within(plan).getByText(line).tagName).toBe('LI');
    expect(within(plan).getByText(p.estimate!.validUntil)).toBeTruthy();

    // After the dates, before the notes, as in the PDF.
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings.indexOf(W.planHeading)).toBeGreaterThan(headings.indexOf(W.yourDates));
    expect(headings.indexOf(W.planHeading)).toBeLessThan(headings.indexOf(W.notesHeading));
  });

  it('says only why nothing can be planned for someone under 18', () => {
    const under18 = buildSummary(plannedConsultation('Zoë Ólafsdóttir', { patient: { name: 'Zoë Ólafsdóttir', dateOfBirth: '2012-01-01' } }), pack, options);
    render(<SummaryPreview model={under18} />);

    const plan = screen.getByRole('region', { name: W.planHeading });
    expect(under18.plan.closedBecause).toBeDefined();
    expect(within(plan).getByText(under18.plan.closedBecause!)).toBeTruthy();
    expect(within(plan).queryByText(W.estimate)).toBeNull();
    expect(screen.queryAllByText(`${W.product}:`)).toHaveLength(0);
  });
});
