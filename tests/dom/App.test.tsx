import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { buildFacetApi, firstScreenReads } from '../../shared/ipc/api';
import { MISSING_BRIDGE_API } from '../../renderer/api';
import { App } from '../../renderer/App';
import { awaitFirstAnswers, forgetFirstAnswers } from '../../renderer/first-answers';
import { builtInContent, fakeApi, TEST_APP_INFO } from '../fixtures/fake-api';

describe('<App /> first screen', () => {
  it('shows the home heading and the main actions', () => {
    render(<App api={fakeApi().api} />);

    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Consultations, explained clearly.');
    expect(screen.getByRole('button', { name: /Start a consultation/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: /Present the treatments/ })).toBeTruthy();
  });

  it('shows the version and system from app.info', async () => {
    render(<App api={fakeApi().api} />);

    expect(await screen.findByText('Facet 2.4.0')).toBeTruthy();
    expect(screen.getByText('Windows')).toBeTruthy();
    expect(screen.getByText(/standard data folder/)).toBeTruthy();
  });

  it('warns plainly when the data folder cannot be written', async () => {
    render(<App api={fakeApi({ 'app.info': { ok: true, value: { ...TEST_APP_INFO, userData: { kind: 'custom', writable: false } } } }).api} />);

    expect((await screen.findByRole('alert')).textContent).toMatch(/cannot save to its data folder/);
  });

  it('shows the error message when app.info fails', async () => {
    render(<App api={fakeApi({ 'app.info': { ok: false, error: { code: 'internal', message: 'Something went wrong inside Facet.' } } }).api} />);

    expect((await screen.findByRole('alert')).textContent).toBe('Something went wrong inside Facet.');
  });

  it('explains what is wrong when opened outside the app window (no bridge)', async () => {
    render(<App api={MISSING_BRIDGE_API} />);

    const alerts = await screen.findAllByRole('alert');
    expect(alerts.map((alert) => alert.textContent).join('\n')).toMatch(/outside its app window/);
  });
});

