import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DraftSummary, initialsOf } from '../../../shared/consultation/model';

/** Letters whose upper case is more than one letter: a pasted ligature, Greek with two accents, German ß, Armenian ligatures. */
const EXPANDING = ['ﬃ', 'ﬀ', 'ﬆ', 'ΐ', 'ΰ', 'ß', 'ŉ', 'ǰ', 'և', 'ﬓ'];

const word = (unit: 'grapheme' | 'binary') => fc.string({ unit, minLength: 1, maxLength: 12 }).filter((w) => w.trim() === w && w !== '');
const expandingWord = fc.tuple(fc.constantFrom(...EXPANDING), fc.string({ maxLength: 8 })).map(([first, rest]) => `${first}${rest.trim()}`);
const names = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.array(fc.oneof(word('grapheme'), word('binary'), expandingWord), { minLength: 1, maxLength: 5 }).map((words) => words.join(' ')),
);

const initialsSchema = DraftSummary.shape.initials;

describe('initialsOf', () => {
  it.each([
    ['Zoë Ólafsdóttir-Quennell', 'ZÓ'],
    ['  anna   maria   price ', 'AP'],
    ['Ōsaka', 'Ō'],
    ['ﬃon ﬃ', 'FF'],
    ['ΐρις Παπαδοπούλου', 'ΪΠ'],
    ['ßeta ǰohn', 'SJ'],
    // Typed with a combining accent: the accent belongs to the letter.
    ['E\u0301va Smith', 'ÉS'],
    ['', ''],
  ])('%j gives %j', (name, initials) => {
    expect(initialsOf(name)).toBe(initials);
  });

  it('any name gives at most two characters, which the draft list’s schema accepts', () => {
    fc.assert(
      fc.property(names, (name) => {
        const initials = initialsOf(name);
        expect([...initials].length).toBeLessThanOrEqual(2);
        expect(initialsSchema.safeParse(initials).success).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('for plain names, the initials are the first letters of the first and last words, upper-cased', () => {
    const plainWord = fc.stringMatching(/^[a-zA-Z][a-zA-Z'-]{0,10}$/);
    fc.assert(
      fc.property(fc.array(plainWord, { minLength: 1, maxLength: 4 }), (words) => {
        const expected = words.length === 1 ? words[0]![0]! : `${words[0]![0]}${words.at(-1)![0]}`;
        expect(initialsOf(words.join(' '))).toBe(expected.toUpperCase());
      }),
    );
  });
});
