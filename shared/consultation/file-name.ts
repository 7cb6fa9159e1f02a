/**
 * The patient's part of an export's file name (see shared/export/kinds.ts).
 * Characters that no file system accepts are replaced, so the name works on
 * Windows, macOS and Linux; letters from any alphabet are kept.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what must not reach a file name
const UNSAFE = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;
/**
 * File systems limit a name to 255 bytes (ext4, APFS) or 255 UTF-16 units
 * (NTFS); a UTF-8 byte count is the stricter of the two. The patient's part
 * gets 120 bytes, so with the fixed words and the date the whole name stays
 * under 160, leaving room for " (2)" that a save dialog may add.
 */
const MAX_NAME_BYTES = 120;
const MAX_NAME_LETTERS = 60;
const letters = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

export function safeNamePart(text: string): string {
  // Invisible format characters (right-to-left overrides, zero-width spaces) could disguise the name: dropped.
  let part = text.normalize('NFC').replace(/[\p{Cf}]/gu, '').replace(/\s+/g, ' ').replace(UNSAFE, '-').trim();
  part = part.replace(/^[.\s-]+|[.\s]+$/g, '');
  if (WINDOWS_RESERVED.test(part)) part = `${part}-`;
  return shorten(part).trim() || 'patient';
}

/** The longest start of `text` within the limits, cut between letters (an emoji or an accented letter is never split). */
function shorten(text: string): string {
  let kept = '';
  let bytes = 0;
  let count = 0;
  for (const { segment } of letters.segment(text)) {
    bytes += utf8Bytes(segment);
    count += 1;
    if (bytes > MAX_NAME_BYTES || count > MAX_NAME_LETTERS) break;
    kept += segment;
  }
  return kept;
}

function utf8Bytes(text: string): number {
  let bytes = 0;
  for (const character of text) {
    const point = character.codePointAt(0)!;
    bytes += point < 0x80 ? 1 : point < 0x800 ? 2 : point < 0x10000 ? 3 : 4;
  }
  return bytes;
}
