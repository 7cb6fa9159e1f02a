import { ASCII_PUNCTUATION, skipIndent } from './prose-inline-tokens';

const MAX_LINK_PARENTHESES = 32;

/**
 * `(destination "title")` after a link's or picture's `]` at `at - 1`: the destination and
 * where the target ends, or null when there is none. No scan here passes a `[` or `]`, so
 * the scans that start after different `]`s never overlap.
 */
export function linkTarget(source: string, at: number): { destination: string; end: number } | null {
  if (source[at] !== '(') return null;
  let p = skipSpaces(source, at + 1);
  let destination: string;
  if (source[p] === '<') {
    const start = p + 1;
    p = start;
    while (p < source.length && !'<>[]\n'.includes(source[p]!)) p += 1;
    if (source[p] !== '>') return null;
    destination = source.slice(start, p);
    p += 1;
  } else {
    const start = p;
    let depth = 0;
    for (; p < source.length; p += 1) {
      const char = source[p]!;
      if (char === '\\' && p + 1 < source.length && ASCII_PUNCTUATION.test(source[p + 1]!) && source[p + 1] !== '[' && source[p + 1] !== ']') p += 1;
      else if (char === '(') {
        depth += 1;
        if (depth > MAX_LINK_PARENTHESES) return null;
      } else if (char === ')') {
        if (depth === 0) break;
        depth -= 1;
      } else if (char <= ' ' || '<>[]'.includes(char)) break;
    }
    if (depth !== 0) return null;
    destination = source.slice(start, p);
  }
  p = skipSpaces(source, p);
  const quote = source[p];
  if (quote === '"' || quote === "'" || quote === '(') {
    const close = quote === '(' ? ')' : quote;
    p += 1;
    while (p < source.length && source[p] !== close && source[p] !== '[' && source[p] !== ']') p += source[p] === '\\' ? 2 : 1;
    if (source[p] !== close) return null;
    p = skipSpaces(source, p + 1);
  }
  if (source[p] !== ')') return null;
  return { destination: destination.replace(/\\([!-/:-@[-`{-~])/g, '$1'), end: p + 1 };
}

/** Spaces, tabs and at most one line break. */
function skipSpaces(source: string, at: number): number {
  let p = skipIndent(source, at);
  if (source[p] === '\n') p = skipIndent(source, p + 1);
  return p;
}
