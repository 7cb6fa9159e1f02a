import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { useEffect, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ApiContext } from '../../renderer/api-context';
import { ConsultationProvider, useConsultation } from '../../renderer/consultation/ConsultationContext';
import { ConsultationScreen } from '../../renderer/consultation/ConsultationScreen';
import { ContentProvider } from '../../renderer/content/ContentContext';
import { NavigationContext, type Navigation } from '../../renderer/navigation';
import { fakeApi } from '../fixtures/fake-api';

/** The consultation screen with one toxin area and one filler area planned. */
async function renderPlan() {
  const { api } = fakeApi({ 'consultations.save': { ok: true, value: { savedAt: '2026-12-01T10:00:00.000Z' } } });
  const navigation: Navigation = { screen: 'consultation', previous: 'home', go: vi.fn(), back: vi.fn() };
  function OpenConsultation({ children }: { children: React.ReactNode }) {
    const { consultation, start, change } = useConsultation();
    const [shown, setShown] = useState(true);
    useEffect(() => {
      if (!consultation) {
        start({ patient: { name: 'Ada Lovelace', dateOfBirth: '1980-05-01' }, practitionerId: 'dr-amara-hale', date: '2026-12-01' });
        change({ type: 'toggleConcern', regionId: 'frown-lines', defaultTreatment: 'toxin' });
        change({ type: 'toggleConcern', regionId: 'lips', defaultTreatment: 'filler' });
      }
    }, [consultation, start, change]);
    if (!consultation) return null;
    // Stands in for leaving the screen (to the face diagram) and coming back.
    return (
      <>
        <button type="button" onClick={() => setShown((x) => !x)}>
          Leave or come back
        </button>
        {shown && children}
      </>
    );
  }
  render(
    <ApiContext.Provider value={api}>
      <ContentProvider>
        <ConsultationProvider>
          <NavigationContext.Provider value={navigation}>
            <OpenConsultation>
              <ConsultationScreen />
            </OpenConsultation>
          </NavigationContext.Provider>
        </ConsultationProvider>
      </ContentProvider>
    </ApiContext.Provider>,
  );
  await screen.findByRole('heading', { level: 1, name: 'Ada Lovelace' });
  return within(screen.getByRole('region', { name: 'Areas and plan' })).getAllByRole('listitem');
}

