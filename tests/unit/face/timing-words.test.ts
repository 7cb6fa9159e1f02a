import { describe, expect, it } from 'vitest';
import { timingIn } from '../../../shared/content/timing';
import { describeTiming } from '../../../shared/face/selection';
import { buildSummary } from '../../../shared/summary/model';
import { loadContent } from '../../../main/services/content/load';
import { consultationFixture } from '../../fixtures/consultation-fixtures';
import { BUILT_IN_CONTENT } from '../../fixtures/content-folders';

const pack = (await loadContent({ builtIn: BUILT_IN_CONTENT, override: null })).pack!;

describe('timings in words, the same on the face panel, the timeline and the summary', () => {
  it('a week is “7 days” and a month is “1 month”, as the summary says them', () => {
    const timing = describeTiming({ onsetDays: { min: 7, max: 7 }, fullEffectDays: 14, durationMonths: { min: 1, max: 1 } });

    expect(timing).toEqual({ onset: '7 days', fullEffect: '2 weeks', duration: '1 month' });
  });

  it('every area’s duration on the face panel is the one in the summary', () => {
    const concerns = pack.regions.flatMap((region) => region.treatments.map((use) => ({ regionId: region.id, plannedTreatment: use.treatment, note: '' })));
    const summary = buildSummary(consultationFixture({ concerns }), pack, {
      paperSize: 'A4',
      generatedAt: new Date('2026-12-01T10:00:00Z'),
    });
    const planned = summary.concerns.flatMap((concern) => (concern.plannedTreatment ? [{ concern, planned: concern.plannedTreatment }] : []));

    expect(planned.length).toBeGreaterThan(10);
    for (const { concern, planned: plan } of planned) {
      const use = pack.regions.find((r) => r.id === concern.regionId)!.treatments.find((u) => u.treatment === plan.id)!;
      const treatment = pack.treatments.find((t) => t.id === plan.id)!;
      expect(plan.durationText).toContain(describeTiming(timingIn(treatment, use)).duration);
    }
  });
});
