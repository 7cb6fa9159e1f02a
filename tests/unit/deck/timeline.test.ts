import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../main/services/content/load';
import { areaTimings, buildTimeline } from '../../../shared/deck/timeline';
import { BUILT_IN_CONTENT } from '../../fixtures/content-folders';

const pack = (await loadContent({ builtIn: BUILT_IN_CONTENT, override: null })).pack!;

describe('buildTimeline', () => {
  it('puts toxin and filler on one 24-month axis, as ranges', () => {
    const timeline = buildTimeline(pack.treatments, 24);
    const [toxin, filler] = timeline.rows;

    expect(timeline.ticks.map((t) => t.month)).toEqual([0, 3, 6, 9, 12, 15, 18, 21, 24]);
    expect(toxin!.wearsOffFrom).toBeCloseTo(3 / 24);
    expect(toxin!.wearsOffTo).toBeCloseTo(4 / 24);
    expect(toxin!.onsetFrom).toBeGreaterThan(0);
    expect(toxin!.onsetTo).toBeGreaterThan(toxin!.onsetFrom);
    expect(toxin!.fullEffect).toBeCloseTo(14 / 30.44 / 24);
    expect(filler!.onsetFrom).toBe(0);
    expect(filler!.fullEffect).toBeCloseTo(14 / 30.44 / 24);
    expect(filler!.wearsOffTo).toBeGreaterThan(filler!.wearsOffFrom);
  });

  it('chooses an axis long enough for the longest duration when none is given', () => {
    expect(buildTimeline(pack.treatments).axisMonths).toBeGreaterThanOrEqual(Math.max(...pack.treatments.map((t) => t.durationMonths.max)));
  });

  it('clamps a range longer than the axis to its end', () => {
    expect(buildTimeline(pack.treatments, 6).rows[1]!.wearsOffTo).toBe(1);
  });

  it('names the areas whose timing differs from the treatment’s, once per area', () => {
    const [toxin, filler] = pack.treatments;

    expect(areaTimings(pack, filler!).map((a) => [a.name, a.timing.durationMonths])).toEqual([['Under-eye hollow (tear trough)', { min: 6, max: 12 }]]);
    expect(areaTimings(pack, toxin!)).toEqual([]);
  });
});