/** The text of the element(s) a field is described by. */
const description = (field: HTMLElement) =>
  (field.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');

describe('the plan’s fields on the consultation screen', () => {
  it('offers only the catalogue’s products for the area’s treatment', async () => {
    const [toxin, lips] = await renderPlan();
    const toxinProducts = within(toxin!).getByLabelText('Product');
    const options = within(toxinProducts).getAllByRole('option').map((o) => o.textContent);
    expect(options).toEqual(['Choose…', 'Botulinum toxin type A (100-unit vial)']);
    expect(within(within(lips!).getByLabelText('Product')).getAllByRole('option')).toHaveLength(3);
  });

  it('keeps an amount that cannot be read, with the reason next to the field', async () => {
    const [toxin] = await renderPlan();
    fireEvent.change(within(toxin!).getByLabelText('Product'), { target: { value: 'toxin-type-a-100-unit-vial' } });
    const amount = within(toxin!).getByLabelText(/Amount/);

    fireEvent.change(amount, { target: { value: '22–18' } });
    expect(amount).toHaveProperty('value', '22–18');
    expect(amount.getAttribute('aria-invalid')).toBe('true');
    expect(description(amount)).toBe('Put the smaller amount first, like 18–22');

    fireEvent.change(amount, { target: { value: '60' } });
    expect(amount).toHaveProperty('value', '60');
    expect(description(amount)).toBe('For one area, enter 2 to 50 units of this product');

    fireEvent.change(amount, { target: { value: '18-22' } });
    expect(amount.getAttribute('aria-invalid')).toBeNull();
    expect(description(amount)).toContain('2–50 units for one area');
  });

  it('keeps an amount that cannot be read when the practitioner leaves the screen and comes back', async () => {
    const [toxin] = await renderPlan();
    fireEvent.change(within(toxin!).getByLabelText('Product'), { target: { value: 'toxin-type-a-100-unit-vial' } });
    fireEvent.change(within(toxin!).getByLabelText(/Amount/), { target: { value: 'about twenty' } });
    fireEvent.click(screen.getByRole('button', { name: 'Leave or come back' }));
    expect(screen.queryByRole('region', { name: 'Areas and plan' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Leave or come back' }));

    const amount = within(screen.getByRole('region', { name: 'Areas and plan' })).getAllByLabelText(/Amount/)[0]!;
    expect(amount).toHaveProperty('value', 'about twenty');
    expect(description(amount)).toBe('Enter an amount like 20, or a range like 18–22');
  });

  it('says next to the fields what the prescriber rule and the planned date need', async () => {
    await renderPlan();
    const assessment = screen.getByRole('region', { name: 'Assessment' });
    const prescriber = within(assessment).getByLabelText('Prescribed by');
    expect(description(prescriber)).toContain('Choose who prescribes');
    const inPerson = within(assessment).getByRole('checkbox', { name: /face to face/ });
    expect(description(inPerson)).toContain('Confirm the assessment was face to face');
    fireEvent.change(prescriber, { target: { value: 'sam-okafor' } });
    fireEvent.click(inPerson);
    expect(prescriber.getAttribute('aria-invalid')).toBeNull();
    expect(inPerson.getAttribute('aria-invalid')).toBeNull();

    const plannedDate = within(screen.getByRole('region', { name: 'The plan' })).getByLabelText(/Planned treatment date/);
    fireEvent.change(plannedDate, { target: { value: '2026-12-02' } });
    expect(plannedDate).toHaveProperty('value', '2026-12-02');
    expect(description(plannedDate)).toBe('Choose 4 December 2026 or later: the clinic gives 3 days to think it over before dermal fillers');
  });

  it('marks the areas a screening answer rules out, and keeps the reason to go ahead', async () => {
    const [toxin] = await renderPlan();
    const screening = screen.getByRole('region', { name: 'Screening' });
    const pregnant = within(screening).getByRole('group', { name: /pregnant/ });
    fireEvent.click(within(pregnant).getByRole('radio', { name: 'Yes' }));
    expect(within(pregnant).getByText(/is not suitable/)).toBeTruthy();
    expect(within(toxin!).getByText(/Not suitable: “Are you pregnant/)).toBeTruthy();

    const reason = within(pregnant).getByLabelText(/Reason to go ahead/);
    fireEvent.change(reason, { target: { value: 'Not pregnant: answered for a future plan' } });
    expect(within(toxin!).getByText('Going ahead: Not pregnant: answered for a future plan')).toBeTruthy();
  });

  it('lets an answer given by mistake be cleared, and the area is no longer marked', async () => {
    const [toxin] = await renderPlan();
    const pregnant = within(screen.getByRole('region', { name: 'Screening' })).getByRole('group', { name: /pregnant/ });
    expect(within(pregnant).queryByRole('button', { name: 'Clear answer' })).toBeNull();
    fireEvent.click(within(pregnant).getByRole('radio', { name: 'Yes' }));
    expect(within(toxin!).getByText(/Not suitable/)).toBeTruthy();

    fireEvent.click(within(pregnant).getByRole('button', { name: 'Clear answer' }));
    for (const radio of within(pregnant).getAllByRole('radio')) expect(radio).toHaveProperty('checked', false);
    expect(within(toxin!).queryByText(/Not suitable/)).toBeNull();
    expect(within(pregnant).queryByRole('button', { name: 'Clear answer' })).toBeNull();
  });

  it('says a planned date in words under the field, as the summary will print it', async () => {
    await renderPlan();
    const plannedDate = within(screen.getByRole('region', { name: 'The plan' })).getByLabelText(/Planned treatment date/);
    fireEvent.change(plannedDate, { target: { value: '2026-12-08' } });
    expect(description(plannedDate)).toMatch(/^Tuesday,? 8 December 2026$/);
  });

  it('closes the plan calmly for a patient under 18 on the consultation day', async () => {
    await renderPlan();
    const dateOfBirth = within(screen.getByRole('region', { name: 'Assessment' })).getByLabelText('Date of birth');
    await act(async () => fireEvent.change(dateOfBirth, { target: { value: '2010-06-01' } }));
    expect(screen.getByText(/The patient is under 18 today/)).toBeTruthy();
    expect(description(dateOfBirth)).toBe('The patient is 16 today, so no treatment can be planned');
    expect(screen.queryByRole('region', { name: 'The plan' })).toBeNull();
  });
});
