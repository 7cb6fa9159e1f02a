import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../renderer/App';
import { buildFacetApi } from '../../shared/ipc/api';
import type { AppInfo } from '../../shared/ipc/contract';
import type { IpcResult } from '../../shared/ipc/result';

const info: AppInfo = { name: 'Facet', version: '2.4.0', platform: 'win32', userData: { kind: 'default', writable: true } };

function apiAnswering(result: IpcResult<AppInfo>) {
  return buildFacetApi(async () => result);
}

describe('<App /> first screen', () => {
  it('shows the home heading and the main actions', async () => {
    render(<App api={apiAnswering({ ok: true, value: info })} />);

    expect(screen.getByRole('heading', { level: 1 })).toHaveProperty('textContent', 'Consultations, explained clearly.');
    expect(screen.getByRole('button', { name: /Start a consultation/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: /Present the treatments/ })).toBeTruthy();
  });

  it('shows the version and system from app.info', async () => {
    render(<App api={apiAnswering({ ok: true, value: info })} />);

    expect(await screen.findByText('Facet 2.4.0')).toBeTruthy();
    expect(screen.getByText('Windows')).toBeTruthy();
    expect(screen.getByText(/standard data folder/)).toBeTruthy();
  });

  it('warns plainly when the data folder cannot be written', async () => {
    render(<App api={apiAnswering({ ok: true, value: { ...info, userData: { kind: 'custom', writable: false } } })} />);

    expect((await screen.findByRole('alert')).textContent).toMatch(/cannot save to its data folder/);
  });

  it('shows the error message when app.info fails', async () => {
    render(<App api={apiAnswering({ ok: false, error: { code: 'internal', message: 'Something went wrong inside Facet.' } })} />);

    expect((await screen.findByRole('alert')).textContent).toBe('Something went wrong inside Facet.');
  });

  it('explains what is wrong when opened outside the app window (no bridge)', async () => {
    render(<App api={null} />);

    expect((await screen.findByRole('alert')).textContent).toMatch(/outside its app window/);
  });
});
