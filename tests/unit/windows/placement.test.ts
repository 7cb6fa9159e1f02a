import { describe, expect, it } from 'vitest';
import { defaultBounds, MINIMUM_SIZE, planPresenterLayout, restoreBounds, type DisplayArea } from '../../../main/services/windows/placement';

/** A 1366×768 laptop with a 40 px task bar, and a 1920×1080 screen to its right. */
const laptop: DisplayArea = { id: 1, bounds: { x: 0, y: 0, width: 1366, height: 768 }, workArea: { x: 0, y: 0, width: 1366, height: 728 } };
const patientScreen: DisplayArea = { id: 2, bounds: { x: 1366, y: 0, width: 1920, height: 1080 }, workArea: { x: 1366, y: 0, width: 1920, height: 1040 } };
const bigDesk: DisplayArea = { id: 3, bounds: { x: 0, y: 0, width: 2560, height: 1440 }, workArea: { x: 0, y: 25, width: 2560, height: 1415 } };

const inside = (inner: { x: number; y: number; width: number; height: number }, outer: typeof inner) =>
  inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;

describe('the main window’s first place', () => {
  it('fits inside a 1366×768 laptop’s work area, centred', () => {
    const bounds = defaultBounds(laptop);

    expect(inside(bounds, laptop.workArea)).toBe(true);
    expect(bounds).toEqual({ x: 0, y: 0, width: 1366, height: 728 });
  });

  it('is 1440×900 and centred on a big screen', () => {
    expect(defaultBounds(bigDesk)).toEqual({ x: 560, y: 283, width: 1440, height: 900 });
  });

  it('has a minimum size that a 1366×768 laptop can show', () => {
    expect(MINIMUM_SIZE.width).toBeLessThanOrEqual(laptop.workArea.width);
    expect(MINIMUM_SIZE.height).toBeLessThanOrEqual(laptop.workArea.height);
  });
});

describe('restoring the window’s saved place', () => {
  it('keeps a place that is still on a display', () => {
    const saved = { x: 1500, y: 100, width: 1200, height: 800 };

    expect(restoreBounds(saved, [laptop, patientScreen], laptop)).toEqual(saved);
  });

  it('falls back to the laptop when the screen it was on has been unplugged', () => {
    const saved = { x: 1500, y: 100, width: 1200, height: 800 };

    expect(restoreBounds(saved, [laptop], laptop)).toEqual(defaultBounds(laptop));
  });

  it('shrinks a window saved on a bigger screen to fit, and pulls it fully on screen', () => {
    const bounds = restoreBounds({ x: 300, y: 200, width: 1800, height: 1000 }, [laptop], laptop);

    expect(inside(bounds, laptop.workArea)).toBe(true);
    expect(bounds).toEqual({ x: 0, y: 0, width: 1366, height: 728 });
  });

  it('never restores a window whose title bar is above the screen (it could not be dragged back)', () => {
    expect(restoreBounds({ x: 100, y: -500, width: 1200, height: 800 }, [laptop], laptop)).toEqual(defaultBounds(laptop));
  });

  it('grows a saved size below the minimum back to it', () => {
    const bounds = restoreBounds({ x: 10, y: 100, width: 300, height: 200 }, [bigDesk], bigDesk);

    expect(bounds.width).toBe(MINIMUM_SIZE.width);
    expect(bounds.height).toBe(MINIMUM_SIZE.height);
  });
});

describe('the presenter view’s layout', () => {
  it('opens on the practitioner’s display and sends the slides to the other one', () => {
    const layout = planPresenterLayout([laptop, patientScreen], laptop, laptop);

    expect(layout.presenter).toEqual(laptop.workArea);
    expect(layout.audience).toBe(patientScreen);
  });

  it('when the practitioner works on the external screen, the slides go to the primary one', () => {
    const layout = planPresenterLayout([laptop, patientScreen, bigDesk], patientScreen, laptop);

    expect(layout.presenter).toEqual(patientScreen.workArea);
    expect(layout.audience).toBe(laptop);
  });

  it('with three displays and the practitioner on the primary, the slides go to the largest other', () => {
    const third = { ...bigDesk, id: 4 };

    expect(planPresenterLayout([laptop, patientScreen, third], laptop, laptop).audience).toBe(third);
  });

  it('with one display, the presenter view opens over it and the slides stay put', () => {
    expect(planPresenterLayout([laptop], laptop, laptop)).toEqual({ presenter: laptop.workArea, audience: null });
  });
});
