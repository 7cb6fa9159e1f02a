import { act, fireEvent, render, screen } from '@testing-library/react';
import { useEffect } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ApiContext } from '../../renderer/api-context';
import { ConsultationProvider, useConsultation } from '../../renderer/consultation/ConsultationContext';
import { ReviewScreen } from '../../renderer/consultation/ReviewScreen';
import { ContentProvider } from '../../renderer/content/ContentContext';
import { NavigationContext, type Navigation } from '../../renderer/navigation';
import { fakeApi } from '../fixtures/fake-api';

/** The review screen with a consultation open and its summary exported (ending is offered then), main answering as the test says. */
function renderReview(discard: Parameters<typeof fakeApi>[0]) {
  const { api, calls } = fakeApi({
    'consultations.save': { ok: true, value: { savedAt: '2026-12-01T10:00:00.000Z' } },
    'exports.write': {
      ok: true,
      value: { status: 'saved', folderName: 'Patients', files: [{ kind: 'patientSummary', fileName: 'Summary.pdf', exportId: '6f1c2b1e-8f4a-4c55-9a1e-2b8c7d9e0f11' }] },
    },
    ...discard,
  });
  const navigation: Navigation = { screen: 'review', previous: 'consultation', go: vi.fn(), back: vi.fn() };
  function OpenConsultation({ children }: { children: React.ReactNode }) {
    const { consultation, start } = useConsultation();
    useEffect(() => {
      if (!consultation) start({ patient: { name: 'Ada Lovelace' }, practitionerId: 'dr-amara-hale', date: '2026-12-01' });
    }, [consultation, start]);
    return consultation ? children : null;
  }
  render(
    <ApiContext.Provider value={api}>
      <ContentProvider>
        <ConsultationProvider>
          <NavigationContext.Provider value={navigation}>
            <OpenConsultation>
              <ReviewScreen />
            </OpenConsultation>
          </NavigationContext.Provider>
        </ConsultationProvider>
      </ContentProvider>
    </ApiContext.Provider>,
  );
  return { navigation, calls };
}

async function endAfterExport() {
  const exportButton = await screen.findByRole('button', { name: 'Export…' });
  await act(async () => fireEvent.click(exportButton));
  const endButton = await screen.findByRole('button', { name: 'End consultation' });
  await act(async () => fireEvent.click(endButton));
}

describe('ending the consultation from the review screen', () => {
  it('says why when the draft could not be deleted, and stays on the screen', async () => {
    const { navigation } = renderReview({
      'consultations.discard': { ok: false, error: { code: 'io-failed', message: 'Facet could not delete the saved consultation.' } },
    });

    await endAfterExport();

    expect((await screen.findByRole('alert')).textContent).toContain('Facet could not delete the saved consultation.');
    expect(navigation.go).not.toHaveBeenCalled();
  });

  it('goes home once the draft is deleted', async () => {
    const { navigation, calls } = renderReview({ 'consultations.discard': { ok: true, value: { discarded: true } } });

    await endAfterExport();

    expect(calls.map((c) => c.channel)).toContain('consultations.discard');
    expect(navigation.go).toHaveBeenCalledWith('home');
  });
});
