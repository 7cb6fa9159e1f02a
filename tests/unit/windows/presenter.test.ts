import { describe, expect, it } from 'vitest';
import { createPresenterController } from '../../../main/presenter';
import { createFakeElectron, FakeBrowserWindow, type FakeDisplay } from '../../fixtures/fake-electron';

function setUp(displays?: FakeDisplay[]) {
  const fake = createFakeElectron({ displays });
  // The practitioner's window, on the laptop.
  const slides = new FakeBrowserWindow({ x: 100, y: 50, width: 1200, height: 700 });
  const presenter = createPresenterController({
    screen: fake.screen as never,
    mainWindow: () => slides as never,
    createWindow: (bounds) => new FakeBrowserWindow({ ...bounds }) as never,
  });
  return { fake, slides, presenter };
}

describe('opening the presenter view', () => {
  it('puts the presenter view on the practitioner’s display and the slides full screen on the patient’s', () => {
    const { fake, slides, presenter } = setUp();
    const [laptop, external] = fake.screen.displays;

    presenter.open();

    const presenterWindow = FakeBrowserWindow.instances[1]!;
    expect(presenterWindow.getBounds()).toEqual(laptop!.workArea);
    expect(fake.screen.getDisplayMatching(slides.getBounds()).id).toBe(external!.id);
    expect(slides.isFullScreen()).toBe(true);
  });

  it('brings the slides back where they were when the presenter view closes', () => {
    const { slides, presenter } = setUp();
    const before = slides.getBounds();
    presenter.open();

    FakeBrowserWindow.instances[1]!.close();

    expect(slides.isFullScreen()).toBe(false);
    expect(slides.getBounds()).toEqual(before);
  });

  it('opens one presenter view only: asking again brings it forward', () => {
    const { presenter } = setUp();

    presenter.open();
    presenter.open();

    expect(FakeBrowserWindow.instances).toHaveLength(2);
  });

  it('with one display, opens over it and leaves the slides alone', () => {
    const { fake, slides, presenter } = setUp([createFakeElectron().screen.displays[0]!]);
    const before = slides.getBounds();

    presenter.open();

    expect(FakeBrowserWindow.instances[1]!.getBounds()).toEqual(fake.screen.displays[0]!.workArea);
    expect(slides.isFullScreen()).toBe(false);
    expect(slides.getBounds()).toEqual(before);
  });
});