describe('<App /> content', () => {
  it('shows the clinic from the content pack', async () => {
    render(<App api={fakeApi().api} />);

    expect(await screen.findByText(/Linden Clinic/, { selector: '.clinic-name' })).toBeTruthy();
    expect(screen.getAllByRole('img', { name: 'Linden Clinic' }).length).toBeGreaterThan(0);
  });

  it('swaps in new content pushed by main, staying on the same screen', async () => {
    const fake = fakeApi();
    render(<App api={fake.api} />);
    await screen.findByText(/Linden Clinic/, { selector: '.clinic-name' });
    const edited = { ...builtInContent, revision: 99, pack: { ...builtInContent.pack!, clinic: { ...builtInContent.pack!.clinic, name: 'Rowan Skin Clinic' } } };

    act(() => fake.emit('content.changed', edited));

    expect(await screen.findByText(/Rowan Skin Clinic/, { selector: '.clinic-name' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Consultations, explained clearly.');
  });

  it('ignores an older load that arrives after a newer push', async () => {
    const fake = fakeApi();
    render(<App api={fake.api} />);
    await screen.findByText(/Linden Clinic/, { selector: '.clinic-name' });
    const newer = { ...builtInContent, revision: 5, pack: { ...builtInContent.pack!, clinic: { ...builtInContent.pack!.clinic, name: 'Newer Clinic' } } };
    const older = { ...builtInContent, revision: 4, pack: { ...builtInContent.pack!, clinic: { ...builtInContent.pack!.clinic, name: 'Older Clinic' } } };

    act(() => fake.emit('content.changed', newer));
    act(() => fake.emit('content.changed', older));

    expect(screen.getByText(/Newer Clinic/, { selector: '.clinic-name' })).toBeTruthy();
  });

  it('paints the app in the clinic’s accent colour, darkened if too light to read', async () => {
    const fake = fakeApi({
      'content.load': { ok: true, value: { ...builtInContent, pack: { ...builtInContent.pack!, clinic: { ...builtInContent.pack!.clinic, accentColour: '#f4c2d7' } } } },
    });
    render(<App api={fake.api} />);
    await screen.findByText(/Linden Clinic/, { selector: '.clinic-name' });

    const accent = document.documentElement.style.getPropertyValue('--color-accent');
    expect(accent).toMatch(/^#[0-9a-f]{6}$/);
    expect(accent).not.toBe('#f4c2d7');
  });
});

describe('<App /> when a screen fails', () => {
  // Content that passed main's checks but that a screen cannot draw (the report's "variant that blanks the window").
  const brokenSlides = { ...builtInContent, pack: { ...builtInContent.pack!, slides: null as never } };

  it('shows a calm message in place of that screen, not a blank window, and leads back home', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(<App api={fakeApi({ 'content.load': { ok: true, value: brokenSlides } }).api} />);
    await screen.findByText(/Linden Clinic/, { selector: '.clinic-name' });

    fireEvent.click(screen.getByRole('button', { name: /Present the treatments/ }));

    expect((await screen.findByRole('heading', { level: 1, name: 'This screen could not be shown' })).closest('[role="alert"]')).toBeTruthy();
    expect(warn.mock.calls.join(' ')).not.toContain('Linden');
    fireEvent.click(screen.getByRole('button', { name: 'Back to home' }));
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('Consultations, explained clearly.');
    vi.restoreAllMocks();
  });
});

describe('<App /> when main answered the first screen’s reads before the first render', () => {
  it('draws the home screen complete in its first render (clinic, version) and asks main nothing more', async () => {
    const fake = fakeApi();
    await awaitFirstAnswers(fake.api, firstScreenReads(''), 1000);
    const asked = fake.calls.map((call) => call.channel).sort();

    render(<App api={fake.api} />);

    // No waiting: the answers are in the first render, not in a second one after the effects.
    expect(screen.getByText(/Linden Clinic/, { selector: '.clinic-name' })).toBeTruthy();
    expect(screen.getByText('Facet 2.4.0')).toBeTruthy();
    await act(async () => new Promise((resolve) => setTimeout(resolve, 10)));
    expect(asked).toEqual(['app.info', 'consultations.list', 'content.load', 'settings.get']);
    expect(fake.calls).toHaveLength(4);
  });

  it('keeps content main pushed after the answers came and before the app listened, not the older answer', async () => {
    const fake = fakeApi();
    await awaitFirstAnswers(fake.api, firstScreenReads(''), 1000);
    const edited = { ...builtInContent, revision: 99, pack: { ...builtInContent.pack!, clinic: { ...builtInContent.pack!.clinic, name: 'Rowan Skin Clinic' } } };
    fake.emit('content.changed', edited);

    render(<App api={fake.api} />);

    expect(screen.getByText(/Rowan Skin Clinic/, { selector: '.clinic-name' })).toBeTruthy();
  });

  it('uses them for that first render only: after the first screen, a new mount asks main again', async () => {
    const fake = fakeApi();
    await awaitFirstAnswers(fake.api, firstScreenReads(''), 1000);
    forgetFirstAnswers();

    render(<App api={fake.api} />);
    await screen.findByText('Facet 2.4.0');

    expect(fake.calls.filter((call) => call.channel === 'app.info')).toHaveLength(2);
  });

  it('renders without them when main is slower than the wait, and fills in when the answers come', async () => {
    const fake = fakeApi();
    const methods = fake.api as unknown as Record<string, Record<string, (payload?: unknown) => Promise<unknown>>>;
    let answer: (result: unknown) => void = () => undefined;
    const api = buildFacetApi({
      invoke: (channel, payload) => {
        if (channel === 'content.load') return new Promise((resolve) => (answer = resolve));
        const [namespace, method] = channel.split('.');
        return methods[namespace!]![method!]!(payload);
      },
      subscribe: () => () => undefined,
    });
    await awaitFirstAnswers(api, ['content.load'], 20);

    render(<App api={api} />);
    expect(screen.queryByText(/Linden Clinic/, { selector: '.clinic-name' })).toBeNull();
    await act(async () => answer({ ok: true, value: builtInContent }));

    expect(await screen.findByText(/Linden Clinic/, { selector: '.clinic-name' })).toBeTruthy();
  });
});
