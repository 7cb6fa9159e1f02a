import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../main/services/content/load';
import { parseProse } from '../../../shared/content/prose';
import { BUILT_IN_CONTENT } from '../../fixtures/content-folders';

const result = await loadContent({ builtIn: BUILT_IN_CONTENT, override: null });
const pack = result.pack!;

describe('the built-in content pack', () => {
  it('loads with no problems at all', () => {
    expect(result.problems).toEqual([]);
    expect(pack).not.toBeNull();
  });

  it('explains botulinum toxin and dermal fillers with every field filled', () => {
    expect(pack.treatments.map((t) => t.id)).toEqual(['toxin', 'filler']);
    const toxin = pack.treatments[0]!;
    expect(toxin.onsetDays).toEqual({ min: 3, max: 5 });
    expect(toxin.durationMonths.min).toBeGreaterThanOrEqual(3);
    expect(toxin.reviewAfterDays).toBe(14);
    expect(toxin.minimumIntervalDays).toBe(90);
  });

  it('has the fifteen face regions from the content facts, two-sided ones split into left and right', () => {
    const baseIds = [...new Set(pack.regions.map((r) => r.baseId))];
    expect(baseIds).toEqual([
      'forehead', 'frown-lines', 'crows-feet', 'bunny-lines', 'temple', 'tear-trough', 'cheek', 'nasolabial-fold',
      'lips', 'mouth-lines', 'marionette-line', 'chin', 'jawline', 'masseter', 'neck-bands',
    ]);
    const crowsFeet = pack.regions.filter((r) => r.baseId === 'crows-feet');
    expect(crowsFeet.map((r) => r.id)).toEqual(['crows-feet-left', 'crows-feet-right']);
    expect(crowsFeet.map((r) => r.name)).toEqual([`${crowsFeet[0]!.baseName} (left)`, `${crowsFeet[0]!.baseName} (right)`]);
    expect(pack.regions).toHaveLength(23);
  });

  it('uses toxin for movement lines and filler for volume loss, as the facts say', () => {
    const usualTreatments = (id: string) => pack.regions.find((r) => r.id === id)!.treatments.filter((t) => t.usual).map((t) => t.treatment);
    expect(usualTreatments('forehead')).toEqual(['toxin']);
    expect(usualTreatments('frown-lines')).toEqual(['toxin']);
    expect(usualTreatments('tear-trough-left')).toEqual(['filler']);
    expect(usualTreatments('nasolabial-fold-right')).toEqual(['filler']);
    expect(usualTreatments('neck-bands')).toEqual(['toxin']);
  });

  it('tells the story in 12 to 17 slides, each with presenter notes', () => {
    expect(pack.slides.length).toBeGreaterThanOrEqual(12);
    expect(pack.slides.length).toBeLessThanOrEqual(17);
    expect(pack.slides.every((slide) => (slide.notes ?? '').length > 40)).toBe(true);
    expect(new Set(pack.slides.map((s) => s.kind))).toEqual(
      new Set(['title', 'bullets', 'comparison', 'mechanism', 'timeline', 'face', 'questions', 'suitability', 'disclaimers']),
    );
  });

  it('carries its sources, disclaimers and the clinic logo', () => {
    expect(pack.meta.sources.length).toBeGreaterThanOrEqual(5);
    expect(pack.disclaimers.length).toBeGreaterThanOrEqual(3);
    expect(pack.images[pack.clinic.logo!]).toMatch(/^data:image\/svg\+xml;base64,/);
  });

  it('makes no promotional claims', () => {
    const allText = JSON.stringify({ ...pack, images: {} }).toLowerCase();
    for (const word of ['guarantee', 'amazing', 'astonishing', 'youthful', 'miracle', 'perfect']) {
      expect(allText).not.toContain(word);
    }
  });

  it('has prose that parses cleanly, with no HTML, links or remote images', () => {
    const prose = [
      ...pack.treatments.flatMap((t) => [t.howItWorks, t.whatTreatmentIsLike]),
      ...pack.regions.flatMap((r) => [r.causes, ...r.treatments.map((t) => t.how)]),
      ...pack.disclaimers.map((d) => d.text),
    ];
    for (const markdown of prose) expect(parseProse(markdown).warnings).toEqual([]);
  });
});
