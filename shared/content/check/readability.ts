/**
 * Flesch–Kincaid grade level, the measure the NHS and most plain-English
 * guides quote: 0.39 × words per sentence + 11.8 × syllables per word − 15.59.
 * Syllables are counted with the usual English spelling rules, which are right
 * for most words and off by one for a few; over a field the errors even out.
 */

export interface Readability {
  /** The US school grade (reading age minus about 5); can be below 0 for very simple text. */
  grade: number;
  words: number;
  sentences: number;
  syllables: number;
}

/** Words are runs of letters, with apostrophes and hyphens inside; numbers count as one short word. */
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Syllables in one word. A hyphenated word is its parts; a number is read as one short word. */
export function syllables(word: string): number {
  if (/\d/.test(word)) return 1;
  return word
    .toLowerCase()
    .split(/[-]/)
    .reduce((sum, part) => sum + partSyllables(part.replace(/['’].*$/, '')), 0);
}

function partSyllables(word: string): number {
  if (word.length === 0) return 0;
  if (word.length <= 3) return 1;
  const trimmed = word
    // A silent final e ("shape"), es ("makes") or ed ("formed"), but not "-le" ("muscle") or "-ted"/"-ded".
    .replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, (ending) => ending[0]!)
    .replace(/^y/, '');
  const groups = trimmed.match(/[aeiouy]{1,2}/g)?.length ?? 0;
  return Math.max(1, groups);
}

/**
 * Sentences end at . ! or ?, and each separate string (a bullet, a table cell,
 * a list item) is a sentence of its own whether or not it ends with a full stop.
 */
export function sentences(texts: readonly string[]): string[] {
  return texts.flatMap((text) =>
    text
      .split(/(?<=[.!?])\s+|\n+/)
      .map((s) => s.trim())
      .filter((s) => words(s).length > 0),
  );
}

export function readability(texts: readonly string[]): Readability {
  const all = sentences(texts);
  const list = all.flatMap(words);
  const syllableCount = list.reduce((sum, word) => sum + syllables(word), 0);
  if (list.length === 0) return { grade: 0, words: 0, sentences: 0, syllables: 0 };
  const counts = { words: list.length, sentences: all.length, syllables: syllableCount };
  return { grade: gradeOf(counts), ...counts };
}

/** The grade from counts, to one decimal place (so texts can be graded together by adding their counts). */
export function gradeOf({ words, sentences, syllables }: Omit<Readability, 'grade'>): number {
  const grade = 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;
  return Math.round(grade * 10) / 10;
}
