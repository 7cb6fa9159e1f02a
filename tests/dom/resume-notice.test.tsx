import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../renderer/App';
import type { DraftList } from '../../shared/consultation/model';
import { fakeApi } from '../fixtures/fake-api';

const DRAFT = { id: '3f0c9a52-7b1e-4c8d-9a61-2e5d7f4b8c10', initials: 'ZÓ', date: '2026-11-24', updatedAt: '2026-11-24T09:52:12.000Z', concernCount: 5 };

function homeWithList(list: DraftList) {
  render(<App api={fakeApi({ 'consultations.list': { ok: true, value: list } }).api} />);
}

describe('unfinished consultations on the home screen', () => {
  it('offers each draft by initials', async () => {
    homeWithList({ drafts: [DRAFT], locked: 0, unreadable: 0 });

    expect(await screen.findByRole('button', { name: /^Resume ?consultation ZÓ$/ })).toBeTruthy();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('says how many saved consultations are locked, and what to do, beside the ones it can offer', async () => {
    homeWithList({ drafts: [DRAFT], locked: 3, unreadable: 0 });

    expect((await screen.findByRole('status')).textContent).toBe('3 saved consultations are locked: unlock your keychain and restart Facet.');
    expect(screen.getByRole('button', { name: /^Resume ?consultation ZÓ$/ })).toBeTruthy();
  });

  it('shows the counts even when no draft can be offered', async () => {
    homeWithList({ drafts: [], locked: 1, unreadable: 2 });

    const status = await screen.findByRole('status');
    expect(status.textContent).toContain('1 saved consultation is locked: unlock your keychain and restart Facet.');
    expect(status.textContent).toContain('2 saved consultations could not be read: they were changed or damaged.');
  });

  it('marks a draft that is an older copy than the last one saved', async () => {
    homeWithList({ drafts: [{ ...DRAFT, olderCopy: true }], locked: 0, unreadable: 0 });

    const resume = await screen.findByRole('button', { name: /^Resume ?consultation ZÓ$/ });
    expect(resume.closest('li')?.textContent).toContain('This is an older copy of this consultation than the last one saved.');
  });

  it('says so when the list cannot be read, instead of showing nothing', async () => {
    render(
      <App
        api={
          fakeApi({
            'consultations.list': { ok: false, error: { code: 'io-failed', message: 'Facet could not open the saved consultations (EACCES).' } },
          }).api
        }
      />,
    );

    expect((await screen.findByRole('alert')).textContent).toBe(
      'Facet could not check for unfinished consultations. Facet could not open the saved consultations (EACCES).',
    );
  });
});
