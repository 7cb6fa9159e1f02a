import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../renderer/App';
import type { Channel } from '../../shared/ipc/channels';
import type { IpcResult } from '../../shared/ipc/result';
import { fakeApi, TEST_APP_INFO } from '../fixtures/fake-api';

async function openSettings(answers: Partial<Record<Channel, IpcResult<unknown>>> = {}) {
  const fake = fakeApi({ 'settings.get': { ok: true, value: { paperSize: 'A4', retentionDays: 7, reducedMotion: false } }, ...answers });
  render(<App api={fake.api} />);
  fireEvent.click(await screen.findByRole('button', { name: /Settings and content/ }));
  const panel = await screen.findByRole('region', { name: 'Logs and support' });
  return { fake, panel };
}

describe('Settings: logs and support', () => {
  it('shows where the logs are, as text to copy', async () => {
    const { panel } = await openSettings();

    const location = await within(panel).findByText(TEST_APP_INFO.logsFolder);
    expect(location.tagName).toBe('CODE');
    expect(within(panel).getByText('Logs folder').tagName).toBe('DT');
    expect(panel.textContent).toMatch(/never records patients’ names/);
  });

  it('opens the logs folder through main and says so', async () => {
    const { fake, panel } = await openSettings({ 'logs.openFolder': { ok: true, value: { opened: true } } });

    fireEvent.click(within(panel).getByRole('button', { name: 'Open logs folder' }));

    expect(await within(panel).findByText('The logs folder is open in your file manager.')).toBeTruthy();
    expect(fake.calls.filter((call) => call.channel === 'logs.openFolder')).toHaveLength(1);
  });

  it('says plainly when the file manager did not open the folder', async () => {
    const { panel } = await openSettings({ 'logs.openFolder': { ok: true, value: { opened: false } } });

    fireEvent.click(within(panel).getByRole('button', { name: 'Open logs folder' }));

    const status = within(panel).getByRole('status');
    expect(await within(status).findByText(/^Facet could not open the logs folder\. Copy its location above/)).toBeTruthy();
  });

  it('says plainly when main refused to open it', async () => {
    const { panel } = await openSettings({ 'logs.openFolder': { ok: false, error: { code: 'internal', message: 'Something went wrong inside Facet.' } } });

    fireEvent.click(within(panel).getByRole('button', { name: 'Open logs folder' }));

    expect(await within(panel).findByText(/^Facet could not open the logs folder\./)).toBeTruthy();
  });

  it('says so when it cannot tell where the logs are', async () => {
    const { panel } = await openSettings({ 'app.info': { ok: false, error: { code: 'internal', message: 'Something went wrong inside Facet.' } } });

    expect(await within(panel).findByText('Facet could not tell where its logs are. Something went wrong inside Facet.')).toBeTruthy();
  });
});
