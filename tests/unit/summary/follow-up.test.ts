import { describe, expect, it } from 'vitest';
import { readability } from '../../../shared/content/check/readability';
import { followUp } from '../../../shared/summary/follow-up';
import { SUMMARY_WORDS as W } from '../../../shared/summary/wording';

const toxin = { onsetDays: { min: 3, max: 5 }, fullEffectDays: 14, durationMonths: { min: 3, max: 4 } };
const filler = { onsetDays: { min: 0, max: 0 }, fullEffectDays: 14, durationMonths: { min: 6, max: 18 } };
const underEye = { ...filler, durationMonths: { min: 6, max: 12 } };

describe('when to expect what', () => {
  it('words toxin’s times relative to treatment, with no calendar dates, and "not sooner than" for a repeat', () => {
    const { intro, items } = followUp({ reviewAfterDays: 14, minimumIntervalDays: 90 }, [{ number: 1, timing: toxin }]);

    expect(intro).toBe('Times are counted from the day you have the treatment.');
    expect(items.map((i) => i.text)).toEqual([
      'A change usually shows about 3–5 days after treatment. The full effect takes about 2 weeks.',
      'You can usually come back for a review about 2 weeks after treatment.',
      'The effect usually wears off about 3–4 months after treatment.',
      'If you choose to have it again, it should be not sooner than about 3 months after this one.',
    ]);
  });

  it('says nothing about repeating filler, which has no fixed gap', () => {
    const { items } = followUp({ reviewAfterDays: 14 }, [{ number: 2, timing: filler }]);

    expect(items.map((i) => i.kind)).toEqual(['effect', 'review', 'wears-off']);
    expect(items[0]!.text).toBe('You may see a change straight away, and the full result by about 2 weeks, once any swelling settles.');
  });

  it('names the areas when their timings differ', () => {
    const { items } = followUp({}, [
      { number: 2, timing: underEye },
      { number: 3, timing: filler },
    ]);

    expect(items.find((i) => i.kind === 'wears-off')!.text).toBe(
      'The effect usually wears off about 6–12 months after treatment in area 2 and about 6–18 months in area 3.',
    );
  });

  it('reads at grade 7 or lower', () => {
    const { intro, items } = followUp({ reviewAfterDays: 14, minimumIntervalDays: 90 }, [{ number: 1, timing: toxin }]);
    const texts = [intro, ...items.map((i) => i.text), W.emergency, W.seekHelp, W.cannotReach, W.noOutOfHours, W.areasIntro, W.undecided, W.unavailable, W.omittedAreas(2)];

    expect(readability(texts).grade).toBeLessThanOrEqual(7);
    for (const text of texts) if (readability([text]).words >= 10) expect(readability([text]).grade, text).toBeLessThanOrEqual(7);
  });
});
