import type { IsoDate } from '../summary/dates';
import { withoutUnwritable } from './unwritable';
import { utf8Length } from './utf8';

/** The parts of RFC 5545 the calendar file needs: text escaping, line folding and date formats. */

/** A TEXT value: backslash, semicolon and comma escaped, line breaks as \n (RFC 5545 §3.3.11). */
export function icalText(text: string): string {
  return withoutUnwritable(text)
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\r\n|\r|\n/g, '\\n');
}

const LINE_OCTETS = 75;

/**
 * Folds a content line into lines of at most 75 octets, each continuation
 * starting with a space (which counts towards its 75) (§3.1). It breaks only
 * between characters, never inside one: a split UTF-8 sequence would be
 * unreadable once unfolded.
 */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0)!);
    const limit = lines.length === 0 ? LINE_OCTETS : LINE_OCTETS - 1;
    if (octets + size > limit) {
      lines.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines.join('\r\n ');
}

/** A DATE value: 2026-12-15 -> 20261215. */
export const icalDate = (date: IsoDate) => date.replaceAll('-', '');

/** A DATE-TIME in UTC: 20261124T113000Z. */
export const icalUtc = (instant: Date) => instant.toISOString().replace(/\.\d+Z$/, 'Z').replace(/[-:]/g, '');

/** A whole calendar file: each content line folded, every line ended with CRLF. */
export function icalFile(lines: readonly string[]): string {
  return lines.map((line) => `${foldLine(line)}\r\n`).join('');
}
