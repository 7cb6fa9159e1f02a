import type { Delimiter, Emphasis } from './prose-inline-tokens';

/** CommonMark's emphasis rules: what a `*` or `_` run can open or close, and which runs pair up. */

const WHITESPACE = /\s/u;
const PUNCTUATION = /[\p{P}\p{S}]/u;

const isSpace = (char: string) => WHITESPACE.test(char);
const isPunctuation = (char: string) => PUNCTUATION.test(char);

/** CommonMark's flanking rules for the run of `length` marks at `at`. */
export function delimiterFlanks(source: string, at: number, length: number): { canOpen: boolean; canClose: boolean } {
  const char = source[at];
  const before = source[at - 1] ?? '\n';
  const after = source[at + length] ?? '\n';
  const left = !isSpace(after) && (!isPunctuation(after) || isSpace(before) || isPunctuation(before));
  const right = !isSpace(before) && (!isPunctuation(before) || isSpace(after) || isPunctuation(after));
  const canOpen = char === '*' ? left : left && (!right || isPunctuation(before));
  const canClose = char === '*' ? right : right && (!left || isPunctuation(after));
  return { canOpen, canClose };
}

/**
 * CommonMark's "process emphasis" over `runs`, in text order: records on each run the
 * emphasis it opens and closes, and how many of its marks are left over. Looking back for
 * an opener stops where an earlier search for the same kind of closer failed, so no run is
 * looked at more than a few times in all.
 */
export function matchEmphasis(runs: readonly Delimiter[]): void {
  const previous = runs.map((_, i) => i - 1);
  const next = runs.map((_, i) => (i + 1 < runs.length ? i + 1 : -1));
  const unlink = (i: number) => {
    if (previous[i]! !== -1) next[previous[i]!] = next[i]!;
    if (next[i]! !== -1) previous[next[i]!] = previous[i]!;
  };
  const floor = new Map<string, number>();
  let current = runs.length > 0 ? 0 : -1;
  while (current !== -1) {
    const closer = runs[current]!;
    if (!closer.canClose) {
      current = next[current]!;
      continue;
    }
    const key = `${closer.char}${closer.canOpen ? 1 : 0}${closer.length % 3}`;
    const bottom = floor.get(key) ?? -1;
    let opener = previous[current]!;
    for (; opener > bottom; opener = previous[opener]!) {
      const run = runs[opener]!;
      if (!run.canOpen || run.char !== closer.char) continue;
      const oddMatch = (closer.canOpen || run.canClose) && closer.length % 3 !== 0 && (run.length + closer.length) % 3 === 0;
      if (!oddMatch) break;
    }
    if (opener > bottom && opener !== -1) {
      const open = runs[opener]!;
      const used = open.count >= 2 && closer.count >= 2 ? 2 : 1;
      const emphasis: Emphasis = used === 2 ? 'strong' : 'em';
      open.count -= used;
      closer.count -= used;
      (open.opens ??= []).push(emphasis);
      (closer.closes ??= []).push(emphasis);
      // Runs between the two can no longer match anything: they stay as plain marks.
      for (let between = next[opener]!; between !== current; between = next[between]!) unlink(between);
      next[opener] = current;
      previous[current] = opener;
      if (open.count === 0) unlink(opener);
      if (closer.count === 0) {
        const after = next[current]!;
        unlink(current);
        current = after;
      }
    } else {
      floor.set(key, previous[current]!);
      const after = next[current]!;
      if (!closer.canOpen) unlink(current);
      current = after;
    }
  }
}
