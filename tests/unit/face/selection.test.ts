import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../main/services/content/load';
import { timingIn } from '../../../shared/content/timing';
import { describeTiming, faceReducer, initialFaceState, regionMarks, selectedRegion, useOf } from '../../../shared/face/selection';
import { BUILT_IN_CONTENT } from '../../fixtures/content-folders';

const pack = (await loadContent({ builtIn: BUILT_IN_CONTENT, override: null })).pack!;
const region = (id: string) => pack.regions.find((r) => r.id === id)!;

describe('faceReducer', () => {
  it('selects a region, switches to another, and closes', () => {
    const one = faceReducer(initialFaceState, { type: 'select', regionId: 'forehead' });
    const two = faceReducer(one, { type: 'select', regionId: 'chin' });
    const closed = faceReducer(two, { type: 'close' });

    expect([one.selected, two.selected, closed.selected]).toEqual(['forehead', 'chin', null]);
  });

  it('keeps the selection when the filter changes', () => {
    const state = faceReducer(faceReducer(initialFaceState, { type: 'select', regionId: 'lips' }), { type: 'filter', filter: 'toxin' });

    expect(state).toEqual({ selected: 'lips', filter: 'toxin' });
  });

  it('returns the same state object for actions that change nothing (no needless re-render)', () => {
    expect(faceReducer(initialFaceState, { type: 'close' })).toBe(initialFaceState);
    expect(faceReducer(initialFaceState, { type: 'filter', filter: 'all' })).toBe(initialFaceState);
  });
});

describe('region <-> content mapping', () => {
  it('marks exactly the regions where toxin is used, usual or in some cases', () => {
    const toxin = regionMarks(pack, 'toxin');
    const expected = pack.regions.filter((r) => r.treatments.some((t) => t.treatment === 'toxin')).map((r) => r.id);

    expect([...toxin.keys()].sort()).toEqual(expected.sort());
    expect(toxin.get('forehead')).toEqual([{ treatmentIndex: 0, treatmentId: 'toxin', use: 'usual' }]);
    expect(toxin.get('marionette-line-left')).toEqual([{ treatmentIndex: 0, treatmentId: 'toxin', use: 'sometimes' }]);
    expect(toxin.has('lips')).toBe(false);
  });

  it('marks exactly the regions where fillers are used', () => {
    const filler = regionMarks(pack, 'filler');

    expect(filler.has('tear-trough-left')).toBe(true);
    expect(filler.has('cheek-right')).toBe(true);
    expect(filler.has('forehead')).toBe(false);
    expect(filler.has('crows-feet-right')).toBe(false);
  });

  it('"All" marks every region with every treatment used there', () => {
    const all = regionMarks(pack, 'all');

    expect(all.size).toBe(pack.regions.length);
    expect(all.get('chin')!.map((m) => m.treatmentId)).toEqual(['toxin', 'filler']);
  });

  it('knows how a treatment is used in a region', () => {
    expect(useOf(region('mouth-lines'), 'filler')).toBe('usual');
    expect(useOf(region('mouth-lines'), 'toxin')).toBe('sometimes');
    expect(useOf(region('lips'), 'toxin')).toBeNull();
  });

  it('closes the panel when the selected region disappears from reloaded content', () => {
    expect(selectedRegion(pack, { selected: 'chin', filter: 'all' })?.name).toBe('Chin');
    expect(selectedRegion(pack, { selected: 'eyelids', filter: 'all' })).toBeNull();
  });
});

describe('describeTiming', () => {
  it('describes toxin: starts in days, full effect later, lasts months', () => {
    expect(describeTiming(pack.treatments[0]!)).toEqual({ onset: '3–5 days', fullEffect: '2 weeks', duration: '3–4 months' });
  });

  it('describes filler: straight away, settled by about 2 weeks', () => {
    expect(describeTiming(pack.treatments[1]!)).toMatchObject({ onset: 'Straight away', fullEffect: '2 weeks' });
  });

  it('describes an area with its own timing in that area’s terms', () => {
    const filler = pack.treatments[1]!;
    const underEye = pack.regions.find((r) => r.id === 'tear-trough-left')!;
    const use = underEye.treatments.find((t) => t.treatment === 'filler');

    expect(describeTiming(timingIn(filler, use)).duration).toBe('6–12 months');
    expect(describeTiming(filler).duration).toBe('6–18 months');
  });
});
